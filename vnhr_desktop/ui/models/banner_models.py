"""Table models of the banner tab: placements (coloured by where they stand
today) and the slogan library."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from vnhr_desktop.domain.banner_rules import LATE, OVERDUE, REMOVED, UP, UPCOMING, placement_state
from vnhr_desktop.ui.labels import code_label, date_text
from vnhr_desktop.ui.models.table_model import Column, RecordTableModel

# One colour per state, shared by the table and the timeline.
STATE_COLOURS = {
    UPCOMING: "#9fb7d6",
    LATE: "#d9534f",
    UP: "#3c9a5f",
    OVERDUE: "#f0a030",
    REMOVED: "#a7a7a7",
}
STATE_TINTS = {LATE: "#fbe3e2", OVERDUE: "#fdf0d9"}


def state_labels() -> dict[str, str]:
    return {
        UPCOMING: QCoreApplication.translate("BannerStates", "Planned, not due yet"),
        LATE: QCoreApplication.translate("BannerStates", "Late: should be up"),
        UP: QCoreApplication.translate("BannerStates", "Up"),
        OVERDUE: QCoreApplication.translate("BannerStates", "Should come down"),
        REMOVED: QCoreApplication.translate("BannerStates", "Taken down"),
    }


class PlacementTableModel(RecordTableModel):
    def __init__(self, source=None, parent=None):
        super().__init__([], source, parent)
        self.today = dt.date.today()
        tint = self._tint
        self.columns = [
            Column("title", self.tr("Slogan"), background=tint),
            Column("form", self.tr("Form"), lambda r: code_label(r.form), background=tint),
            Column("location", self.tr("Location"), background=tint),
            Column("commune", self.tr("Commune/ward"), background=tint),
            Column("size_text", self.tr("Size"), sortable=False, background=tint),
            Column(
                "quantity",
                self.tr("Qty"),
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                background=tint,
            ),
            Column("start_date", self.tr("From"), lambda r: date_text(r.start_date), background=tint),
            Column("end_date", self.tr("To"), lambda r: date_text(r.end_date), background=tint),
            Column("agency", self.tr("Responsible agency"), background=tint),
            Column(
                "status",
                self.tr("Status"),
                self._status_text,
                background=tint,
                foreground=self._status_colour,
                tooltip=self._state_tip,
            ),
            Column("hung_on", self.tr("Hung on"), lambda r: date_text(r.hung_on), background=tint),
            Column("removed_on", self.tr("Taken down on"), lambda r: date_text(r.removed_on), background=tint),
        ]

    def set_today(self, today: dt.date) -> None:
        self.today = today
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def state(self, row) -> str:
        return placement_state(row.status, row.start_date, row.end_date, self.today)

    def _tint(self, row):
        colour = STATE_TINTS.get(self.state(row))
        return QColor(colour) if colour else None

    def _status_text(self, row) -> str:
        state = self.state(row)
        if state in (LATE, OVERDUE):
            return state_labels()[state]
        return code_label(row.status)

    def _status_colour(self, row):
        state = self.state(row)
        return QColor("#a02020") if state == LATE else QColor("#8a5a00") if state == OVERDUE else None

    def _state_tip(self, row) -> str:
        return state_labels()[self.state(row)]


class SloganTableModel(RecordTableModel):
    def __init__(self, source=None, parent=None):
        super().__init__([], source, parent)
        self.columns = [
            Column("title", self.tr("Slogan")),
            Column("source", self.tr("Source plan")),
            Column("year", self.tr("Year"), align=Qt.AlignmentFlag.AlignCenter),
            Column(
                "active",
                self.tr("In use"),
                lambda r: self.tr("Yes") if r.active else self.tr("No"),
                align=Qt.AlignmentFlag.AlignCenter,
                foreground=lambda r: None if r.active else QColor("#888888"),
            ),
            Column(
                "placements",
                self.tr("Places"),
                align=Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                sortable=False,
            ),
        ]
