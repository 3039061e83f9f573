"""Dates and numbers the way Vietnamese documents write them."""

from __future__ import annotations

import datetime as dt
import re

HUMAN_RIGHTS_DAY = dt.date(1948, 12, 10)


def fmt_date(value: dt.date | None) -> str:
    """dd/MM/yyyy, the on-screen date format (never a two-digit year)."""
    return value.strftime("%d/%m/%Y") if value else ""


def fmt_datetime(value: dt.datetime | None) -> str:
    return value.strftime("%H:%M %d/%m/%Y") if value else ""


def day_text(day: int) -> str:
    return f"{day:02d}"


def month_text(month: int) -> str:
    """Months 1 and 2 take a leading zero on documents ("tháng 01"); others do not."""
    return f"{month:02d}" if month <= 2 else str(month)


def date_words(value: dt.date) -> str:
    """ "ngày 05 tháng 01 năm 2025" (NĐ30 rule for the date line)."""
    return f"ngày {day_text(value.day)} tháng {month_text(value.month)} năm {value.year}"


def place_date_line(place: str, value: dt.date) -> str:
    """ "Châu Thành, ngày 05 tháng 01 năm 2025"."""
    return f"{place}, {date_words(value)}" if place else date_words(value)


def anniversary(year: int) -> int:
    """Ordinal of Human Rights Day in ``year`` (2024 -> 76)."""
    return year - HUMAN_RIGHTS_DAY.year


def anniversary_phrase(year: int) -> str:
    return f"{anniversary(year)} năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/{year})"


_DATE_RE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")
_ISO_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})\s*$")


def parse_date(text: str | None) -> dt.date | None:
    """Parse dd/mm/yyyy (also with . or -) or ISO yyyy-mm-dd; ``None`` when empty.

    Raises ``ValueError`` for text that is not a valid date.
    """
    if text is None or not str(text).strip():
        return None
    s = str(text)
    message = f"Ngày không hợp lệ: {s.strip()} (cần dạng ngày/tháng/năm, ví dụ 05/01/2025)"
    m = _DATE_RE.match(s)
    if m:
        d, mo, y = (int(g) for g in m.groups())
    else:
        m = _ISO_RE.match(s)
        if not m:
            raise ValueError(message)
        y, mo, d = (int(g) for g in m.groups())
    try:
        return dt.date(y, mo, d)
    except ValueError:
        raise ValueError(message) from None


_TYPED_RE = re.compile(r"^(\d{1,2})[/.\-\s](\d{1,2})(?:[/.\-\s](\d{2}|\d{4}))?$")
_DIGITS_RE = re.compile(r"^(\d{2})(\d{2})(\d{2}|\d{4})?$")
TYPED_HINT = "nhập ngày/tháng/năm, ví dụ 20/11/2024, 20/11 hoặc 20112024"


def _year(text: str | None, today: dt.date) -> int:
    if not text:
        return today.year
    return 2000 + int(text) if len(text) == 2 else int(text)


def parse_typed_date(text: str | None, today: dt.date | None = None) -> dt.date | None:
    """A date as officers type it: "20/11/2024", "20/11" (this year), "20112024",
    "201124", "20-11-2024", "20.11.2024" or ISO "2024-11-20"; ``None`` when empty.

    A day the month does not have (31/11) raises ``ValueError`` with a message
    saying so: the date is never moved to another day."""
    if text is None or not str(text).strip():
        return None
    s = str(text).strip()
    today = today or dt.date.today()
    m = _ISO_RE.match(s)
    if m:
        y, mo, d = (int(g) for g in m.groups())
    else:
        m = _TYPED_RE.match(s) or _DIGITS_RE.match(s)
        if not m:
            raise ValueError(f"Không hiểu ngày “{s}”: {TYPED_HINT}.")
        d, mo, y = int(m.group(1)), int(m.group(2)), _year(m.group(3), today)
    if not 1 <= mo <= 12:
        raise ValueError(f"Không có tháng {mo}: tháng từ 1 đến 12.")
    if not 1900 <= y <= 9999:
        raise ValueError(f"Năm {y} không hợp lệ: {TYPED_HINT}.")
    last = days_in_month(y, mo)
    if not 1 <= d <= last:
        raise ValueError(f"Không có ngày {d:02d}/{mo:02d}/{y}: tháng {mo} năm {y} chỉ có {last} ngày.")
    return dt.date(y, mo, d)


def days_in_month(year: int, month: int) -> int:
    following = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (following - dt.timedelta(days=1)).day


def shift_year(value: dt.date | None, years: int = 1) -> dt.date | None:
    """The same day ``years`` later; 29/02 becomes 28/02 in a common year."""
    if value is None:
        return None
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return value.replace(year=value.year + years, day=28)


def fmt_int(value: int | float | None) -> str:
    """1.234.567 (dot as thousands separator)."""
    if value is None:
        return ""
    return f"{int(round(value)):,}".replace(",", ".")


def fmt_decimal(value: float | None, places: int = 1) -> str:
    """12,5 (comma as decimal separator), trailing ",0" dropped."""
    if value is None:
        return ""
    text = f"{value:,.{places}f}"
    text = text.replace(",", "\x00").replace(".", ",").replace("\x00", ".")
    if "," in text:
        text = text.rstrip("0").rstrip(",")
    return text


def fmt_percent(value: float | None, places: int = 1) -> str:
    """ "12,5 %"."""
    if value is None:
        return ""
    return f"{fmt_decimal(value, places)} %"


def days_left(deadline: dt.date | None, today: dt.date | None = None) -> int | None:
    if deadline is None:
        return None
    return (deadline - (today or dt.date.today())).days
