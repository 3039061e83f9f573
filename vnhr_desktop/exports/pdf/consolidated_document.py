"""The consolidated report (báo cáo tổng hợp) as an NĐ30 PDF on the shared
builder: the report's text, then Phụ lục I (units × main figures, the office's
own results and the totals) and Phụ lục II (units that did not report).

    vnhr-desktop export consolidated REPORT_ID --out bao-cao-tong-hop.pdf
"""

from __future__ import annotations

from vnhr_desktop.domain.dates import fmt_int
from vnhr_desktop.domain.printouts.consolidated import ConsolidatedView
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.exports.consolidated_table import HEADERS, annex_rows, missing_rows
from vnhr_desktop.exports.pdf.document import NDDocument
from vnhr_desktop.exports.pdf.model import AppendixInfo, Column, HeaderInfo, Signature
from vnhr_desktop.exports.pdf.report_document import _body as report_body
from vnhr_desktop.exports.report_annex_tables import report_attachment_note

FIGURE_WIDTH_MM = 20


def _cell(value: object) -> str:
    return fmt_int(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else str(value)


def build_consolidated_pdf(view: ConsolidatedView) -> bytes:
    r = view.report
    header = HeaderInfo(
        issuing_body=r.header_body,
        parent_body=r.header_parent,
        symbol=r.symbol,
        number=r.number,
        place=r.place,
        issued_on=r.issued_on,
        year=r.year,
    )
    doc = NDDocument(header, kind="Báo cáo", summary=r.title, kinh_gui=[r.addressee] if clean_line(r.addressee) else ())
    report_body(doc, r)  # the same text layout as any report
    doc.signature(Signature.of(r.signer_authority, r.signer_title, r.signer_name), recipients=r.recipients)
    note = report_attachment_note(r)
    doc.appendix(AppendixInfo("Kết quả thực hiện của các đơn vị", label="Phụ lục I", attached_to=note, landscape=True))
    columns = [Column(HEADERS[0], align="center", width_mm=10), Column(HEADERS[1], 3), Column(HEADERS[2], 1.6)]
    columns += [Column(h, align="right", width_mm=FIGURE_WIDTH_MM) for h in HEADERS[3:]]
    rows = [[_cell(v) for v in row] for row in annex_rows(view)]
    doc.table(columns, rows, font_size=10, bold_rows=[len(rows) - 1])
    if view.missing:
        doc.appendix(AppendixInfo("Các đơn vị chưa gửi báo cáo", label="Phụ lục II", attached_to=note))
        cols = [Column("STT", align="center", width_mm=12), Column("Đơn vị", 4), Column("Mã đơn vị", 1, "center")]
        doc.table(cols, [[str(c) for c in row] for row in missing_rows(view)])
    return doc.build()
