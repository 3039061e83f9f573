"""Print-shop sheets: one slogan per page, A4 or A3 landscape, in the largest
bold type that fits, broken into balanced lines (see :mod:`slogan_fit`), with
a small header (which slogan of how many, which plan) and a small footer
saying what to print: form, size and quantity.

    slogan_sheets_pdf(sheets, "A3") -> bytes   # sheets: services.banner_schedule.slogan_sheets
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.lib.pagesizes import A3, A4, landscape
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from vnhr_desktop.domain.dates import fmt_int
from vnhr_desktop.domain.printouts.banners import SheetSlogan, SloganSheets
from vnhr_desktop.domain.text import nfc
from vnhr_desktop.errors import UserError
from vnhr_desktop.exports.pdf.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts
from vnhr_desktop.exports.pdf.slogan_fit import SloganFit, fit_slogan
from vnhr_desktop.exports.pdf.styles import MM

SLOGAN_FONT = FONT_BOLD


@dataclass(frozen=True)
class Paper:
    name: str
    size: tuple[float, float]  # landscape (width, height) in points
    margin: float  # all four sides
    small: float  # header and footer type size
    band: float  # height kept for the header and for the footer

    @property
    def slogan_box(self) -> tuple[float, float, float, float]:
        """(x, y, width, height) of the area the slogan may fill."""
        width, height = self.size
        pad = self.band * 0.6
        x, y = self.margin, self.margin + self.band + pad
        return x, y, width - 2 * self.margin, height - 2 * (self.margin + self.band + pad)


PAPERS = {
    "A4": Paper("A4", landscape(A4), 15 * MM, 11, 10 * MM),
    "A3": Paper("A3", landscape(A3), 20 * MM, 13, 12 * MM),
}


def footer_text(sheet: SheetSlogan) -> str:
    """ "Băng rôn, kích thước 0,8 x 6 m, số lượng 23; Pano, kích thước 2,4 x 4,8 m, số lượng 3"."""
    if not sheet.items:
        return "Hình thức, kích thước, số lượng: theo vị trí treo (chưa xếp)."
    parts = []
    for item in sheet.items:
        size = f", kích thước {item.size_text}" if item.size_text else ""
        parts.append(f"{item.label}{size}, số lượng {fmt_int(item.quantity)}")
    return "; ".join(parts) + "."


def _draw_bands(canvas: Canvas, paper: Paper, index: int, count: int, plan_label: str, footer: str) -> None:
    width, height = paper.size
    left, right = paper.margin, width - paper.margin
    canvas.setLineWidth(0.5)
    top_base = height - paper.margin - paper.small
    canvas.setFont(FONT, paper.small)
    canvas.drawString(left, top_base, f"Khẩu hiệu số {index}/{count}")
    if plan_label:
        canvas.setFont(FONT_ITALIC, paper.small)
        canvas.drawRightString(right, top_base, plan_label)
    canvas.line(left, height - paper.margin - paper.band, right, height - paper.margin - paper.band)
    canvas.line(left, paper.margin + paper.band, right, paper.margin + paper.band)
    size = paper.small
    lines = simpleSplit(footer, FONT, size, right - left)
    while len(lines) > 2 and size > 6:
        size -= 0.5
        lines = simpleSplit(footer, FONT, size, right - left)
    canvas.setFont(FONT, size)
    y = paper.margin + paper.band - size * 1.5
    for line in lines[:2]:
        canvas.drawCentredString(width / 2, y, line)
        y -= size * 1.2


def _draw_slogan(canvas: Canvas, paper: Paper, text: str) -> SloganFit:
    x, y, box_w, box_h = paper.slogan_box
    fit = fit_slogan(text, SLOGAN_FONT, box_w, box_h)
    top = y + box_h - (box_h - fit.height) / 2
    canvas.setFont(SLOGAN_FONT, fit.size)
    for line, baseline in zip(fit.lines, fit.baselines, strict=True):
        canvas.drawCentredString(x + box_w / 2, top - baseline, line)
    return fit


def slogan_sheets_pdf(data: SloganSheets, paper: str = "A4") -> bytes:
    """PDF bytes: one landscape page per sheet."""
    sheets, plan_label = data.sheets, data.plan_label
    if paper not in PAPERS:
        raise UserError(f"Khổ giấy '{paper}' không có; chọn A4 hoặc A3.")
    if not sheets:
        raise UserError("Kế hoạch chưa có khẩu hiệu nào để in.")
    register_fonts()
    spec = PAPERS[paper]
    buffer = io.BytesIO()
    canvas = Canvas(
        buffer,
        pagesize=spec.size,
        pageCompression=1,
        initialFontName=FONT,  # type: ignore[arg-type]  # the reportlab stubs say float; it is a font name
        initialFontSize=spec.small,
    )
    canvas.setTitle(nfc(data.title))
    canvas.setCreator("vnhr-desktop")
    for index, sheet in enumerate(sheets, start=1):
        _draw_bands(canvas, spec, index, len(sheets), nfc(plan_label), nfc(footer_text(sheet)))
        _draw_slogan(canvas, spec, nfc(sheet.text))
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
