"""The body of a document: referenced documents, the anniversary, the display
window, the report deadline and its recipient, numeric targets, the issuer
named in the opening sentence, and the document a news page announces."""

from __future__ import annotations

import re

from vnhr_desktop.domain.plan_document import DocumentRef, Found, FoundTarget, Span
from vnhr_desktop.domain.text import clean_line, fold
from vnhr_desktop.imports.plan_document import patterns as P

_REFERENCE = re.compile(
    rf"(?P<kind>{P.KIND_WORDS})\s+(?:(?i:số)\s*:?\s*)?{P.NUMBER_SYMBOL}"
    rf"(?:\s*,?\s*(?:(?i:ban\s+hành)\s+)?{P.date_pattern('r')})?"
)
_ISSUER_STOP = re.compile(
    r"[,;.()\n\[\]“”\"*]|\s(?:về|và)\s(?=[" + P.LOWER + r"])|\s(?:phù\s+hợp|nhằm|để|theo|trong|đã|đến|tại|thì|cho|với|"
    r"gồm|xây\s+dựng|ban\s+hành|triển\s+khai|hướng\s+dẫn|thực\s+hiện|báo\s+cáo|như\s+sau|kèm\s+theo)\b"
)


def _ref_issuer(text: str, pos: int) -> tuple[str, int, int]:
    """The issuer named after a reference ("của Trưởng Ban ..."), with its span."""
    rest = text[pos : pos + 200]
    m = re.match(r"\s*,?\s*(?:(?i:của)\s+)?", rest)
    start = m.end()
    if start >= len(rest) or not rest[start].isupper():
        return "", pos, pos
    stop = _ISSUER_STOP.search(rest, start)
    end = stop.start() if stop else len(rest)
    name = clean_line(rest[start:end])
    return name, pos + start, pos + start + len(rest[start:end].rstrip())


def references(text: str, own: tuple[int | None, str | None] = (None, None)) -> list[DocumentRef]:
    out: list[DocumentRef] = []
    seen: set[tuple[int, str]] = set()
    for m in _REFERENCE.finditer(text):
        number = int(m.group("num"))
        sym = re.sub(r"\s+", "", m.group("sym"))
        if m.group("sep") == "-":
            sym = "-" + sym
        key = (number, sym)
        if key in seen or key == own:
            continue
        seen.add(key)
        issued = P.date_of(m, "r")
        issuer, _s, issuer_end = _ref_issuer(text, m.end())
        kind = P.REFERENCE_KIND_BY_FOLD.get(fold(m.group("kind")), clean_line(m.group("kind")))
        end = issuer_end if issuer else m.end()
        out.append(DocumentRef(kind, number, sym, issued, issuer, Span(m.start(), end)))
    return out


_ANNIVERSARY = re.compile(
    r"(?P<n>\d{1,3})\s+năm\s+(?P<name>[^()\n]{3,80}?)\s*\(\s*(?P<d1>\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<y1>\d{4}))"
    r"\s*[-–—]\s*(?P<d2>\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?P<y2>\d{4}))\s*\)"
)


def anniversary(text: str) -> Found | None:
    for m in _ANNIVERSARY.finditer(text):
        if int(m.group("y2")) - int(m.group("y1")) == int(m.group("n")):
            d1, d2 = (re.sub(r"\s+", "", m.group(g)) for g in ("d1", "d2"))
            value = f"{m.group('n')} năm {clean_line(m.group('name'))} ({d1} - {d2})"
            return Found(value, Span(m.start(), m.end()))
    return None


_WINDOW = re.compile(
    rf"(?i:từ)\s+{P.date_pattern('s', year_required=False)}\s*(?:[-–—]|(?i:đến|tới))\s*(?:(?i:hết)\s+)?"
    rf"{P.date_pattern('e')}"
)


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n\n", 0, pos)
    start = 0 if start < 0 else start
    end = text.find("\n\n", pos)
    return start, len(text) if end < 0 else end


def display_window(text: str) -> tuple[Found | None, Found | None]:
    for m in _WINDOW.finditer(text):
        start, _end = _paragraph(text, m.start())
        context = text[max(start, m.start() - 400) : m.end() + 120]
        if not P.DISPLAY_WORDS.search(context):
            continue
        end_date = P.date_of(m, "e")
        start_date = P.date_of(m, "s", end_date.year if end_date else None)
        if start_date and end_date:
            return Found(start_date, Span(*P.date_span(m, "s"))), Found(end_date, Span(*P.date_span(m, "e")))
    return None, None


_DEADLINE = re.compile(
    rf"(?i:chậm\s+nhất|trước|hạn\s+chót|không\s+quá)\s+(?:(?i:là|vào)\s+)?(?:(?i:đến)\s+)?(?:(?i:hết)\s+)?"
    rf"{P.date_pattern('d')}"
)


def _sentence(text: str, pos: int) -> int:
    """Where the sentence holding ``pos`` begins."""
    best = 0
    for m in re.finditer(r"(?:[.;:!?]\s|\n\s*\n|\n(?=\d{1,2}\.\s))", text[max(0, pos - 800) : pos]):
        best = max(0, pos - 800) + m.end()
    return best


def report_deadline(text: str) -> tuple[Found | None, Found | None]:
    for m in _DEADLINE.finditer(text):
        begin = _sentence(text, m.start())
        before = text[begin : m.start()]
        if not re.search(r"(?i:báo\s+cáo)", before + text[m.end() : m.end() + 80]):
            continue
        value = P.date_of(m, "d")
        if value is None:
            continue
        deadline = Found(value, Span(*P.date_span(m, "d")))
        to = None
        send = re.search(
            r"(?i:gửi|báo\s+cáo)(?:\s+(?i:báo\s+cáo|kết\s+quả|văn\s+bản))*\s+(?i:về|đến|cho|lên)\s+", before
        )
        if send:
            raw = before[send.end() :]
            name = clean_line(raw.replace("*", "")).rstrip(" ,(")
            if 3 <= len(name) <= 200:
                offset = begin + send.end()
                to = Found(name, Span(offset, offset + len(raw.rstrip(" *,("))))
        return deadline, to
    return None, None


_TARGET = re.compile(
    r"(?<![\d,./])(?P<value>\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*(?P<text>[^\W\d_](?:[^;.\n]|\n(?!\s*\n))*?)"
    r"(?=\s*(?:[;.]|\n\s*\n|,\s*\d{1,3}(?:[.,]\d{1,2})?\s*%|$))"
)


def targets(text: str) -> list[FoundTarget]:
    out = []
    for m in _TARGET.finditer(text):
        phrase = clean_line(m.group("text"))
        if re.match(r"(?i:so\s+với|trở\s+lên|trở\s+xuống)", phrase) or re.search(
            r"(?i:tăng|giảm)\s*$", text[max(0, m.start() - 12) : m.start()]
        ):
            continue
        value = float(m.group("value").replace(",", "."))
        if not 0 < value <= 100:
            continue
        if len(phrase) > 300:
            phrase = phrase[:300].rsplit(" ", 1)[0] + " …"
        out.append(
            FoundTarget(phrase, int(value) if value.is_integer() else value, "percent", Span(m.start(), m.end()))
        )
    return out


_OPENING_WHO = re.compile(
    r"[,)]\s*(?P<who>["
    + P.UPPER
    + r"][^,;.\n()]{4,120}?)\s+(?:xây\s+dựng|ban\s+hành|triển\s+khai)\s+(?:"
    + P.KIND_WORDS
    + ")"
)
_NEWS = re.compile(
    rf"(?P<who>[{P.UPPER}][^,;.\n]{{2,80}}?)\s+(?:đã\s+)?(?:ban\s+hành|có|gửi)\s+(?P<kind>{P.KIND_WORDS})\s+(?i:số)\s*{P.NUMBER_SYMBOL}"
)


def opening_issuer(text: str, start: int) -> Found | None:
    """Who "xây dựng Kế hoạch" in the opening sentence ("..., Ban Chỉ đạo ... xây dựng Kế hoạch")."""
    m = _OPENING_WHO.search(text, start, min(len(text), start + 3000))
    if m:
        return Found(clean_line(m.group("who")), Span(m.start("who"), m.end("who")))
    return None


def news_document(text: str) -> dict[str, Found]:
    """The document a news article reports ("Ngày 18/01/2023, UBND tỉnh ban hành
    Kế hoạch số 155/KH-UBND về ...")."""
    m = _NEWS.search(text)
    if not m:
        return {}
    out: dict[str, Found] = {}
    who = m.group("who")
    who_start = m.start("who")
    dated = re.match(rf"\s*{P.date_pattern('n')}\s*,\s*", who)
    if dated:
        value = P.date_of(dated, "n")
        if value:
            s, e = P.date_span(dated, "n")
            out["issued_on"] = Found(value, Span(who_start + s, who_start + e))
        who_start += dated.end()
        who = who[dated.end() :]
    else:
        before = re.search(rf"{P.date_pattern('n')}\s*,?\s*$", text[max(0, m.start() - 40) : m.start()])
        if before:
            value = P.date_of(before, "n")
            base = max(0, m.start() - 40)
            if value:
                s, e = P.date_span(before, "n")
                out["issued_on"] = Found(value, Span(base + s, base + e))
    out["issuer"] = Found(clean_line(who), Span(who_start, m.end("who")))
    kind = P.REFERENCE_KIND_BY_FOLD.get(fold(m.group("kind")), clean_line(m.group("kind")))
    out["kind"] = Found("Công văn" if kind == "Văn bản" else kind, Span(m.start("kind"), m.end("kind")))
    out["number"] = Found(int(m.group("num")), Span(m.start("num"), m.end("num")))
    out["symbol"] = Found(re.sub(r"\s+", "", m.group("sym")), Span(m.start("sym"), m.end("sym")))
    rest = text[m.end() : m.end() + 600]
    sentence_end = re.search(r"\.(?:\s|$)|\n\s*\n", rest)
    rest = rest[: sentence_end.start() if sentence_end else len(rest)]
    about = re.match(r"\s+(?i:về)\s+(?:(?i:việc)\s+)?", rest) or re.search(r"\s(?i:về\s+việc)\s+", rest)
    if about and about.end() < len(rest):
        title = rest[about.end() :].rstrip()
        t_start = m.end() + about.end()
        out["title"] = Found(clean_line(title[:1].upper() + title[1:]), Span(t_start, t_start + len(title)))
    return out
