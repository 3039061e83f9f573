"""Fitting one slogan onto a print-shop sheet: balanced line breaks, the
largest type that fits a box, and line spacing that keeps Vietnamese tone marks
of one line clear of the dot-below marks and descenders of the line above.

Line spacing is measured on the real ink of the glyphs (each glyph's bounding
box in the TrueType font), not on the font's nominal ascent: "Ễ" or "Ộ" rise
well above the capital height and "ậ", "ợ", "g" hang below the baseline.
Baselines are at least :data:`MIN_LEADING` font sizes apart, and more when the
ink of two lines would otherwise come closer than :data:`INK_GAP` font sizes.

    fit = fit_slogan("Việt Nam quyết tâm đẩy lùi nạn mua, bán người", FONT_BOLD, width, height)
    fit.lines, fit.size, fit.baselines   # baselines measured down from the box top
"""

from __future__ import annotations

import itertools
import struct
from dataclasses import dataclass
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFontFile

from vnhr_desktop.domain.slogan_breaks import break_cost
from vnhr_desktop.domain.text import clean_line, nfc
from vnhr_desktop.exports.pdf.fonts import register_fonts, registered_files

MIN_LEADING = 1.3
INK_GAP = 0.12
LINE_COUNTS = (2, 3)
MORE_LINES_GAIN = 1.12


class GlyphInk:
    """Vertical ink extents of characters of one TrueType font, in font sizes."""

    def __init__(self, path: str):
        font = TTFontFile(path)
        self._data = font._ttf_data  # type: ignore[attr-defined]  # the bytes read by TTFontParser; not in the reportlab stubs
        self._glyf = font.get_table_pos("glyf")[0]
        self._loca = font.glyphPos
        self._cmap = font.charToGlyph
        self._em = float(font.unitsPerEm)
        self._cache: dict[str, tuple[float, float] | None] = {}

    def extent(self, ch: str) -> tuple[float, float] | None:
        """(top, bottom) of the ink of ``ch`` above and below the baseline
        (bottom negative when it hangs below); None for blank glyphs."""
        if ch not in self._cache:
            glyph = self._cmap.get(ord(ch), 0)
            start, end = self._loca[glyph], self._loca[glyph + 1]
            if end <= start:
                self._cache[ch] = None
            else:
                _, _x0, y0, _x1, y1 = struct.unpack(">hhhhh", self._data[self._glyf + start : self._glyf + start + 10])
                self._cache[ch] = (y1 / self._em, y0 / self._em)
        return self._cache[ch]

    def line(self, text: str) -> tuple[float, float]:
        """(highest top, lowest bottom) of the ink of a line, in font sizes."""
        extents = [e for e in (self.extent(ch) for ch in text) if e is not None]
        if not extents:
            return 0.0, 0.0
        return max(e[0] for e in extents), min(e[1] for e in extents)


@lru_cache(maxsize=8)
def glyph_ink(font_name: str) -> GlyphInk:
    register_fonts()
    return GlyphInk(str(registered_files()[font_name]))


@dataclass(frozen=True)
class SloganFit:
    lines: tuple[str, ...]
    size: float
    baselines: tuple[float, ...]  # from the top of the text block, in points
    height: float  # ink height of the block, in points
    width: float  # widest line, in points

    @property
    def leading(self) -> float:
        return self.baselines[1] - self.baselines[0] if len(self.baselines) > 1 else 0.0


def balanced_lines(words: list[str], count: int, font: str) -> tuple[tuple[str, ...], float]:
    """Break ``words`` into ``count`` lines: the widest line as narrow as
    possible, weighed against the cost of the breaks (see
    :func:`domain.slogan_breaks.break_cost`); returns the lines and that cost."""
    count = max(1, min(count, len(words)))
    best: tuple[tuple[float, float], tuple[str, ...], float] | None = None
    for cuts in itertools.combinations(range(1, len(words)), count - 1):
        bounds = (0, *cuts, len(words))
        lines = tuple(" ".join(words[a:b]) for a, b in itertools.pairwise(bounds))
        widths = [stringWidth(line, font, 1.0) for line in lines]
        cost = sum(break_cost(words, cut) for cut in cuts)
        score = (max(widths) * (1 + cost), max(widths) - min(widths))
        if best is None or score < best[0]:
            best = (score, lines, cost)
    assert best is not None  # count - 1 < len(words): one combination at least
    return best[1], best[2]


def _layout(lines: tuple[str, ...], font: str) -> tuple[list[float], float, float]:
    """Baselines (from the top of the ink) and ink height at size 1, and the widest line."""
    ink = glyph_ink(font)
    extents = [ink.line(line) for line in lines]
    baselines = [extents[0][0]]
    for (_top_prev, bottom_prev), (top_next, _bottom_next) in itertools.pairwise(extents):
        step = max(MIN_LEADING, top_next - bottom_prev + INK_GAP)
        baselines.append(baselines[-1] + step)
    height = baselines[-1] - extents[-1][1]
    width = max(stringWidth(line, font, 1.0) for line in lines)
    return baselines, height, width


def fit_slogan(
    text: str,
    font: str,
    box_width: float,
    box_height: float,
    line_counts: tuple[int, ...] = LINE_COUNTS,
    max_size: float | None = None,
) -> SloganFit:
    """The largest setting of ``text`` inside the box, over the allowed line
    counts. A setting is worth its type size discounted by the cost of its
    breaks; fewer lines read better from the street, so a setting with more
    lines has to be worth :data:`MORE_LINES_GAIN` times more to win.
    A one-word slogan stays on one line."""
    register_fonts()
    words = nfc(clean_line(text)).split(" ")
    best: SloganFit | None = None
    best_merit = 0.0
    for count in sorted({min(c, len(words)) for c in line_counts}):
        lines, cost = balanced_lines(words, count, font)
        baselines, height, width = _layout(lines, font)
        size = min(box_width / width, box_height / height)
        if max_size:
            size = min(size, max_size)
        merit = size / (1 + cost)
        if best is None or merit > best_merit * MORE_LINES_GAIN:
            best, best_merit = (
                SloganFit(lines, size, tuple(b * size for b in baselines), height * size, width * size),
                merit,
            )
    if best is None:
        raise ValueError("no line counts to try")
    return best
