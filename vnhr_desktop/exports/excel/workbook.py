"""A small builder for the app's tabular workbooks (annexes, lists, registers).

Each sheet: merged bold title rows, optional italic subtitle rows, a blank row,
a bold bordered header row, bordered data rows; header frozen and repeated on
every printed page; A4 landscape fitted to the page width; column widths in
characters; Times New Roman 13; every user string stored as text.

    from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook

    book = TableWorkbook()
    book.add_sheet(
        "Khẩu hiệu",
        [SheetColumn("STT", 6, "int"), SheetColumn("Nội dung", 60),
         SheetColumn("Từ ngày", 13, "date"), SheetColumn("Số lượng", 10, "int")],
        rows=[(1, "Nhiệt liệt chào mừng ...", date(2024, 11, 20), 12)],
        title_lines=["DANH SÁCH KHẨU HIỆU TUYÊN TRUYỀN"],
        subtitle_lines=["(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2025)"],
        total_row=("", "Tổng cộng", None, 12),
    )
    book.to_bytes()            # the file's bytes; services write them through safe_write

``TableWorkbook(streaming=True)`` writes each sheet's rows as they come
(openpyxl's write-only mode, for lists of 100,000 people): rows cannot be
read back or changed afterwards, and a row is only given its own height when
its wrapped text needs more than one line.
"""

from __future__ import annotations

import io
import math
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from openpyxl import Workbook
from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter

from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.exports.excel import styles as xs
from vnhr_desktop.exports.safe_write import write_bytes

TITLE_ROW_HEIGHT = 18.0
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")

# Worksheets are typed Any: a sheet is an ordinary or a write-only one, and the
# write-only kind borrows attributes the openpyxl stubs do not describe.
_Sheet: TypeAlias = Any
_Style: TypeAlias = tuple[StyleArray, int]  # a template cell's style array and its index
_Prepared: TypeAlias = tuple[object, str, _Style]  # stored value, data type, style


@dataclass(frozen=True)
class SheetColumn:
    """``width`` in characters; ``kind`` text, int, decimal, percent, date or
    datetime; ``align`` left/center/right (default from the kind)."""

    title: str
    width: float = 15.0
    kind: str = "text"
    align: str | None = None


def sheet_name(name: str, taken: Iterable[str] = ()) -> str:
    """A valid, unique Excel sheet name: no []:*?/\\, at most 31 characters."""
    base = _BAD_SHEET_CHARS.sub("-", clean_line(name)).strip("'") or "Sheet"
    base = base[:31]
    used = {t.lower() for t in taken}
    candidate, n = base, 2
    while candidate.lower() in used:
        suffix = f" ({n})"
        candidate, n = base[: 31 - len(suffix)] + suffix, n + 1
    return candidate


def _merged_height(text: str, total_chars: float) -> float:
    lines = sum(max(1, math.ceil(len(part) * 1.1 / max(total_chars, 1.0))) for part in (text.split("\n") or [""]))
    return TITLE_ROW_HEIGHT * lines


class TableWorkbook:
    """Builds a workbook of table sheets; ``workbook`` gives the openpyxl object
    for anything beyond tables."""

    def __init__(self, *, streaming: bool = False) -> None:
        self.streaming = streaming
        self.workbook = Workbook(write_only=streaming)
        xs.set_default_font(self.workbook)
        self._fresh = not streaming

    def _new_sheet(self, name: str) -> _Sheet:
        if self.streaming:
            return self.workbook.create_sheet(sheet_name(name, self.workbook.sheetnames))
        if self._fresh:
            ws = self.workbook.active
            assert ws is not None  # a new workbook has one sheet
            ws.title = sheet_name(name)
            self._fresh = False
            return ws
        return self.workbook.create_sheet(sheet_name(name, self.workbook.sheetnames))

    def add_sheet(
        self,
        name: str,
        columns: Sequence[SheetColumn],
        rows: Iterable[Sequence[object]],
        *,
        title_lines: Sequence[str] = (),
        subtitle_lines: Sequence[str] = (),
        total_row: Sequence[object] | None = None,
        landscape: bool = True,
        footer_lines: Sequence[str] = (),
        progress: Callable[[int, int], None] | None = None,
    ) -> _Sheet:
        """Add one table sheet and return the worksheet.

        ``rows`` are sequences of values in column order (numbers, dates,
        strings, None). ``total_row`` is written bold after the data.
        ``footer_lines`` are plain lines under the table (notes).
        ``progress(done, total)`` is called every few thousand rows when
        ``rows`` has a length.
        """
        if not columns:
            raise ValueError("a sheet needs at least one column")
        if self.streaming:
            return _StreamedSheet(self._new_sheet(name), columns).write(
                rows, title_lines, subtitle_lines, total_row, landscape, footer_lines, progress
            )
        ws = self._new_sheet(name)
        ws.sheet_format.defaultRowHeight = xs.ROW_HEIGHT
        width = len(columns)
        total_chars = sum(c.width for c in columns)
        for index, column in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        row = 1
        for text, italic in [(t, False) for t in title_lines] + [(t, True) for t in subtitle_lines]:
            if not clean_line(text):
                continue
            cell = xs.write_cell(ws, row, 1, text, bold=not italic, italic=italic, align="center", border=False)
            if width > 1:
                ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
            ws.row_dimensions[row].height = _merged_height(str(cell.value), total_chars)
            row += 1
        if row > 1:
            row += 1  # a blank row between the title and the table
        header_row = row
        for index, column in enumerate(columns, start=1):
            xs.write_cell(ws, header_row, index, column.title, bold=True, align="center")
        row += 1
        for values in rows:
            self._write_row(ws, row, columns, values)
            row += 1
        if total_row is not None:
            self._write_row(ws, row, columns, total_row, bold=True)
            row += 1
        fit_row_heights(ws, columns, header_row, row - 1)
        notes = [t for t in footer_lines if clean_line(t)]
        for offset, text in enumerate(notes, start=1):
            xs.write_cell(ws, row + offset, 1, text, italic=True, border=False, wrap=False)
        ws.freeze_panes = ws.cell(row=header_row + 1, column=1)
        xs.page_setup(ws, landscape=landscape, title_rows=(header_row, header_row))
        return ws

    @staticmethod
    def _write_row(
        ws: _Sheet, row: int, columns: Sequence[SheetColumn], values: Sequence[object], bold: bool = False
    ) -> None:
        values = list(values) + [None] * (len(columns) - len(values))
        for index, (column, value) in enumerate(zip(columns, values, strict=False), start=1):
            xs.write_cell(ws, row, index, value, kind=column.kind, bold=bold, align=column.align)

    def to_bytes(self) -> bytes:
        buffer = io.BytesIO()
        self.workbook.save(buffer)
        return buffer.getvalue()

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write atomically through safe_write; returns the path."""
        return write_bytes(path, self.to_bytes())


def _title_rows(title_lines: Sequence[str], subtitle_lines: Sequence[str]) -> list[tuple[str, bool]]:
    """(text, italic) of the non-empty title and subtitle lines."""
    lines = [(t, False) for t in title_lines] + [(t, True) for t in subtitle_lines]
    return [(t, italic) for t, italic in lines if clean_line(t)]


def _lines_needed(columns: Sequence[SheetColumn], values: Sequence[object]) -> int:
    """Lines of 13 pt text the tallest cell of a row needs (see :func:`fit_row_heights`)."""
    lines = 1
    for column, value in zip(columns, values, strict=False):
        if value is None or value == "" or type(value) is int:
            continue
        text = str(value)
        chars_per_line = max(column.width - 1.0, 1.0)
        if len(text) * 1.15 <= chars_per_line and "\n" not in text:
            continue
        lines = max(lines, sum(max(1, math.ceil(len(p) * 1.15 / chars_per_line)) for p in text.split("\n")))
    return lines


class _SlotCell(Cell):
    """A reusable cell of a streamed sheet that carries the index of its style,
    looked up once per look rather than once per cell."""

    __slots__ = ("style_index",)
    style_index: int
    # openpyxl's private slots of Cell, set directly for speed (not in the stubs)
    _value: object
    _style: StyleArray

    @property
    def style_id(self) -> int:
        return self.style_index

    @property
    def has_style(self) -> bool:
        return True


class _StreamedSheet:
    """One sheet of a streaming workbook, written top to bottom.

    Each cell is prepared as (stored value, data type, style): the value as
    styles.put_value would store it, the look of styles.write_cell. Cells of
    the same look share the style array of one template cell, made once, and
    each column writes through one reusable cell: openpyxl writes a row's
    cells out as soon as they are handed over, and never keeps them."""

    PROGRESS_EVERY = 5000

    def __init__(self, ws: _Sheet, columns: Sequence[SheetColumn]) -> None:
        self.ws, self.columns = ws, list(columns)
        self._styles: dict[tuple[object, ...], _Style] = {}
        self._text_styles: dict[tuple[int, bool, bool | str], _Style] = {}  # by column, weight, kind of value
        self._scratch = WriteOnlyCell(ws)
        self._slots: list[_SlotCell] = []
        # openpyxl's write-only sheet first tries each appended item as a plain
        # value and only takes a ready cell after a failed conversion (building
        # an error message per cell); the rows here are prepared already, so
        # they are handed over through this sheet's own cells.
        ws._values_to_row = self._placed

    def _placed(self, prepared: Sequence[_Prepared], row_number: int) -> Iterator[_SlotCell]:
        while len(self._slots) < len(prepared):
            self._slots.append(_SlotCell(self.ws, row_number, len(self._slots) + 1))
        for column, (value, data_type, style) in enumerate(prepared, start=1):
            cell = self._slots[column - 1]
            cell.row, cell.column = row_number, column
            cell._value, cell.data_type = value, data_type
            cell._style, cell.style_index = style
            yield cell

    def _style(
        self, number_format: str, quote: bool, bold: bool, italic: bool, align: str, border: bool, wrap: bool
    ) -> _Style:
        """(style array, its index in the workbook) of a template cell with these
        properties, made once."""
        key = (number_format, quote, bold, italic, align, border, wrap)
        style = self._styles.get(key)
        if style is None:
            template = WriteOnlyCell(self.ws)
            template.number_format = number_format
            template.quotePrefix = quote
            template.font = xs.font(bold=bold, italic=italic)
            template.alignment = xs.alignment(align, wrap=wrap)
            if border:
                template.border = xs.thin_border()
            style = self._styles[key] = (template._style, template.style_id)  # type: ignore[attr-defined]  # private slot, not in the stubs
        return style

    def _cell(
        self,
        value: object,
        *,
        kind: str = "text",
        bold: bool = False,
        italic: bool = False,
        align: str | None = None,
        border: bool = True,
        wrap: bool = True,
    ) -> _Prepared:
        """(stored value, data type, (style array, style index)) of one cell."""
        number_format = xs.number_format_of(value, kind)
        quote = False
        stored: object
        if number_format == xs.TEXT_FORMAT:
            text = xs.safe_text(value)
            if len(text) > xs.MAX_CELL_CHARS:
                self._scratch.value = text  # openpyxl's own refusal of an overlong cell
            stored, data_type = text, "s"
            quote = xs.looks_like_formula(text)
        elif number_format == "General":
            stored, data_type = None, "n"
        else:
            self._scratch.value = xs.stored_value(value, kind)  # openpyxl decides how it is stored
            stored, data_type = self._scratch._value, self._scratch.data_type  # type: ignore[attr-defined]  # private slot, not in the stubs
        align = align or xs.KIND_ALIGN.get(kind, "left")
        return stored, data_type, self._style(number_format, quote, bold, italic, align, border, wrap)

    def _row(self, values: Sequence[object], bold: bool = False) -> list[_Prepared]:
        values = list(values) + [None] * (len(self.columns) - len(values))
        cells: list[_Prepared] = []
        for index, (column, value) in enumerate(zip(self.columns, values, strict=False)):
            if type(value) is str and value and len(value) <= xs.MAX_CELL_CHARS:
                # the common case, a non-empty text: stored as text whatever the column's kind
                text = xs.safe_text(value)
                quote = xs.looks_like_formula(text)
                key: tuple[int, bool, bool | str] = (index, bold, quote)
                style = self._text_styles.get(key)
                if style is None:
                    align = column.align or xs.KIND_ALIGN.get(column.kind, "left")
                    style = self._text_styles[key] = self._style(xs.TEXT_FORMAT, quote, bold, False, align, True, True)
                cells.append((text, "s", style))
            elif type(value) is int and column.kind in ("int", "decimal"):
                # a whole number: Vietnamese grouping (styles.number_format_of)
                key = (index, bold, "number")
                style = self._text_styles.get(key)
                if style is None:
                    align = column.align or xs.KIND_ALIGN[column.kind]
                    style = self._text_styles[key] = self._style(xs.INT_FORMAT, False, bold, False, align, True, True)
                cells.append((value, "n", style))
            else:
                cells.append(self._cell(value, kind=column.kind, bold=bold, align=column.align))
        return cells

    def _append(self, number: int, cells: list[_Prepared], lines: int = 1) -> None:
        if lines > 1:
            self.ws.row_dimensions[number].height = round(xs.ROW_HEIGHT * lines + 2, 2)
        self.ws.append(cells)

    def write(
        self,
        rows: Iterable[Sequence[object]],
        title_lines: Sequence[str],
        subtitle_lines: Sequence[str],
        total_row: Sequence[object] | None,
        landscape: bool,
        footer_lines: Sequence[str],
        progress: Callable[[int, int], None] | None,
    ) -> _Sheet:
        try:
            return self._write(rows, title_lines, subtitle_lines, total_row, landscape, footer_lines, progress)
        except BaseException:
            self.ws.close()  # a stopped export: end the half-written sheet's stream cleanly
            raise

    def _write(
        self,
        rows: Iterable[Sequence[object]],
        title_lines: Sequence[str],
        subtitle_lines: Sequence[str],
        total_row: Sequence[object] | None,
        landscape: bool,
        footer_lines: Sequence[str],
        progress: Callable[[int, int], None] | None,
    ) -> _Sheet:
        ws, columns = self.ws, self.columns
        width = len(columns)
        total_chars = sum(c.width for c in columns)
        ws.sheet_format.defaultRowHeight = round(xs.ROW_HEIGHT + 2, 2)
        ws.sheet_format.customHeight = True
        for index, column in enumerate(columns, start=1):
            ws.column_dimensions[get_column_letter(index)].width = column.width
        titles = _title_rows(title_lines, subtitle_lines)
        header_row = len(titles) + 2 if titles else 1
        ws.freeze_panes = f"A{header_row + 1}"
        xs.page_setup(ws, landscape=landscape, title_rows=(header_row, header_row))
        number = 1
        for text, italic in titles:
            cell = self._cell(text, bold=not italic, italic=italic, align="center", border=False)
            if width > 1:
                ws.merged_cells.add(f"A{number}:{get_column_letter(width)}{number}")
            ws.row_dimensions[number].height = _merged_height(str(cell[0]), total_chars)
            ws.append([cell])
            number += 1
        if titles:
            ws.append([])
            number += 1
        header = [self._cell(c.title, bold=True, align="center") for c in columns]
        self._append(number, header, _lines_needed(columns, [c.title for c in columns]))
        number += 1
        total = len(rows) if isinstance(rows, Sized) else 0
        for done, values in enumerate(rows, start=1):
            self._append(number, self._row(values), _lines_needed(columns, values))
            number += 1
            if progress is not None and total and done % self.PROGRESS_EVERY == 0:
                progress(done, total)
        if total_row is not None:
            self._append(number, self._row(total_row, bold=True), _lines_needed(columns, total_row))
            number += 1
        notes = [t for t in footer_lines if clean_line(t)]
        if notes:
            ws.append([])
        for text in notes:
            ws.append([self._cell(text, italic=True, border=False, wrap=False)])
        if progress is not None and total:
            progress(total, total)
        return ws


def fit_row_heights(ws: _Sheet, columns: Sequence[SheetColumn], first_row: int, last_row: int) -> None:
    """Give rows ``first_row``..``last_row`` the height their wrapped text needs.

    Excel and LibreOffice do not grow a row for wrapped text written by a
    program, so long cells would overlap the next row; the height is estimated
    from each cell's length against its column width (13 pt lines).
    """
    for row in range(first_row, last_row + 1):
        lines = 1
        for index, column in enumerate(columns, start=1):
            value = ws.cell(row=row, column=index).value
            if value is None:
                continue
            chars_per_line = max(column.width - 1.0, 1.0)
            cell_lines = sum(max(1, math.ceil(len(part) * 1.15 / chars_per_line)) for part in str(value).split("\n"))
            lines = max(lines, cell_lines)
        ws.row_dimensions[row].height = round(xs.ROW_HEIGHT * lines + 2, 2)
