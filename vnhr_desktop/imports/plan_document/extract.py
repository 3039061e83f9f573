"""Reading every field of a received document out of its text.

:func:`extract` takes the tidied text (see :mod:`.reader`) and returns a
:class:`~vnhr_desktop.domain.plan_document.PlanDocument` whose fields keep the
span of text they came from. Nothing here touches the database.
"""

from __future__ import annotations

import re
from pathlib import Path

from vnhr_desktop.domain.plan_document import FoundText, PlanDocument, Span
from vnhr_desktop.domain.slogan_text import quoted_slogans
from vnhr_desktop.domain.text import normalise_for_duplicates
from vnhr_desktop.imports.plan_document import body, closing, tasks
from vnhr_desktop.imports.plan_document.header import read_head
from vnhr_desktop.imports.plan_document.reader import DocumentText, read_document, read_pasted

_CLOSE_MARK = re.compile(r"\./\.|Nơi\s+nhận", re.I)


def slogans(text: str) -> list[FoundText]:
    out, seen = [], set()
    for start, end, slogan, whole_line in quoted_slogans(text):
        key = normalise_for_duplicates(slogan)
        if whole_line and key not in seen:
            seen.add(key)
            out.append(FoundText(slogan, Span(start, end)))
    return out


def extract(text: str, legacy_encoding: str = "") -> PlanDocument:
    """Every field found in ``text`` (tidied document text)."""
    head = read_head(text)
    found = {
        name: getattr(head, name)
        for name in ("kind", "number", "symbol", "issued_on", "issuer", "issuer_parent", "title")
    }
    if found["number"] is None:
        for name, value in body.news_document(text).items():
            if found.get(name) is None:
                found[name] = value
    if found["issuer"] is None:
        found["issuer"] = body.opening_issuer(text, head.end)
    own = (found["number"].value, found["symbol"].value) if found["number"] and found["symbol"] else (None, None)
    display_start, display_end = body.display_window(text)
    deadline, report_to = body.report_deadline(text)
    marks = list(_CLOSE_MARK.finditer(text, head.end))
    foot = min((m.start() for m in marks[-2:]), default=len(text))
    recipients, used = closing.recipients(text, foot)
    authority, signer_title, signer_name = closing.signer(text, foot, used) if marks else (None, None, None)
    return PlanDocument(
        text=text,
        references=tuple(body.references(text, own)),
        anniversary=body.anniversary(text),
        display_start=display_start,
        display_end=display_end,
        report_deadline=deadline,
        report_to=report_to,
        slogans=tuple(slogans(text)),
        tasks=tuple(tasks.tasks(text)),
        targets=tuple(body.targets(text)),
        signer_authority=authority,
        signer_title=signer_title,
        signer_name=signer_name,
        recipients=tuple(recipients),
        legacy_encoding=legacy_encoding,
        **found,
    )


def extract_document(document: DocumentText) -> PlanDocument:
    return extract(document.text, document.legacy_encoding)


def extract_file(path: Path | str) -> PlanDocument:
    """Read and extract a .docx, .pdf or .txt file (ImportRejected when unreadable)."""
    return extract_document(read_document(path))


def extract_pasted(raw: str) -> PlanDocument:
    return extract_document(read_pasted(raw))
