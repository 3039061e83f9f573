"""Page templates and page numbers.

A document is a run of sections (the main text, then each appendix). Every
section starts on a "start" page, which carries no number, and continues on
"cont" pages numbered from 2 within the section, centred in the top margin.
Each exists in portrait and landscape.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

from vnhr_desktop.exports.pdf.fonts import FONT
from vnhr_desktop.exports.pdf.styles import (
    BODY_SIZE,
    MM,
    PAGE_NUMBER_BASELINE_MM,
    PAGE_NUMBER_SIZE,
    frame_box,
    page_size,
)


def template_id(kind: str, landscape: bool) -> str:
    """ "start-P", "cont-L", ..."""
    return f"{kind}-{'L' if landscape else 'P'}"


def _frame(landscape: bool) -> Frame:
    x, y, width, height = frame_box(landscape)
    return Frame(x, y, width, height, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")


class SectionedDocTemplate(BaseDocTemplate):
    """BaseDocTemplate with per-section page numbering (see module docstring)."""

    def __init__(
        self, filename: str | BinaryIO, *, first_landscape: bool, page_numbers: bool = True, **kw: Any
    ) -> None:
        self.page_numbers = page_numbers
        self.section_start = 1
        super().__init__(
            filename,
            pagesize=page_size(first_landscape),
            leftMargin=0,
            rightMargin=0,
            topMargin=0,
            bottomMargin=0,
            initialFontName=FONT,
            initialFontSize=BODY_SIZE,
            **kw,
        )
        templates = []
        for landscape in (first_landscape, not first_landscape):
            templates.append(
                PageTemplate(
                    id=template_id("start", landscape),
                    frames=[_frame(landscape)],
                    pagesize=page_size(landscape),
                    onPage=self._start_page,
                    autoNextPageTemplate=template_id("cont", landscape),
                )
            )
            templates.append(
                PageTemplate(
                    id=template_id("cont", landscape),
                    frames=[_frame(landscape)],
                    pagesize=page_size(landscape),
                    onPage=self._numbered_page,
                )
            )
        self.addPageTemplates(templates)

    def _start_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.section_start = doc.page

    def _numbered_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if not self.page_numbers:
            return
        number = doc.page - self.section_start + 1
        page_width, page_height = doc.pageTemplate.pagesize
        x, _, width, _ = frame_box(page_width > page_height)
        canvas.saveState()
        canvas.setFont(FONT, PAGE_NUMBER_SIZE)
        canvas.drawCentredString(x + width / 2, page_height - PAGE_NUMBER_BASELINE_MM * MM, str(number))
        canvas.restoreState()
