"""The target form takes "%" or a free unit typed next to the value."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vnhr_desktop.domain.plan_data import TargetItem
from vnhr_desktop.ui.widgets.target_editor import TargetEditor


def test_free_unit_typed_and_shown_again(qtbot, vi):
    editor = TargetEditor()
    qtbot.addWidget(editor)
    editor.set_targets((TargetItem("Tỷ lệ cán bộ được tập huấn", 100, "percent", 92),))
    editor.table.selectRow(0)
    assert editor.unit.currentText() == "%"
    editor.add_target()
    editor.description.setPlainText("Treo băng rôn tuyên truyền")
    editor.value.setText("120")
    editor.unit.lineEdit().selectAll()
    editor.unit.lineEdit().insert("băng  rôn")  # typed (QTest types Latin-1 only)
    qtbot.keyClick(editor.unit.lineEdit(), Qt.Key_Tab)
    first, second = editor.targets()
    assert (first.unit, first.unit_label) == ("percent", "")
    assert (second.unit, second.unit_label, second.target_value) == ("count", "băng rôn", 120)
    assert editor.model.index(1, 1).data() == "120 băng rôn"
    editor.table.selectRow(0)
    editor.table.selectRow(1)
    assert editor.unit.currentText() == "băng rôn"
