"""The shared workbook builder, checked on the file read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
import zipfile

import pytest

from vnhr_desktop.exports.excel.styles import INT_FORMAT

FORMULA_LIKE = [
    "=1+2",
    "+84 912 345 678",
    "-giảm 5%",
    "@SUM(A1)",
    "\tthụt đầu",
    "\r\nxuống dòng",
    '=HYPERLINK("http://x","y")',
]


def build_book():
    from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook

    book = TableWorkbook()
    columns = [
        SheetColumn("STT", 6, "int"),
        SheetColumn("Nội dung", 50),
        SheetColumn("Từ ngày", 13, "date"),
        SheetColumn("Số lượng", 10, "int"),
        SheetColumn("Tỷ lệ", 9, "percent"),
        SheetColumn("Ghi chú", 20),
    ]
    rows = [(i, text, dt.date(2024, 11, 20), 1234 * i, 0.125, None) for i, text in enumerate(FORMULA_LIKE, start=1)]
    rows.append(
        (
            len(rows) + 1,
            unicodedata.normalize("NFD", "Băng rôn ở ấp Phú Hòa"),
            dt.date(2024, 12, 31),
            5,
            1.0,
            "0912345678",
        )
    )
    rows.append((len(rows) + 1, "Bad\x00control\x07chars", None, None, None, ""))
    book.add_sheet(
        "Khẩu hiệu: 2024/11",
        columns,
        rows,
        title_lines=["DANH SÁCH KHẨU HIỆU TUYÊN TRUYỀN"],
        subtitle_lines=["(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2025)"],
        total_row=(None, "Tổng cộng", None, 99, None, None),
        footer_lines=["Ghi chú: số liệu đến ngày 31/12/2024."],
    )
    book.add_sheet("Khẩu hiệu: 2024/11", [SheetColumn("Cột", 10)], [("a",)], landscape=False)
    return book


@pytest.fixture(scope="module")
def sheet(tmp_path_factory):
    import openpyxl

    path = tmp_path_factory.mktemp("xl") / "khau-hieu.xlsx"
    assert build_book().save(path) == path
    workbook = openpyxl.load_workbook(path)
    return workbook.worksheets[0], workbook, path


def test_sheet_names_are_valid_and_unique(sheet):
    _, workbook, _ = sheet
    assert workbook.sheetnames == ["Khẩu hiệu- 2024-11", "Khẩu hiệu- 2024-11 (2)"]


def test_title_rows_merged_bold_centred(sheet):
    ws, _, _ = sheet
    assert ws["A1"].value == "DANH SÁCH KHẨU HIỆU TUYÊN TRUYỀN"
    assert ws["A1"].font.b and ws["A1"].alignment.horizontal == "center"
    assert ws["A2"].font.i and not ws["A2"].font.b
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert merged == {"A1:F1", "A2:F2"}
    assert ws["A3"].value is None  # blank row before the table


def test_header_row_bold_bordered_frozen_and_repeated(sheet):
    ws, _, _ = sheet
    headers = [c.value for c in ws[4]]
    assert headers == ["STT", "Nội dung", "Từ ngày", "Số lượng", "Tỷ lệ", "Ghi chú"]
    for cell in ws[4]:
        assert cell.font.b
        assert cell.border.left.style == cell.border.bottom.style == "thin"
        assert cell.alignment.wrap_text
    assert ws.freeze_panes == "A5"
    assert ws.print_title_rows == "$4:$4"


def test_every_cell_is_times_new_roman_13(sheet):
    ws, workbook, path = sheet
    for row in ws.iter_rows(min_row=1, max_row=ws.max_row):
        for cell in row:
            assert (cell.font.name, cell.font.sz) == ("Times New Roman", 13), cell.coordinate
    styles = zipfile.ZipFile(path).read("xl/styles.xml").decode()
    first_font = styles.split("<fonts", 1)[1].split("</font>", 1)[0]
    assert 'val="Times New Roman"' in first_font and 'val="13"' in first_font


def test_data_borders_widths_and_page_setup(sheet):
    ws, _, _ = sheet
    for cell in ws[5]:
        assert cell.border.top.style == "thin"
    assert ws.column_dimensions["B"].width == 50
    assert ws.column_dimensions["C"].width == 13
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.sheet_format.defaultRowHeight >= 17
    assert ws.oddFooter.center.text.strip() == "Trang &P/&N"


def test_formula_looking_text_stays_text(sheet):
    ws, _, path = sheet
    for row, text in enumerate(FORMULA_LIKE, start=5):
        cell = ws.cell(row=row, column=2)
        assert cell.value == text.replace("\r\n", "\n")  # line breaks stored as LF
        assert cell.data_type == "s"
        assert cell.quotePrefix
    sheet_xml = zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml


def test_text_is_nfc_and_cleaned(sheet):
    ws, _, _ = sheet
    assert ws["B12"].value == "Băng rôn ở ấp Phú Hòa"
    assert unicodedata.is_normalized("NFC", ws["B12"].value)
    assert ws["F12"].value == "0912345678" and ws["F12"].data_type == "s"
    assert ws["B13"].value == "Badcontrolchars"
    assert ws["F13"].value is None


def test_dates_and_numbers_keep_their_types(sheet):
    ws, _, _ = sheet
    assert ws["C5"].value == dt.datetime(2024, 11, 20)
    assert ws["C5"].number_format == "dd/mm/yyyy"
    # Vietnamese grouping with literal dots, whatever the PC's regional settings.
    assert ws["D6"].value == 2468 and ws["D6"].number_format == INT_FORMAT
    assert ws["E5"].value == 0.125 and "%" in ws["E5"].number_format
    assert ws["C5"].alignment.horizontal == "center" and ws["D5"].alignment.horizontal == "right"


def test_total_row_and_footer(sheet):
    ws, _, _ = sheet
    assert ws["B14"].value == "Tổng cộng" and ws["B14"].font.b and ws["D14"].value == 99
    assert ws["A16"].value == "Ghi chú: số liệu đến ngày 31/12/2024." and ws["A16"].font.i


def test_second_sheet_portrait(sheet):
    _, workbook, _ = sheet
    ws = workbook.worksheets[1]
    assert ws.page_setup.orientation == "portrait"
    assert ws["A1"].value == "Cột" and ws.freeze_panes == "A2" and ws.print_title_rows == "$1:$1"


def test_to_bytes_is_a_workbook():
    data = build_book().to_bytes()
    import openpyxl

    assert openpyxl.load_workbook(io.BytesIO(data)).sheetnames[0].startswith("Khẩu hiệu")


def test_write_cell_helpers():
    import openpyxl

    from vnhr_desktop.exports.excel.styles import put_value, write_cell

    ws = openpyxl.Workbook().active
    cell = write_cell(ws, 1, 1, "=cmd|' /C calc'!A0")
    assert cell.data_type == "s" and cell.quotePrefix
    put_value(ws["A2"], "12", "int")  # text typed in a number column stays text
    assert ws["A2"].value == "12" and ws["A2"].data_type == "s"
    put_value(ws["A3"], True, "int")
    assert ws["A3"].value == "True"
    put_value(ws["A4"], dt.datetime(2025, 1, 5, 8, 30), "datetime")
    assert ws["A4"].number_format == "hh:mm dd/mm/yyyy"


def test_integers_print_the_vietnamese_way(tmp_path):
    """1.485 (not 1,485 or 1,485.0) when the workbook is printed, checked by rendering it."""
    import shutil
    import subprocess

    import openpyxl

    from vnhr_desktop.exports.excel.styles import put_value

    if shutil.which("soffice") is None:
        pytest.skip("LibreOffice is not installed")
    book = openpyxl.Workbook()
    sheet = book.active
    for row, (value, kind) in enumerate([(1485, "int"), (1234567, "int"), (1485.0, "decimal"), (12.5, "decimal")], 1):
        put_value(sheet.cell(row, 1), value, kind)
    path = tmp_path / "so.xlsx"
    book.save(path)
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(path)],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = subprocess.run(["pdftotext", str(tmp_path / "so.pdf"), "-"], capture_output=True, text=True).stdout
    assert text.split()[:3] == ["1.485", "1.234.567", "1.485"]
