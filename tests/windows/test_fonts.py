"""Printout fonts on Windows (exports/pdf/fonts.py): the system Times New Roman
(%WINDIR%\\Fonts\\times*.ttf) when all four faces are there, the bundled
Liberation Serif otherwise. Both ways a real plan is exported through the CLI
and read back: every glyph comes from the expected font and every Vietnamese
letter of the text is in that font's character map (no empty boxes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.windows.helpers import cli, demo_plan, windows_only
from vnhr_desktop.exports.pdf.fonts import BUNDLED_FILES, FONT, WINDOWS_FILES, windows_fonts_dir
from vnhr_desktop.paths import font_dir

pytestmark = windows_only("system fonts under %WINDIR%\\Fonts")

VIETNAMESE = set("ăâđêôơưĂÂĐÊÔƠƯáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ")


def _export(data_dir: Path, out: Path, windir: str | None) -> tuple[str, set[str]]:
    """Export the sample campaign's plan with %WINDIR% pointing at ``windir``;
    return its text and the names of the fonts its glyphs use."""
    import pdfplumber

    plan = demo_plan(data_dir)
    env = {"WINDIR": windir} if windir is not None else None
    result = cli(data_dir, "export", "plan", str(plan["id"]), "--out", str(out), env=env)
    assert result.returncode == 0, result.stderr
    with pdfplumber.open(out) as pdf:
        chars = [c for page in pdf.pages for c in page.chars]
        text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "KẾ HOẠCH" in text and plan["symbol"] in text
    return text, {c["fontname"].split("+")[-1] for c in chars}


def _covers(ttf: Path, text: str) -> set[str]:
    """Letters of ``text`` the font has no glyph for."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    cmap = TTFontFile(str(ttf)).charToGlyph
    return {ch for ch in text if not ch.isspace() and ord(ch) not in cmap}


def test_times_new_roman_when_windows_has_it(tmp_path):
    fonts = windows_fonts_dir()
    if not all((fonts / name).is_file() for name in WINDOWS_FILES.values()):
        pytest.skip(f"Times New Roman is not complete in {fonts} (Windows without the core fonts)")
    text, used = _export(tmp_path / "data", tmp_path / "ke-hoach.pdf", windir=None)
    assert used and all(name.startswith("TimesNewRoman") for name in used), used
    assert VIETNAMESE & set(text), "the plan has Vietnamese letters"
    assert _covers(fonts / WINDOWS_FILES[FONT], text) == set()


def test_bundled_serif_when_the_system_has_no_times(tmp_path):
    empty = tmp_path / "no-windows"
    (empty / "Fonts").mkdir(parents=True)
    text, used = _export(tmp_path / "data", tmp_path / "ke-hoach.pdf", windir=str(empty))
    assert used and all(name.startswith("LiberationSerif") for name in used), used
    assert VIETNAMESE & set(text)
    assert _covers(font_dir() / BUNDLED_FILES[FONT], text) == set()
