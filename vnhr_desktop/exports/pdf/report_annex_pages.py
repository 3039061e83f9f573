"""Appendix pages of a result report: the figure tables and a bar chart of
targets against achieved values (reportlab.graphics, the document's fonts)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit

from vnhr_desktop.domain.dates import fmt_date, fmt_decimal, fmt_int
from vnhr_desktop.domain.report_figures import ReportFigures
from vnhr_desktop.exports.pdf.fonts import FONT, FONT_BOLD
from vnhr_desktop.exports.pdf.model import Column
from vnhr_desktop.exports.pdf.styles import MM
from vnhr_desktop.exports.report_annex_tables import EMPTY, AnnexTable, annex_tables, chart_title, chart_values

if TYPE_CHECKING:
    from vnhr_desktop.exports.pdf.document import _Builder

ALIGN = {"text": "left", "int": "right", "decimal": "right", "date": "center"}
TARGET_GREY = 0.72
ACHIEVED_GREY = 0.25
LABEL_WIDTH_MM = 75
ROW_HEIGHT_MM = 16


def cell(value: Any, kind: str) -> str:
    if value is None or value == "":
        return ""
    if kind == "date":
        return fmt_date(value)
    if kind == "int" and isinstance(value, (int, float)):
        return fmt_int(value)
    if kind == "decimal" and isinstance(value, (int, float)):
        return fmt_decimal(value, 1)
    return str(value)


def _table(doc: _Builder, number: int, table: AnnexTable) -> None:
    doc.keep_space(40)
    doc.item(number, table.title, bold=True)
    if not table.rows:
        doc.paragraph(EMPTY, "note")
        doc.spacer(3)
        return
    columns = [
        Column(c.title, c.weight, "center" if c.title == "STT" else ALIGN.get(c.kind, "left"), c.fixed_mm)
        for c in table.columns
    ]
    # a short row leaves its last cells blank
    rows = [[cell(v, c.kind) for v, c in zip(row, table.columns, strict=False)] for row in table.rows]
    bold = []
    if table.total is not None:
        rows.append([cell(v, c.kind) for v, c in zip(table.total, table.columns, strict=False)])
        bold.append(len(rows) - 1)
    doc.table(columns, rows, font_size=11, bold_rows=bold)


def wrap_label(text: str, width: float, size: float = 10, lines: int = 3) -> str:
    parts = simpleSplit(text, FONT, size, width)
    if len(parts) > lines:
        parts = parts[:lines]
        parts[-1] = parts[-1].rstrip(" ,;") + " ..."
    return "\n".join(parts)


def bar_chart(figures: ReportFigures, width: float) -> Drawing:
    """A Drawing: one pair of horizontal bars per target, grey for the target and
    dark for the achieved value, labelled with the target's description."""
    bars = list(figures.chart)
    targets, achieved, unit = chart_values(figures)
    label_width = LABEL_WIDTH_MM * MM
    plot_height = max(len(bars) * ROW_HEIGHT_MM * MM, 30 * MM)
    height = plot_height + 30 * MM
    drawing = Drawing(width, height, initialFontName=FONT, initialFontSize=10)  # no default Helvetica
    drawing.add(
        String(
            width / 2,
            height - 12,
            f"Biểu đồ: {chart_title(figures).lower()} ({unit})",
            fontName=FONT_BOLD,
            fontSize=12,
            textAnchor="middle",
        )
    )
    chart = HorizontalBarChart()
    # the reportlab stubs type a plot area's position and size as int; any number is taken
    chart.x, chart.y = label_width + 8, 16 * MM  # type: ignore[assignment]
    chart.width, chart.height = width - chart.x - 30, plot_height  # type: ignore[assignment]
    chart.data = [achieved, targets]  # the first series is drawn lower in each group
    chart.categoryAxis.categoryNames = [
        wrap_label(f"{i}. {b.description}", label_width) for i, b in enumerate(bars, start=1)
    ]
    chart.categoryAxis.reverseDirection = 1
    for axis in (chart.categoryAxis.labels, chart.valueAxis.labels):
        axis.fontName, axis.fontSize = FONT, 10
    chart.categoryAxis.labels.textAnchor = "end"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*targets, *achieved, 1]) * 1.15
    chart.valueAxis.labelTextFormat = lambda v: fmt_decimal(v, 0)
    chart.bars[0].fillColor = colors.Color(ACHIEVED_GREY, ACHIEVED_GREY, ACHIEVED_GREY)
    chart.bars[1].fillColor = colors.Color(TARGET_GREY, TARGET_GREY, TARGET_GREY)
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, 9
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    chart.barLabelFormat = lambda v: fmt_decimal(v, 1)
    chart.groupSpacing = 8
    drawing.add(chart)
    legend = Legend()
    legend.fontName, legend.fontSize = FONT, 11
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.x, legend.y = chart.x, 8
    legend.dx = legend.dy = 8
    legend.deltax = 140
    legend.colorNamePairs = [(chart.bars[1].fillColor, "Chỉ tiêu, kế hoạch"), (chart.bars[0].fillColor, "Đạt được")]
    drawing.add(legend)
    return drawing


def annex_pages(doc: _Builder, figures: ReportFigures) -> None:
    """The tables (numbered 1, 2, ...) then the chart, on the current appendix."""
    tables = annex_tables(figures)
    for number, table in enumerate(tables, start=1):
        _table(doc, number, table)
    if figures.chart:
        chart = bar_chart(figures, doc.frame_width)
        doc.keep_space(chart.height / MM + 5)
        doc.flowable(chart)
