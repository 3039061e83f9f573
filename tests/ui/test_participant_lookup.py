"""Tra cứu đại biểu in the GUI: type a name without tone marks, see each
person and their events with attendance, save the result as a workbook."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.persistence.test_people import _events
from vnhr_desktop.ui.dialogs.participant_lookup_dialog import ParticipantLookupDialog


def test_lookup_shows_people_events_and_saves_a_workbook(qtbot, vi, db, tmp_path):
    import openpyxl

    _events(db)
    dialog = ParticipantLookupDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "nguyen van duc")
    qtbot.keyClick(dialog.name_edit, Qt.Key_Return)
    people = dialog.people
    assert [people.index(r, 1).data() for r in range(people.rowCount())] == ["Công an xã", "Phòng Tư pháp huyện"]
    assert "2" in dialog.status.text()
    dialog.people_view.selectRow(1)
    events = dialog.events
    assert events.rowCount() == 3
    assert [events.index(r, 1).data() for r in range(3)] == ["Có mặt", "Vắng", "Có mặt"]
    assert events.index(0, 2).data() == "Tập huấn 2024"

    qtbot.keyClicks(dialog.agency_edit, "cong an")
    qtbot.waitUntil(lambda: people.rowCount() == 1, timeout=3000)

    path = dialog.export(tmp_path / "tra-cuu.xlsx")
    sheet = openpyxl.load_workbook(path).worksheets[0]
    values = [c for row in sheet.iter_rows(values_only=True) for c in row if c]
    assert "Nguyễn Văn Đức" in values and "Công an xã" in values and "Tập huấn 2024" in values

    dialog.name_edit.clear()
    dialog.search()
    assert people.rowCount() == 0 and not dialog.export_button.isEnabled()


def test_lookup_is_in_the_tools_menu(make_window, sample_db, monkeypatch):
    window = make_window(sample_db)
    opened = []
    monkeypatch.setattr(ParticipantLookupDialog, "exec", lambda self: opened.append(self) or 0)
    window.lookup_action.trigger()
    assert len(opened) == 1 and opened[0].database is sample_db
