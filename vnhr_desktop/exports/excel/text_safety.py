"""User text in a workbook stays text (reliability §8).

openpyxl turns a string that starts with "=" into a formula and a string such
as "#N/A" into an error value. A value that starts with = + - @, a tab or a
line break, or that spells an Excel error, is wrapped so openpyxl writes it as
an inline string, and :func:`set_text` also marks the cell "quote prefix" so
Excel keeps it as text when the user edits it.

Two normalisations are unavoidable and deliberate: characters XML cannot carry
(control characters other than tab and line feed) are dropped, and a carriage
return becomes a line feed (XML readers, Excel included, turn CR into LF; LF
is Excel's line break inside a cell).
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.rich_text import CellRichText

RISKY_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
EXCEL_ERRORS = frozenset({"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"})
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def needs_text_guard(value: Any) -> bool:
    """True for a string Excel or openpyxl could read as something other than text."""
    return isinstance(value, str) and (value.startswith(RISKY_PREFIXES) or value.strip() in EXCEL_ERRORS)


def _normalise(text: str) -> str:
    return _ILLEGAL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def safe_cell_value(value: Any) -> Any:
    """The value to put in a cell (``cell.value = ...`` or ``ws.append``).

    Non-strings pass through unchanged. Strings come back as ``str``, except
    the risky ones, which come back as a one-run ``CellRichText`` that openpyxl
    writes as text (``str()`` of it is the text, e.g. for column widths).
    """
    if not isinstance(value, str):
        return value
    text = _normalise(value)
    if needs_text_guard(value) or needs_text_guard(text):
        return CellRichText([text])
    return text


def set_text(cell: Any, value: Any) -> None:
    """Assign ``value`` to an openpyxl cell; risky text is also quote-prefixed."""
    cell.value = safe_cell_value(value)
    if needs_text_guard(value):
        cell.quotePrefix = True
