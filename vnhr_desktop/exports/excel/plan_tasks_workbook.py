"""The task workbook of a plan: one sheet of tasks (who leads, who joins, by
when, how far), one of targets when the plan has any. Built on the shared
table workbook (Times New Roman 13, frozen header repeated on every printed
page, A4 landscape fitted to the width, dates dd/mm/yyyy).

    plan_tasks_xlsx(plan_print(session, plan_id)) -> bytes   # services.plan_print
"""

from __future__ import annotations

from vnhr_desktop.domain.dates import date_words
from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.domain.printouts.plan import PlanPrint
from vnhr_desktop.domain.target_units import unit_column
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook

TASK_COLUMNS = [
    SheetColumn("STT", 6, "int", "center"),
    SheetColumn("Nội dung nhiệm vụ", 62),
    SheetColumn("Cơ quan chủ trì", 28),
    SheetColumn("Cơ quan phối hợp", 28),
    SheetColumn("Thời hạn", 13, "date"),
    SheetColumn("Trạng thái", 17, "text", "center"),
    SheetColumn("Ngày hoàn thành", 14, "date"),
    SheetColumn("Ghi chú", 24),
]

TARGET_COLUMNS = [
    SheetColumn("STT", 6, "int", "center"),
    SheetColumn("Chỉ tiêu", 70),
    SheetColumn("Giá trị chỉ tiêu", 14, "decimal"),
    SheetColumn("Đơn vị", 10, "text", "center"),
    SheetColumn("Đạt được", 12, "decimal"),
    SheetColumn("Tỷ lệ so với chỉ tiêu", 16, "percent"),
]


def _subtitle(data: PlanPrint) -> str:
    plan = data.plan
    number = f" số {plan.number_symbol}" if plan.number else ""
    when = f" {date_words(plan.issued_on)}" if plan.issued_on else " (dự thảo)"
    who = f" của {data.issuer_display}" if data.issuer_display else ""
    return f"(Kèm theo Kế hoạch{number}{when}{who})"


def build_plan_tasks_workbook(data: PlanPrint) -> TableWorkbook:
    plan = data.plan
    book = TableWorkbook()
    titles = ["DANH SÁCH NHIỆM VỤ THỰC HIỆN KẾ HOẠCH", plan.title]
    rows = [
        (i, t.content, t.lead_agency, "; ".join(t.cooperators), t.due_date, vi_label(t.status), t.done_on, t.note)
        for i, t in enumerate(plan.tasks, start=1)
    ]
    book.add_sheet("Nhiệm vụ", TASK_COLUMNS, rows, title_lines=titles, subtitle_lines=[_subtitle(data)])
    if plan.targets:
        target_rows = [
            (
                i,
                t.description,
                t.target_value,
                unit_column(t.shown_unit),
                t.achieved_value,
                None if t.percent_of_target is None else t.percent_of_target / 100,
            )
            for i, t in enumerate(plan.targets, start=1)
        ]
        book.add_sheet(
            "Chỉ tiêu",
            TARGET_COLUMNS,
            target_rows,
            title_lines=["CHỈ TIÊU CỦA KẾ HOẠCH", plan.title],
            subtitle_lines=[_subtitle(data)],
        )
    return book


def plan_tasks_xlsx(data: PlanPrint) -> bytes:
    """The workbook of ``vnhr-desktop export plan PLAN_ID --out FILE.xlsx``."""
    return build_plan_tasks_workbook(data).to_bytes()
