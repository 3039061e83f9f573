"""A long table of fixed-height rows laid out one page at a time.

reportlab's own Table splits by copying every remaining row into a new table
at each page break, so a list of 100,000 people takes time in the square of
its length. :class:`PagedTable` knows every row height up front: on each page
it builds a small Table of just the rows that fit (header rows repeated, and
on later pages a caption line above them) and keeps only an offset for the
rest, so the time grows with the number of rows. The cell styles are worked
out once on a small probe table and shared by every row of the same kind, so
each page applies only its grid lines instead of every style command to every
cell.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from itertools import accumulate
from typing import Any, TypeAlias

from reportlab.platypus import Flowable, Table, TableStyle

from vnhr_desktop.exports.pdf.fonts import FONT_ITALIC

# styles of the caption and header rows, of a body row, of a bold body row
_RowStyles: TypeAlias = tuple[list[Any], Any, Any]

CAPTION_PAD = 3
LINE_OPS = ("GRID", "BOX", "OUTLINE", "INNERGRID", "LINEABOVE", "LINEBELOW", "LINEBEFORE", "LINEAFTER", "SPAN")


class PagedTable(Flowable):
    """``head`` rows (cells of any kind) repeated on every page, ``body`` rows of
    plain strings with ``heights``; ``commands(top, bold_rows)`` gives the style
    of one page's table whose header starts at row ``top``."""

    def __init__(
        self,
        head: list[list[Any]],
        body: list[list[Any]],
        heights: Sequence[float],
        widths: Sequence[float],
        commands: Callable[[int, Sequence[int]], list[tuple[Any, ...]]],
        *,
        bold_rows: AbstractSet[int] = frozenset(),
        caption: str = "",
        caption_size: float = 12,
        progress: Callable[[int, int], None] | None = None,
        start: int = 0,
        ends: list[float] | None = None,
        head_height: float | None = None,
        shared: dict[int, _RowStyles] | None = None,
    ) -> None:
        super().__init__()
        self.head, self.body, self.widths = head, body, list(widths)
        self.heights = heights
        self.commands = commands
        self.bold_rows = bold_rows
        self.caption, self.caption_size = caption, caption_size
        self.progress = progress
        self.start = start
        self.ends = ends if ends is not None else [0.0, *accumulate(heights)]
        self._head_height = head_height
        self._shared = shared if shared is not None else {}  # cell styles by caption (0/1)
        self.hAlign = "LEFT"

    # -- geometry ---------------------------------------------------------------
    def _head(self, avail_width: float) -> float:
        if self._head_height is None:
            probe = Table(self.head, colWidths=self.widths)
            probe.setStyle(TableStyle(self.commands(0, ())))
            self._head_height = probe.wrap(avail_width, 1e9)[1]
        return self._head_height

    def _top(self) -> float:
        """Height of the caption line (only on pages after the first)."""
        return self.caption_size * 1.2 + CAPTION_PAD if (self.caption and self.start) else 0.0

    def _rows_height(self, stop: int) -> float:
        return self.ends[stop] - self.ends[self.start]

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self._top() + self._head(avail_width) + self._rows_height(len(self.body))
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        room = avail_height - self._top() - self._head(avail_width)
        stop = bisect_right(self.ends, self.ends[self.start] + room + 1e-6) - 1
        stop = min(stop, len(self.body))
        if stop <= self.start:
            return []
        first = self._page(self.start, stop)
        if stop >= len(self.body):
            return [first]
        rest = PagedTable(
            self.head,
            self.body,
            self.heights,
            self.widths,
            self.commands,
            bold_rows=self.bold_rows,
            caption=self.caption,
            caption_size=self.caption_size,
            progress=self.progress,
            start=stop,
            ends=self.ends,
            head_height=self._head_height,
            shared=self._shared,
        )
        return [first, rest]

    # -- drawing --------------------------------------------------------------------
    def _commands(self, top: int, bold_rows: Sequence[int]) -> list[tuple[Any, ...]]:
        commands = self.commands(top, bold_rows)
        if top:
            commands += [
                ("SPAN", (0, 0), (-1, 0)),
                ("FONTNAME", (0, 0), (-1, 0), FONT_ITALIC),
                ("ALIGN", (0, 0), (-1, 0), "LEFT"),
                ("VALIGN", (0, 0), (-1, 0), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, 0), 0),
                ("TOPPADDING", (0, 0), (-1, 0), 0),
            ]
        return commands

    def _styles(self, top: int) -> _RowStyles:
        """(styles of the caption and header rows, of a body row, of a bold body
        row), read from a probe table styled with every command."""
        if top not in self._shared:
            blank = [""] * len(self.widths)
            data = ([blank] if top else []) + self.head + [blank, blank]
            probe = Table(data, colWidths=self.widths)
            probe.setStyle(TableStyle(self._commands(top, (1,))))
            first = top + len(self.head)
            cells = probe._cellStyles  # type: ignore[attr-defined]  # set by Table.__init__; not in the reportlab stubs
            self._shared[top] = (cells[:first], cells[first], cells[first + 1])
        return self._shared[top]

    def _page(self, start: int, stop: int) -> Flowable:
        """The table of rows ``start``..``stop`` (one page's worth)."""
        top = 1 if (self.caption and start) else 0
        data = [[self.caption] + [""] * (len(self.widths) - 1)] if top else []
        data += self.head + self.body[start:stop]
        heights: list[float | None] = [self._top()] if top else []
        heights += [None] * len(self.head) + list(self.heights[start:stop])
        bold_here = [i - start for i in self.bold_rows if start <= i < stop]
        above, plain, bold = self._styles(top)
        styles = list(above) + [bold if i in self.bold_rows else plain for i in range(start, stop)]
        table = Table(data, colWidths=self.widths, rowHeights=heights, hAlign="LEFT", cellStyles=styles)
        table.setStyle(TableStyle([c for c in self._commands(top, bold_here) if c[0] in LINE_OPS]))
        if self.progress is not None:
            self.progress(stop, len(self.body))
        return table

    def draw(self) -> None:
        table = self._page(self.start, len(self.body))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
