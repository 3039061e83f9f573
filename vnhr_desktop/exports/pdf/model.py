"""Plain inputs of the PDF builder: what a printout says, not how it is stored.

Services turn their records into these frozen dataclasses; the builder never
sees an ORM object.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from vnhr_desktop.domain.dates import date_words
from vnhr_desktop.domain.numbering import so_line
from vnhr_desktop.domain.text import clean_line, nfc
from vnhr_desktop.exports.pdf.labels import BLANK


@dataclass(frozen=True)
class HeaderInfo:
    """Page-1 header block of an NĐ30 document.

    ``issuing_body`` and ``parent_body`` may hold several lines separated by
    "\\n" ("ỦY BAN NHÂN DÂN\\nHUYỆN CHÂU THÀNH"); they are printed UPPER.
    ``number`` is ``None`` for a draft (the "Số:" line then leaves room to write
    it in); ``issued_on`` ``None`` leaves the day and month blank in ``year``.
    ``subject`` is the "V/v ..." line of a dispatch (with or without "V/v").
    """

    issuing_body: str
    symbol: str
    number: int | None = None
    place: str = ""
    issued_on: dt.date | None = None
    year: int | None = None
    parent_body: str = ""
    subject: str = ""

    def so_text(self) -> str:
        """ "Số: 05/KH-UBND"; a draft leaves a dotted blank for the number."""
        if self.number is None:
            return f"Số: {BLANK}/{nfc(self.symbol)}"
        return so_line(self.number, nfc(self.symbol))

    def place_date_text(self) -> str:
        if self.issued_on is not None:
            words = date_words(self.issued_on)
        else:
            words = f"ngày {BLANK} tháng {BLANK} năm {self.year or BLANK}"
        place = clean_line(self.place)
        return f"{place}, {words}" if place else words[:1].upper() + words[1:]

    def subject_text(self) -> str:
        text = clean_line(self.subject)
        if not text:
            return ""
        return text if text.lower().startswith("v/v") else f"V/v {text}"


@dataclass(frozen=True)
class Signature:
    """Right-hand signature block.

    ``lines``: authority and title, printed UPPER bold, e.g.
    ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH").
    ``name``: the signer's full name (bold). ``place_date``: optional italic line
    above the authority (used on lists that are not NĐ30 documents).
    ``note``: optional line in the seal space, e.g. "(Đã ký)".
    """

    lines: tuple[str, ...]
    name: str = ""
    place_date: str = ""
    note: str = ""

    @classmethod
    def of(cls, authority: str, title: str, name: str, **kw: Any) -> Signature:
        """From the office profile's fields: ``authority`` "TM. ỦY BAN NHÂN DÂN",
        ``title`` "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" (one line per "\n"), ``name``."""
        parts = [authority or "", *(title or "").split("\n")]
        return cls(tuple(clean_line(p) for p in parts if clean_line(p)), clean_line(name), **kw)


@dataclass(frozen=True)
class Column:
    """A table column: header text, relative width, alignment of its cells
    ("left", "center" or "right"). ``width_mm`` fixes the width (e.g. 12 for
    "STT"); the other columns share the rest by ``weight``."""

    title: str
    weight: float = 1.0
    align: str = "left"
    width_mm: float | None = None


@dataclass(frozen=True)
class AppendixInfo:
    """An appendix: "Phụ lục I" (``label``), UPPER ``title``, italic ``attached_to``
    ("(Kèm theo Báo cáo số ...)"; see :func:`attachment_note`), orientation."""

    title: str
    label: str = "Phụ lục"
    attached_to: str = ""
    landscape: bool = False


@dataclass(frozen=True)
class PlainTitle:
    """Title block of a list that is not an NĐ30 document (sign-in sheet,
    print-shop sheet): optional issuer lines top-left (UPPER bold), optional
    italic line top-right, a centred UPPER bold title and centred subtitle lines."""

    title: str
    subtitle_lines: tuple[str, ...] = ()
    issuer: str = ""
    top_right: str = ""
    subtitle_italic: bool = True
