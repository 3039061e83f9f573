"""Picking slogans out of pasted text.

Plans list their slogans as quoted lines, often in italics and with list
punctuation around the quotes (seed 004)::

    - *“Bảo đảm quyền con người cho tất cả mọi người”;*

:func:`extract_candidates` finds every quoted passage (curly “...” or straight
"..."), drops Markdown-style italic or bold markers and the list punctuation,
and tells whether the quote stood on a line of its own (a likely slogan) or
sat inside a sentence (probably the title of an event, offered but unticked).
:func:`mark_duplicates` flags candidates already in the library or repeated
in the same paste, comparing :func:`domain.text.normalise_for_duplicates` keys
(NFC, whitespace folded, case and outer punctuation ignored).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from vnhr_desktop.domain.text import clean, clean_line, normalise_for_duplicates

MAX_SLOGAN_LENGTH = 300
MIN_SLOGAN_LENGTH = 3

# A curly quote may run over a line break (text pasted from a PDF); a straight
# one may too, but never past a blank line.
_CURLY = re.compile(rf"“([^“”]{{1,{MAX_SLOGAN_LENGTH * 2}}}?)”")
_STRAIGHT = re.compile(rf'"((?:[^"\n]|\n(?!\s*\n)){{1,{MAX_SLOGAN_LENGTH * 2}}}?)"')
_MARKERS = "*_"
# What may surround a quote on a line of its own: list bullets, numbering,
# italic/bold markers, trailing list punctuation.
_LINE_PREFIX = re.compile(r"^[\s\-–—•+*_>·]*(?:\(?[0-9]{1,2}[.)]|[a-zđ]\))?[\s*_]*$", re.IGNORECASE)
_LINE_SUFFIX = re.compile(r"^[\s*_.;,:!/]*$")
_INNER_TRAILING = re.compile(r"[;,:]+$|(?<![.!?…])\.$")
_BULLET_LINE = re.compile(r"^[\s\-–—•+*_>·]*(?:\(?[0-9]{1,2}[.)]\s+|[a-zđ]\)\s+)?", re.IGNORECASE)


@dataclass(frozen=True)
class SloganCandidate:
    """One slogan found in pasted text.

    ``whole_line``: the quote stood alone on its line (ticked by default).
    ``duplicate``: "" when new, "library" when the library already has it,
    "paste" when an earlier candidate of the same paste has it.
    ``line``: 1-based line of the pasted text where the quote starts.
    """

    text: str
    line: int
    whole_line: bool = True
    duplicate: str = ""

    @property
    def key(self) -> str:
        return normalise_for_duplicates(self.text)

    @property
    def selected_by_default(self) -> bool:
        return self.whole_line and not self.duplicate


def tidy_slogan(text: str) -> str:
    """The slogan as it is stored: NFC, one line, no italic markers, no list
    punctuation inside the quotes; "!" and "..." are part of a slogan and stay."""
    value = clean_line(text)
    previous = None
    while value != previous:
        previous = value
        value = value.strip(_MARKERS + " ")
        value = _INNER_TRAILING.sub("", value).strip()
    return value


def _line_of(text: str, index: int) -> int:
    return text.count("\n", 0, index) + 1


def _stands_alone(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    return bool(_LINE_PREFIX.match(text[line_start:start])) and bool(_LINE_SUFFIX.match(text[end:line_end]))


def _quoted(text: str) -> list[tuple[int, int, str]]:
    """(start, end, inner text) of each quote, curly quotes first; a straight
    quote inside a curly one is not counted again."""
    found = [(m.start(), m.end(), m.group(1)) for m in _CURLY.finditer(text)]
    taken = [(s, e) for s, e, _ in found]
    for m in _STRAIGHT.finditer(text):
        if not any(s <= m.start() < e for s, e in taken):
            found.append((m.start(), m.end(), m.group(1)))
    return sorted(found)


def quoted_slogans(text: str) -> list[tuple[int, int, str, bool]]:
    """(start, end, tidied slogan, stands on its own line) of each quote of
    ``text`` (already clean), with offsets into ``text`` itself."""
    out = []
    for start, end, inner in _quoted(text):
        slogan = tidy_slogan(inner)
        if MIN_SLOGAN_LENGTH <= len(slogan) <= MAX_SLOGAN_LENGTH:
            out.append((start, end, slogan, _stands_alone(text, start, end)))
    return out


def extract_candidates(text: str | None, *, unquoted_lines: bool = False) -> list[SloganCandidate]:
    """Every quoted passage of ``text`` in order, tidied (see :func:`tidy_slogan`).

    With ``unquoted_lines``, text that has no quotes at all is read one slogan
    per non-empty line instead (list bullets and numbering removed).
    """
    source = clean(text)
    out: list[SloganCandidate] = []
    for start, end, inner in _quoted(source):
        slogan = tidy_slogan(inner)
        if MIN_SLOGAN_LENGTH <= len(slogan) <= MAX_SLOGAN_LENGTH:
            out.append(SloganCandidate(slogan, _line_of(source, start), _stands_alone(source, start, end)))
    if not out and unquoted_lines:
        for number, line in enumerate(source.split("\n"), start=1):
            slogan = tidy_slogan(_BULLET_LINE.sub("", line, count=1))
            if MIN_SLOGAN_LENGTH <= len(slogan) <= MAX_SLOGAN_LENGTH:
                out.append(SloganCandidate(slogan, number, True))
    return out


def mark_duplicates(
    candidates: Iterable[SloganCandidate], existing_keys: Iterable[str] | Mapping[str, object] = ()
) -> list[SloganCandidate]:
    """Flag candidates whose key is in ``existing_keys`` ("library") or equals an
    earlier candidate's ("paste")."""
    existing = set(existing_keys)
    seen: set[str] = set()
    out = []
    for candidate in candidates:
        key = candidate.key
        if key in existing:
            flag = "library"
        elif key in seen:
            flag = "paste"
        else:
            flag = ""
        seen.add(key)
        out.append(replace(candidate, duplicate=flag))
    return out
