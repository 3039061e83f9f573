"""Overwrites ask first, showing before → after, and Sửa > Hoàn tác / Làm lại
undo and redo them (and deletes, bulk changes and an import) through the services."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from tests.persistence.participant_workbooks import messy_workbook
from vnhr_desktop.persistence.models import BannerPlacement, BridgePoint, Participant, TrainingEvent

PHONED_IN = (290, 175, 180)


@pytest.fixture
def window(make_window, sample_db):
    window = make_window(sample_db)
    window.tabs.setCurrentWidget(window.events_tab)
    return window


def _conference(db) -> int:
    with db.Session() as s:
        return s.scalars(select(TrainingEvent).where(TrainingEvent.kind == "training")).one().id


def _counts(db, event_id) -> tuple:
    with db.Session() as s:
        return tuple(
            s.scalars(
                select(BridgePoint.actual_count).where(BridgePoint.event_id == event_id).order_by(BridgePoint.position)
            )
        )


def _phone_in(db, event_id) -> None:
    """The counts the bridge points phoned in (more people than the list has)."""
    with db.session() as s:
        points = s.scalars(
            select(BridgePoint).where(BridgePoint.event_id == event_id).order_by(BridgePoint.position)
        ).all()
        for point, count in zip(points, PHONED_IN, strict=False):
            point.actual_count = count


def _ask(monkeypatch, answer=QMessageBox.Yes) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.Ok)
    return asked


def test_count_overwrite_asks_with_before_and_after_then_undoes(window, sample_db, monkeypatch, qtbot):
    event_id = _conference(sample_db)
    _phone_in(sample_db, event_id)
    tab = window.events_tab
    tab.select_event(event_id)
    before = _counts(sample_db, event_id)
    assert before[: len(PHONED_IN)] == PHONED_IN[: len(before)]

    asked = _ask(monkeypatch, QMessageBox.No)  # the officer says no: nothing changes
    tab.detail.from_list_button.click()
    assert asked and "290 → " in asked[0]
    assert _counts(sample_db, event_id) == before
    assert not window.undo_stack.canUndo()

    asked = _ask(monkeypatch, QMessageBox.Yes)
    tab.detail.from_list_button.click()
    after = _counts(sample_db, event_id)
    assert after != before
    assert window.undo_action.isEnabled()
    assert "Hoàn tác" in window.undo_action.text()

    window.undo_action.trigger()
    assert _counts(sample_db, event_id) == before  # 290/175/180 are back
    window.redo_action.trigger()
    assert _counts(sample_db, event_id) == after


def test_undoing_an_import_removes_exactly_the_imported_rows(window, sample_db, monkeypatch, qtbot, tmp_path):
    from vnhr_desktop.ui.dialogs.participant_import_dialog import ParticipantImportDialog

    _ask(monkeypatch)
    event_id = _conference(sample_db)

    def rows():
        with sample_db.Session() as s:
            return set(s.scalars(select(Participant.id).where(Participant.event_id == event_id)))

    before = rows()
    dialog = ParticipantImportDialog(sample_db, event_id, window.events_tab)
    qtbot.addWidget(dialog)
    assert dialog.load(messy_workbook(tmp_path / "ds.xlsx"))
    dialog.do_import()
    imported = rows() - before
    assert len(imported) == dialog.outcome.added == 5
    assert set(dialog.outcome.participant_ids) == imported

    window.undo_action.trigger()
    assert rows() == before
    window.redo_action.trigger()
    assert rows() - before == imported  # the same rows, with the same ids


def test_deleting_an_event_is_undone_with_its_participants(window, sample_db, monkeypatch, qtbot):
    _ask(monkeypatch)
    event_id = _conference(sample_db)
    tab = window.events_tab
    tab.select_event(event_id)

    def participants():
        with sample_db.Session() as s:
            return s.scalar(select(func.count(Participant.id)).where(Participant.event_id == event_id))

    people, points = participants(), _counts(sample_db, event_id)
    assert people == 80
    tab.delete_button.click()
    with sample_db.Session() as s:
        assert s.get(TrainingEvent, event_id) is None
    window.undo_action.trigger()
    assert participants() == people and _counts(sample_db, event_id) == points
    qtbot.waitUntil(lambda: any(r.id == event_id for r in tab.model.rows()))


def test_bulk_status_asks_and_undoes(make_window, sample_db, monkeypatch, qtbot):
    window = make_window(sample_db)
    window.tabs.setCurrentWidget(window.banners_tab)
    panel = window.banners_tab.placements
    panel.view.table.selectAll()
    ids = [r.id for r in panel.view.selected_rows()]
    assert len(ids) > 1

    def statuses():
        with sample_db.Session() as s:
            return {
                r.id: (r.status, r.hung_on, r.removed_on)
                for r in s.scalars(select(BannerPlacement).where(BannerPlacement.id.in_(ids)))
            }

    before = statuses()
    asked = _ask(monkeypatch)
    panel.mark("planned")
    assert asked and "→" in asked[0]
    assert {v[0] for v in statuses().values()} == {"planned"}
    window.undo_action.trigger()
    assert statuses() == before


def test_bulk_attendance_asks_and_undoes(window, sample_db, monkeypatch):
    event_id = _conference(sample_db)
    window.events_tab.select_event(event_id)
    panel = window.events_tab.detail.participants

    def present():
        with sample_db.Session() as s:
            return set(s.scalars(select(Participant.id).where(Participant.event_id == event_id, Participant.attended)))

    before = present()
    asked = _ask(monkeypatch)
    panel.view.table.selectAll()
    panel.mark_selected(False)
    assert asked and "có mặt → vắng" in asked[0]
    assert present() == set()
    window.undo_action.trigger()
    assert present() == before


def test_redraft_shows_each_section_and_undo_brings_the_text_back(make_window, sample_db, monkeypatch, qtbot):
    from dataclasses import replace

    from vnhr_desktop.persistence.models import Report
    from vnhr_desktop.services.reports import report_edit, update_report
    from vnhr_desktop.ui.dialogs.report_composer_dialog import ReportComposerDialog

    window = make_window(sample_db)
    with sample_db.session() as s:
        report_id = s.scalars(select(Report.id)).first()
        edit = report_edit(s, report_id)
        typed = replace(edit, sections=((edit.sections[0][0], "Đoạn cán bộ tự viết."), *edit.sections[1:]))
        update_report(s, report_id, typed)
    dialog = ReportComposerDialog(sample_db, report_id, window.reports_tab)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "_clean", None))
    asked = _ask(monkeypatch)
    dialog.redraft()
    assert asked and "→" in asked[0] and "Hoàn tác" in asked[0]
    with sample_db.Session() as s:
        assert report_edit(s, report_id).sections[0][1] != "Đoạn cán bộ tự viết."
    window.undo_action.trigger()
    with sample_db.Session() as s:
        assert report_edit(s, report_id).sections[0][1] == "Đoạn cán bộ tự viết."
