"""Bordered tables that flow across pages: header rows repeated on every page,
cells wrapped as Paragraphs, column widths given as relative weights."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from vnhr_desktop.domain.text import nfc
from vnhr_desktop.exports.pdf.fonts import FONT
from vnhr_desktop.exports.pdf.model import Column
from vnhr_desktop.exports.pdf.styles import MM, cell_styles

ALIGN_STYLE = {"left": "cell", "center": "cell_center", "right": "cell_right"}
GRID_WIDTH = 0.5
PADDING = 3


def cell_text(value) -> str:
    """Paragraph markup for one cell value: None -> "", text escaped, NFC, line breaks kept."""
    if value is None:
        return ""
    text = nfc(str(value))
    return escape(text).replace("\n", "<br/>")


def column_widths(columns: Sequence[Column], width: float) -> list[float]:
    """Fixed ``width_mm`` columns first, the rest of ``width`` shared by weight."""
    fixed = sum(c.width_mm * MM for c in columns if c.width_mm)
    rest = max(width - fixed, 0.0)
    total = sum(max(c.weight, 0.01) for c in columns if not c.width_mm) or 1.0
    return [c.width_mm * MM if c.width_mm else rest * max(c.weight, 0.01) / total for c in columns]


def build_table(columns: Sequence[Column], rows: Sequence[Sequence], width: float, *,
                font_size: float = 12, header_rows: Sequence[Sequence[str]] | None = None,
                spans: Sequence[tuple] = (), bold_rows: Sequence[int] = (),
                markup: bool = False) -> Table:
    """A Table filling ``width``.

    ``header_rows`` replaces the single header row made of the column titles
    (for grouped headers; merge cells with ``spans`` as reportlab SPAN ranges,
    ((col0, row0), (col1, row1)), rows counted from the first header row).
    ``bold_rows`` are indices into ``rows`` (e.g. a total row). With
    ``markup`` the cell strings are reportlab Paragraph markup, not plain text.
    Cells that are already flowables are used as they are.
    """
    if not columns:
        raise ValueError("a table needs at least one column")
    styles = cell_styles(font_size)
    widths = column_widths(columns, width)
    heads = [list(r) for r in header_rows] if header_rows else [[c.title for c in columns]]
    data = [[Paragraph(cell_text(v), styles["cell_header"]) for v in row] for row in heads]
    bold = set(bold_rows)
    for index, row in enumerate(rows):
        cells = list(row) + [""] * (len(columns) - len(row))
        out = []
        for col, value in zip(columns, cells):
            if hasattr(value, "wrapOn"):
                out.append(value)
                continue
            text = str(value) if (markup and value is not None) else cell_text(value)
            if index in bold:
                text = f"<b>{text}</b>"
            out.append(Paragraph(text, styles[ALIGN_STYLE.get(col.align, "cell")]))
        data.append(out)
    table = Table(data, colWidths=widths, repeatRows=len(heads), splitByRow=1, splitInRow=1,
                  hAlign="LEFT")
    commands = [
        ("GRID", (0, 0), (-1, -1), GRID_WIDTH, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, len(heads)), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    commands += [("SPAN", *span) for span in spans]
    table.setStyle(TableStyle(commands))
    return table
