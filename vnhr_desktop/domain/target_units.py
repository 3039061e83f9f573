"""The unit of a target: "%" or a free unit the officer types next to the
number ("băng rôn", "cuộc", "lượt người", "tin, bài").

A target stores ``unit`` ("percent" or "count") and, for a count,
``unit_label``; printouts and figures carry one ``shown unit``: "percent", the
free label, or "count" when there is none."""

from __future__ import annotations

from vnhr_desktop.domain.dates import fmt_decimal
from vnhr_desktop.domain.text import clean_line

PERCENT = "percent"
COUNT = "count"
COMMON_UNITS = ("băng rôn", "cuộc", "lượt người", "tin, bài", "người", "buổi", "tờ rơi", "lớp")


def shown_unit(unit: str, unit_label: str = "") -> str:
    """ "percent" for a percentage, else the free label, else "count"."""
    if unit == PERCENT:
        return PERCENT
    return clean_line(unit_label) or COUNT


def unit_text(unit: str) -> str:
    """The word printed after a number: "%", "băng rôn", or "" for a bare count."""
    if unit == PERCENT:
        return "%"
    if unit in (COUNT, ""):
        return ""
    return clean_line(unit)


def unit_column(unit: str) -> str:
    """What a "Đơn vị tính" column says: "%", "băng rôn", or "số lượng"."""
    return unit_text(unit) or "số lượng"


def value_with_unit(value: float | None, unit: str, places: int = 1) -> str:
    """ "85 %", "120 băng rôn", "6"; "" for no value."""
    if value is None:
        return ""
    text = fmt_decimal(value, places)
    word = unit_text(unit)
    return f"{text} {word}" if word else text
