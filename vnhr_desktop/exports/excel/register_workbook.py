"""The register of outgoing documents (sổ đăng ký văn bản đi) of one issuer and
one year as a workbook on the shared table workbook.

    register_xlsx(register_print(session, issuer_id)) -> bytes   # services.register_print
"""

from __future__ import annotations

from vnhr_desktop.domain.printouts.register import RegisterPrint, recipients_text
from vnhr_desktop.exports.excel.workbook import SheetColumn, TableWorkbook

COLUMNS = [
    SheetColumn("Số, ký hiệu", 18, "text", "center"),
    SheetColumn("Ngày tháng", 13, "date"),
    SheetColumn("Tên loại và trích yếu nội dung", 64),
    SheetColumn("Người ký", 20),
    SheetColumn("Nơi nhận", 40),
    SheetColumn("Ghi chú", 16),
]


def build_register_workbook(data: RegisterPrint) -> TableWorkbook:
    book = TableWorkbook()
    rows = [
        (e.number_symbol, e.issued_on, data.summary(e), e.signer_name, recipients_text(e), None) for e in data.entries
    ]
    book.add_sheet(
        f"Văn bản đi {data.year}",
        COLUMNS,
        rows,
        title_lines=["SỔ ĐĂNG KÝ VĂN BẢN ĐI", f"Năm {data.year}"],
        subtitle_lines=[f"Cơ quan ban hành: {data.issuer.name}"],
        footer_lines=[f"Tổng số: {len(data.entries)} văn bản."],
    )
    return book


def register_xlsx(data: RegisterPrint) -> bytes:
    """The workbook of ``vnhr-desktop export register ISSUER_ID --out FILE.xlsx``."""
    return build_register_workbook(data).to_bytes()
