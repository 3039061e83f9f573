"""The one builder behind every printed document (NĐ30, reference/document-format.md).

Two entry points share all styles, fonts, tables, appendices and page numbering:

* :class:`NDDocument` - an administrative document (Kế hoạch, Báo cáo, công văn):
  two-column header on page 1, kind and trích yếu, optional "Kính gửi", body,
  signature block with "Nơi nhận".
* :class:`PlainDocument` - a list that is not an NĐ30 document (sign-in sheet,
  print-shop sheet, banner schedule): a :class:`PlainTitle` block instead.

A4 portrait (or landscape) with margins top 20, bottom 20, left 30, right 15 mm;
body 14 pt justified with a 1 cm first-line indent; page numbers 13 pt centred
in the top margin from page 2 on; each appendix numbers its own pages.
All text is plain (escaped, NFC) unless a method is given ``markup=True``.

Usage::

    from vnhr_desktop.exports.pdf.document import NDDocument
    from vnhr_desktop.exports.pdf.model import HeaderInfo, Signature, Column, AppendixInfo

    doc = NDDocument(
        HeaderInfo(issuing_body="Ủy ban nhân dân\\nhuyện Châu Thành", symbol="KH-UBND",
                   number=5, place="Châu Thành", issued_on=date(2025, 1, 5)),
        kind="KẾ HOẠCH", summary="Tuyên truyền ... năm 2025",
    )
    doc.paragraph("Thực hiện Kế hoạch số 05/KH-BCĐNQ ...")
    doc.heading("Mục đích, yêu cầu", number=1)        # "I. MỤC ĐÍCH, YÊU CẦU"
    doc.item(1, "Mục đích", bold=True)                # "1. Mục đích"
    doc.point(1, "Nâng cao nhận thức ...")            # "a) Nâng cao nhận thức ..."
    doc.table([Column("STT", 0.6, "center"), Column("Nội dung", 5)], [[1, "..."]])
    doc.signature(Signature(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"),
                            name="Nguyễn Văn A"),
                  recipients=["Như trên", "Lưu: VT, VHTT"])
    doc.appendix(AppendixInfo("Kết quả tuyên truyền", label="Phụ lục I",
                              attached_to=attachment_note(...), landscape=True))
    doc.table(...)
    pdf_bytes = doc.build()        # or doc.save(path) -> Path (through safe_write)
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, NextPageTemplate, PageBreak, Paragraph, Spacer

from vnhr_desktop.domain.text import clean_line, nfc
from vnhr_desktop.exports.pdf.front import (
    appendix_heading,
    header_block,
    kinh_gui_block,
    plain_title_blocks,
    title_block,
)
from vnhr_desktop.exports.pdf.labels import point_label, roman
from vnhr_desktop.exports.pdf.model import AppendixInfo, Column, HeaderInfo, PlainTitle, Signature
from vnhr_desktop.exports.pdf.pages import SectionedDocTemplate, template_id
from vnhr_desktop.exports.pdf.signature import signature_block
from vnhr_desktop.exports.pdf.styles import MM, frame_box, paragraph_styles
from vnhr_desktop.exports.pdf.tables import build_table
from vnhr_desktop.exports.safe_write import write_bytes


def _markup(text: str, markup: bool) -> str:
    text = nfc(str(text or ""))
    if markup:
        return text
    return escape(text.strip()).replace("\n", "<br/>")


class _Builder:
    """Shared body of both document kinds: a list of flowables and the current
    orientation, turned into PDF bytes by :meth:`build`."""

    def __init__(self, *, landscape: bool, title: str, author: str, page_numbers: bool):
        self.styles = paragraph_styles()
        self._first_landscape = landscape
        self._landscape = landscape
        self._story: list[Flowable] = []
        self._meta_title = nfc(title)
        self._meta_author = nfc(author)
        self._page_numbers = page_numbers

    # -- geometry -----------------------------------------------------------
    @property
    def landscape(self) -> bool:
        """Orientation of the page the next content lands on."""
        return self._landscape

    @property
    def frame_width(self) -> float:
        """Text width in points of the current orientation (for custom flowables)."""
        return frame_box(self._landscape)[2]

    # -- body content -------------------------------------------------------
    def paragraph(self, text: str, style: str = "body", *, markup: bool = False) -> None:
        """One paragraph; "\\n" inside breaks the line. ``style`` is a name from
        :func:`styles.paragraph_styles` (body, body_flat, center, center_bold,
        center_italic, right_italic, note, heading, item_title)."""
        self._story.append(Paragraph(_markup(text, markup), self.styles[style]))

    def paragraphs(self, text: str, style: str = "body") -> None:
        """Plain text with one paragraph per non-empty line (a narrative section)."""
        for line in nfc(text or "").splitlines():
            if line.strip():
                self.paragraph(line, style)

    def heading(self, text: str, number: int | None = None) -> None:
        """Section heading, UPPER bold: heading("Mục đích, yêu cầu", 1) -> "I. MỤC ĐÍCH, YÊU CẦU"."""
        label = f"{roman(number)}. " if number else ""
        self.paragraph(label + clean_line(text).upper(), "heading")

    def item(self, label: int | str, text: str, *, bold: bool = False, markup: bool = False) -> None:
        """Numbered item "1. text" (``label`` 1 or "1.2."); bold for an item title."""
        mark = f"{label}." if isinstance(label, int) else str(label)
        self._story.append(
            Paragraph(f"{escape(mark)} {_markup(text, markup)}", self.styles["item_title" if bold else "body"])
        )

    def point(self, number: int | str, text: str, *, markup: bool = False) -> None:
        """Lettered point "a) text" in Vietnamese order (1 -> a, 5 -> đ, 7 -> g)."""
        mark = point_label(number) if isinstance(number, int) else str(number)
        self._story.append(Paragraph(f"{escape(mark)} {_markup(text, markup)}", self.styles["body"]))

    def bullet(self, text: str, *, markup: bool = False) -> None:
        """A "- text" line in body style."""
        self._story.append(Paragraph(f"- {_markup(text, markup)}", self.styles["body"]))

    def table(
        self,
        columns: Sequence[Column],
        rows: Sequence[Sequence[object]],
        *,
        font_size: float = 12,
        header_rows: Sequence[Sequence[str]] | None = None,
        spans: Sequence[tuple[Any, ...]] = (),
        bold_rows: Sequence[int] = (),
        markup: bool = False,
        space_after: float = 8,
        body_valign: str = "TOP",
        plain: bool = False,
        min_row_height_mm: float | None = None,
        continued: str = "",
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """A bordered table filling the text width; header rows repeat on each page.
        See :func:`tables.build_table` for the options."""
        self._story.append(
            build_table(
                columns,
                rows,
                self.frame_width,
                font_size=font_size,
                header_rows=header_rows,
                spans=spans,
                bold_rows=bold_rows,
                markup=markup,
                body_valign=body_valign,
                plain=plain,
                min_row_height_mm=min_row_height_mm,
                continued=continued,
                progress=progress,
            )
        )
        if space_after:
            self._story.append(Spacer(1, space_after))

    def spacer(self, height_mm: float) -> None:
        self._story.append(Spacer(1, height_mm * MM))

    def flowable(self, flowable: Flowable) -> None:
        """Any reportlab flowable, for what the helpers above do not cover."""
        self._story.append(flowable)

    def keep_space(self, height_mm: float) -> None:
        """Start a new page unless ``height_mm`` is left on this one."""
        self._story.append(CondPageBreak(height_mm * MM))

    def page_break(self, landscape: bool | None = None) -> None:
        """New page in the same section (numbering continues), optionally turning it."""
        if landscape is not None:
            self._landscape = landscape
        self._story.append(NextPageTemplate(template_id("cont", self._landscape)))
        self._story.append(PageBreak())

    def signature(self, signature: Signature | None, recipients: Sequence[str] = ()) -> None:
        """Closing block; recipients are punctuated by :func:`labels.recipient_lines`."""
        self._story.append(signature_block(signature, recipients, self.frame_width))

    def appendix(self, info: AppendixInfo) -> None:
        """Start an appendix on a new page (numbered on its own, first page unnumbered)."""
        self._landscape = info.landscape
        self._story.append(NextPageTemplate(template_id("start", self._landscape)))
        self._story.append(PageBreak())
        self._story.append(appendix_heading(info))

    # -- output ---------------------------------------------------------------
    def build(self) -> bytes:
        """Lay the document out and return the PDF bytes."""
        buffer = io.BytesIO()
        template = SectionedDocTemplate(
            buffer,
            first_landscape=self._first_landscape,
            page_numbers=self._page_numbers,
            title=self._meta_title,
            author=self._meta_author,
            creator="vnhr-desktop",
        )
        template.build(list(self._story))
        return buffer.getvalue()

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Build and write atomically through safe_write; returns the path."""
        return write_bytes(path, self.build())


class NDDocument(_Builder):
    """An NĐ30 document. ``kind`` "KẾ HOẠCH" / "BÁO CÁO" (empty for a công văn,
    whose subject goes in ``header.subject``), ``summary`` the trích yếu,
    ``kinh_gui`` the addressees of "Kính gửi:"."""

    def __init__(
        self,
        header: HeaderInfo,
        *,
        kind: str = "",
        summary: str = "",
        kinh_gui: Sequence[str] = (),
        landscape: bool = False,
        author: str = "",
    ):
        title = " ".join(p for p in (clean_line(kind), clean_line(summary)) if p) or header.so_text()
        super().__init__(
            landscape=landscape, title=title, author=author or clean_line(header.issuing_body), page_numbers=True
        )
        self.header = header
        self._story.append(header_block(header))
        title_flowable = title_block(kind, summary)
        if title_flowable is not None:
            self._story.append(title_flowable)
        addressed = kinh_gui_block(kinh_gui, self.frame_width)
        if addressed is not None:
            self._story.append(addressed)
            self._story.append(Spacer(1, 8))


class PlainDocument(_Builder):
    """A list with a :class:`PlainTitle` block instead of the NĐ30 header."""

    def __init__(self, title: PlainTitle, *, landscape: bool = False, page_numbers: bool = True, author: str = ""):
        super().__init__(
            landscape=landscape,
            title=clean_line(title.title),
            author=author or clean_line(title.issuer),
            page_numbers=page_numbers,
        )
        self._story.extend(plain_title_blocks(title))

    def section(self, title: PlainTitle, *, landscape: bool | None = None, own_numbers: bool = True) -> None:
        """Start a new section on a new page with its own title block. With
        ``own_numbers`` its pages are numbered on their own, the first one
        unnumbered, like an appendix; without, the page numbers run on through
        the whole document (the sign-in sheets of all bridge points)."""
        if landscape is not None:
            self._landscape = landscape
        kind = "start" if own_numbers else "cont"
        self._story.append(NextPageTemplate(template_id(kind, self._landscape)))
        self._story.append(PageBreak())
        self._story.extend(plain_title_blocks(title))


class AppendixDocument(_Builder):
    """A document that is itself an appendix of another (the danh mục khẩu hiệu
    of a plan): "Phụ lục", the UPPER title and "(Kèm theo ...)" on page 1,
    then the body."""

    def __init__(self, info: AppendixInfo, *, author: str = ""):
        super().__init__(landscape=info.landscape, title=clean_line(info.title), author=author, page_numbers=True)
        self._story.append(appendix_heading(info))
