"""Drawn blocks of centred lines: the NĐ30 header, the title, appendix and list
headings. Each block measures its lines with the real font metrics, so rules
("a short rule under it", "a rule as long as the text") have the right length
and the "Số:" and place-date lines share one baseline."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from vnhr_desktop.domain.text import nfc

# ("text", x_centre, y_down, text, font, size) or ("rule", x0, x1, y_down)
Op: TypeAlias = tuple[Any, ...]

RULE_WIDTH = 0.6
RULE_DROP = 0.5  # rule distance below the baseline, in font sizes
RULE_GAP_AFTER = 5.0


@dataclass(frozen=True)
class Run:
    """One piece of text in a block; "\\n" breaks lines, long lines wrap.

    ``rule``: 0 for none, else the rule length as a fraction of the widest line
    (1.0 = as long as the text). ``min_rule``: the shortest rule in points.
    ``wrap``: "plain", "even" (lines of similar width) or "name" (a body name:
    break before its administrative unit).
    """

    text: str
    font: str
    size: float
    rule: float = 0.0
    min_rule: float = 0.0
    space_after: float = 0.0
    leading: float | None = None
    wrap: str = "plain"


# Administrative units a body name breaks before ("ỦY BAN NHÂN DÂN / HUYỆN CHÂU THÀNH").
UNIT_WORDS = ("HUYỆN", "XÃ", "TỈNH", "THÀNH PHỐ", "THỊ XÃ", "QUẬN", "PHƯỜNG", "THỊ TRẤN", "ĐẶC KHU")


def starts_with_unit(text: str) -> bool:
    """True for "HUYỆN CHÂU THÀNH", "THỊ XÃ ...", not for "XÃ HỘI" (society)."""
    words = text.upper().split()
    if words[:2] == ["XÃ", "HỘI"]:
        return False
    return any(words[: len(unit.split())] == unit.split() for unit in UNIT_WORDS)


def even_wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Wrap into as few lines as plain wrapping needs, but of similar widths
    (no lone last word under a long title)."""
    lines = simpleSplit(text, font, size, width) or [text]
    if len(lines) < 2:
        return lines
    low, high = width / len(lines), width
    for _ in range(14):
        middle = (low + high) / 2
        if len(simpleSplit(text, font, size, middle)) > len(lines):
            low = middle
        else:
            high = middle
    even: list[str] = simpleSplit(text, font, size, high)
    return even


NAME_MIN_SIZE = 12


def name_split(text: str, font: str, size: float, width: float) -> tuple[list[str], bool]:
    """A body name too long for one line: two lines, breaking before an
    administrative unit ("ỦY BAN NHÂN DÂN / HUYỆN CHÂU THÀNH") if that fits,
    else after a comma or before "VÀ", else where the lines are most even.
    The flag tells whether the break is a natural one (or none was needed)."""
    if stringWidth(text, font, size) <= width:
        return [text], True
    words = text.split()
    best: tuple[int, float, list[str]] | None = None
    for i in range(1, len(words)):
        first, second = " ".join(words[:i]), " ".join(words[i:])
        widest = max(stringWidth(first, font, size), stringWidth(second, font, size))
        if widest > width:
            continue
        if starts_with_unit(second):
            rank = 0
        elif first.endswith(",") or second.upper().startswith("VÀ "):
            rank = 1
        else:
            rank = 2
        if best is None or (rank, widest) < best[:2]:
            best = (rank, widest, [first, second])
    if best is None:
        return even_wrap(text, font, size, width), False
    return best[2], best[0] < 2


def split_lines(run: Run, width: float) -> tuple[list[str], float]:
    """The lines of ``run`` and the size they are set in: a body name that only
    breaks awkwardly is set one point smaller (down to ``NAME_MIN_SIZE``) when
    that gives a natural break."""
    if run.wrap != "name":
        return _split_at(run, run.size, width), run.size
    lines, natural = _name_lines(run, run.size, width)
    if not natural and run.size - 1 >= NAME_MIN_SIZE:
        smaller, natural = _name_lines(run, run.size - 1, width)
        if natural:
            return smaller, run.size - 1
    return lines, run.size


def _name_lines(run: Run, size: float, width: float) -> tuple[list[str], bool]:
    lines: list[str] = []
    natural = True
    for part in _parts(run.text):
        got, ok = name_split(part, run.font, size, width)
        lines.extend(got)
        natural = natural and ok
    return lines, natural


def _parts(text: str) -> list[str]:
    return [" ".join(p.split()) for p in nfc(text).split("\n") if p.strip()]


def _split_at(run: Run, size: float, width: float) -> list[str]:
    lines: list[str] = []
    for part in _parts(run.text):
        if run.wrap == "even":
            lines.extend(even_wrap(part, run.font, size, width))
        else:
            lines.extend(simpleSplit(part, run.font, size, width) or [part])
    return lines


def layout_column(runs: list[Run], width: float, first_baseline: float | None = None) -> tuple[list[Op], float]:
    """Lay runs out centred in a column of ``width``.

    Returns (ops, height); ops are ("text", x_centre, y_down, text, font, size)
    and ("rule", x0, x1, y_down), measured down from the top of the column.
    """
    ops: list[Op] = []
    baseline: float | None = None
    cursor = 0.0  # bottom of what is used so far
    for run in runs:
        lines, size = split_lines(run, width)
        if not lines:
            continue
        leading = run.leading or size * 1.2
        widest = 0.0
        for index, line in enumerate(lines):
            if baseline is None:
                baseline = first_baseline if first_baseline is not None else run.size
            elif index == 0:
                baseline = max(baseline + leading, cursor + size)
            else:
                baseline += leading
            ops.append(("text", width / 2, baseline, line, run.font, size))
            widest = max(widest, stringWidth(line, run.font, size))
            cursor = baseline + size * 0.3
        if run.rule:
            assert baseline is not None  # set by the run's first line
            length = min(max(widest * run.rule, run.min_rule), width)
            rule_y = baseline + size * RULE_DROP
            ops.append(("rule", (width - length) / 2, (width + length) / 2, rule_y))
            cursor = rule_y + RULE_GAP_AFTER
        cursor += run.space_after
    return ops, cursor


def draw_ops(canvas: Canvas, ops: Sequence[Op], x_offset: float, top: float) -> None:
    canvas.saveState()
    canvas.setLineWidth(RULE_WIDTH)
    for op in ops:
        if op[0] == "text":
            _, xc, y, text, font, size = op
            canvas.setFont(font, size)
            canvas.drawCentredString(x_offset + xc, top - y, text)
        else:
            _, x0, x1, y = op
            canvas.line(x_offset + x0, top - y, x_offset + x1, top - y)
    canvas.restoreState()


class CenteredBlock(Flowable):
    """Runs centred across the frame; lines wrap at ``max_fraction`` of it."""

    def __init__(self, runs: list[Run], max_fraction: float = 0.9, space_after: float = 0.0) -> None:
        super().__init__()
        self.runs = runs
        self.max_fraction = max_fraction
        self.space_after = space_after
        self._ops: list[Op] = []
        self._inner = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._inner = avail_width * self.max_fraction
        self._ops, height = layout_column(self.runs, self._inner)
        self.width, self.height = avail_width, height + self.space_after
        return self.width, self.height

    def draw(self) -> None:
        draw_ops(self.canv, self._ops, (self.width - self._inner) / 2, self.height)


class TwoColumnBlock(Flowable):
    """Rows of (left runs, right runs); in each row the first baselines of the two
    columns are level. The right column is as wide as its widest unwrapped line
    (plus padding) and sits at the right edge; the left column takes the rest,
    up to ``max_left`` points."""

    PADDING = 4.0
    ROW_GAP = 7.0

    def __init__(
        self,
        rows: list[tuple[list[Run], list[Run]]],
        max_left: float = 260.0,
        min_right_fraction: float = 0.5,
        space_after: float = 0.0,
    ) -> None:
        super().__init__()
        self.rows = rows
        self.max_left = max_left
        self.min_right_fraction = min_right_fraction
        self.space_after = space_after
        self._placed: list[tuple[float, float, list[Op]]] = []

    def _right_width(self, avail_width: float) -> float:
        widest = 0.0
        for _, right in self.rows:
            for run in right:
                for part in _parts(run.text):
                    widest = max(widest, stringWidth(part, run.font, run.size))
        want = max(widest + 2 * self.PADDING, avail_width * self.min_right_fraction)
        return min(want, avail_width * 0.62)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        right_w = self._right_width(avail_width)
        left_w = min(avail_width - right_w, self.max_left)
        right_x = avail_width - right_w
        self._placed = []
        top = 0.0
        for left_runs, right_runs in self.rows:
            sizes = [r[0].size for r in (left_runs, right_runs) if r]
            first = max(sizes) if sizes else 0.0
            left_ops, left_h = layout_column(left_runs, left_w, first)
            right_ops, right_h = layout_column(right_runs, right_w, first)
            self._placed.append((0.0, top, left_ops))
            self._placed.append((right_x, top, right_ops))
            top += max(left_h, right_h) + self.ROW_GAP
        self.width = avail_width
        self.height = max(top - self.ROW_GAP, 0.0) + self.space_after
        return self.width, self.height

    def draw(self) -> None:
        for x, row_top, ops in self._placed:
            draw_ops(self.canv, ops, x, self.height - row_top)
