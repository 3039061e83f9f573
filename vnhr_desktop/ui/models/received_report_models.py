"""Table models of the "Báo cáo nhận" view: the units expected to report on a
plan with their status, the received reports (with their history), and the
preview of packages about to be received."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from vnhr_desktop.ui.labels import date_text
from vnhr_desktop.ui.models.report_models import StaticSource
from vnhr_desktop.ui.models.table_model import Column, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
STATUS_COLOURS = {
    "on_time": QColor("#e3f4e1"),
    "late": QColor("#fff1c9"),
    "missing": QColor("#fde2e1"),
    "outside": QColor("#e8eef8"),
}


class SearchableSource(StaticSource):
    """Rows in memory; the search box matches unit, code and report number, tone marks optional."""

    FIELDS = ("code", "name", "unit_code", "unit_name", "number_symbol", "source")

    def _matching(self, request) -> list:
        from vnhr_desktop.domain.text import fold

        needle = fold(request.search or "")
        if not needle:
            return self.rows
        return [r for r in self.rows if needle in fold(" ".join(str(getattr(r, f, "") or "") for f in self.FIELDS))]

    def query(self, request) -> list:
        rows = self._matching(request)
        end = None if request.limit is None else request.offset + request.limit
        return rows[request.offset : end]

    def count(self, request) -> int:
        return len(self._matching(request))


class _StaticModel(RecordTableModel):
    def __init__(self, parent=None):
        super().__init__([], SearchableSource(), parent)

    def set_rows(self, rows) -> None:
        source = SearchableSource(rows)
        if self.source is not None:
            self.source = source
            self.refresh()
        else:
            self.set_source(source)


class UnitStatusModel(_StaticModel):
    """services.reporting_rates.UnitStatus rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = [
            Column("code", self.tr("Code"), sortable=False),
            Column("name", self.tr("Unit"), sortable=False),
            Column(
                "status",
                self.tr("Status"),
                lambda r: self.status_text(r),
                sortable=False,
                background=lambda r: STATUS_COLOURS.get(r.status),
            ),
            Column("number_symbol", self.tr("Report"), sortable=False),
            Column("issued_on", self.tr("Dated"), lambda r: date_text(r.issued_on), sortable=False),
            Column("sent_on", self.tr("Sent on"), lambda r: date_text(r.sent_on), sortable=False),
        ]

    def status_text(self, row) -> str:
        texts = {
            "on_time": self.tr("On time"),
            "late": self.tr("Late (%1 days)").replace("%1", str(row.days_late)),
            "missing": self.tr("Not reported"),
            "outside": self.tr("Not on the list"),
        }
        return texts[row.status]


class ReceivedTableModel(_StaticModel):
    """services.receiving_list.ReceivedRow rows, newest first, superseded ones marked."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = [
            Column("unit_name", self.tr("Unit"), sortable=False),
            Column("number_symbol", self.tr("Report"), sortable=False),
            Column("issued_on", self.tr("Dated"), lambda r: date_text(r.issued_on), sortable=False),
            Column(
                "period_start",
                self.tr("Period"),
                lambda r: f"{date_text(r.period_start)} - {date_text(r.period_end)}",
                sortable=False,
            ),
            Column("received_on", self.tr("Received"), lambda r: date_text(r.received_on), sortable=False),
            Column(
                "superseded",
                self.tr("State"),
                lambda r: self.tr("Replaced") if r.superseded else self.tr("Current"),
                sortable=False,
            ),
        ]


class PackagePreviewModel(_StaticModel):
    """services.receiving.PackagePreview and Refusal rows of one batch."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.columns = [
            Column("unit_name", self.tr("Unit / package"), lambda r: self.unit_text(r), sortable=False),
            Column(
                "outcome",
                self.tr("Result"),
                lambda r: self.outcome_text(r),
                sortable=False,
                background=lambda r: STATUS_COLOURS["missing"] if hasattr(r, "reason") else None,
            ),
            Column("number_symbol", self.tr("Report"), lambda r: self.report_text(r), sortable=False),
            Column("period_start", self.tr("Period"), lambda r: self.period_text(r), sortable=False),
            Column(
                "plan_text",
                self.tr("Plan answered"),
                lambda r: getattr(r, "upper_plan_text", "") or getattr(r, "plan_text", ""),
                sortable=False,
            ),
            Column("values", self.tr("Main figures"), lambda r: self.figures_text(r), sortable=False),
        ]

    @staticmethod
    def unit_text(r) -> str:
        from pathlib import Path

        return r.unit_name if hasattr(r, "unit_name") else Path(r.source).name

    @staticmethod
    def report_text(r) -> str:
        if hasattr(r, "reason"):
            return ""
        return f"{r.number_symbol} ({date_text(r.issued_on)})"

    @staticmethod
    def period_text(r) -> str:
        return "" if hasattr(r, "reason") else f"{date_text(r.period_start)} - {date_text(r.period_end)}"

    def figures_text(self, r) -> str:
        if hasattr(r, "reason"):
            return ""
        from vnhr_desktop.domain.main_figures import SHORT_LABELS

        return ", ".join(f"{SHORT_LABELS[k]} {v:g}" for k, v in r.values.items() if v)

    def outcome_text(self, r) -> str:
        if hasattr(r, "reason"):
            return self.tr("Refused: %1").replace("%1", r.reason)
        return {
            "new": self.tr("New"),
            "duplicate": self.tr("Already received"),
            "replaces": self.tr("Replaces an earlier report"),
            "older": self.tr("Older than the one received; kept in the history"),
        }[r.outcome]
