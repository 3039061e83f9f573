"""Participant lists as offices really send them, for the import tests."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import openpyxl


def text_cell(ws, coordinate: str, value: str) -> None:
    """A string cell even when it starts with "=" (typed as text in Excel)."""
    ws[coordinate] = value
    ws[coordinate].data_type = "s"


def messy_workbook(path: Path) -> Path:
    """Title block with merged cells, a blank row, header variants, a group
    heading naming a bridge point, a unit merged down over three people, an NFD
    name, formula-looking text, blank lines and a signature line under the table."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Danh sách"
    ws["A1"] = "UBND HUYỆN CHÂU THÀNH"
    ws.merge_cells("A1:C1")
    ws["E1"] = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    ws.merge_cells("E1:H1")
    ws["A3"] = "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TẬP HUẤN"
    ws.merge_cells("A3:H3")
    ws["A4"] = "(Kèm theo Giấy mời số 15/GM-BCĐ)"
    ws.merge_cells("A4:H4")
    ws.append([])
    ws.append(["STT", "Họ tên", "Giới tính", "Chức danh", "Đơn vị công tác", "SĐT", "Điểm cầu", "Ghi chú"])  # row 6
    ws.append(["I. ĐIỂM CẦU UBND XÃ ĐA LỘC"])  # row 7, merged across
    ws.merge_cells("A7:H7")
    ws.append(
        [
            1,
            unicodedata.normalize("NFD", "Nguyễn Thị Thu Hạnh"),
            "Nữ",
            "Chuyên viên",
            "Công an huyện",
            912345678,
            None,
            None,
        ]
    )  # row 8
    ws.append([2, "Trần Văn Đức", "Nam", None, None, "0987 654 321", None, None])  # row 9 (unit merged)
    ws.append([3, "Lê Minh Tâm", "nam", "Cán bộ", None, None, None, None])  # row 10 (unit merged)
    ws.merge_cells("E8:E10")
    ws.append([])  # row 11 blank
    ws.append([4, "Phạm Ngọc Lan", "Nữ", None, "Phòng Tư pháp", None, "UBND xã Song Lộc", None])  # row 12
    text_cell(ws, "D12", '=HYPERLINK("http://x")')
    text_cell(ws, "H12", "+84 đã liên hệ")
    ws.append(
        [5, "Sơn Thị Yến", "Nữ", "Phóng viên", "Đài Truyền thanh huyện", None, "Hội trường UBND huyện", None]
    )  # 13
    ws.append([])
    ws.append([None, "Người lập biểu"])  # row 15
    wb.save(path)
    return path


def two_row_header_workbook(path: Path) -> Path:
    """ "Giới tính" split over "Nam" | "Nữ" (birth years under them), name split
    over "Họ và tên đệm" | "Tên", STT written "1." as text."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["DANH SÁCH CÁN BỘ THAM DỰ TẬP HUẤN"])
    ws.merge_cells("A1:F1")
    ws.append(["Số TT", "Họ và tên", None, "Giới tính", None, "Cơ quan, đơn vị"])  # row 2
    ws.append([None, "Họ và tên đệm", "Tên", "Nam", "Nữ", None])  # row 3
    ws.merge_cells("B2:C2")
    ws.merge_cells("D2:E2")
    ws.merge_cells("A2:A3")
    ws.merge_cells("F2:F3")
    ws.append(["1.", "Thạch Thị", "Sa Ri", None, 1990, "Phòng Văn hóa và Thông tin huyện"])
    ws.append(["2.", "Kim Văn", "Sang", 1985, None, "Công an huyện"])
    wb.save(path)
    return path


def plain_workbook(path: Path, rows: list[list], header=("STT", "Họ và tên", "Đơn vị", "Điểm cầu")) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(list(header))
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def bench_rows(count: int, points: list[str]) -> list[list]:
    """``count`` distinct people spread over ``points``."""
    family = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Thạch", "Kim", "Sơn"]
    middle = ["Văn", "Thị", "Minh", "Ngọc", "Thanh", "Quốc"]
    given = ["Đức", "Lan", "Hạnh", "Tâm", "Dũng", "Yến", "Phước", "Trâm", "Lộc", "Ánh"]
    rows = []
    for i in range(count):
        name = f"{family[i % 10]} {middle[(i // 10) % 6]} {given[(i // 60) % 10]} {i:05d}"
        rows.append(
            [
                i + 1,
                name,
                "Nữ" if i % 2 else "Nam",
                "Chuyên viên",
                f"Đơn vị số {i % 37}",
                f"09{i:08d}",
                points[i % len(points)],
            ]
        )
    return rows
