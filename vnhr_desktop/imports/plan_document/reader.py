"""The text of a received document: .docx (python-docx), .pdf with a text layer
(pypdfium2), .txt, or pasted text. Legacy TCVN3/VNI text is converted and the
result is tidied so that the extractor's offsets are offsets into the text the
preview shows.

PDF text comes from pypdfium2 rather than pdfplumber: on the test documents it
keeps the two header columns and the Nơi nhận / signature columns apart (it
reads in drawing order, where pdfplumber merges lines at the same height) and
it is about ten times faster (see tests/bench/bench_plan_import.py).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from vnhr_desktop.domain.text import clean
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.imports.plan_document.legacy import detect, to_unicode

MAX_BYTES = 30 * 1024 * 1024
SUFFIXES = (".docx", ".pdf", ".txt")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")
_BLANKS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class DocumentText:
    text: str
    legacy_encoding: str = ""
    source_name: str = ""


def tidy_text(raw: str) -> tuple[str, str]:
    """(text ready for the extractor, legacy encoding found or ""): legacy fonts
    converted, NFC, one kind of line break, runs of spaces folded, at most one
    blank line in a row, no spaces at line ends."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n").replace("\ufeff", "")
    text = text.replace("\x02", "").replace("\u00ad", "\u00ad")
    text, encoding = to_unicode(text)
    text = unicodedata.normalize("NFC", text)
    text = "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return clean(_BLANKS.sub("\n\n", text)), encoding


def _refuse(name: str, message: str) -> ImportRejected:
    return ImportRejected(f"Tệp {name}: {message}")


def _head(path: Path) -> bytes:
    from vnhr_desktop.exports.safe_write import require_regular_file

    size = require_regular_file(path, ImportRejected).st_size  # a FIFO would block open() for ever
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
    except OSError as exc:
        raise ImportRejected(f"Không mở được tệp {path.name} ({exc.strerror or exc}).") from exc
    if size == 0:
        raise _refuse(path.name, "rỗng (0 byte).")
    if size > MAX_BYTES:
        raise _refuse(path.name, f"quá lớn ({size // (1024 * 1024)} MB; tối đa 30 MB).")
    return head


def _docx_lines(path: Path) -> list[str]:
    from docx import Document
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    from vnhr_desktop.imports.guard import check_zip

    check_zip(path, kind="package")
    document = Document(str(path))
    lines: list[str] = []

    def table_lines(table) -> None:
        for row in table.rows:
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell appears once per grid column
                    continue
                seen.add(id(cell._tc))
                lines.extend(p.text for p in cell.paragraphs)
                for inner in cell.tables:
                    table_lines(inner)
            lines.append("")

    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)
        elif tag == "tbl":
            table_lines(Table(child, document))
    return lines


def _docx_text(path: Path) -> str:
    try:
        return "\n".join(_docx_lines(path))
    except ImportRejected:
        raise
    except Exception as exc:  # python-docx raises many kinds for a damaged file
        raise _refuse(path.name, "không đọc được văn bản Word (tệp hỏng hoặc không phải .docx).") from exc


_PAGE_NUMBER = re.compile(r"^\s*-?\s*\d{1,3}\s*-?\s*$")


def _without_page_number(page: str) -> str:
    """A page's text without the page number printed above or below it."""
    lines = page.replace("\r\n", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and _PAGE_NUMBER.match(lines[0]):
        lines.pop(0)
    if lines and _PAGE_NUMBER.match(lines[-1]):
        lines.pop()
    return "\n".join(lines)


def _pdf_text(path: Path) -> str:
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise _refuse(path.name, "có mật khẩu; hãy mở bằng trình đọc PDF và lưu bản không mật khẩu.") from exc
        raise _refuse(path.name, "không đọc được tệp PDF (tệp hỏng hoặc không phải PDF).") from exc
    try:
        pages = []
        for page in pdf:
            textpage = page.get_textpage()
            pages.append(_without_page_number(textpage.get_text_range()))
            textpage.close()
            page.close()
    finally:
        pdf.close()
    text = "\n".join(pages)
    if sum(ch.isalpha() for ch in text) < 20:
        raise _refuse(
            path.name,
            f"là bản PDF scan (ảnh chụp {len(pages)} trang), không có lớp chữ; chương trình không nhận dạng "
            "chữ trong ảnh. Hãy xin bản PDF gốc, bản Word, hoặc dán nội dung văn bản.",
        )
    return text


def _txt_text(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    text = data.decode("latin-1")  # a legacy-font text saved as "ANSI"; to_unicode converts it
    if detect(text):
        return text
    return data.decode("cp1258", errors="replace")  # Windows' own Vietnamese code page


def read_document(path: Path | str) -> DocumentText:
    """The tidied text of the document at ``path``; an ImportRejected with one
    Vietnamese sentence for a file that cannot be read."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise _refuse(path.name, "chỉ nhập được văn bản .docx, .pdf hoặc .txt.")
    head = _head(path)
    if suffix == ".docx":
        if head.startswith(_OLE2):
            raise _refuse(path.name, "là định dạng Word cũ (.doc); hãy mở bằng Word, lưu thành .docx rồi nhập lại.")
        if not head.startswith(b"PK"):
            raise _refuse(path.name, "không phải văn bản Word (.docx).")
        raw = _docx_text(path)
    elif suffix == ".pdf":
        if not head.startswith(b"%PDF"):
            raise _refuse(path.name, "không phải tệp PDF.")
        raw = _pdf_text(path)
    else:
        raw = _txt_text(path)
    text, encoding = tidy_text(raw)
    if not text:
        raise _refuse(path.name, "không có nội dung chữ.")
    return DocumentText(text, encoding, path.name)


def read_pasted(raw: str) -> DocumentText:
    text, encoding = tidy_text(raw or "")
    return DocumentText(text, encoding, "")
