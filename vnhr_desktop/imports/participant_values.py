"""Cell values of a participant list turned into what the app stores.

Everything becomes NFC text first; a cell that looks like a formula stays
literal text. Numbers typed into a phone column get their leading 0 back.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from functools import lru_cache

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.domain.enums import Gender
from vnhr_desktop.domain.text import clean_line, fold

_GENDERS = {
    "nam": Gender.MALE,
    "m": Gender.MALE,
    "male": Gender.MALE,
    "ong": Gender.MALE,
    "trai": Gender.MALE,
    "nu": Gender.FEMALE,
    "f": Gender.FEMALE,
    "female": Gender.FEMALE,
    "ba": Gender.FEMALE,
    "gai": Gender.FEMALE,
    "khac": Gender.OTHER,
    "other": Gender.OTHER,
}
_YES = {"x", "co", "co mat", "1", "v", "dat", "yes", "true", "da den", "tham du", "da tham du", "✓", "✔", "√", "+"}
_NO = {"", "0", "khong", "vang", "vang mat", "no", "false", "-", "chua den", "khong tham du"}


# Units, genders, bridge points and marks repeat down a list: fold each once.
folded = lru_cache(maxsize=4096)(fold)


def _is_plain(text: str) -> bool:
    """ASCII without control characters: already clean, and NFC by definition."""
    return text.isascii() and text.isprintable()


def cell_text(value: object) -> str:
    """Text of one cell, NFC, on one line, never evaluated."""
    if value is None:
        return ""
    if isinstance(value, str):
        if _is_plain(value) and "  " not in value and value == value.strip():
            return value
        if (
            unicodedata.is_normalized("NFC", value)
            and value.isprintable()
            and "  " not in value
            and value == value.strip()
        ):
            return value
        return clean_line(value)
    if isinstance(value, bool):
        return "x" if value else ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return fmt_date(value.date()) if value.time() == dt.time() else value.strftime("%H:%M %d/%m/%Y")
    if isinstance(value, dt.date):
        return fmt_date(value)
    return clean_line(str(value))


def phone_text(value: object) -> str:
    """A phone number: a number cell 912345678 is "0912345678" as written."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and float(value).is_integer():
        digits = str(int(value))
        if len(digits) in (9, 10) and not digits.startswith("0") and not digits.startswith("84"):
            return "0" + digits
        return digits
    return cell_text(value)


def gender_code(text: str) -> tuple[str | None, bool]:
    """(code, understood): "Nữ" -> ("female", True); "" -> (None, True)."""
    key = folded(text).strip(" .")
    if not key:
        return None, True
    code = _GENDERS.get(key)
    return (code.value, True) if code is not None else (None, False)


def attended_flag(text: str) -> tuple[bool, bool]:
    """(present, understood): "x", "Có", "Có mặt" -> True; "", "Vắng" -> False."""
    key = folded(text).strip(" .")
    if key in _YES:
        return True, True
    if key in _NO:
        return False, True
    return False, False


def is_marked(text: str) -> bool:
    """A "Nam"/"Nữ" tick column: any mark or birth year counts."""
    return bool(text) and folded(text) not in _NO
