"""The tasks of the TỔ CHỨC THỰC HIỆN section: its numbered (or lettered) items
that start with an agency's name, each with the agency, what it is to do and
any deadline."""

from __future__ import annotations

import re

from vnhr_desktop.domain.plan_document import FoundTask, Span
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.imports.plan_document import patterns as P

_SECTION = re.compile(r"^[ *#]*(?:[IVX]+\s*[.:)]?\s*|\d\s*[.:)]\s*)?[ *]*(?i:tổ\s+chức\s+thực\s+hiện)[ *:.]*$", re.M)
_NEXT_SECTION = re.compile(r"^[ *#]*[IVX]+\s*[.:)]\s+\S", re.M)
_ITEM = re.compile(r"^[ *]*(?:(\d{1,2})\s*[.)]|(?P<letter>[a-zđ])\))\s+", re.M)
_TASK_DUE = re.compile(
    rf"(?i:trước|chậm\s+nhất|xong\s+trước|hoàn\s+thành\s+trước|hạn)\s+(?:(?i:đến)\s+)?(?:(?i:hết)\s+)?"
    rf"{P.date_pattern('t')}"
)


def _task(text: str, start: int, end: int) -> FoundTask | None:
    item = text[start:end]
    lead = re.match(r"(?:\*+\s*)?(?:Đề\s+nghị\s+)?", item)
    body_start = lead.end()
    body = item[body_start:]
    if not P.ORG_START_TEXT.match(body):
        return None
    first_line = body.split("\n", 1)[0]
    heading = "\n" in body and not P.TASK_VERB.search(first_line) and re.match(r"\s*[-+•]", body.split("\n", 1)[1])
    if heading:
        agency_end, content_start = len(first_line), len(first_line) + 1
    else:
        cut = [len(body)]
        verb = P.TASK_VERB.search(body)
        if verb:
            cut.append(verb.start())
        for mark in (":", " (", " - ", " – "):
            at = body.find(mark)
            if at > 0:
                cut.append(at)
        agency_end = min(cut)
        if agency_end > 160 or agency_end == len(body):
            return None
        content_start = agency_end
        if body[agency_end:].startswith(" ("):
            close = body.find(")", agency_end)
            content_start = close + 1 if close > 0 else agency_end
    agency = clean_line(body[:agency_end]).rstrip(" :,*")
    if heading:  # "3. Công an tỉnh" with its duties listed under it, one a line
        rest = body[content_start:].replace("*", "").split("\n")
        content = "\n".join(clean_line(line) for line in rest if line.strip())
    else:
        content = clean_line(body[content_start:].replace("*", "")).lstrip(" :,-–")
        content = content[:1].upper() + content[1:]
    due_match = _TASK_DUE.search(body)
    due = P.date_of(due_match, "t") if due_match else None
    return FoundTask(agency, content, due, Span(start + body_start, end))


def tasks(text: str) -> list[FoundTask]:
    section = None
    for m in _SECTION.finditer(text):
        section = m
    if section is None:
        return []
    start = section.end()
    ends = [len(text)]
    nxt = _NEXT_SECTION.search(text, start)
    if nxt:
        ends.append(nxt.start())
    closing = P.CLOSING_PARAGRAPH.search(text, start)
    if closing:
        ends.append(closing.start())
    end = min(ends)
    # Lettered items ("a) Sở Tư pháp ...") are tasks of their own when they name an
    # agency; otherwise they are part of the item above them.
    items = [
        m
        for m in _ITEM.finditer(text, start, end)
        if not m.group("letter") or P.ORG_START_TEXT.match(re.sub(r"^Đề\s+nghị\s+", "", text[m.end() : m.end() + 80]))
    ]
    out = []
    for i, m in enumerate(items):
        item_end = items[i + 1].start() if i + 1 < len(items) else end
        while item_end > m.end() and text[item_end - 1].isspace():
            item_end -= 1
        task = _task(text, m.end(), item_end)
        if task is not None:
            out.append(task)
    return out
