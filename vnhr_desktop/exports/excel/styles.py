"""Shared look and safe cell writing of every workbook the app produces.

Times New Roman 13 everywhere (also the workbook's default font), thin borders
on tables, dates as real dates shown dd/mm/yyyy, numbers as numbers with a
thousands format (Excel shows "1.234" under Vietnamese regional settings).

Text safety: user text is always stored as text. A value starting with
= + - @ or a tab/CR/LF is written as a string cell with Excel's quote prefix,
so it is shown and kept literally and never becomes a formula; characters XML
cannot hold are dropped; text is NFC.

    from vnhr_desktop.exports.excel.styles import write_cell
    write_cell(ws, 5, 2, "=HYPERLINK(...)")           # stays text
    write_cell(ws, 5, 3, date(2025, 1, 5), kind="date")
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Any

from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils.indexed_list import IndexedList

from vnhr_desktop.domain.text import nfc

# Sheets, cells and the workbook are typed Any here: the functions serve both
# ordinary and write-only (streamed) sheets, whose borrowed attributes and
# private style tables the openpyxl stubs do not describe.

FONT_NAME = "Times New Roman"
FONT_SIZE = 13
ROW_HEIGHT = 17.25  # one line of 13 pt text
PAPERSIZE_A4 = "9"  # openpyxl Worksheet.PAPERSIZE_A4 (write-only sheets lack the constant)
MAX_CELL_CHARS = 32767  # Excel's limit for one cell
DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "hh:mm dd/mm/yyyy"
# Vietnamese grouping with a dot whatever the regional settings of the PC
# (1.485; 1.234.567): the dots are literal, "#,##0" would follow Windows' locale.
INT_FORMAT = r"[>=1000000]#\.###\.##0;[>=1000]#\.##0;0"
DECIMAL_FORMAT = "#,##0.0#"
PERCENT_FORMAT = "0.0 %"
TEXT_FORMAT = "@"
KIND_FORMATS = {
    "int": INT_FORMAT,
    "decimal": DECIMAL_FORMAT,
    "percent": PERCENT_FORMAT,
    "date": DATE_FORMAT,
    "datetime": DATETIME_FORMAT,
    "text": TEXT_FORMAT,
}
KIND_ALIGN = {
    "int": "right",
    "decimal": "right",
    "percent": "right",
    "date": "center",
    "datetime": "center",
    "text": "left",
}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n")
_ILLEGAL = re.compile(r"[\000-\010\013\014\016-\037]")


def font(*, bold: bool = False, italic: bool = False, size: float = FONT_SIZE) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold, italic=italic, family=1)


def thin_border() -> Border:
    side = Side(style="thin", color="000000")
    return Border(left=side, right=side, top=side, bottom=side)


def alignment(horizontal: str = "left", *, wrap: bool = True, vertical: str = "center") -> Alignment:
    return Alignment(horizontal=horizontal, vertical=vertical, wrap_text=wrap)


def set_default_font(workbook: Any) -> None:
    """Make Times New Roman 13 the workbook's Normal font (empty cells, new typing).

    openpyxl has no public setter; the first font of the style table is the
    default, so it is replaced before any cell is styled.
    """
    workbook._fonts = IndexedList([font()])


def safe_text(value: object) -> str:
    """The string that is stored for ``value``: NFC, line breaks as "\\n" (XML
    would turn a bare CR into LF anyway), no characters XML cannot hold."""
    text = str(value)
    if text.isprintable() and unicodedata.is_normalized("NFC", text):
        return text  # the common case, checked at C speed: nothing to change
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    return _ILLEGAL.sub("", text)


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def put_text(cell: Any, value: object, *, styled: bool = True) -> None:
    """Store ``value`` as literal text, never as a formula (``styled``: also
    set the quote prefix; a streaming sheet copies it with the cell's style)."""
    text = safe_text(value)
    cell.value = text
    cell.data_type = "s"
    if styled and looks_like_formula(text):
        cell.quotePrefix = True


def _whole(value: Any, kind: str) -> bool:
    """Shown as a whole number with Vietnamese grouping (an int, or a decimal
    that has no fraction)."""
    return kind == "int" or (kind == "decimal" and float(value).is_integer())


def _is_number(value: object, kind: str) -> bool:
    return kind in ("int", "decimal", "percent") and isinstance(value, (int, float)) and not isinstance(value, bool)


def number_format_of(value: object, kind: str = "text") -> str:
    """The number format a cell of ``kind`` holding ``value`` gets."""
    if value is None or value == "":
        return "General"
    if kind in ("date", "datetime") and isinstance(value, dt.date):
        return DATE_FORMAT if kind == "date" else DATETIME_FORMAT
    if _is_number(value, kind):
        return INT_FORMAT if _whole(value, kind) else KIND_FORMATS[kind]
    if isinstance(value, dt.date):
        return DATETIME_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
    return TEXT_FORMAT


def stored_value(value: Any, kind: str = "text") -> Any:
    """The number or date a non-text cell holds (a whole number as an int)."""
    if _is_number(value, kind) and _whole(value, kind):
        return int(round(value))
    return value


def put_value(cell: Any, value: object, kind: str = "text", *, styled: bool = True) -> None:
    """Store ``value`` by ``kind`` (text, int, decimal, percent, date, datetime).

    Numbers and dates stay numbers and dates; a string (or any other object)
    is written as safe text whatever the kind; ``None`` and "" leave it empty.
    ``styled`` also sets the number format (see :func:`number_format_of`).
    """
    if value is None or value == "":
        cell.value = None
        return
    number_format = number_format_of(value, kind)
    if number_format == TEXT_FORMAT:
        put_text(cell, value, styled=styled)
    else:
        cell.value = stored_value(value, kind)
    if styled:
        cell.number_format = number_format


def write_cell(
    ws: Any,
    row: int,
    column: int,
    value: object,
    *,
    kind: str = "text",
    bold: bool = False,
    italic: bool = False,
    align: str | None = None,
    border: bool = True,
    wrap: bool = True,
) -> Any:
    """Write one styled cell (font, border, alignment, number format) and return it."""
    cell = ws.cell(row=row, column=column)
    put_value(cell, value, kind)
    cell.font = font(bold=bold, italic=italic)
    cell.alignment = alignment(align or KIND_ALIGN.get(kind, "left"), wrap=wrap)
    if border:
        cell.border = thin_border()
    return cell


def page_setup(ws: Any, *, landscape: bool = True, title_rows: tuple[int, int] | None = None) -> None:
    """A4, landscape or portrait, fit all columns to the page width (any number of
    pages tall), repeat ``title_rows`` (first, last) on every page, page numbers
    in the footer, margins close to the NĐ30 ones."""
    ws.page_setup.paperSize = PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = 30 / 25.4 if not landscape else 20 / 25.4
    ws.page_margins.right = 15 / 25.4
    ws.page_margins.top = 20 / 25.4
    ws.page_margins.bottom = 20 / 25.4
    ws.oddFooter.center.text = "Trang &P/&N"
    ws.oddFooter.center.font = f"{FONT_NAME},Regular"
    ws.oddFooter.center.size = 11
    if title_rows:
        ws.print_title_rows = f"{title_rows[0]}:{title_rows[1]}"
