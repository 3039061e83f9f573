"""Bordered tables that flow across pages: header rows repeated on every page,
cells wrapped as Paragraphs, column widths given as relative weights.

Long lists (sign-in sheets of thousands of people) can ask for ``plain`` body
cells: text wrapped once with the font metrics and drawn as plain lines, with
the row heights computed up front. That lays out several times faster than a
Paragraph per cell and looks the same for plain text. A plain table is a
:class:`paged_table.PagedTable`: each page gets a small table of only the rows
that fit, so the time grows with the number of rows, not with its square."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from vnhr_desktop.domain.text import nfc
from vnhr_desktop.exports.pdf.fonts import FONT, FONT_BOLD
from vnhr_desktop.exports.pdf.model import Column
from vnhr_desktop.exports.pdf.paged_table import PagedTable
from vnhr_desktop.exports.pdf.styles import MM, cell_styles

ALIGN_STYLE = {"left": "cell", "center": "cell_center", "right": "cell_right"}
GRID_WIDTH = 0.5
PADDING = 3
TOP_PADDING = 2
BOTTOM_PADDING = 4
PLAIN_ALIGN = {"left": "LEFT", "center": "CENTER", "right": "RIGHT"}


def cell_text(value: object) -> str:
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


def plain_lines(value: object, font: str, size: float, width: float) -> list[str]:
    """``value`` as text wrapped to ``width`` points (NFC; "\n" kept)."""
    if value is None or value == "":
        return [""]
    text = nfc(str(value))
    if "\n" not in text and stringWidth(text, font, size) <= width:
        return [text]
    lines: list[str] = []
    for part in text.split("\n"):
        lines.extend(simpleSplit(part, font, size, width) or [""])
    return lines


def _plain_body(
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    font_size: float,
    bold: AbstractSet[int],
    min_height: float,
) -> tuple[list[list[Any]], list[float | None], float]:
    """Body cells as wrapped strings, their row heights, and style commands."""
    leading = round(font_size * 1.2, 1)
    inner = [max(w - 2 * PADDING, 1.0) for w in widths]
    data: list[list[Any]] = []
    heights: list[float | None] = []
    for index, row in enumerate(rows):
        cells = list(row) + [""] * (len(columns) - len(row))
        font = FONT_BOLD if index in bold else FONT
        out: list[Any] = []
        lines, flowing = 1, False
        for width, value in zip(inner, cells, strict=False):  # cells beyond the columns are not printed
            if hasattr(value, "wrapOn"):
                out.append(value)
                flowing = True
                continue
            wrapped = plain_lines(value, font, font_size, width)
            lines = max(lines, len(wrapped))
            out.append("\n".join(wrapped))
        data.append(out)
        height = lines * leading + TOP_PADDING + BOTTOM_PADDING
        heights.append(None if flowing and not min_height else max(height, min_height or 0.0))
    return data, heights, leading


def table_commands(
    columns: Sequence[Column],
    head_count: int,
    font_size: float,
    body_valign: str,
    *,
    leading: float | None = None,
    bold_rows: Sequence[int] = (),
    spans: Sequence[tuple[Any, ...]] = (),
    top: int = 0,
) -> list[tuple[Any, ...]]:
    """Style commands of a table whose header starts at row ``top`` (rows above
    it are a caption, drawn without the grid). ``leading`` marks a plain body;
    ``bold_rows`` count from the first body row."""
    first = top + head_count
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, top), (-1, -1), GRID_WIDTH, colors.black),
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, first), (-1, -1), body_valign),
        ("LEFTPADDING", (0, 0), (-1, -1), PADDING),
        ("RIGHTPADDING", (0, 0), (-1, -1), PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), TOP_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PADDING),
    ]
    if leading is not None:
        commands.append(("LEADING", (0, first), (-1, -1), leading))
        commands += [("ALIGN", (i, first), (i, -1), PLAIN_ALIGN.get(c.align, "LEFT")) for i, c in enumerate(columns)]
        commands += [("FONTNAME", (0, first + i), (-1, first + i), FONT_BOLD) for i in sorted(bold_rows)]
    commands += [("SPAN", *span) for span in spans]
    return commands


def build_table(
    columns: Sequence[Column],
    rows: Sequence[Sequence[object]],
    width: float,
    *,
    font_size: float = 12,
    header_rows: Sequence[Sequence[str]] | None = None,
    spans: Sequence[tuple[Any, ...]] = (),
    bold_rows: Sequence[int] = (),
    markup: bool = False,
    body_valign: str = "TOP",
    plain: bool = False,
    min_row_height_mm: float | None = None,
    continued: str = "",
    progress: Callable[[int, int], None] | None = None,
) -> Flowable:
    """A table filling ``width``.

    ``header_rows`` replaces the single header row made of the column titles
    (for grouped headers; merge cells with ``spans`` as reportlab SPAN ranges,
    ((col0, row0), (col1, row1)), rows counted from the first header row).
    ``bold_rows`` are indices into ``rows`` (e.g. a total row). With
    ``markup`` the cell strings are reportlab Paragraph markup, not plain text.
    Cells that are already flowables are used as they are. ``body_valign``
    ("TOP" or "MIDDLE") places the text of the body rows. ``plain`` draws the
    body cells as wrapped plain text (no markup; fast for long lists);
    ``min_row_height_mm`` then gives every body row at least that height
    (room to sign). A flowable cell in a plain table must fit that height.
    A plain table without ``spans`` is laid out page by page
    (:class:`PagedTable`): ``continued`` is then a line shown above the header
    on every page after the first ("Hội trường A (tiếp theo)"), and
    ``progress(done_rows, total_rows)`` is called as pages are drawn.
    """
    if not columns:
        raise ValueError("a table needs at least one column")
    styles = cell_styles(font_size)
    widths = column_widths(columns, width)
    heads = [list(r) for r in header_rows] if header_rows else [[c.title for c in columns]]
    data: list[list[Any]] = [[Paragraph(cell_text(v), styles["cell_header"]) for v in row] for row in heads]
    bold = set(bold_rows)
    heights: list[float | None] | None = None
    if plain:
        body, body_heights, leading = _plain_body(
            columns, rows, widths, font_size, bold, (min_row_height_mm or 0.0) * MM
        )
        known = [h for h in body_heights if h is not None]
        if not spans and len(known) == len(body_heights):
            return PagedTable(
                data,
                body,
                known,
                widths,
                lambda top, bold_here: table_commands(
                    columns, len(heads), font_size, body_valign, leading=leading, bold_rows=bold_here, top=top
                ),
                bold_rows=bold,
                caption=continued,
                caption_size=font_size,
                progress=progress,
            )
        data += body
        head_heights: list[float | None] = [None] * len(heads)
        heights = head_heights + body_heights
    else:
        leading = None
        for index, row in enumerate(rows):
            cells = list(row) + [""] * (len(columns) - len(row))
            out: list[Any] = []
            for col, value in zip(columns, cells, strict=False):
                if hasattr(value, "wrapOn"):
                    out.append(value)
                    continue
                text = str(value) if (markup and value is not None) else cell_text(value)
                if index in bold:
                    text = f"<b>{text}</b>"
                out.append(Paragraph(text, styles[ALIGN_STYLE.get(col.align, "cell")]))
            data.append(out)
    table = Table(
        data,
        colWidths=widths,
        rowHeights=heights,
        repeatRows=len(heads),
        splitByRow=1,
        splitInRow=0 if plain else 1,
        hAlign="LEFT",
    )
    commands = table_commands(
        columns,
        len(heads),
        font_size,
        body_valign,
        leading=leading,
        bold_rows=sorted(bold) if plain else (),
        spans=spans,
    )
    table.setStyle(TableStyle(commands))
    return table
