"""Sub-items inside a plan's numbered paragraph, as officers type them:

    Lựa chọn và tổ chức treo băng rôn ..., nội dung cụ thể như sau:
    a) Khẩu hiệu chung:
    - “Bảo đảm quyền con người cho tất cả mọi người”;
    b) ...

The first line is the numbered item ("5."); a line starting with a letter and
")" is a point (điểm), lettered again in the Vietnamese order a, b, c, d, đ,
e, g ... when printed, whatever letter was typed; a line starting with "-"
(or "+", "•", "–") is a bullet; any other line is a plain paragraph."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Vietnamese order of lettered points; f, j, w, z are not Vietnamese letters.
POINT_LETTERS = tuple("abcd") + ("đ",) + tuple("eghiklmnopqrstuvxy")

_POINT = re.compile(r"^\s*\(?([a-zđ]{1,2})\)\s*(.*)$")
_BULLET = re.compile(r"^\s*[-–—•+*]\s*(.*)$")


def point_letter(number: int) -> str:
    """1 -> "a", 5 -> "đ", 6 -> "e", 7 -> "g"; after "y" the letters double ("aa")."""
    if number < 1:
        raise ValueError("points are numbered from 1")
    rounds, index = divmod(number - 1, len(POINT_LETTERS))
    return POINT_LETTERS[index] * (rounds + 1)


@dataclass(frozen=True)
class SectionLine:
    """``kind`` "item", "point", "bullet" or "text"; ``number`` the point's
    place under its item (1 -> "a)"), else 0."""

    kind: str
    text: str
    number: int = 0


def section_lines(paragraph: str) -> list[SectionLine]:
    """The lines of one numbered paragraph, each with its kind."""
    lines = [line.strip() for line in (paragraph or "").split("\n") if line.strip()]
    if not lines:
        return [SectionLine("item", "")]
    out = [SectionLine("item", lines[0])]
    points = 0
    for line in lines[1:]:
        point = _POINT.match(line)
        bullet = _BULLET.match(line)
        if point and point.group(2):
            points += 1
            out.append(SectionLine("point", point.group(2), points))
        elif bullet and bullet.group(1):
            out.append(SectionLine("bullet", bullet.group(1)))
        else:
            out.append(SectionLine("text", line))
    return out


def next_point_line(paragraph: str) -> str:
    """The start of the next point to type under ``paragraph``: "a) ", "đ) "."""
    points = sum(1 for line in section_lines(paragraph) if line.kind == "point")
    return f"{point_letter(points + 1)}) "
