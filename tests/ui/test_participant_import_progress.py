"""A big participant import runs in the background with a determinate bar
and Hủy; a cancel rolls the whole import back and pushes no undo step."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton
from sqlalchemy import func, select

from tests.persistence.participant_workbooks import bench_rows, plain_workbook
from vnhr_desktop.persistence.models import BridgePoint, Participant, TrainingEvent
from vnhr_desktop.services import participant_import
from vnhr_desktop.ui.undo import undo_stack_for
from vnhr_desktop.ui.workers import wait_for_jobs

HEADER = ("STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị", "Điện thoại", "Điểm cầu")
ROWS = 2500


@pytest.fixture
def event_id(sample_db):
    with sample_db.Session() as s:
        return s.scalars(select(TrainingEvent).where(TrainingEvent.kind == "training")).one().id


@pytest.fixture
def dialog(sample_db, event_id, qtbot, vi, monkeypatch, tmp_path):
    from vnhr_desktop.ui.dialogs.participant_import_dialog import ParticipantImportDialog

    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    d = ParticipantImportDialog(sample_db, event_id)
    qtbot.addWidget(d)
    d.create_points.setChecked(True)
    rows = [row[:7] for row in bench_rows(ROWS, ["Điểm cầu Mới 1", "Điểm cầu Mới 2"])]
    assert d.load(plain_workbook(tmp_path / "lon.xlsx", rows, header=HEADER))
    assert len(d.preview.good_rows) == ROWS > d.BACKGROUND_ROWS
    return d


def state(db, event_id):
    with db.Session() as s:
        people = s.scalar(select(func.count(Participant.id)).where(Participant.event_id == event_id))
        points = s.scalar(select(func.count(BridgePoint.id)).where(BridgePoint.event_id == event_id))
        return people, points


def _bar():
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    return found[0] if found else None


@pytest.fixture
def held(monkeypatch):
    """The import stops after writing its first chunk until released."""
    written, release = threading.Event(), threading.Event()
    original = participant_import._insert

    def insert(session, rows):
        original(session, rows)
        written.set()
        release.wait(10)

    monkeypatch.setattr(participant_import, "CHUNK", 500)
    monkeypatch.setattr(participant_import, "_insert", insert)
    yield written, release
    release.set()


def test_a_big_import_shows_progress_and_hu_y_leaves_the_database_unchanged(dialog, sample_db, event_id, qtbot, held):
    written, release = held
    before = state(sample_db, event_id)
    steps = undo_stack_for(dialog).count()
    dialog.do_import()
    qtbot.waitUntil(lambda: written.is_set() and _bar() is not None, timeout=10000)
    bar = _bar()
    qtbot.waitUntil(lambda: bar.maximum() == 2 * ROWS and bar.value() == ROWS, timeout=5000)  # prepared, writing
    assert "Đang nhập 2.500 đại biểu" in bar.labelText()
    buttons = bar.findChildren(QPushButton)
    assert [b.text() for b in buttons] == ["Hủy"]
    buttons[0].click()  # the user presses Hủy while the rows are being written
    release.set()
    wait_for_jobs()
    qtbot.waitUntil(lambda: _bar() is None, timeout=5000)
    assert state(sample_db, event_id) == before  # no participant, no new bridge point
    assert undo_stack_for(dialog).count() == steps
    assert dialog.outcome is None
    assert "Đã hủy nhập: chưa thêm đại biểu nào." in dialog.summary.text()
    assert dialog.import_button.isEnabled()  # the user may import again


def test_a_big_import_left_alone_writes_every_row_with_one_undo_step(dialog, sample_db, event_id, qtbot):
    people, points = state(sample_db, event_id)
    steps = undo_stack_for(dialog).count()
    dialog.do_import()
    wait_for_jobs()
    qtbot.waitUntil(lambda: getattr(dialog, "outcome", None) is not None, timeout=20000)
    assert dialog.outcome.added == ROWS
    assert state(sample_db, event_id) == (people + ROWS, points + 2)
    assert undo_stack_for(dialog).count() == steps + 1
    undo_stack_for(dialog).undo()
    assert state(sample_db, event_id) == (people, points)
