"""Front matter of the printouts: the NĐ30 header block, the kind and trích
yếu, "Kính gửi:", the title block of plain lists and appendix headings."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from vnhr_desktop.domain.text import clean_line, nfc
from vnhr_desktop.exports.pdf.blocks import CenteredBlock, Run, TwoColumnBlock
from vnhr_desktop.exports.pdf.fonts import FONT, FONT_BOLD, FONT_ITALIC
from vnhr_desktop.exports.pdf.labels import recipient_lines
from vnhr_desktop.exports.pdf.model import AppendixInfo, HeaderInfo, PlainTitle
from vnhr_desktop.exports.pdf.styles import (
    BODY_SIZE,
    HEADER_SIZE,
    NATIONAL_TITLE_SIZE,
    TITLE_SIZE,
    paragraph_styles,
)

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
NATIONAL_MOTTO = "Độc lập - Tự do - Hạnh phúc"
KINH_GUI = "Kính gửi:"


def header_block(header: HeaderInfo) -> TwoColumnBlock:
    """The page-1 header: issuing body and "Số:" left, Quốc hiệu, Tiêu ngữ and
    the place-date line right ("Số:" and the date on one baseline)."""
    left: list[Run] = []
    if clean_line(header.parent_body):
        left.append(Run(nfc(header.parent_body).upper(), FONT, HEADER_SIZE, wrap="name"))
    left.append(Run(nfc(header.issuing_body).upper(), FONT_BOLD, HEADER_SIZE, rule=0.4, min_rule=40, wrap="name"))
    right = [Run(NATIONAL_TITLE, FONT_BOLD, NATIONAL_TITLE_SIZE), Run(NATIONAL_MOTTO, FONT_BOLD, HEADER_SIZE, rule=1.0)]
    so = [Run(header.so_text(), FONT, HEADER_SIZE)]
    if header.subject_text():
        so.append(Run(header.subject_text(), FONT, HEADER_SIZE - 1, leading=15, wrap="even"))
    date = [Run(header.place_date_text(), FONT_ITALIC, HEADER_SIZE)]
    return TwoColumnBlock([(left, right), (so, date)], space_after=14)


def title_block(kind: str, summary: str) -> CenteredBlock | None:
    """ "KẾ HOẠCH" and the trích yếu, centred, bold, a short rule under them."""
    runs = []
    if clean_line(kind):
        runs.append(Run(clean_line(kind).upper(), FONT_BOLD, TITLE_SIZE))
    if clean_line(summary):
        runs.append(Run(clean_line(summary), FONT_BOLD, TITLE_SIZE, rule=0.3, min_rule=60, wrap="even"))
    return CenteredBlock(runs, max_fraction=0.88, space_after=10) if runs else None


def kinh_gui_block(addressees: Sequence[str], width: float) -> Flowable | None:
    """ "Kính gửi: X." centred for one addressee; for several, the label with the
    list beside it ("- A;" ... "- B."), the whole block centred."""
    names = [clean_line(a) for a in addressees if clean_line(a)]
    styles = paragraph_styles()
    if not names:
        return None
    if len(names) == 1:
        return Paragraph(escape(f"{KINH_GUI} {names[0].rstrip('.;, ')}."), styles["center"])
    lines = recipient_lines(names)
    label_width = stringWidth(KINH_GUI, FONT, BODY_SIZE) + 6
    list_width = min(max(stringWidth(line, FONT, BODY_SIZE) for line in lines) + 4, width * 0.95 - label_width)
    cells = [Paragraph(escape(line), styles["line"]) for line in lines]
    table = Table([[Paragraph(KINH_GUI, styles["line"]), cells]], colWidths=[label_width, list_width], hAlign="CENTER")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def plain_title_blocks(title: PlainTitle) -> list[Flowable]:
    """Issuer (top left) and note (top right) if any, then the centred title."""
    blocks: list[Flowable] = []
    if clean_line(title.issuer) or clean_line(title.top_right):
        left = (
            [Run(nfc(title.issuer).upper(), FONT_BOLD, HEADER_SIZE, rule=0.4, min_rule=40, wrap="name")]
            if clean_line(title.issuer)
            else []
        )
        right = [Run(clean_line(title.top_right), FONT_ITALIC, HEADER_SIZE)] if clean_line(title.top_right) else []
        blocks.append(TwoColumnBlock([(left, right)], min_right_fraction=0.4, space_after=10))
    font = FONT_ITALIC if title.subtitle_italic else FONT
    runs = [Run(nfc(title.title).upper(), FONT_BOLD, TITLE_SIZE, wrap="even")]
    runs += [Run(line, font, HEADER_SIZE + 1, wrap="even") for line in title.subtitle_lines if clean_line(line)]
    blocks.append(CenteredBlock(runs, max_fraction=0.9, space_after=10))
    return blocks


def appendix_heading(info: AppendixInfo) -> CenteredBlock:
    """ "Phụ lục I", the UPPER bold title and the italic "(Kèm theo ...)" line."""
    runs = [
        Run(clean_line(info.label) or "Phụ lục", FONT_BOLD, TITLE_SIZE),
        Run(clean_line(info.title).upper(), FONT_BOLD, TITLE_SIZE, wrap="even"),
    ]
    if clean_line(info.attached_to):
        runs.append(Run(clean_line(info.attached_to), FONT_ITALIC, HEADER_SIZE + 1, wrap="even"))
    return CenteredBlock(runs, max_fraction=0.85, space_after=12)
