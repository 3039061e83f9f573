"""Open a participant workbook safely and find its table: which sheet, which
row is the header (below any title block), whether the header continues on a
second row, and the values under it with merged cells filled down."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.imports.guard import open_workbook_safely
from vnhr_desktop.imports.header_mapping import combined_headers, find_header_row, is_sub_header
from vnhr_desktop.imports.participant_values import cell_text
from vnhr_desktop.imports.sheet_reader import SheetGrid, fill_merged_down, read_grid

# NFC sweep (tests/unit/test_nfc_boundary.py): functions that hand out text unread.
NFC_EXEMPT = {
    "open_participant_sheet": "the sheet name only picks a sheet; cell text is cleaned by participant_values",
}


@dataclass
class LoadedSheet:
    """The table of one sheet. ``header_index`` is 0-based (None when no header
    row was recognised; the user then picks the columns from the first row)."""

    source: Path
    grid: SheetGrid
    sheet_names: list[str] = field(default_factory=list)
    header_index: int | None = None
    header_rows: int = 1
    headers: list[str] = field(default_factory=list)
    heading_lines: set[int] = field(default_factory=set)

    @property
    def header_line(self) -> int | None:
        """1-based Excel row of the header, as the user sees it."""
        return None if self.header_index is None else self.header_index + 1

    @property
    def data_start(self) -> int:
        """0-based index of the first data row."""
        return 0 if self.header_index is None else self.header_index + self.header_rows

    @property
    def width(self) -> int:
        return max(len(self.headers), self.grid.width)

    def data_rows(self) -> Iterator[tuple[int, tuple[object, ...]]]:
        """(Excel row number, values) of every row under the header."""
        rows = self.grid.rows
        for index in range(self.data_start, len(rows)):
            yield index + 1, rows[index]

    def column_samples(self, column: int, count: int = 3) -> list[str]:
        """The first few non-empty texts of a column (shown next to the mapping)."""
        out = []
        for _line, values in self.data_rows():
            if column < len(values):
                text = cell_text(values[column])
                if text:
                    out.append(text)
                    if len(out) >= count:
                        break
        return out


def _heading_lines(grid: SheetGrid, from_row: int) -> set[int]:
    """Rows (1-based) where one merged cell runs across most of the table: a
    group heading such as "I. ĐIỂM CẦU HUYỆN CẦU KÈ", not a participant."""
    width = max(grid.width, 1)
    return {r.min_row for r in grid.merged if r.rows == 1 and r.min_row > from_row and r.cols >= max(3, width // 2)}


def locate_table(source: Path, grid: SheetGrid, sheet_names: list[str], header: int | None = -1) -> LoadedSheet:
    """The table of ``grid``; ``header`` (0-based) overrides the row found by
    looking at the headers, None means the sheet has no header row."""
    if header == -1:
        header = find_header_row(grid.rows)
    sheet = LoadedSheet(source=source, grid=grid, sheet_names=sheet_names, header_index=header)
    width = grid.width
    if header is None:
        sheet.headers = combined_headers((), None, width)
        sheet.heading_lines = _heading_lines(grid, 0)
        return sheet
    main = grid.rows[header]
    sub = grid.rows[header + 1] if header + 1 < len(grid.rows) else None
    if sub is not None and is_sub_header(sub):
        sheet.header_rows = 2
    else:
        sub = None
    sheet.headers = combined_headers(main, sub, width)
    last_header_row = header + sheet.header_rows  # 1-based number of the last header row
    fill_merged_down(grid, last_header_row)
    sheet.heading_lines = _heading_lines(grid, last_header_row)
    return sheet


def with_header_row(sheet: LoadedSheet, header: int | None) -> LoadedSheet:
    """The same sheet read with another header row (the user's choice)."""
    if header is not None and not 0 <= header < len(sheet.grid.rows):
        raise ImportRejected(f"Trang tính không có dòng {header + 1}.")
    return locate_table(sheet.source, sheet.grid, sheet.sheet_names, header)


def _damaged(path: Path, exc: Exception) -> ImportRejected:
    rejected = ImportRejected(
        f"Không đọc được sổ tính {path.name}: tệp bị hỏng hoặc có nội dung không hợp lệ. "
        "Hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại."
    )
    rejected.__cause__ = exc
    return rejected


def open_participant_sheet(path: Path, sheet: str | None = None) -> LoadedSheet:
    """Read the participant table of ``path`` (the named sheet, else the first
    visible sheet that has a recognisable header row, else the first sheet).
    The file is checked by imports.guard before openpyxl parses it."""
    path = Path(path)
    wb = open_workbook_safely(path)
    try:
        names = list(wb.sheetnames)
        if sheet is not None:
            if sheet not in names:
                raise ImportRejected(f"Sổ tính {path.name} không có trang “{sheet}”.")
            candidates: list[object] = [wb[sheet]]
        else:
            candidates = [ws for ws in wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
            candidates = candidates or list(wb.worksheets)
        if not candidates:
            raise ImportRejected(f"Sổ tính {path.name} không có trang tính nào.")
        first: LoadedSheet | None = None
        for ws in candidates:
            loaded = locate_table(path, read_grid(ws), names)
            if loaded.header_index is not None:
                return loaded
            first = first or loaded
        if first is None or not first.grid.rows:
            raise ImportRejected(f"Sổ tính {path.name} không có dữ liệu.")
        return first
    except ImportRejected:
        raise
    except Exception as exc:  # untrusted input: any parser failure is a rejection
        raise _damaged(path, exc) from exc
    finally:
        wb.close()
