"""The printed register of outgoing documents (sổ đăng ký văn bản đi) of one
issuer and one year: a landscape list on the shared document builder, one row
per number given out, in number order.

    register_pdf(register_print(session, issuer_id)) -> bytes   # services.register_print
"""

from __future__ import annotations

from vnhr_desktop.domain.dates import fmt_date, place_date_line
from vnhr_desktop.domain.printouts.register import RegisterPrint, recipients_text
from vnhr_desktop.exports.pdf.document import PlainDocument
from vnhr_desktop.exports.pdf.model import Column, PlainTitle, Signature

COLUMNS = [
    Column("Số, ký hiệu", align="center", width_mm=32),
    Column("Ngày tháng", align="center", width_mm=26),
    Column("Tên loại và trích yếu nội dung", 5),
    Column("Người ký", 1.4, "center"),
    Column("Nơi nhận", 2.6),
    Column("Ghi chú", 1),
]


def build_register_document(data: RegisterPrint) -> PlainDocument:
    issuer = data.issuer
    header = "\n".join(p for p in (issuer.parent_line, issuer.header_text) if p)
    doc = PlainDocument(
        PlainTitle(
            "Sổ đăng ký văn bản đi",
            (f"Năm {data.year}", f"Cơ quan ban hành: {issuer.name}"),
            issuer=header,
            subtitle_italic=False,
        ),
        landscape=True,
    )
    rows = [
        [e.number_symbol, fmt_date(e.issued_on), data.summary(e), e.signer_name, recipients_text(e), ""]
        for e in data.entries
    ]
    if not rows:
        rows = [["", "", f"(Chưa có văn bản nào được cấp số trong năm {data.year})", "", "", ""]]
    doc.table(COLUMNS, rows, font_size=12)
    doc.paragraph(f"Tổng số: {len(data.entries)} văn bản.", "note")
    doc.signature(Signature(("Người lập sổ",), place_date=place_date_line(data.place, data.printed_on)))
    return doc


def register_pdf(data: RegisterPrint) -> bytes:
    """The PDF of ``vnhr-desktop export register ISSUER_ID --out FILE.pdf``."""
    return build_register_document(data).build()
