"""How a run of results is said, the same in the draft report and in its annex:
"từ ngày 01/12 đến ngày 15/12/2024, đăng 12 tin"."""

from __future__ import annotations

import datetime as dt

from vnhr_desktop.domain.dates import fmt_date, fmt_int
from vnhr_desktop.domain.enums import vi_label

TEXT_NOUNS = {"news": "tin", "article": "bài viết", "reportage": "phóng sự"}


def count(n: int | float) -> str:
    """12 -> "12", 1 -> "01", 2000 -> "2.000"."""
    n = int(round(n))
    return f"{n:02d}" if 0 <= n < 10 else fmt_int(n)


def span(first: dt.date | None, last: dt.date | None) -> str:
    """ "từ ngày 01/12 đến ngày 15/12/2024" (the year once when both days share it),
    "từ ngày 20/12/2024 đến ngày 05/01/2025", "ngày 03/12/2024" or ""."""
    if first and last and first != last:
        start = first.strftime("%d/%m") if first.year == last.year else fmt_date(first)
        return f"từ ngày {start} đến ngày {fmt_date(last)}"
    day = first or last
    return f"ngày {fmt_date(day)}" if day else ""


def media_line_text(kind: str, first: dt.date | None, last: dt.date | None, quantity: int) -> str:
    """One line of results: "từ ngày 01/12 đến ngày 15/12/2024, đăng 12 tin"."""
    noun = TEXT_NOUNS.get(kind) or vi_label(kind).lower()
    verb = "phát sóng" if kind == "broadcast" else "phát hành" if kind == "leaflet" else "đăng"
    when_text = span(first, last)
    said = f"{verb} {count(quantity)} {noun}"
    return f"{when_text}, {said}" if when_text else said
