"""The official slogan list of a plan (danh mục khẩu hiệu): a one-page NĐ30
appendix with every slogan of the plan, numbered, whether or not it has
placements yet.

    vnhr-desktop export slogan-list PLAN_ID --out danh-muc-khau-hieu.pdf
"""

from __future__ import annotations

from vnhr_desktop.domain.printouts.slogan_list import SloganList
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.exports.pdf.document import AppendixDocument
from vnhr_desktop.exports.pdf.labels import attachment_note
from vnhr_desktop.exports.pdf.model import AppendixInfo


def attached_to(view: SloganList) -> str:
    if view.plan_number_symbol or view.plan_issued_on:
        return attachment_note(
            "Kế hoạch", view.plan_number_symbol, view.plan_issued_on, view.issuer_name, view.plan_year
        )
    return f"(Kèm theo Kế hoạch {clean_line(view.plan_title)})"


def build_slogan_list(view: SloganList) -> AppendixDocument:
    doc = AppendixDocument(AppendixInfo(view.title, label="Phụ lục", attached_to=attached_to(view)))
    if not view.slogans:
        doc.paragraph("Kế hoạch chưa có khẩu hiệu nào.", "center_italic")
    for number, text in enumerate(view.slogans, start=1):
        doc.item(number, text, bold=True)
    return doc


def slogan_list_pdf(view: SloganList) -> bytes:
    """PDF bytes of the slogan list (``export slogan-list PLAN_ID``)."""
    return build_slogan_list(view).build()
