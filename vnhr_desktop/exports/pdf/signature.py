"""The closing two-column block: "Nơi nhận:" and recipients on the left,
authority, title, room for signature and seal, and the signer's name on the
right. It is one table row, so it never splits across pages."""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.exports.pdf.fonts import FONT
from vnhr_desktop.exports.pdf.labels import recipient_lines
from vnhr_desktop.exports.pdf.model import Signature
from vnhr_desktop.exports.pdf.styles import (
    MM,
    RECIPIENTS_LABEL_SIZE,
    SIGNATURE_GAP_MM,
    SIGNATURE_SIZE,
    paragraph_styles,
)

LEFT_FRACTION = 0.45


def _lines(lines: Sequence[str], upper: bool = False) -> str:
    cleaned = [clean_line(line) for line in lines if clean_line(line)]
    return "<br/>".join(escape(line.upper() if upper else line) for line in cleaned)


def signature_block(
    signature: Signature | None,
    recipients: Sequence[str],
    width: float,
    *,
    space_before: float = 10,
    left: Sequence[Flowable] | None = None,
) -> Table:
    """``left``: flowables for the left column instead of "Nơi nhận" (e.g. a
    small totals table beside the signature); they get ``LEFT_FRACTION`` of
    ``width``."""
    styles = paragraph_styles()
    custom_left = left is not None
    left = list(left) if left is not None else []
    lines = [] if custom_left else recipient_lines(recipients)
    if lines:
        left.append(Paragraph("Nơi nhận:", styles["recipients_label"]))
        left.append(Paragraph(_lines(lines), styles["recipients"]))
    right: list[Flowable] = []
    if signature is not None:
        if clean_line(signature.place_date):
            right.append(Paragraph(escape(clean_line(signature.place_date)), styles["signature_italic"]))
        authority = _lines(signature.lines, upper=True)
        if authority:
            right.append(Paragraph(authority, styles["signature"]))
        gap = SIGNATURE_GAP_MM * MM
        note = clean_line(signature.note)
        if note:
            right.append(Spacer(1, gap / 2 - 8))
            right.append(Paragraph(escape(note), styles["signature_italic"]))
            right.append(Spacer(1, gap / 2 - 8))
        else:
            right.append(Spacer(1, gap))
        if clean_line(signature.name):
            right.append(Paragraph(escape(clean_line(signature.name)), styles["signature"]))
    left_width = width * LEFT_FRACTION
    table = Table([[left or "", right or ""]], colWidths=[left_width, width - left_width], hAlign="LEFT")
    # "Nơi nhận:" level with the authority line: same first baseline.
    level = SIGNATURE_SIZE - RECIPIENTS_LABEL_SIZE
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                (
                    "TOPPADDING",
                    (0, 0),
                    (0, 0),
                    0 if custom_left else level if not signature or not signature.place_date else level + 19,
                ),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    table.spaceBefore = space_before
    return table
