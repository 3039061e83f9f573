"""The result report (BÁO CÁO) as an NĐ30 PDF, with its Phụ lục of figure tables
and a bar chart of targets against achieved values, on the shared builder.

    build_report_pdf(load_report(session, report_id)) -> bytes   # services.report_view
"""

from __future__ import annotations

from vnhr_desktop.domain.printouts.report import ReportView
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.exports.pdf.document import NDDocument
from vnhr_desktop.exports.pdf.model import AppendixInfo, HeaderInfo, Signature
from vnhr_desktop.exports.pdf.report_annex_pages import annex_pages
from vnhr_desktop.exports.report_annex_tables import report_attachment_note


def _body(doc: NDDocument, view: ReportView) -> None:
    if clean_line(view.opening):
        doc.paragraphs(view.opening)
    number = 0
    for heading, body in view.sections:
        if clean_line(heading):
            number += 1
            doc.heading(heading, number)
        for line in (body or "").splitlines():
            text = clean_line(line)
            if not text:
                continue
            if text[0] in "-–•+" and len(text) > 1:
                doc.bullet(text.lstrip("-–•+ "))
            else:
                doc.paragraph(text)


def build_report_pdf(view: ReportView) -> bytes:
    header = HeaderInfo(
        issuing_body=view.header_body,
        parent_body=view.header_parent,
        symbol=view.symbol,
        number=view.number,
        place=view.place,
        issued_on=view.issued_on,
        year=view.year,
    )
    doc = NDDocument(
        header, kind="Báo cáo", summary=view.title, kinh_gui=[view.addressee] if clean_line(view.addressee) else ()
    )
    _body(doc, view)
    doc.signature(Signature.of(view.signer_authority, view.signer_title, view.signer_name), recipients=view.recipients)
    doc.appendix(
        AppendixInfo(
            "Số liệu kết quả thực hiện", label="Phụ lục", attached_to=report_attachment_note(view), landscape=True
        )
    )
    annex_pages(doc, view.figures)
    return doc.build()
