"""The foot of a document: the Nơi nhận list and the signature block (authority,
title lines, the signer's name). The two sit side by side on paper; the reader
gives one column after the other, in either order."""

from __future__ import annotations

import re

from vnhr_desktop.domain.plan_document import Found, FoundText, Span
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.imports.plan_document import patterns as P
from vnhr_desktop.imports.plan_document.header import Line, lines_of, upper_ratio

_RECIPIENTS = re.compile(r"^[ *_]*Nơi\s+nhận[ *_]*:?[ *_]*", re.M | re.I)
_BULLET = re.compile(r"^\s*[-+•–]\s*")
_NOISE = re.compile(
    r"(?i:\(?\s*đã\s+ký\s*\)?|\[\s*daky\s*\]|ký\s+bởi|ngày\s+ký|thời\s+gian\s+ký|email|cơ\s+quan\s*:|\bsigned\b)"
)
_NAME = re.compile(rf"^(?:[{P.UPPER}][{P.LOWER}]*)(?:\s+[{P.UPPER}][{P.LOWER}]*){{1,5}}$")
_AUTHORITY = re.compile(r"^(?:TM|KT|TL|TUQ|Q|THỪA LỆNH|THỪA ỦY QUYỀN)\b\.?", re.I)


def _item(line: Line) -> FoundText:
    m = _BULLET.match(line.text)
    skip = m.end() if m else len(line.text) - len(line.text.lstrip())
    start = line.start + skip
    text = line.text[skip:].rstrip()
    value = clean_line(text.replace("*", "")).rstrip(" ;,.")
    return FoundText(value, Span(start, start + len(text)))


def recipients(text: str, start: int) -> tuple[list[FoundText], set[int]]:
    """The Nơi nhận list after ``start`` and the offsets of the lines it used."""
    heading = None
    for m in _RECIPIENTS.finditer(text, start):
        heading = m
    if heading is None:
        return [], set()
    used = {text.rfind("\n", 0, heading.start()) + 1}
    items: list[FoundText] = []
    line_end = text.find("\n", heading.end())
    line_end = len(text) if line_end < 0 else line_end
    if text[heading.end() : line_end].strip():
        items.append(_item(Line(heading.end(), line_end, text[heading.end() : line_end])))
    for line in lines_of(text, min(line_end + 1, len(text))):
        if not line.text.strip():
            continue
        if _BULLET.match(line.text):
            items.append(_item(line))
        elif items and line.text.strip()[:1].islower() and not items[-1].text.endswith(";"):
            last = items[-1]
            joined = clean_line(f"{last.text} {line.text.replace('*', '')}").rstrip(" ;,.")
            items[-1] = FoundText(joined, Span(last.span.start, line.end))
        else:
            break
        used.add(line.start)
    return items, used


def _is_name(line: str) -> bool:
    text = clean_line(line.replace("*", ""))
    return bool(_NAME.match(text)) and upper_ratio(text) < 0.6 and not _NOISE.search(text)


def signer(text: str, start: int, skip: set[int]) -> tuple[Found | None, Found | None, Found | None]:
    """(authority, title, name) of the signature block after ``start``."""
    lines = [line for line in lines_of(text, start) if line.start not in skip]
    name_at = None
    for i in range(len(lines) - 1, -1, -1):
        if _is_name(lines[i].text):
            name_at = i
            break
    if name_at is None:
        return None, None, None
    name_line = lines[name_at]
    bare = name_line.text.replace("*", "").strip()
    offset = name_line.start + name_line.text.find(bare)
    name = Found(clean_line(bare), Span(offset, offset + len(bare)))
    titles: list[Line] = []
    for line in reversed(lines[:name_at]):
        stripped = line.text.replace("*", "").strip()
        if not stripped or _NOISE.search(stripped):
            continue
        if _BULLET.match(line.text) or upper_ratio(stripped) < 0.8 or len(stripped) > 80:
            break
        titles.insert(0, line)
    authority = None
    if not titles:
        return None, None, None
    if _AUTHORITY.match(titles[0].text.replace("*", "").strip()):
        first = titles.pop(0)
        authority = Found(clean_line(first.text.replace("*", "")), Span(first.start, first.end))
    title = None
    if titles:
        value = "\n".join(clean_line(t.text.replace("*", "")).rstrip(" ,") for t in titles)
        title = Found(value, Span(titles[0].start, titles[-1].end))
    return authority, title, name
