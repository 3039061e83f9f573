"""The banner schedule workbook of the sample campaign, read back with openpyxl."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import select

from vnhr_desktop.persistence.models import Plan
from vnhr_desktop.services.sample_data import SLOGANS


@pytest.fixture
def book(sample_db, tmp_path):
    import openpyxl

    from vnhr_desktop.services.document_export import export_document

    with sample_db.Session() as session:
        plan = session.scalar(select(Plan.id).where(Plan.number == 27))
        path = export_document(session, "banners", plan, tmp_path / "lich-treo.xlsx")
    return openpyxl.load_workbook(path)


def header_row(ws) -> int:
    return next(r for r in range(1, 10) if ws.cell(r, 1).value == "STT")


def test_sheets_and_title(book):
    assert book.sheetnames == ["Lịch treo", "Tổng hợp", "Khẩu hiệu"]
    ws = book["Lịch treo"]
    assert ws["A1"].value == "DANH SÁCH TREO BĂNG RÔN, KHẨU HIỆU TUYÊN TRUYỀN"
    assert ws["A2"].value.startswith("(Kèm theo Kế hoạch số 27/KH-BCĐNQ ngày 12 tháng 11 năm 2024")
    assert ws["A3"].value == "Thời gian treo: từ 20/11/2024 đến hết 31/12/2024"
    assert ws.page_setup.orientation == "landscape"


def test_schedule_rows_dates_and_total(book):
    ws = book["Lịch treo"]
    head = header_row(ws)
    titles = [ws.cell(head, c).value for c in range(1, 15)]
    assert titles[:10] == [
        "STT",
        "Khẩu hiệu",
        "Hình thức",
        "Địa điểm",
        "Xã, phường",
        "Kích thước",
        "Số lượng",
        "Từ ngày",
        "Đến ngày",
        "Đơn vị thực hiện",
    ]
    rows = [[ws.cell(r, c).value for c in range(1, 15)] for r in range(head + 1, ws.max_row + 1)]
    data, total = rows[:-1], rows[-1]
    assert len(data) == 12 and [r[0] for r in data] == list(range(1, 13))
    assert {r[1] for r in data} == set(SLOGANS)
    first = data[0]
    assert first[2:7] == [
        "Băng rôn",
        "Trước trụ sở UBND huyện",
        "Thị trấn Châu Thành",
        "0,8 x 6 m",
        2,
    ]
    assert first[7] == dt.datetime(2024, 11, 20) and ws.cell(head + 1, 8).number_format == "dd/mm/yyyy"
    assert first[10] == "Đang treo" and first[11] == dt.datetime(2024, 11, 20)
    assert {r[10] for r in data} == {"Đang treo", "Chưa treo", "Đã tháo"}
    assert total[1] == "Tổng cộng" and total[3] == "12 vị trí" and total[6] == 27
    assert ws.cell(ws.max_row, 2).font.b
    for row in ws.iter_rows(min_row=head, values_only=True):
        for value in row:
            if isinstance(value, str):
                assert unicodedata.is_normalized("NFC", value)
    assert ws.cell(head + 1, 2).font.name == "Times New Roman"


def test_totals_and_slogan_sheets(book):
    ws = book["Tổng hợp"]
    head = header_row(ws)
    rows = [[ws.cell(r, c).value for c in range(1, 5)] for r in range(head + 1, ws.max_row + 1)]
    assert rows == [
        [1, "Băng rôn", 8, 23],
        [2, "Pano", 3, 3],
        [3, "Màn hình LED/bảng điện tử", 1, 1],
        [None, "Tổng cộng", 12, 27],
    ]
    ws = book["Khẩu hiệu"]
    head = header_row(ws)
    rows = [[ws.cell(r, c).value for c in range(1, 5)] for r in range(head + 1, ws.max_row + 1)]
    assert [r[1] for r in rows] == SLOGANS
    assert rows[0][2:] == [3, 4] and sum(r[3] for r in rows) == 27
