"""The task workbook of a plan read back with openpyxl: headers, values, print settings."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from vnhr_desktop.cli import main
from vnhr_desktop.persistence.models import Plan


def export(data_paths, plan_id, out) -> int:
    return main(["--data-dir", str(data_paths.root), "export", "plan", str(plan_id), "--out", str(out)])


@pytest.fixture
def ids(sample_db):
    with sample_db.Session() as s:
        return {p.number: p.id for p in s.scalars(select(Plan))}


def header_row(ws) -> int:
    return ws.freeze_panes and ws[ws.freeze_panes].row - 1


def test_task_sheet(sample_db, data_paths, ids, tmp_path):
    out = tmp_path / "nhiem-vu.xlsx"
    assert export(data_paths, ids[27], out) == 0
    book = load_workbook(out)
    assert book.sheetnames == ["Nhiệm vụ"]
    ws = book["Nhiệm vụ"]
    assert ws["A1"].value == "DANH SÁCH NHIỆM VỤ THỰC HIỆN KẾ HOẠCH" and ws["A1"].font.b
    assert ws["A2"].value.startswith("Triển khai đợt cao điểm tuyên truyền")
    assert ws["A3"].value == (
        "(Kèm theo Kế hoạch số 27/KH-BCĐNQ ngày 12 tháng 11 năm 2024 của Ban Chỉ đạo về Nhân quyền huyện Châu Thành)"
    )
    assert ws["A3"].font.i
    head = header_row(ws)
    titles = [c.value for c in ws[head]]
    assert titles == [
        "STT",
        "Nội dung nhiệm vụ",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời hạn",
        "Trạng thái",
        "Ngày hoàn thành",
        "Ghi chú",
    ]
    for cell in ws[head]:
        assert cell.font.b and cell.border.left.style == "thin" and cell.border.bottom.style == "thin"
    first = [c.value for c in ws[head + 1]]
    assert first[0] == 1 and first[2] == "Phòng Văn hóa và Thông tin" and first[3] == "Công an huyện"
    assert first[4] == dt.datetime(2024, 11, 20) and ws.cell(head + 1, 5).number_format == "dd/mm/yyyy"
    assert first[5] == "Đang thực hiện"
    second = [c.value for c in ws[head + 2]]
    assert second[2] == "Trung tâm Văn hóa, Thông tin và Thể thao huyện" and second[5] == "Đã hoàn thành"
    assert second[6] == dt.datetime(2024, 12, 10)
    assert ws.cell(head + 1, 2).alignment.wrap_text
    assert ws.cell(head + 1, 2).font.name == "Times New Roman" and ws.cell(head + 1, 2).font.sz == 13
    assert ws.max_row == head + 9
    assert ws.column_dimensions["B"].width > ws.column_dimensions["E"].width > ws.column_dimensions["A"].width
    # long tasks get taller rows so the wrapped text does not spill over the next one
    assert ws.row_dimensions[head + 1].height > ws.row_dimensions[head + 4].height
    # print settings: A4 landscape, fit to width, header repeated on every page
    assert ws.page_setup.orientation == "landscape" and int(ws.page_setup.paperSize) == 9
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_title_rows == f"${head}:${head}"


def test_target_sheet(sample_db, data_paths, ids, tmp_path):
    out = tmp_path / "chi-tieu.xlsx"
    assert export(data_paths, ids[46], out) == 0
    ws = load_workbook(out)["Chỉ tiêu"]
    head = header_row(ws)
    assert [c.value for c in ws[head]] == [
        "STT",
        "Chỉ tiêu",
        "Giá trị chỉ tiêu",
        "Đơn vị",
        "Đạt được",
        "Tỷ lệ so với chỉ tiêu",
    ]
    row = [c.value for c in ws[head + 3]]
    assert row[2:5] == [70, "%", 64]
    assert row[5] == pytest.approx(64 / 70) and ws.cell(head + 3, 6).number_format == "0.0 %"


def test_unknown_format_is_refused(sample_db, data_paths, ids, tmp_path, capsys):
    assert export(data_paths, ids[27], tmp_path / "ke-hoach.docx") != 0
    assert ".pdf" in capsys.readouterr().err
