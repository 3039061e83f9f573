"""The reporting dashboard of a plan as a workbook: one row per expected unit
(status, report, dates, main figures), the rates above the table, units outside
the list on a second sheet.

    vnhr-desktop export rates PLAN_ID --out tinh-hinh-bao-cao.xlsx
"""

from __future__ import annotations

from vnhr_desktop.domain.dates import fmt_date, fmt_percent
from vnhr_desktop.domain.main_figures import MAIN_FIGURES, SHORT_LABELS
from vnhr_desktop.domain.printouts.reporting import PlanDashboard, UnitStatus
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook

BASE_COLUMNS = [
    SheetColumn("STT", 6, "int", "center"),
    SheetColumn("Mã đơn vị", 12, "text", "center"),
    SheetColumn("Đơn vị", 40),
    SheetColumn("Tình trạng", 18),
    SheetColumn("Số, ký hiệu báo cáo", 18, "text", "center"),
    SheetColumn("Ngày báo cáo", 13, "date"),
    SheetColumn("Ngày gửi", 13, "date"),
]
FIGURE_COLUMNS = [SheetColumn(SHORT_LABELS[k], 11, "decimal" if k == "media_minutes" else "int") for k in MAIN_FIGURES]


def rate_lines(board: PlanDashboard) -> list[str]:
    deadline = f"hạn báo cáo {fmt_date(board.deadline)}" if board.deadline else "kế hoạch không ghi hạn báo cáo"
    return [
        f"{board.plan_reference}; {deadline}; số liệu đến ngày {fmt_date(board.today)}.",
        f"Phải báo cáo: {board.expected} đơn vị. Đã báo cáo: {board.received} "
        f"(đúng hạn {board.on_time}, trễ hạn {board.late}). Chưa báo cáo: {board.missing}.",
        f"Tỷ lệ báo cáo: {fmt_percent(board.reporting_rate)}. Tỷ lệ đúng hạn: {fmt_percent(board.on_time_rate)}.",
    ]


def _row(i: int, u: UnitStatus) -> list[object]:
    values = u.values or {}
    figures = [values.get(k) if u.values is not None else None for k in MAIN_FIGURES]
    return [i, u.code, u.name, u.status_text, u.number_symbol, u.issued_on, u.sent_on, *figures]


def build_rates_workbook(board: PlanDashboard) -> TableWorkbook:
    book = TableWorkbook()
    columns = BASE_COLUMNS + FIGURE_COLUMNS
    totals = [sum((u.values or {}).get(k, 0) for u in board.reported_units) for k in MAIN_FIGURES]
    book.add_sheet(
        "Tình hình báo cáo",
        columns,
        [_row(i, u) for i, u in enumerate(board.units, 1)],
        title_lines=["TÌNH HÌNH BÁO CÁO CỦA CÁC ĐƠN VỊ", board.plan_title],
        subtitle_lines=rate_lines(board),
        total_row=[None, None, "Tổng cộng (đơn vị đã báo cáo)", None, None, None, None, *totals],
    )
    if board.outside:
        book.add_sheet(
            "Ngoài danh sách",
            columns,
            [_row(i, u) for i, u in enumerate(board.outside, 1)],
            title_lines=["BÁO CÁO CỦA ĐƠN VỊ NGOÀI DANH SÁCH PHẢI BÁO CÁO"],
            subtitle_lines=[board.plan_reference],
        )
    return book
