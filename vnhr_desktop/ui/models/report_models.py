"""Table models of the result-report tab: reports, the composer's figures and
the records behind one figure, and the completeness of agencies' results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from vnhr_desktop.ui.labels import code_label, date_text, number_text
from vnhr_desktop.ui.models.table_model import Column, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LATE_COLOUR = QColor("#fde2e1")
CLOSE_COLOUR = QColor("#fff1c9")
IN_COLOUR = QColor("#e3f4e1")


class StaticSource:
    """A list already in memory, served page by page like a database list."""

    def __init__(self, rows=()):
        self.rows = list(rows)

    def query(self, request) -> list:
        end = None if request.limit is None else request.offset + request.limit
        return self.rows[request.offset : end]

    def count(self, request) -> int:
        return len(self.rows)


class ReportTableModel(RecordTableModel):
    def __init__(self, source=None, parent=None):
        super().__init__([], source, parent)
        self.columns = [
            Column("number_symbol", self.tr("Number/symbol"), number_text),
            Column("issued_on", self.tr("Date"), lambda r: date_text(r.issued_on)),
            Column("title", self.tr("Title")),
            Column(
                "period_start", self.tr("Period"), lambda r: f"{date_text(r.period_start)} - {date_text(r.period_end)}"
            ),
            Column("status", self.tr("Status"), lambda r: code_label(r.status)),
        ]


class FigureTableModel(RecordTableModel):
    """services.report_records.FigureRow: group, figure, value, number of records."""

    def __init__(self, parent=None):
        super().__init__([], StaticSource(), parent)
        self.columns = [
            Column("group", self.tr("Group"), sortable=False),
            Column("label", self.tr("Figure"), sortable=False),
            Column("value", self.tr("Value"), align=RIGHT, sortable=False),
            Column("ids", self.tr("Records"), lambda r: len(r.ids), align=RIGHT, sortable=False),
        ]

    def set_rows(self, rows) -> None:
        self.set_source(StaticSource(rows))


class RecordInfoModel(RecordTableModel):
    """services.report_records.RecordInfo: the records behind one figure."""

    def __init__(self, parent=None):
        super().__init__([], StaticSource(), parent)
        self.columns = [
            Column("day", self.tr("Date"), lambda r: date_text(r.day), sortable=False),
            Column(
                "title",
                self.tr("Record"),
                sortable=False,
                foreground=lambda r: QColor("#b00020") if r.missing else None,
            ),
            Column("detail", self.tr("Details"), sortable=False),
        ]

    def set_rows(self, rows) -> None:
        self.set_source(StaticSource(rows))


def status_label(code: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        "none": QCoreApplication.translate("ReportCompleteness", "No results yet"),
        "partial": QCoreApplication.translate("ReportCompleteness", "Some results in"),
        "in": QCoreApplication.translate("ReportCompleteness", "Results in"),
        "late": QCoreApplication.translate("ReportCompleteness", "Late"),
    }.get(code, code)


def _status_colour(row):
    return {"late": LATE_COLOUR, "in": IN_COLOUR, "partial": CLOSE_COLOUR}.get(row.status)


class CompletenessModel(RecordTableModel):
    """services.completeness.AgencyProgress, one row per agency with tasks."""

    def __init__(self, parent=None):
        super().__init__([], StaticSource(), parent)
        self.columns = [
            Column("agency", self.tr("Agency"), sortable=False),
            Column("tasks", self.tr("Tasks"), align=RIGHT, sortable=False),
            Column("done", self.tr("Done"), align=RIGHT, sortable=False),
            Column("last_done_on", self.tr("Last result"), lambda r: date_text(r.last_done_on), sortable=False),
            Column(
                "report_received_on",
                self.tr("Report received"),
                lambda r: date_text(r.report_received_on),
                sortable=False,
            ),
            Column(
                "status",
                self.tr("Results"),
                lambda r: status_label(r.status),
                sortable=False,
                background=_status_colour,
            ),
        ]

    def set_rows(self, rows) -> None:
        self.set_source(StaticSource(rows))
