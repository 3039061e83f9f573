"""The sample never mixes with real data: offered only while the database holds no
records (re-checked after every change), refused in the GUI and in ``demo`` when the
office's own records are there; ``demo`` into an empty folder works as before."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from tests.unit.test_cli import run
from vnhr_desktop.persistence.models import Plan, Slogan
from vnhr_desktop.services.slogans import SloganData, add_slogan

OWN = "Sống và làm việc theo Hiến pháp và pháp luật"


def _add_own_record(db) -> None:
    with db.session() as session:
        add_slogan(session, SloganData(id=None, text=OWN, year=2025))


def test_the_bar_goes_away_as_soon_as_the_office_saves_a_record(make_window, db, qtbot):
    window = make_window(db)
    assert window.sample_bar.isVisibleTo(window)
    _add_own_record(db)
    qtbot.waitUntil(lambda: not window.sample_bar.isVisibleTo(window))


def test_the_gui_refuses_the_sample_next_to_real_records(make_window, db, qtbot, monkeypatch):
    window = make_window(db)
    window.show()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    _add_own_record(db)  # saved a moment ago; the bar is still on screen
    assert window.sample_bar.isVisible()
    window.sample_button.click()
    assert warnings and "không nạp dữ liệu mẫu" in warnings[0] and "1 khẩu hiệu" in warnings[0]
    with db.Session() as s:
        assert s.scalar(select(func.count(Plan.id))) == 0
        assert s.scalar(select(func.count(Slogan.id))) == 1
    assert not window.sample_bar.isVisible()


def test_demo_refuses_a_database_with_records_and_works_in_an_empty_folder(tmp_path):
    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence.database import open_database

    used = DataPaths(tmp_path / "used").ensure()
    database = open_database(used)
    _add_own_record(database)
    database.close()
    refused = run(used.root, "demo", expect=2)
    line = refused.stderr.strip()
    assert "\n" not in line and "không nạp dữ liệu mẫu" in line and "1 khẩu hiệu" in line
    database = open_database(used)
    with database.Session() as s:
        assert s.scalar(select(func.count(Plan.id))) == 0
    database.close()

    empty = run(tmp_path / "empty", "demo")
    assert "Đã nạp dữ liệu mẫu" in empty.stdout
    again = run(tmp_path / "empty", "demo")
    assert "không nạp lại" in again.stdout
