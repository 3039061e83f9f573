"""Keeping a report draft up with its records without losing the officer's text.

The composer compares the draft's sections with a fresh draft written from
today's records. Figure lines are the lines with a number in them (prose the
officer may have rewritten is not proposed again). A fresh figure line is

* already there (the same text): nothing to do;
* **changed**: the draft has a line that differs only in its numbers, or that
  starts with the same label before ":" ("- Sở Văn hóa, Thể thao và Du lịch: ...");
* **new**: nothing in the draft corresponds to it; it goes in after the line
  that precedes it in the fresh draft (or first in its section).

Lines the officer wrote that correspond to no fresh line are never touched;
only the updates the officer agrees to are applied. A section without a
heading (the closing paragraph) is not a figure section and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

Sections = tuple[tuple[str, str], ...]
NEW = "new"
CHANGED = "changed"

_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")
LABEL_MAX = 90


@dataclass(frozen=True)
class LineUpdate:
    """One proposed change of a figure line in section ``heading``: ``old`` is
    the draft's line ("" for a new line), ``new`` the line from the records,
    ``after`` the draft line it goes after ("" = first in the section)."""

    heading: str
    kind: str
    new: str
    old: str = ""
    after: str = ""


def _lines(body: str) -> list[str]:
    return [line for line in (body or "").split("\n")]


def number_key(line: str) -> str:
    """The line with every number replaced: lines that differ only in figures match."""
    return " ".join(_DIGITS.sub("#", line).split()).casefold()


def label_key(line: str) -> str:
    """ "- Sở Văn hóa, Thể thao và Du lịch" of "- Sở Văn hóa, ...: đã hoàn thành 2/3"; "" if none."""
    head, colon, _ = line.partition(":")
    if not colon or len(head) > LABEL_MAX or not head.strip():
        return ""
    return " ".join(head.split()).casefold()


def _counterpart(line: str, current: list[str], fresh: list[str]) -> str | None:
    """The draft line that ``line`` (from the fresh draft) updates, if any."""
    key = number_key(line)
    same = [c for c in current if c.strip() and number_key(c) == key]
    if same:
        return same[0]
    label = label_key(line)
    if label and sum(1 for f in fresh if label_key(f) == label) == 1:
        labelled = [c for c in current if label_key(c) == label]
        if len(labelled) == 1:
            return labelled[0]
    return None


def figure_updates(current: Sections, fresh: Sections) -> tuple[LineUpdate, ...]:
    """The new and changed figure lines of ``fresh`` against the draft ``current``."""
    bodies = {heading: _lines(body) for heading, body in current if heading}
    updates: list[LineUpdate] = []
    for heading, body in fresh:
        if not heading:
            continue
        draft = bodies.get(heading, [])
        fresh_lines = [line for line in _lines(body) if line.strip()]
        anchor = ""
        for line in fresh_lines:
            if line in draft:
                anchor = line
                continue
            if not _DIGITS.search(line):
                continue  # prose, not a figure line
            old = _counterpart(line, draft, fresh_lines)
            if old is not None:
                updates.append(LineUpdate(heading, CHANGED, line, old=old))
                anchor = old
            else:
                updates.append(LineUpdate(heading, NEW, line, after=anchor))
                anchor = line
    return tuple(updates)


def apply_updates(current: Sections, updates: Iterable[LineUpdate]) -> Sections:
    """``current`` with the chosen updates made: a changed line is replaced in
    place, a new line is put after its anchor; a section the draft lacks is added
    before the closing paragraph. Every other line stays as the officer left it."""
    sections = [(heading, _lines(body)) for heading, body in current]
    renamed: dict[str, str] = {}  # anchors that a chosen change has rewritten
    for update in updates:
        index = next((i for i, (h, _) in enumerate(sections) if h == update.heading), None)
        if index is None:
            closing = next((i for i, (h, _) in enumerate(sections) if not h), len(sections))
            sections.insert(closing, (update.heading, []))
            index = closing
        lines = sections[index][1]
        if update.kind == CHANGED and update.old in lines:
            lines[lines.index(update.old)] = update.new
            renamed[update.old] = update.new
        elif update.kind == NEW and update.new not in lines:
            after = renamed.get(update.after, update.after)
            position = lines.index(after) + 1 if after in lines else 0
            if position == 0 and lines and not lines[0].strip():
                lines[0] = update.new
            else:
                lines.insert(position, update.new)
    return tuple((heading, "\n".join(lines)) for heading, lines in sections)
