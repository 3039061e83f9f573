"""The numeric targets (chỉ tiêu) of a plan: a table and the form of the
selected target (description, target value and unit, achieved value), with the
achieved share of the target shown as the officer types.

Keys: Insert adds, Delete (in the table) removes, Alt+Up / Alt+Down move."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPlainTextEdit

from vnhr_desktop.domain.dates import fmt_decimal
from vnhr_desktop.domain.enums import TargetUnit
from vnhr_desktop.domain.plan_data import TargetItem, parse_number
from vnhr_desktop.domain.target_units import COMMON_UNITS, unit_text
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.ui.models.plan_item_models import target_model
from vnhr_desktop.ui.widgets.plan_item_editor import PlanItemEditor


def _number_text(value: float | None) -> str:
    return "" if value is None else fmt_decimal(value, 2)


class TargetEditor(PlanItemEditor):
    FIELDS = ("description", "target_value", "achieved_value")

    def __init__(self, parent=None):
        super().__init__(target_model, "targets", "add_target", parent)
        self.add_button.setText(self.tr("Add target"))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._load_row(-1)

    def build_form(self, form) -> None:
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("target_description")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(70)
        self.value = QLineEdit(self)
        self.value.setObjectName("target_value")
        self.value.setFixedWidth(110)
        # "%" or a free unit typed or picked: "băng rôn", "lượt người", "tin, bài".
        self.unit = QComboBox(self)
        self.unit.setObjectName("target_unit")
        self.unit.setEditable(True)
        self.unit.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.unit.addItems(["%", *COMMON_UNITS])
        line = self.unit.lineEdit()
        assert line is not None  # an editable combo box has one
        line.setPlaceholderText(self.tr("unit, e.g. banners"))
        self.unit.setToolTip(self.tr("%, or the unit of the count: băng rôn, cuộc, lượt người, tin, bài…"))
        self.unit.setMinimumWidth(150)
        self.achieved = QLineEdit(self)
        self.achieved.setObjectName("target_achieved")
        self.achieved.setFixedWidth(110)
        self.achieved.setPlaceholderText(self.tr("not yet known"))
        self.share = QLabel(self)
        self.share.setObjectName("target_share")

        value_row = QHBoxLayout()
        value_row.addWidget(self.value)
        value_row.addWidget(self.unit)
        value_row.addStretch(1)
        achieved_row = QHBoxLayout()
        achieved_row.addWidget(self.achieved)
        achieved_row.addWidget(self.share)
        achieved_row.addStretch(1)
        form.addRow(self.tr("Target"), self.description)
        form.addRow("", self.notes["description"])
        form.addRow(self.tr("Target value"), value_row)
        form.addRow("", self.notes["target_value"])
        form.addRow(self.tr("Achieved"), achieved_row)
        form.addRow("", self.notes["achieved_value"])

        self.description.textChanged.connect(self._form_edited)
        self.value.textChanged.connect(self._form_edited)
        self.unit.currentTextChanged.connect(self._form_edited)
        self.achieved.textChanged.connect(self._form_edited)

    # -- data --------------------------------------------------------------
    def targets(self) -> tuple[TargetItem, ...]:
        return self.items()

    def set_targets(self, targets) -> None:
        self.set_items(targets)

    def add_target(self) -> None:
        self.add_item()

    # -- the form ------------------------------------------------------------
    def new_item(self) -> TargetItem:
        return TargetItem(description="")

    def first_field(self):
        return self.description

    def show_item(self, target: TargetItem) -> None:
        self.description.setPlainText(target.description)
        self.value.setText(_number_text(target.target_value))
        self.unit.setEditText(unit_text(target.shown_unit))
        self.achieved.setText(_number_text(target.achieved_value))

    def item_from_form(self, target: TargetItem) -> TargetItem:
        try:
            value = parse_number(self.value.text())
        except ValueError:
            value = target.target_value
        try:
            achieved = parse_number(self.achieved.text())
        except ValueError:
            achieved = target.achieved_value
        unit = clean_line(self.unit.currentText())
        return replace(
            target,
            description=self.description.toPlainText(),
            target_value=value if value is not None else 0.0,
            unit=TargetUnit.PERCENT if unit == "%" else TargetUnit.COUNT,
            unit_label="" if unit == "%" else unit,
            achieved_value=achieved,
        )

    def after_change(self, target: TargetItem | None) -> None:
        share = target.percent_of_target if target else None
        self.share.setText("" if share is None else self.tr("= %1 % of the target").replace("%1", fmt_decimal(share)))

    def typing_errors(self) -> dict[str, str]:
        errors = {}
        for name, edit in (("target_value", self.value), ("achieved_value", self.achieved)):
            try:
                parse_number(edit.text())
            except ValueError:
                errors[name] = self.tr("Not a number.")
        return errors
