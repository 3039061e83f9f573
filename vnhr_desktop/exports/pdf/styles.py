"""Page geometry and paragraph styles of NĐ30 documents (reference/document-format.md).

All sizes are in points unless the name says mm. :func:`paragraph_styles` returns
named styles that every printout shares:

``body``            14 pt, justified, first-line indent 1 cm, 6 pt after, leading 17
``body_flat``       like body without the first-line indent
``line``            body size, left, no indent, no space after (lists of lines)
``heading``         section heading "I. MỤC ĐÍCH, YÊU CẦU": UPPER (done by the caller), bold
``item_title``      bold body line ("1. Mục đích")
``center``          body size, centred; ``center_bold``, ``center_italic``
``right_italic``    body size, right-aligned italic (a date line on a list)
``note``            12 pt italic, left ("Ghi chú: ...")
``cell``/``cell_center``/``cell_right``/``cell_header``  table cells, 12 pt
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle

from vnhr_desktop.exports.pdf.fonts import FONT, FONT_BOLD, FONT_BOLD_ITALIC, FONT_ITALIC, register_fonts

MM = 72.0 / 25.4
A4_WIDTH = 210 * MM
A4_HEIGHT = 297 * MM

MARGIN_TOP_MM = 20
MARGIN_BOTTOM_MM = 20
MARGIN_LEFT_MM = 30
MARGIN_RIGHT_MM = 15
PAGE_NUMBER_BASELINE_MM = 12  # from the top edge, inside the 20 mm top margin

BODY_SIZE = 14
BODY_LEADING = 17  # about 1.2 lines
BODY_INDENT = 10 * MM  # 1 cm first-line indent
PARAGRAPH_GAP = 6
HEADER_SIZE = 13
NATIONAL_TITLE_SIZE = 12
TITLE_SIZE = 14
PAGE_NUMBER_SIZE = 13
RECIPIENTS_LABEL_SIZE = 12
RECIPIENTS_SIZE = 11
SIGNATURE_SIZE = 14
SIGNATURE_GAP_MM = 26  # room for the signature and the seal
CELL_SIZE = 12


def page_size(landscape: bool) -> tuple[float, float]:
    return (A4_HEIGHT, A4_WIDTH) if landscape else (A4_WIDTH, A4_HEIGHT)


def frame_box(landscape: bool) -> tuple[float, float, float, float]:
    """(x, y, width, height) of the text area of a page."""
    width, height = page_size(landscape)
    x = MARGIN_LEFT_MM * MM
    y = MARGIN_BOTTOM_MM * MM
    return x, y, width - x - MARGIN_RIGHT_MM * MM, height - y - MARGIN_TOP_MM * MM


@lru_cache(maxsize=1)
def paragraph_styles() -> dict[str, ParagraphStyle]:
    """Name -> reportlab ParagraphStyle (see the module docstring)."""
    register_fonts()
    body = ParagraphStyle(
        "body",
        fontName=FONT,
        fontSize=BODY_SIZE,
        leading=BODY_LEADING,
        alignment=TA_JUSTIFY,
        firstLineIndent=BODY_INDENT,
        spaceAfter=PARAGRAPH_GAP,
        allowWidows=0,
        allowOrphans=0,
    )
    styles = {"body": body}

    def derive(name: str, **kw: Any) -> None:
        styles[name] = ParagraphStyle(name, parent=body, **kw)

    derive("body_flat", firstLineIndent=0)
    derive("line", firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0)
    derive("heading", fontName=FONT_BOLD, spaceBefore=6, keepWithNext=1)
    derive("item_title", fontName=FONT_BOLD, keepWithNext=1)
    derive("center", alignment=TA_CENTER, firstLineIndent=0)
    derive("center_bold", alignment=TA_CENTER, firstLineIndent=0, fontName=FONT_BOLD)
    derive("center_italic", alignment=TA_CENTER, firstLineIndent=0, fontName=FONT_ITALIC)
    derive("right_italic", alignment=TA_RIGHT, firstLineIndent=0, fontName=FONT_ITALIC)
    derive("note", fontName=FONT_ITALIC, fontSize=12, leading=14.5, firstLineIndent=0, alignment=TA_LEFT)
    derive(
        "recipients_label",
        fontName=FONT_BOLD_ITALIC,
        fontSize=RECIPIENTS_LABEL_SIZE,
        leading=14,
        firstLineIndent=0,
        alignment=TA_LEFT,
        spaceAfter=0,
    )
    derive("recipients", fontSize=RECIPIENTS_SIZE, leading=13, firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0)
    derive(
        "signature",
        fontName=FONT_BOLD,
        fontSize=SIGNATURE_SIZE,
        leading=17,
        alignment=TA_CENTER,
        firstLineIndent=0,
        spaceAfter=0,
    )
    derive(
        "signature_italic",
        fontName=FONT_ITALIC,
        fontSize=SIGNATURE_SIZE,
        leading=17,
        alignment=TA_CENTER,
        firstLineIndent=0,
        spaceAfter=2,
    )
    cell = dict(fontSize=CELL_SIZE, leading=14.5, firstLineIndent=0, spaceAfter=0, allowWidows=1, allowOrphans=1)
    derive("cell", alignment=TA_LEFT, **cell)
    derive("cell_center", alignment=TA_CENTER, **cell)
    derive("cell_right", alignment=TA_RIGHT, **cell)
    derive("cell_header", alignment=TA_CENTER, fontName=FONT_BOLD, **cell)
    return styles


def cell_styles(size: float) -> dict[str, ParagraphStyle]:
    """Table cell styles at another size (e.g. 11 pt for a dense register)."""
    base = paragraph_styles()
    if size == CELL_SIZE:
        return {k: base[k] for k in ("cell", "cell_center", "cell_right", "cell_header")}
    leading = round(size * 1.2, 1)
    return {
        k: ParagraphStyle(f"{k}_{size}", parent=base[k], fontSize=size, leading=leading)
        for k in ("cell", "cell_center", "cell_right", "cell_header")
    }
