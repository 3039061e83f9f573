"""Draw the application icon: a red emblem with a gold ring, a gold star and
the letters "NQ" (nhân quyền).

Writes resources/icons/app.png (256 px) and resources/app.ico (16, 24, 32, 48,
64, 128 and 256 px). Each size is drawn on its own, four times larger and then
reduced, so the small sizes stay sharp: 16 and 24 px show only the letters on
red, 32 px adds the ring, 48 px and up add the star.

Needs Pillow (a dependency of reportlab). Run from the repository root:
    python packaging/make_icon.py
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

ROOT = Path(__file__).resolve().parent.parent
FONT = ROOT / "resources" / "fonts" / "LiberationSerif-Bold.ttf"
RED = (200, 16, 46, 255)
DARK_RED = (140, 8, 28, 255)
GOLD = (255, 205, 0, 255)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
SCALE = 4


def _star(cx: float, cy: float, outer: float) -> list[tuple[float, float]]:
    inner = outer * 0.382
    points = []
    for i in range(10):
        radius = outer if i % 2 == 0 else inner
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return points


def _text_box(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont) -> tuple[int, int, int, int]:
    return draw.textbbox((0, 0), text, font=font)


def _fit_font(draw: ImageDraw.ImageDraw, text: str, width: float, height: float) -> ImageFont.FreeTypeFont:
    size = int(height * 1.6)
    while size > 4:
        font = ImageFont.truetype(str(FONT), size)
        left, top, right, bottom = _text_box(draw, text, font)
        if right - left <= width and bottom - top <= height:
            return font
        size -= 1
    return ImageFont.truetype(str(FONT), 4)


def draw_icon(size: int) -> Image.Image:
    big = size * SCALE
    image = Image.new("RGBA", (big, big), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    radius = big * (0.16 if size >= 32 else 0.12)
    draw.rounded_rectangle((0, 0, big - 1, big - 1), radius=radius, fill=RED)
    with_ring = size >= 32
    with_star = size >= 48
    if with_ring:
        inset = big * 0.07
        ring = max(SCALE * 1.2, big * 0.035)
        draw.rounded_rectangle(
            (inset, inset, big - 1 - inset, big - 1 - inset),
            radius=radius * 0.7,
            outline=GOLD,
            width=int(ring),
        )
    text = "NQ"
    if with_star:
        draw.polygon(_star(big / 2, big * 0.27, big * 0.13), fill=GOLD)
        box_top, box_height, box_width = big * 0.42, big * 0.40, big * 0.72
    elif with_ring:
        box_top, box_height, box_width = big * 0.22, big * 0.56, big * 0.74
    else:
        box_top, box_height, box_width = big * 0.12, big * 0.76, big * 0.96
    # Small sizes: thicken the strokes so the letters survive the reduction.
    stroke = int(SCALE * 0.7) if size <= 24 else (int(SCALE * 0.4) if size <= 32 else 0)
    font = _fit_font(draw, text, box_width - 2 * stroke, box_height - 2 * stroke)
    left, top, right, bottom = _text_box(draw, text, font)
    x = (big - (right - left)) / 2 - left
    y = box_top + (box_height - (bottom - top)) / 2 - top
    if size >= 48:
        draw.text((x + SCALE, y + SCALE), text, font=font, fill=DARK_RED)
    draw.text((x, y), text, font=font, fill=GOLD, stroke_width=stroke, stroke_fill=GOLD)
    return image.resize((size, size), Image.LANCZOS)


def main() -> int:
    icons = ROOT / "resources" / "icons"
    icons.mkdir(parents=True, exist_ok=True)
    draw_icon(256).save(icons / "app.png", optimize=True)
    frames = [draw_icon(size) for size in ICO_SIZES]
    frames[-1].save(
        ROOT / "resources" / "app.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=frames[:-1],
    )
    print(f"wrote {icons / 'app.png'} and {ROOT / 'resources' / 'app.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
