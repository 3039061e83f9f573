"""Small things that cost officers time: counts that can be cleared, digits
kept when Tab moves on, Enter in the register's year box."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit

from vnhr_desktop.ui.models.event_edit_models import BridgePointsModel
from vnhr_desktop.ui.widgets.event_rows_editor import EventRowsEditor


def open_editor(table) -> QLineEdit:
    return next(w for w in table.findChildren(QLineEdit) if w.isVisible())


def type_into(qtbot, table, digits: str) -> None:
    """Keys go where the focus is: the open editor (Tab opens the next one), or
    the table, whose first key opens the cell's editor."""
    if not any(w.isVisible() for w in table.findChildren(QLineEdit)):
        qtbot.keyClick(table, digits[0])
        digits = digits[1:]
    qtbot.keyClicks(open_editor(table), digits)


def points_editor(qtbot):
    editor = EventRowsEditor(BridgePointsModel())
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    editor.add()
    return editor


def test_count_typed_then_tab_is_kept_and_can_be_cleared(qtbot, vi):
    editor = points_editor(qtbot)
    model, table = editor.model, editor.table
    table.setCurrentIndex(model.index(0, 3))
    table.setFocus()
    type_into(qtbot, table, "120")
    qtbot.keyClick(open_editor(table), Qt.Key_Tab)
    assert model.points()[0].expected_count == 120
    # typing in "Present", the main-hall tick changes meanwhile; Tab keeps the digits
    assert table.currentIndex().column() == 4
    type_into(qtbot, table, "95")
    model.setData(model.index(0, 2), Qt.Checked, Qt.CheckStateRole)
    qtbot.keyClick(open_editor(table), Qt.Key_Backtab)
    assert model.points()[0].actual_count == 95 and model.points()[0].is_main
    # clearing a count
    assert table.currentIndex().column() == 3  # Shift+Tab came back to "Expected", its editor open
    line = open_editor(table)
    assert line.text() == "120"
    line.clear()
    qtbot.keyClick(line, Qt.Key_Return)  # the view commits on its next turn of the event loop
    qtbot.waitUntil(lambda: model.points()[0].expected_count is None, timeout=2000)


def test_enter_in_the_register_year_box_does_not_export(qtbot, sample_db, vi, monkeypatch):
    from vnhr_desktop.ui.dialogs.register_dialog import RegisterDialog

    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or ("", ""))
    dialog = RegisterDialog(sample_db, today=dt.date(2024, 12, 31))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.year.setFocus()
    dialog.year.lineEdit().selectAll()
    qtbot.keyClicks(dialog.year, "2023")
    qtbot.keyClick(dialog.year, Qt.Key_Return)
    assert asked == [] and dialog.isVisible() and dialog.year.value() == 2023
