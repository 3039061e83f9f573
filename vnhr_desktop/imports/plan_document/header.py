"""The head of a document (NĐ30): the issuing body with its parent line, the
"Số:" line, the place and date line, the kind line and the title under it.

The reader may give the two header columns one after the other (Word tables,
pypdfium2) or merged line by line (text copied from a viewer); the national
motto and the number and date are cut out of each line, so both read the same.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vnhr_desktop.domain.plan_document import Found, Span
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.imports.plan_document import patterns as P

_TITLE_STOP = re.compile(
    r"^\s*\**\s*(?:Căn\s+cứ|Thực\s+hiện|Kính\s+gửi|Để\s|Nhằm\s|Trên\s+cơ\s+sở|Theo\s|Phần\s|[IVX]+\s*[.:]\s|\d{1,2}\s*[.)]\s)"
)
_MAX_HEAD_LINES = 25


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def lines_of(text: str, start: int = 0, end: int | None = None) -> list[Line]:
    end = len(text) if end is None else end
    out, pos = [], start
    while pos <= end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        out.append(Line(pos, stop, text[pos:stop]))
        pos = stop + 1
    return out


def _bare(line: str) -> str:
    return clean_line(line.replace("*", "").replace("#", "").replace("_", " "))


def find_kind_line(text: str) -> tuple[Line, str] | None:
    """The kind line ("KẾ HOẠCH") near the top of the document."""
    for line in lines_of(text)[: _MAX_HEAD_LINES * 2]:
        bare = _bare(line.text)
        if bare in P.DOCUMENT_KINDS:
            return line, P.DOCUMENT_KINDS[bare]
    return None


def upper_ratio(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(ch.isupper() for ch in letters) / len(letters) if letters else 0.0


def nice_case(upper: str) -> str:
    """ "BAN CHỈ ĐẠO VỀ NHÂN QUYỀN TỈNH TRÀ VINH" -> "Ban chỉ đạo về nhân quyền tỉnh Trà Vinh"."""
    tokens = upper.split()
    out: list[str] = []
    proper = False  # after "tỉnh", "huyện", ...: a place name
    i = 0
    while i < len(tokens):
        pair = " ".join(tokens[i : i + 2]).lower()
        if not proper and (pair in P.GEO_WORDS or tokens[i].lower() in P.GEO_WORDS):
            size = 2 if pair in P.GEO_WORDS else 1
            out += [t.lower() for t in tokens[i : i + size]]
            proper, i = True, i + size
            continue
        word = tokens[i]
        if word in P.ACRONYMS:
            out.append(word)
        elif proper or i == 0:
            out.append(word.lower().capitalize())
        else:
            out.append(word.lower())
        i += 1
    return " ".join(out)


def body_casing(text: str, upper: str) -> str | None:
    """How the body of the document writes ``upper`` (found ignoring case)."""
    pattern = r"\s+".join(re.escape(w) for w in upper.split())
    m = re.search(pattern, text, re.IGNORECASE)
    if m and upper_ratio(m.group(0)) < 0.9:
        return clean_line(m.group(0))
    return None


@dataclass(frozen=True)
class Head:
    end: int  # where the head zone ends (the kind line, or the body)
    kind: Found | None = None
    number: Found | None = None
    symbol: Found | None = None
    issued_on: Found | None = None
    issuer: Found | None = None
    issuer_parent: Found | None = None
    title: Found | None = None


def _strip_parts(line: Line) -> Line | None:
    """The left-column part of a header line (motto, number and date cut out)."""
    text = line.text
    cut = len(text)
    for pattern in (P.MOTTO, P.NUMBER_LINE, P.PLACE_DATE):
        m = pattern.search(text)
        if m:
            cut = min(cut, m.start())
    if cut == 0:
        return None
    part = text[:cut].rstrip()
    stripped = part.strip(" *_-–")
    if not stripped or P.SEPARATOR.match(part) or upper_ratio(stripped) < 0.7:
        return None
    offset = part.find(stripped)
    return Line(line.start + offset, line.start + offset + len(stripped), stripped)


def _issuer(text: str, head_lines: list[Line]) -> tuple[Found | None, Found | None]:
    columns = [p for p in (_strip_parts(line) for line in head_lines) if p is not None]
    if not columns:
        return None, None
    units: list[list[Line]] = []
    for line in columns:
        if not units or P.ORG_START_UPPER.match(line.text):
            units.append([line])
        else:
            units[-1].append(line)
    body = units[-1]
    name_upper = " ".join(line.text for line in body)
    span = Span(body[0].start, body[-1].end)
    parent = None
    if len(units) > 1:
        parent_lines = [line for unit in units[:-1] for line in unit]
        parent_text = " ".join(line.text for line in parent_lines)
        parent = Found(parent_text, Span(parent_lines[0].start, parent_lines[-1].end))
        place = re.search(r"\b(?:TỈNH|HUYỆN|XÃ|THÀNH PHỐ|THỊ XÃ|QUẬN|PHƯỜNG|THỊ TRẤN)\b.*$", parent_text)
        if place and not re.search(r"\b(?:TỈNH|HUYỆN|XÃ|THÀNH PHỐ|THỊ XÃ|QUẬN|PHƯỜNG|THỊ TRẤN)\b", name_upper):
            longer = body_casing(text[span.end :], f"{name_upper} {place.group(0)}")
            if longer:
                return Found(longer, span), parent
    cased = body_casing(text[span.end :], name_upper) or nice_case(name_upper)
    return Found(cased, span), parent


def _title(text: str, kind_line: Line) -> Found | None:
    taken: list[Line] = []
    for line in lines_of(text, kind_line.end + 1)[:12]:
        bare = _bare(line.text)
        if not bare:
            if taken:
                break
            continue
        if P.SEPARATOR.match(line.text) or _TITLE_STOP.match(line.text) or len(taken) >= 5:
            break
        taken.append(line)
    if not taken:
        return None
    value = _bare(" ".join(line.text for line in taken))
    return Found(value, Span(taken[0].start, taken[-1].end))


def _vv_title(text: str, head_lines: list[Line]) -> Found | None:
    """The trích yếu of a Công văn: "V/v ..." under the number."""
    for i, line in enumerate(head_lines):
        m = re.search(r"V/v\s*:?\s*", line.text)
        if m:
            taken = [Line(line.start + m.end(), line.end, line.text[m.end() :])]
            for nxt in head_lines[i + 1 : i + 4]:
                if not nxt.text.strip() or re.match(r"\s*Kính\s+gửi", nxt.text) or P.MOTTO.search(nxt.text):
                    break
                taken.append(nxt)
            return Found(_bare(" ".join(t.text for t in taken)), Span(taken[0].start, taken[-1].end))
    return None


def read_head(text: str) -> Head:
    kind_found = find_kind_line(text)
    if kind_found:
        kind_line, kind = kind_found
        head_end = kind_line.start
    else:
        kind_line, kind = None, None
        stop = re.search(r"^\s*(?:Kính\s+gửi|Căn\s+cứ|Thực\s+hiện)", text, re.M)
        head_end = stop.start() if stop else min(len(text), 1500)
    head_lines = lines_of(text, 0, head_end)[:_MAX_HEAD_LINES]
    head_text = text[:head_end]
    is_header = bool(P.MOTTO.search(head_text) or P.NUMBER_LINE.search(head_text))
    number = symbol = issued_on = issuer = parent = title = None
    kind_out = Found(kind, Span(kind_line.start, kind_line.end)) if kind_line else None
    if is_header:
        m = P.NUMBER_LINE.search(head_text)
        if m:
            number = Found(int(m.group("num")), Span(m.start("num"), m.end("num")))
            sym = re.sub(r"\s+", "", m.group("sym"))
            if m.group("sep") == "-":  # Party numbering: 36-HD/VPTW
                sym = "-" + sym
            symbol = Found(sym, Span(m.start("sym"), m.end("sym")))
        d = P.PLACE_DATE.search(head_text)
        tag = "h"
        if d is None:  # a date line without the place name
            d, tag = re.search(rf"(?i:ngày)\s*{P.date_pattern('g')}", head_text), "g"
        if d:
            value = P.date_of(d, tag)
            if value:
                issued_on = Found(value, Span(*P.date_span(d, tag)))
        issuer, parent = _issuer(
            text, [line for line in head_lines if line.end <= (m.start() if m else head_end)] or head_lines
        )
        if kind_out is None and symbol is not None:
            code = symbol.value.lstrip("-").split("-")[0].split("/")[0]
            if code in P.SYMBOL_KINDS:
                kind_out = Found(P.SYMBOL_KINDS[code], symbol.span)
        if kind_out is None and re.search(r"V/v", head_text):
            kind_out = Found("Công văn", None)
        if kind_line is None:
            title = _vv_title(text, head_lines)
    if kind_line is not None:
        title = _title(text, kind_line)
    return Head(head_end, kind_out, number, symbol, issued_on, issuer, parent, title)
