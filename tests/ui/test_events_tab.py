"""The Hội nghị - Tập huấn tab driven as an officer would: choose the
conference, search without tone marks, mark attendance for one and many,
counts follow; add and edit events and participants."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, QItemSelectionModel, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from sqlalchemy import func, select

from vnhr_desktop.persistence.models import Participant, TrainingEvent


@pytest.fixture
def tab(make_window, sample_db, qtbot):
    window = make_window(sample_db)
    window.tabs.setCurrentIndex(2)
    tab = window.events_tab
    with sample_db.Session() as s:
        conference = s.scalars(select(TrainingEvent).where(TrainingEvent.kind == "training")).one().id
    tab.select_event(conference)
    assert tab.detail.record.id == conference
    return tab


def present_in_db(db, event_id):
    with db.Session() as s:
        return s.scalar(
            select(func.count(Participant.id)).where(Participant.event_id == event_id, Participant.attended.is_(True))
        )


def test_conference_shows_participants_in_vietnamese(tab):
    panel = tab.detail.participants
    assert panel.model.total() == 80
    assert panel.counts.text() == "Trong danh sách: 80 · có mặt: 68 · chưa có mặt: 12"
    assert panel.present_button.text() == "Có mặt"
    assert panel.model.headerData(0, Qt.Horizontal) == "Họ và tên"
    assert "Mời: 320" in tab.detail.figures.text()
    assert tab.detail.issues.text() == ""  # the sample adds up: no warnings
    given = [panel.model.row_at(i).full_name.split()[-1] for i in range(3)]
    assert given == ["Ánh", "Ánh", "Ánh"]


def test_search_without_tone_marks_and_filters(tab):
    panel = tab.detail.participants
    name = panel.model.row_at(5).full_name
    from vnhr_desktop.domain.text import fold

    panel.view.set_search_now(fold(name))
    assert panel.model.total() >= 1 and panel.model.row_at(0).full_name == name
    panel.view.set_search_now("")
    panel.point_filter.setCurrentIndex(1)  # the main hall
    assert panel.model.total() == 9
    panel.attendance_filter.setCurrentIndex(2)  # not yet present
    assert all(not panel.model.row_at(i).attended for i in range(panel.model.rowCount()))


def test_mark_attendance_for_many_then_one(tab, sample_db, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.Yes)
    panel = tab.detail.participants
    event_id = tab.detail.record.id
    panel.attendance_filter.setCurrentIndex(2)
    absent = panel.model.total()
    assert absent == 12
    panel.attendance_filter.setCurrentIndex(0)
    rows = [i for i in range(panel.model.rowCount()) if not panel.model.row_at(i).attended][:3]
    selection = panel.view.table.selectionModel()
    for r in rows:
        selection.select(panel.model.index(r, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    assert panel.present_button.isEnabled()
    qtbot.mouseClick(panel.present_button, Qt.LeftButton)
    assert asked == ["Đổi điểm danh của 3 đại biểu: vắng → có mặt?"]  # a bulk change asks first
    assert present_in_db(sample_db, event_id) == 71
    assert all(panel.model.row_at(r).attended for r in rows)  # at once
    qtbot.waitUntil(lambda: panel.counts.text() == "Trong danh sách: 80 · có mặt: 71 · chưa có mặt: 9")
    assert "có mặt theo danh sách: 71" in tab.detail.figures.text()
    # the list on the left follows
    assert tab.model.row_at(tab.view.table.currentIndex().row()).attended == 71
    # one person through the check box of the "Có mặt" column
    index = panel.model.index(rows[0], panel.model.ATTENDED_COLUMN)
    assert panel.model.data(index, Qt.CheckStateRole) == Qt.Checked
    assert panel.model.setData(index, Qt.Unchecked, Qt.CheckStateRole)
    assert present_in_db(sample_db, event_id) == 70
    assert panel.model.data(index, Qt.CheckStateRole) == Qt.Unchecked
    qtbot.waitUntil(lambda: panel.counts.text().endswith("chưa có mặt: 10"))


def test_mark_all_shown_present(tab, sample_db, monkeypatch, qtbot):
    panel = tab.detail.participants
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    panel.point_filter.setCurrentIndex(2)
    absent_here = sum(1 for i in range(panel.model.rowCount()) if not panel.model.row_at(i).attended)
    assert absent_here and panel.mark_all_shown(True) == absent_here
    assert all(panel.model.row_at(i).attended for i in range(panel.model.rowCount()))
    panel.point_filter.setCurrentIndex(0)
    qtbot.waitUntil(
        lambda: (
            panel.counts.text() == f"Trong danh sách: 80 · có mặt: {68 + absent_here} · chưa có mặt: {12 - absent_here}"
        )
    )


def test_add_participant_and_another(tab, sample_db, qtbot):
    from vnhr_desktop.ui.dialogs.participant_dialog import ParticipantDialog

    panel = tab.detail.participants
    event_id = tab.detail.record.id
    dialog = ParticipantDialog(sample_db, event_id, tab.detail.record.bridge_points, None, panel)
    qtbot.addWidget(dialog)
    dialog.full_name.setText("Thạch  Thị Sa Ri ")
    dialog.agency.setText("Phòng Văn hóa và Thông tin huyện")
    dialog.point.setCurrentIndex(2)
    dialog.attended.setChecked(True)
    dialog.save_and_new()
    assert dialog.saved_count == 1 and dialog.full_name.text() == ""
    assert dialog.agency.text() == "Phòng Văn hóa và Thông tin huyện"  # kept for the next person
    dialog.full_name.setText("")
    dialog.save_and_new()
    assert dialog.error.isVisibleTo(dialog) and "họ và tên" in dialog.error.text()
    with sample_db.Session() as s:
        row = s.scalars(select(Participant).where(Participant.full_name == "Thạch Thị Sa Ri")).one()
        assert row.attended and row.bridge_point_id == tab.detail.record.bridge_points[1].id
    dialog.full_name.setText("thach thi sa ri")
    dialog._check_namesakes()
    assert dialog.namesakes.isVisibleTo(dialog) and "Thạch Thị Sa Ri" in dialog.namesakes.text()


def test_new_event_dialog_checks_and_saves(tab, sample_db, qtbot):
    from vnhr_desktop.ui.dialogs.event_dialog import EventDialog

    dialog = EventDialog(sample_db, None, tab)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.Save)
    dialog.kind.setCurrentIndex(dialog.kind.findData("seminar"))
    dialog.title_edit.setText("Tọa đàm “Quyền con người trong kỷ nguyên số”")
    dialog.starts_at.setDateTime(QDateTime(2024, 12, 5, 8, 0, 0))
    dialog.has_end.setChecked(True)
    dialog.ends_at.setDateTime(QDateTime(2024, 12, 5, 7, 0, 0))
    assert not save.isEnabled() and "kết thúc trước" in dialog.issues.text()
    dialog.ends_at.setDateTime(QDateTime(2024, 12, 5, 11, 0, 0))
    assert save.isEnabled()
    dialog.invited.setValue(50)
    row = dialog.points.add_row()
    dialog.points.setData(dialog.points.index(row, 0), "Hội trường Sở Ngoại vụ")
    dialog.points.setData(dialog.points.index(row, 2), Qt.Checked, Qt.CheckStateRole)
    dialog.points.setData(dialog.points.index(row, 4), 60)
    assert save.isEnabled() and "nhiều hơn số đại biểu mời" in dialog.issues.text()
    dialog.speakers.add_row()
    dialog.speakers.setData(dialog.speakers.index(0, 0), "TS. Nguyễn Văn Hùng")
    dialog.speakers.setData(dialog.speakers.index(0, 3), "Chuyên đề 1\nChuyên đề 2")
    dialog.save()
    assert dialog.saved_id is not None
    with sample_db.Session() as s:
        from vnhr_desktop.services.events import get_event

        data = get_event(s, dialog.saved_id)
    assert data.ends_at == dt.datetime(2024, 12, 5, 11, 0)
    assert data.bridge_points[0].is_main and data.bridge_points[0].actual_count == 60
    assert data.speakers[0].topic_list() == ["Chuyên đề 1", "Chuyên đề 2"]


def test_outside_event_hides_participants(tab, sample_db):
    with sample_db.Session() as s:
        outside = s.scalars(select(TrainingEvent).where(TrainingEvent.kind == "outside")).first().id
    tab.select_event(outside)
    assert tab.detail.record.is_outside
    assert not tab.detail.tabs.isVisibleTo(tab) and not tab.detail.signin_button.isVisibleTo(tab)
    assert "Số người được cử tham dự" in tab.detail.figures.text()
