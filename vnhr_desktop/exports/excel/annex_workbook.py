"""The report's Phụ lục as a workbook: one sheet per figure table (the same rows
as the PDF appendix), and on the last sheet a bar chart of targets against
achieved values (an openpyxl BarChart over a small chart-data block).

    annex_xlsx(load_report(session, report_id)) -> bytes   # services.report_view
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from openpyxl.chart import BarChart, Reference
from openpyxl.worksheet.worksheet import Worksheet

from vnhr_desktop.domain.printouts.report import ReportView
from vnhr_desktop.exports.excel import styles as xs
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook
from vnhr_desktop.exports.report_annex_tables import (
    EMPTY,
    AnnexColumn,
    annex_tables,
    chart_title,
    chart_values,
    report_attachment_note,
)

SHEET_NAMES = {
    "media": "Truyền thông",
    "banners": "Băng rôn",
    "events": "Hội nghị",
    "bridge_points": "Điểm cầu",
    "outside": "Cử cán bộ",
    "tasks": "Nhiệm vụ",
    "targets": "Chỉ tiêu",
}
MIN_TABLE_CHARS = 100  # narrow tables are widened so their titles fit on one or two lines
LINE_HEIGHT = 16.5


def _widths(columns: Sequence[AnnexColumn]) -> list[float]:
    widths = [c.chars for c in columns]
    short = MIN_TABLE_CHARS - sum(widths)
    if short > 0:
        text = [i for i, c in enumerate(columns) if c.kind == "text"]
        widest = max(text or range(len(widths)), key=lambda i: widths[i])
        widths[widest] += short
    return widths


def _fit_rows(ws: Worksheet, widths: list[float], first: int, last: int) -> None:
    """Row heights for wrapped cells (Excel and LibreOffice do not grow rows of a
    generated file by themselves)."""
    for row in range(first, last + 1):
        lines = 1
        for col, width in enumerate(widths, start=1):
            value = ws.cell(row=row, column=col).value
            if isinstance(value, str) and value:
                per_line = max(width * 0.95 - 1, 1)
                lines = max(lines, sum(math.ceil(max(len(part), 1) / per_line) for part in value.split("\n")))
        ws.row_dimensions[row].height = LINE_HEIGHT * lines + 3


def _chart(ws: Worksheet, view: ReportView, first_row: int) -> None:
    """Chart data under the table (label, target, achieved), then the chart under
    it; the sheet prints on one page."""
    targets, achieved, unit = chart_values(view.figures)
    labels = [f"{i}. {b.description}" for i, b in enumerate(view.figures.chart, start=1)]
    row = first_row
    xs.write_cell(ws, row, 2, f"Số liệu biểu đồ ({unit})", bold=True, border=False, wrap=False)
    row += 1
    head = row
    for col, title in ((2, "Nội dung"), (3, "Chỉ tiêu, kế hoạch"), (4, "Đạt được")):
        xs.write_cell(ws, head, col, title, bold=True, align="center")
    for label, target, done in zip(labels, targets, achieved, strict=True):
        row += 1
        xs.write_cell(ws, row, 2, label)
        xs.write_cell(ws, row, 3, target, kind="decimal")
        xs.write_cell(ws, row, 4, done, kind="decimal")
    chart = BarChart()
    chart.type = "bar"
    chart.style = 2
    chart.title = f"{chart_title(view.figures)} ({unit})"
    chart.y_axis.title = unit
    chart.y_axis.scaling.min = 0
    chart.y_axis.number_format = "0"
    chart.x_axis.scaling.orientation = "maxMin"  # first item on top, as in the table
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.add_data(Reference(ws, min_col=3, max_col=4, min_row=head, max_row=row), titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=2, min_row=head + 1, max_row=row))
    _fit_rows(ws, [ws.column_dimensions[c].width or 10 for c in "ABCD"], head, row)
    chart.height = 5 + 1.6 * len(labels)
    chart.width = 24
    ws.add_chart(chart, f"B{row + 2}")
    ws.page_setup.fitToHeight = 1


def build_annex_workbook(view: ReportView) -> TableWorkbook:
    book = TableWorkbook()
    note = report_attachment_note(view)
    for number, table in enumerate(annex_tables(view.figures), start=1):
        widths = _widths(table.columns)
        columns = [
            SheetColumn(c.title, w, c.kind, "center" if c.title == "STT" else None)
            for c, w in zip(table.columns, widths, strict=True)
        ]
        rows = table.rows or [("", EMPTY)]
        ws = book.add_sheet(
            SHEET_NAMES.get(table.key, table.title),
            columns,
            rows,
            title_lines=["PHỤ LỤC - SỐ LIỆU KẾT QUẢ THỰC HIỆN", f"{number}. {table.title}".upper()],
            subtitle_lines=[note],
            total_row=table.total,
        )
        header = ws.freeze_panes and int("".join(ch for ch in ws.freeze_panes if ch.isdigit())) - 1
        _fit_rows(ws, widths, header, ws.max_row)
        if table.key == "targets" and view.figures.chart:
            _chart(ws, view, ws.max_row + 2)
    book.workbook.properties.title = f"Phụ lục báo cáo {view.number_symbol}".strip()
    book.workbook.properties.creator = "vnhr-desktop"
    return book


def annex_xlsx(view: ReportView) -> bytes:
    """The workbook of ``vnhr-desktop export annex REPORT_ID --out FILE.xlsx``."""
    return build_annex_workbook(view).to_bytes()
