"""The reminder of due and overdue tasks as a workbook: one row per task with
its lead agency, due date (a real date) and the days left (negative when
overdue).

    vnhr-desktop export due-tasks --out nhac-viec.xlsx
"""

from __future__ import annotations

from vnhr_desktop.domain.printouts.due_list import DueList
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook
from vnhr_desktop.exports.pdf.due_list import TITLE

COLUMNS = [
    SheetColumn("STT", 6, "int", "center"),
    SheetColumn("Cơ quan chủ trì", 30),
    SheetColumn("Nhiệm vụ", 60),
    SheetColumn("Kế hoạch", 16),
    SheetColumn("Thời hạn", 12, "date"),
    SheetColumn("Số ngày còn lại", 10, "int"),
    SheetColumn("Tình trạng", 20),
]


def build_due_list_workbook(view: DueList) -> TableWorkbook:
    book = TableWorkbook()
    rows: list[tuple[object, ...]] = []
    for agency in view.agencies:
        for line in agency.lines:
            rows.append(
                (
                    len(rows) + 1,
                    agency.agency,
                    line.content,
                    line.plan_label,
                    line.due_date,
                    line.days_left,
                    line.days_text,
                )
            )
    book.add_sheet(
        "Nhắc việc",
        COLUMNS,
        rows,
        title_lines=[(view.title or TITLE).upper()],
        subtitle_lines=[view.scope_line],
        footer_lines=[f"Tổng cộng: {view.overdue} nhiệm vụ quá hạn, {view.due_soon} nhiệm vụ sắp đến hạn."],
    )
    return book


def due_list_xlsx(view: DueList) -> bytes:
    return build_due_list_workbook(view).to_bytes()
