"""Moving the wording of a yearly campaign one year on (copy to next year).

Two rewrites, done in one pass so no piece of text is moved twice:

* the anniversary of Human Rights Day: "76 năm Ngày Nhân quyền thế giới",
  "kỷ niệm lần thứ 76 Ngày Quốc tế Nhân quyền", and the span
  "(10/12/1948 - 10/12/2024)" (any dash, with or without spaces) get the
  ordinal and the closing year of the new year;
* dates and years of the campaign itself: "ngày 20 tháng 11 năm 2024",
  "20/11/2024", "tháng 12/2024", "năm 2024" move on when their year is one
  of ``years`` (the campaign's own years), so "Hiến pháp năm 2013" or the
  founding date 10/12/1948 stay as they are.

    >>> roll_text("kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)")
    'kỷ niệm 77 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2025)'
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from vnhr_desktop.domain.dates import HUMAN_RIGHTS_DAY, date_words

_DAY_NAME = r"(?:Ngày\s+(?:Quốc\s+tế\s+)?Nhân\s+quyền(?:\s+(?:thế\s+giới|Quốc\s+tế))?)"
_DASH = r"\s*[-‐‑–—]\s*"

_PATTERN = re.compile(
    # (10/12/1948 - 10/12/2024): the anniversary span
    rf"(?P<span>10/12/1948{_DASH}10/12/)(?P<span_year>\d{{4}})"
    # 76 năm Ngày Nhân quyền thế giới / lần thứ 76 Ngày Quốc tế Nhân quyền
    rf"|(?P<ord>\b\d{{1,3}})(?P<ord_tail>\s+năm\s+{_DAY_NAME})"
    rf"|(?P<nth_head>lần\s+thứ\s+)(?P<nth>\d{{1,3}})(?P<nth_tail>\s+(?:của\s+)?{_DAY_NAME})"
    # ngày 20 tháng 11 năm 2024
    r"|(?P<words>ngày\s+(?P<w_day>\d{1,2})\s+tháng\s+(?P<w_month>\d{1,2})\s+năm\s+(?P<w_year>\d{4}))"
    # 20/11/2024 (also with dots or dashes)
    r"|(?P<num>\b(?P<n_day>\d{1,2})(?P<sep>[/.\-])(?P<n_month>\d{1,2})(?P=sep)(?P<n_year>\d{4})\b)"
    # tháng 12/2024, tháng 12 năm 2024
    r"|(?P<month_head>tháng\s+\d{1,2}(?:/|\s+năm\s+))(?P<m_year>\d{4})\b"
    # năm 2024
    r"|(?P<year_head>\bnăm\s+)(?P<y_year>\d{4})\b",
    re.IGNORECASE,
)


def _shift(day: int, month: int, year: int, years: int) -> dt.date | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    try:
        return value.replace(year=year + years)
    except ValueError:  # 29/02 into a common year
        return value.replace(year=year + years, day=28)


def roll_text(text: str | None, years: int = 1, campaign_years: Iterable[int] | None = None) -> str:
    """``text`` with the anniversary wording and the campaign's dates moved ``years`` on.

    ``campaign_years``: the years whose dates move ("ngày 20 tháng 11 năm 2024",
    "năm 2024"); ``None`` moves only the anniversary wording.
    """
    if not text:
        return text or ""
    moving = set(campaign_years or ())

    def replace(m: re.Match[str]) -> str:
        if m.group("span"):
            return f"{m.group('span')}{int(m.group('span_year')) + years}"
        if m.group("ord"):
            return f"{int(m.group('ord')) + years}{m.group('ord_tail')}"
        if m.group("nth"):
            return f"{m.group('nth_head')}{int(m.group('nth')) + years}{m.group('nth_tail')}"
        if m.group("words"):
            year = int(m.group("w_year"))
            moved = _shift(int(m.group("w_day")), int(m.group("w_month")), year, years)
            if year not in moving or moved is None:
                return m.group(0)
            words = date_words(moved)
            return words[:1].upper() + words[1:] if m.group(0)[:1].isupper() else words
        if m.group("num"):
            day, month, year = int(m.group("n_day")), int(m.group("n_month")), int(m.group("n_year"))
            moved = _shift(day, month, year, years)
            if year not in moving or moved is None or dt.date(year, month, day) == HUMAN_RIGHTS_DAY:
                return m.group(0)
            sep = m.group("sep")
            width_day = len(m.group("n_day"))
            width_month = len(m.group("n_month"))
            return f"{moved.day:0{width_day}d}{sep}{moved.month:0{width_month}d}{sep}{moved.year}"
        if m.group("month_head"):
            year = int(m.group("m_year"))
            return f"{m.group('month_head')}{year + years if year in moving else year}"
        year = int(m.group("y_year"))
        return f"{m.group('year_head')}{year + years if year in moving else year}"

    return _PATTERN.sub(replace, text)


def roll_anniversary(text: str | None, years: int = 1) -> str:
    """Only the anniversary wording: "76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)"
    -> "77 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2025)"."""
    return roll_text(text, years, None)
