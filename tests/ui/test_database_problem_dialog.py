"""The dialog shown when the database cannot be opened."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from tests.reliability.helpers import sha256
from vnhr_desktop.errors import DatabaseCorrupt, DatabaseProblem, DatabaseTooNew
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.location import set_drive_type_check
from vnhr_desktop.persistence.models import Plan
from vnhr_desktop.services.backups import backup_now, database_counts
from vnhr_desktop.ui.dialogs.database_problem_dialog import DatabaseProblemDialog


@pytest.fixture(autouse=True)
def local_drive():
    set_drive_type_check(lambda _p: "local")
    yield
    set_drive_type_check(None)


@pytest.fixture
def corrupt(db, data_paths):
    with db.session() as session:
        session.add_all([Plan(title=f"Kế hoạch {i}") for i in range(4)])
    backup_now(data_paths)
    db.close()
    raw = bytearray(data_paths.database.read_bytes())
    for page in (2, 3, 5):
        raw[page * 4096 : page * 4096 + 64] = b"\xff" * 64
    data_paths.database.write_bytes(bytes(raw))
    with pytest.raises(DatabaseCorrupt) as err:
        open_database(data_paths)
    return err.value


def test_corrupt_database_offers_newest_backup_and_logs(qtbot, corrupt, data_paths, vi, monkeypatch):
    before = sha256(data_paths.database)
    dialog = DatabaseProblemDialog(data_paths, corrupt)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Không mở được dữ liệu"
    assert "bị hỏng" in dialog.heading.text()
    assert dialog.details.text() == corrupt.message
    advice = dialog.advice.text()
    assert "Tệp dữ liệu không bị thay đổi." in advice
    assert "Kế hoạch: 4" in advice and str(data_paths.logs) in advice
    assert dialog.restore_button.isVisible()
    assert dialog.restore_button.text() == "&Khôi phục bản sao lưu gần nhất"
    assert dialog.logs_button.text() == "Mở thư mục &nhật ký"
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    qtbot.mouseClick(dialog.logs_button, Qt.LeftButton)
    assert opened == [str(data_paths.logs)]
    # showing the dialog and opening the logs never touch the damaged file
    assert sha256(data_paths.database) == before


def test_restoring_from_the_problem_dialog(qtbot, corrupt, data_paths, vi):
    damaged = sha256(data_paths.database)
    dialog = DatabaseProblemDialog(data_paths, corrupt)
    qtbot.addWidget(dialog)
    dialog.confirm = lambda: True
    qtbot.mouseClick(dialog.restore_button, Qt.LeftButton)
    assert dialog.result_of_restore is not None
    kept = dialog.result_of_restore.damaged_copy
    assert sha256(kept) == damaged
    assert str(kept) in dialog.outcome.text()
    assert "Kế hoạch: 4" in dialog.outcome.text()
    assert dialog.heading.text() == "<b>Đã khôi phục dữ liệu từ bản sao lưu.</b>"
    assert not dialog.advice.isVisibleTo(dialog)
    assert database_counts(data_paths.database)["plans"] == 4
    assert dialog.close_button.text() == "Tiếp tục"
    qtbot.mouseClick(dialog.close_button, Qt.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    open_database(data_paths).close()


def test_no_backup_to_offer(qtbot, data_paths, vi):
    data_paths.database.write_bytes(b"not a database" * 100)
    with pytest.raises(DatabaseProblem) as err:
        open_database(data_paths)
    dialog = DatabaseProblemDialog(data_paths, err.value)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible()
    assert "Không tìm thấy bản sao lưu tốt" in dialog.advice.text()
    dialog.finish()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_newer_version_is_not_offered_a_restore(qtbot, data_paths, vi):
    exc = DatabaseTooNew("Dữ liệu được tạo bởi phiên bản mới hơn của chương trình.")
    dialog = DatabaseProblemDialog(data_paths, exc)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.restore_button.isVisible()
    assert "phiên bản mới nhất" in dialog.advice.text()
