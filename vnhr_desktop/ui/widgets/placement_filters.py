"""Filters of the placement list: status (with "late to go up" and "should come
down"), agency, commune, form, and "up today". Emits the filter mapping of
services.listing.PlacementList. The status list's items carry "status:<code>"
or "state:late" / "state:overdue"."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from vnhr_desktop.domain.banner_rules import FORMS
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.screen_fit import whole_text

FILTER_KEYS = ("status", "state", "agency_id", "commune", "form", "up_today")


class PlacementFilters(QWidget):
    changed = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.status = QComboBox(self)
        self.status.setObjectName("statusFilter")
        self.status.addItem(self.tr("All statuses"), None)
        for code in ("planned", "up", "removed"):
            self.status.addItem(code_label(code), f"status:{code}")
        self.status.addItem(self.tr("Late: should be up"), "state:late")
        self.status.addItem(self.tr("Should come down"), "state:overdue")
        self.agency = QComboBox(self)
        self.agency.setObjectName("agencyFilter")
        self.commune = QComboBox(self)
        self.commune.setObjectName("communeFilter")
        self.form = QComboBox(self)
        self.form.setObjectName("formFilter")
        self.form.addItem(self.tr("All forms"), None)
        for code in FORMS:
            self.form.addItem(code_label(code), code)
        self.up_today = QCheckBox(self.tr("Up today"), self)
        self.up_today.setObjectName("upTodayFilter")
        self.set_choices([], [])

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.status, self.agency, self.commune, self.form, self.up_today):
            row.addWidget(widget)
        for combo in (self.status, self.agency, self.commune, self.form):
            combo.currentIndexChanged.connect(lambda *_: self.changed.emit(self.values()))
        self.up_today.toggled.connect(lambda *_: self.changed.emit(self.values()))

    def set_choices(self, agencies: list[tuple[int, str]], communes: list[str]) -> None:
        """Refill the agency and commune lists, keeping the current choice when it is still there."""
        for combo, first, items in (
            (self.agency, self.tr("All agencies"), agencies),
            (self.commune, self.tr("All communes"), [(c, c) for c in communes]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for data, label in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)
        for combo in (self.status, self.agency, self.commune, self.form):
            whole_text(combo)

    def values(self) -> dict:
        out: dict[str, object] = {key: None for key in FILTER_KEYS}
        status = self.status.currentData()
        if status:
            key, _, value = status.partition(":")
            out[key] = value
        out["agency_id"] = self.agency.currentData()
        out["commune"] = self.commune.currentData()
        out["form"] = self.form.currentData()
        out["up_today"] = True if self.up_today.isChecked() else None
        return out
