"""Read one worksheet into a plain grid: cell values by row, and the merged
ranges. A read-only worksheet (the fast, streaming mode) is read in one pass
that also picks up the merged ranges, which openpyxl's read-only mode
otherwise drops; a normal worksheet is read through its public API.

The grid keeps the values as openpyxl gives them (str, int, float, bool,
datetime); turning them into text is the caller's business.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from xml.etree.ElementTree import Element

from defusedxml.ElementTree import iterparse
from openpyxl.utils.cell import range_boundaries
from openpyxl.utils.datetime import from_excel

from vnhr_desktop.errors import ImportRejected

# Worksheets are typed Any: a read-only or a normal openpyxl sheet, whose
# private parts (_get_source, _shared_strings) the openpyxl stubs do not describe.

# NFC sweep (tests/unit/test_nfc_boundary.py): functions that hand out text unread.
NFC_EXEMPT = {
    "read_grid": "returns raw cell values; participant_values.cell_text cleans every cell the importer uses",
}

MAX_ROWS = 100_000
MAX_COLUMNS = 60
MAX_MERGED = 10_000
# Rows written in the file, empty or not: bounds the time spent on a sheet
# padded with formatted empty rows (real content is limited by MAX_ROWS).
MAX_ROW_ELEMENTS = 200_000
# Cells written in the file (counted by imports.guard before reading): bounds
# the time and memory of reading any sheet.
MAX_CELLS = 1_000_000


@dataclass(frozen=True)
class MergedRange:
    """1-based, inclusive."""

    min_row: int
    min_col: int
    max_row: int
    max_col: int

    @property
    def rows(self) -> int:
        return self.max_row - self.min_row + 1

    @property
    def cols(self) -> int:
        return self.max_col - self.min_col + 1


@dataclass
class SheetGrid:
    """``rows[i]`` is the tuple of values of Excel row ``i + 1``."""

    name: str
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    merged: list[MergedRange] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def _n(number: int) -> str:
    """10000 -> "10.000" (Vietnamese thousands)."""
    return f"{number:,}".replace(",", ".")


def _too_big(name: str) -> ImportRejected:
    return ImportRejected(f"Trang tính “{name}” quá lớn để nhập (tối đa {_n(MAX_ROWS)} dòng, {MAX_COLUMNS} cột).")


def too_many_rows(where: str) -> ImportRejected:
    """``where``: "Tệp X.xlsx" or "Trang tính “Y”"."""
    return ImportRejected(
        f"{where} có quá nhiều dòng, kể cả dòng trống có định dạng (tối đa {_n(MAX_ROW_ELEMENTS)} dòng). "
        "Hãy xóa các dòng trống thừa hoặc chép danh sách sang tệp mới."
    )


def too_many_cells(where: str) -> ImportRejected:
    return ImportRejected(
        f"{where} có quá nhiều ô, kể cả ô trống có định dạng (tối đa {_n(MAX_CELLS)} ô). "
        "Hãy chép riêng danh sách cần nhập sang một tệp mới."
    )


def too_many_merged(where: str) -> ImportRejected:
    return ImportRejected(f"{where} có quá nhiều ô gộp (tối đa {_n(MAX_MERGED)}).")


def _bounds(ref: str) -> MergedRange | None:
    try:
        min_col, min_row, max_col, max_row = range_boundaries(ref)
    except (ValueError, TypeError):
        return None
    if min_col is None or min_row is None or max_col is None or max_row is None:
        return None
    return MergedRange(min_row, min_col, max_row, max_col)


_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _CELL, _VALUE, _INLINE, _TEXT = (_MAIN + t for t in ("row", "c", "v", "is", "t"))
_MERGE = _MAIN + "mergeCell"
_CONTAINERS = {_MAIN + "sheetData", _MAIN + "mergeCells"}


def _column_index(ref: str) -> int:
    """1-based column of a cell reference such as "AB12"."""
    index = 0
    for ch in ref:
        if "A" <= ch <= "Z":
            index = index * 26 + ord(ch) - 64
        else:
            break
    return index


def _number(text: str) -> int | float:
    try:
        return int(text)
    except ValueError:
        return float(text)


def _cell_value(cell: Element, shared: list[Any], date_styles: set[int], epoch: dt.datetime) -> Any:
    """The value of one <c> element as openpyxl's data-only reading gives it."""
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(_INLINE)
        return "".join(t.text or "" for t in inline.iter(_TEXT)) if inline is not None else None
    text = cell.findtext(_VALUE)
    if text is None or text == "":
        return None
    if kind == "s":
        return shared[int(text)]
    if kind == "n":
        value = _number(text)
        if date_styles and int(cell.get("s", 0)) in date_styles:
            try:
                return from_excel(value, epoch)
            except (OverflowError, ValueError):
                return value
        return value
    if kind == "b":
        return text.strip() == "1"
    return text  # "str" (a formula's text result), "e" (an error such as #N/A), "d" (ISO date text)


def _read_streaming(ws: Any) -> SheetGrid:
    """One pass over the sheet XML (defusedxml, after imports.guard has refused
    any DTD): plain values by row, then the merged ranges at the end. Leaner
    than openpyxl's cell-by-cell parser, and the same values for data-only reading."""
    wb = ws.parent
    shared = ws._shared_strings
    date_styles = set(wb._date_formats) - set(wb._timedelta_formats)
    epoch = wb.epoch
    grid = SheetGrid(ws.title)
    rows = grid.rows
    with ws._get_source() as src:
        containers: list[Element] = []
        row_elements = 0
        for event, element in iterparse(src, events=("start", "end"), forbid_dtd=True):
            tag = element.tag
            if event == "start":
                if tag in _CONTAINERS:
                    containers.append(element)
                continue
            if tag in (_ROW, _MERGE):
                # Drop finished rows and ranges from their parent too, so memory
                # stays flat however many (empty) elements the sheet holds.
                for container in containers:
                    container.clear()
            if tag == _ROW:
                row_elements += 1
                if row_elements > MAX_ROW_ELEMENTS:
                    raise too_many_rows(f"Trang tính “{ws.title}”")
                number = int(element.get("r") or len(rows) + 1)
                values: list[Any] = []
                for position, cell in enumerate(element.iter(_CELL), start=1):
                    ref = cell.get("r")
                    column = _column_index(ref) if ref else position
                    value = _cell_value(cell, shared, date_styles, epoch)
                    if value is None:
                        continue
                    if column > MAX_COLUMNS:
                        raise _too_big(ws.title)
                    if column > len(values):
                        values.extend([None] * (column - len(values)))
                    values[column - 1] = value
                element.clear()
                if not values:
                    continue  # an empty (perhaps only formatted) row counts for nothing
                if number > MAX_ROWS:
                    raise _too_big(ws.title)
                if number > len(rows) + 1:
                    rows.extend(() for _ in range(number - 1 - len(rows)))
                rows.append(tuple(values))
            elif tag == _MERGE:
                merged = _bounds(element.get("ref", ""))
                element.clear()
                if merged is not None:
                    if len(grid.merged) >= MAX_MERGED:
                        raise too_many_merged(f"Trang tính “{ws.title}”")
                    grid.merged.append(merged)
    return grid


def _read_normal(ws: Any) -> SheetGrid:
    if (ws.max_row or 0) > MAX_ROWS or (ws.max_column or 0) > MAX_COLUMNS:
        raise _too_big(ws.title)
    grid = SheetGrid(ws.title, [tuple(r) for r in ws.iter_rows(values_only=True)])
    grid.merged = [MergedRange(r.min_row, r.min_col, r.max_row, r.max_col) for r in ws.merged_cells.ranges]
    return grid


def read_grid(ws: Any) -> SheetGrid:
    """The values and merged ranges of worksheet ``ws`` (read-only or normal)."""
    grid = _read_streaming(ws) if hasattr(ws, "_get_source") and hasattr(ws, "_shared_strings") else _read_normal(ws)
    while grid.rows and not any(v is not None and v != "" for v in grid.rows[-1]):
        grid.rows.pop()
    return grid


def fill_merged_down(grid: SheetGrid, from_row: int) -> None:
    """Copy the value of each merged range that spans several rows into all
    its cells below ``from_row`` (1-based): a unit written once beside the
    several people it applies to belongs to each of them. Ranges within one
    row (a group heading across the table) keep their single value."""
    for rng in grid.merged:
        if rng.rows < 2 or rng.max_row <= from_row:
            continue
        first = grid.rows[rng.min_row - 1] if rng.min_row - 1 < len(grid.rows) else ()
        value = first[rng.min_col - 1] if rng.min_col - 1 < len(first) else None
        if value is None:
            continue
        for r in range(max(rng.min_row, from_row + 1), min(rng.max_row, len(grid.rows)) + 1):
            row = list(grid.rows[r - 1])
            if len(row) < rng.min_col:
                row += [None] * (rng.min_col - len(row))
            if row[rng.min_col - 1] is None:
                row[rng.min_col - 1] = value
                grid.rows[r - 1] = tuple(row)
