"""The serif used on every printout, registered once with reportlab.

On Windows the system Times New Roman is used when all four faces are present;
elsewhere (and as a fallback) the bundled Liberation Serif 2.x, which has the
same metrics and full Vietnamese coverage. The faces are registered under
stable names (:data:`FONT`, :data:`FONT_BOLD`, ...) and as one family, so
``<b>`` and ``<i>`` work inside Paragraphs. reportlab embeds TrueType fonts as
subsets, so every PDF carries its glyphs.

    from vnhr_desktop.exports.pdf.fonts import register_fonts, FONT_BOLD
    family = register_fonts()          # "VNSerif"; safe to call many times
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from vnhr_desktop.errors import UserError
from vnhr_desktop.paths import font_dir

FAMILY = "VNSerif"
FONT = "VNSerif"
FONT_BOLD = "VNSerif-Bold"
FONT_ITALIC = "VNSerif-Italic"
FONT_BOLD_ITALIC = "VNSerif-BoldItalic"

WINDOWS_FILES = {
    FONT: "times.ttf",
    FONT_BOLD: "timesbd.ttf",
    FONT_ITALIC: "timesi.ttf",
    FONT_BOLD_ITALIC: "timesbi.ttf",
}
BUNDLED_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT_BOLD: "LiberationSerif-Bold.ttf",
    FONT_ITALIC: "LiberationSerif-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}

_lock = threading.Lock()
_registered_from: dict[str, Path] = {}


def windows_fonts_dir() -> Path | None:
    """C:\\Windows\\Fonts (or wherever %WINDIR% points); ``None`` off Windows."""
    if os.name != "nt":
        return None
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def _complete(folder: Path | None, names: dict[str, str]) -> dict[str, Path] | None:
    if folder is None:
        return None
    files = {face: folder / name for face, name in names.items()}
    return files if all(path.is_file() for path in files.values()) else None


def font_files() -> dict[str, Path]:
    """Face name -> TTF file: system Times New Roman if complete, else the bundled serif."""
    files = _complete(windows_fonts_dir(), WINDOWS_FILES) or _complete(font_dir(), BUNDLED_FILES)
    if files is None:
        raise UserError(
            f"Không tìm thấy phông chữ Times New Roman hoặc Liberation Serif (thư mục {font_dir()}). "
            "Hãy cài lại chương trình."
        )
    return files


def register_fonts() -> str:
    """Register the four faces and the family once; return the family name."""
    with _lock:
        if _registered_from:
            return FAMILY
        files = font_files()
        for face, path in files.items():
            pdfmetrics.registerFont(TTFont(face, str(path)))
        pdfmetrics.registerFontFamily(
            FAMILY, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _registered_from.update(files)
        return FAMILY


def registered_files() -> dict[str, Path]:
    """Which files the faces came from (empty before :func:`register_fonts`)."""
    return dict(_registered_from)
