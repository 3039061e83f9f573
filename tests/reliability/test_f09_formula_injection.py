"""Fault 9: user text that Excel would take for a formula (= + - @, tab, line
break) or an error value. Written with safe_cell_value, it is saved as text:
the file's cells are inline strings and read back with data_type 's' and the
same text. Without it, openpyxl would write "=..." as a formula."""

from __future__ import annotations

import zipfile

import openpyxl
import pytest

from vnhr_desktop.exports.excel.text_safety import needs_text_guard, safe_cell_value, set_text

VALUES = [
    "=1+1",
    '=HYPERLINK("http://evil.example","Bấm vào đây")',
    "=cmd|' /C calc'!A0",
    "+84 912 345 678",
    "-5 người",
    "@SUM(A1:A9)",
    "\t=1+1",
    "\r=1+1",
    "#N/A",
    "Nguyễn Văn An",
    "a = b",
]


def expected(value: str) -> str:
    # a carriage return is a line feed in any XML file (see text_safety)
    return value.replace("\r", "\n")


@pytest.mark.parametrize("read_only", [False, True])
def test_user_text_is_saved_as_text(tmp_path, read_only):
    path = tmp_path / "phu-luc.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for value in VALUES:
        ws.append([safe_cell_value(value), 7])
    for row, value in enumerate(VALUES, start=1):
        set_text(ws.cell(row=row, column=3), value)
    wb.save(path)

    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml
    back = openpyxl.load_workbook(path, read_only=read_only)
    rows = list(back.active.iter_rows(values_only=False))
    for row, value in zip(rows, VALUES, strict=True):
        for cell in (row[0], row[2]):
            assert cell.data_type == "s", (value, cell.data_type)
            assert cell.value == expected(value)
        assert row[1].value == 7 and row[1].data_type == "n"
    if not read_only:
        styled = back.active
        for row, value in enumerate(VALUES, start=1):
            assert styled.cell(row=row, column=3).quotePrefix is bool(needs_text_guard(value))


def test_without_the_guard_openpyxl_writes_a_formula(tmp_path):
    path = tmp_path / "x.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "=1+1"
    wb.save(path)
    assert openpyxl.load_workbook(path).active["A1"].data_type == "f"


def test_non_text_and_control_characters():
    assert safe_cell_value(12) == 12 and safe_cell_value(None) is None
    assert safe_cell_value("Tổ\x01 dân\x0bphố") == "Tổ dânphố"
    assert str(safe_cell_value("=A1")) == "=A1"


def test_write_only_workbooks_too(tmp_path):
    path = tmp_path / "lon.xlsx"
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet()
    for value in VALUES:
        ws.append([safe_cell_value(value)])
    wb.save(path)
    back = openpyxl.load_workbook(path, read_only=True)
    cells = [row[0] for row in back.active.iter_rows()]
    assert [(c.data_type, c.value) for c in cells] == [("s", expected(v)) for v in VALUES]


def test_the_shared_excel_writer_keeps_text(tmp_path):
    from vnhr_desktop.exports.excel import styles

    path = tmp_path / "chung.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    for row, value in enumerate(VALUES, start=1):
        styles.write_cell(ws, row, 1, value)
        styles.write_cell(ws, row, 2, value, kind="int")
    wb.save(path)
    assert "<f>" not in zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    back = openpyxl.load_workbook(path).active
    for row, value in enumerate(VALUES, start=1):
        for column in (1, 2):
            cell = back.cell(row=row, column=column)
            assert cell.data_type == "s" and cell.value == expected(value), (value, cell.value)
