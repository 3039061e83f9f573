"""Labels and punctuation of NĐ30 documents: roman section numbers, Vietnamese
lettered points (a, b, c, d, đ, e, g, ...), the recipients list and the
"(Kèm theo ...)" line of an appendix."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from vnhr_desktop.domain.dates import date_words
from vnhr_desktop.domain.plan_sections import POINT_LETTERS, point_letter  # noqa: F401  (re-exported)
from vnhr_desktop.domain.text import clean_line

_ROMAN = (
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
)


def roman(number: int) -> str:
    """1 -> "I", 4 -> "IV" (section headings, appendix labels)."""
    if number < 1:
        raise ValueError("roman numerals start at 1")
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def point_label(number: int) -> str:
    """1 -> "a)"."""
    return f"{point_letter(number)})"


def recipient_lines(recipients: Iterable[str]) -> list[str]:
    """Recipient lines as NĐ30 writes them: each starts with "- ", ends with ";"
    and the last with ".", whatever punctuation the user typed.

    ["Như trên", "UBND tỉnh (b/c);", "Lưu: VT, VHTT"] ->
    ["- Như trên;", "- UBND tỉnh (b/c);", "- Lưu: VT, VHTT."]
    """
    lines = []
    for raw in recipients:
        text = clean_line(raw).lstrip("-–—•+* ").rstrip(" ;,.")
        if text:
            lines.append(f"- {text}")
    if not lines:
        return []
    return [line + ";" for line in lines[:-1]] + [lines[-1] + "."]


BLANK = "....."


def attachment_note(
    kind_name: str, number_symbol: str, issued_on: dt.date | None, issuer: str, year: int | None = None
) -> str:
    """ "(Kèm theo Báo cáo số 12/BC-UBND ngày 05 tháng 01 năm 2025 của Ủy ban nhân dân huyện Châu Thành)".

    A draft (no number or no date) leaves dotted blanks to be written in by
    hand ("số ...../BC-UBND ngày ..... tháng ..... năm 2025"); runs of spaces
    would not survive line layout.
    """
    number = clean_line(number_symbol)
    if not number or number.startswith("/"):
        number = BLANK + number
    words = date_words(issued_on) if issued_on is not None else f"ngày {BLANK} tháng {BLANK} năm {year or BLANK}"
    owner = clean_line(issuer)
    tail = f" của {owner}" if owner else ""
    return f"(Kèm theo {clean_line(kind_name)} số {number} {words}{tail})"
