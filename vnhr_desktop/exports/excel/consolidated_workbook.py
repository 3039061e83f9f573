"""The annex workbook of a consolidated report: units × main figures with the
office's own results and the totals, and the units that did not report.

    vnhr-desktop export consolidated REPORT_ID --out phu-luc-tong-hop.xlsx
"""

from __future__ import annotations

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.domain.printouts.consolidated import ConsolidatedView
from vnhr_desktop.exports.consolidated_table import HEADERS, annex_rows, missing_rows
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook


def build_consolidated_workbook(view: ConsolidatedView) -> TableWorkbook:
    r = view.report
    book = TableWorkbook()
    columns = [SheetColumn(HEADERS[0], 6, "int", "center"), SheetColumn(HEADERS[1], 44), SheetColumn(HEADERS[2], 26)]
    columns += [SheetColumn(h, 12, "decimal" if "Phút" in h else "int") for h in HEADERS[3:]]
    rows = annex_rows(view)
    ref = f"Kèm theo Báo cáo số {r.number_symbol} ngày {fmt_date(r.issued_on)}" if r.issued_on else "Dự thảo"
    book.add_sheet(
        "Phụ lục I",
        columns,
        [[None if v == "" else v for v in row] for row in rows[:-1]],
        title_lines=["KẾT QUẢ THỰC HIỆN CỦA CÁC ĐƠN VỊ", r.title],
        subtitle_lines=[f"({ref} của {r.reporter})", f"Số liệu tổng hợp đến ngày {fmt_date(view.as_of)}."],
        total_row=[None, *rows[-1][1:]],
    )
    book.add_sheet(
        "Phụ lục II",
        [
            SheetColumn("STT", 6, "int", "center"),
            SheetColumn("Đơn vị chưa gửi báo cáo", 50),
            SheetColumn("Mã đơn vị", 14),
        ],
        missing_rows(view),
        title_lines=["CÁC ĐƠN VỊ CHƯA GỬI BÁO CÁO"],
        subtitle_lines=[f"Đến ngày {fmt_date(view.as_of)}: {len(view.missing)}/{view.expected} đơn vị."],
    )
    return book
