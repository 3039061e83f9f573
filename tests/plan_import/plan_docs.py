"""Test documents: seeds 004 and 001 as text, and written as .docx (python-docx)
and as .pdf (reportlab, the bundled serif, laid out as NĐ30: the header table
with the issuing body and number on the left and the motto and date on the
right, the kind line and title centred, the body justified, the Nơi nhận list
and the signature block side by side at the foot).

The seeds carry no header of their own (004 was copied from the plan's body,
001 is a news page), so the written 004 gets one; its fields are in HEADER_004.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

SEEDS = Path(__file__).resolve().parent / "seeds"
SEED_004 = SEEDS / "004_16dd2fada26a5e38.txt"
SEED_001 = SEEDS / "001_b26eb23e551746b7.txt"


@dataclass(frozen=True)
class Header:
    parent: str  # "" when the issuing body has no parent line
    body: tuple[str, ...]
    number_line: str
    date_line: str


HEADER_004 = Header(
    "UBND TỈNH TRÀ VINH", ("BAN CHỈ ĐẠO VỀ NHÂN QUYỀN",), "Số: 130/KH-BCĐNQ", "Trà Vinh, ngày 15 tháng 11 năm 2024"
)
HEADER_004_FIELDS = {"number": 130, "symbol": "KH-BCĐNQ", "issued_on": "2024-11-15"}


@dataclass
class Layout:
    """A seed cut into the parts of an NĐ30 page."""

    kind_line: str = ""
    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    recipients: list[str] = field(default_factory=list)
    signer: list[str] = field(default_factory=list)  # title lines, then the name


def read_seed(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def layout_of(text: str) -> Layout:
    body, _, foot = text.partition("Nơi nhận:")
    blocks = [b.strip() for b in re.split(r"\n\s*\n", body.strip()) if b.strip()]
    out = Layout()
    if blocks and blocks[0] in ("KẾ HOẠCH", "HƯỚNG DẪN", "THÔNG BÁO"):
        out.kind_line, out.title = blocks[0], blocks[1]
        blocks = blocks[2:]
    out.paragraphs = [" ".join(b.split("\n")) if not b.startswith("- ") else b for b in blocks]
    for line in foot.strip().split("\n"):
        line = line.strip()
        if line.startswith("- "):
            out.recipients.append(line)
        elif line:
            out.signer.append(line)
    return out


def _plain(text: str) -> str:
    return text.replace("**", "").replace("*", "")


def with_header_text(text: str, header: Header) -> str:
    """The seed text with the header typed above it, one column after the other."""
    left = ([header.parent] if header.parent else []) + list(header.body) + [header.number_line]
    right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", header.date_line]
    return "\n".join(left + right) + "\n\n" + text


def write_docx(text: str, path: Path, header: Header | None = None) -> Path:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    layout = layout_of(text)
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    if header:
        table = doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        lines = ([header.parent] if header.parent else []) + list(header.body) + [header.number_line]
        left.text = lines[0]
        for line in lines[1:]:
            left.add_paragraph(line)
        right.text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        right.add_paragraph("Độc lập - Tự do - Hạnh phúc")
        right.add_paragraph(header.date_line).runs[0].italic = True
    if layout.kind_line:
        for line, bold in ((layout.kind_line, True), (layout.title, True)):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(line).bold = bold
    for para in layout.paragraphs:
        for line in para.split("\n"):
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            run = p.add_run(_plain(line))
            run.italic = line.startswith("- *")
    if layout.recipients or layout.signer:
        table = doc.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        left.text = "Nơi nhận:"
        for line in layout.recipients:
            left.add_paragraph(line)
        right.text = layout.signer[0] if layout.signer else ""
        for line in layout.signer[1:-1]:
            right.add_paragraph(line)
        if len(layout.signer) > 1:
            right.add_paragraph("")
            right.add_paragraph(layout.signer[-1])
    doc.save(str(path))
    return path


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_pdf(text: str, path: Path, header: Header | None = None) -> Path:
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from vnhr_desktop.exports.pdf.fonts import FONT, FONT_BOLD, FONT_ITALIC, register_fonts

    register_fonts()
    body = ParagraphStyle(
        "body", fontName=FONT, fontSize=14, leading=17, alignment=TA_JUSTIFY, firstLineIndent=10 * mm, spaceAfter=6
    )
    center = ParagraphStyle(
        "center", parent=body, alignment=TA_CENTER, firstLineIndent=0, fontName=FONT_BOLD, spaceAfter=0
    )
    cell = ParagraphStyle("cell", parent=center, fontSize=13, leading=15)
    cell_plain = ParagraphStyle("cellplain", parent=cell, fontName=FONT)
    cell_italic = ParagraphStyle("cellitalic", parent=cell, fontName=FONT_ITALIC, fontSize=14)
    small = ParagraphStyle(
        "small", parent=body, fontSize=11, leading=13, firstLineIndent=0, alignment=TA_LEFT, spaceAfter=0
    )
    layout = layout_of(text)
    story: list = []
    grid = TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    if header:
        left = ([Paragraph(_esc(header.parent), cell_plain)] if header.parent else []) + [
            Paragraph(_esc(line), cell) for line in header.body
        ]
        left += [Spacer(1, 4), Paragraph(_esc(header.number_line), cell_plain)]
        right = [
            Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", cell),
            Paragraph("Độc lập - Tự do - Hạnh phúc", ParagraphStyle("m", parent=cell, fontSize=14)),
            Spacer(1, 4),
            Paragraph(_esc(header.date_line), cell_italic),
        ]
        story += [Table([[left, right]], colWidths=[70 * mm, 100 * mm], style=grid), Spacer(1, 12)]
    if layout.kind_line:
        story += [Paragraph(layout.kind_line, center), Paragraph(_esc(layout.title), center), Spacer(1, 12)]
    for para in layout.paragraphs:
        for line in para.split("\n"):
            italic = line.startswith("- *")
            markup = _esc(_plain(line))
            story.append(Paragraph(f"<i>{markup}</i>" if italic else markup, body))
    if layout.recipients or layout.signer:
        left = [Paragraph("<b><i>Nơi nhận:</i></b>", small)] + [Paragraph(_esc(r), small) for r in layout.recipients]
        right = [Paragraph(_esc(line), cell) for line in layout.signer[:-1]]
        if layout.signer:
            right += [Spacer(1, 50), Paragraph(_esc(layout.signer[-1]), cell)]
        story += [Spacer(1, 12), Table([[left, right]], colWidths=[80 * mm, 90 * mm], style=grid)]
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=30 * mm, rightMargin=15 * mm, topMargin=20 * mm, bottomMargin=20 * mm
    )
    doc.build(story)
    return path


def write_scanned_pdf(path: Path, pages: int = 2) -> Path:
    """A PDF of pictures only (what a scanner gives): no text layer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for _ in range(pages):
        for y in range(100, 700, 20):
            c.rect(80, y, 400, 8, fill=1)
        c.showPage()
    c.save()
    return path


def iso(value) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value
