"""Print-shop sheets of the sample campaign: one slogan per landscape page,
the largest type that fits, lines clear of each other's tone marks."""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from vnhr_desktop.persistence.models import Plan
from vnhr_desktop.services.sample_data import SLOGANS

SIZES = {"A4": (841.9, 595.3), "A3": (1190.6, 841.9)}


def text_lines(chars, size):
    """Lines of the characters set at ``size``: (baseline, text, x0, x1, top, bottom)."""
    big = [c for c in chars if abs(c["size"] - size) < 0.01]
    lines: dict[float, list] = {}
    for c in big:
        lines.setdefault(round(c["matrix"][5], 2), []).append(c)
    out = []
    for baseline in sorted(lines, reverse=True):
        row = sorted(lines[baseline], key=lambda c: c["x0"])
        text, previous = "", None
        for c in row:
            if previous is not None and c["x0"] - previous["x1"] > 0.15 * size:
                text += " "
            text += c["text"]
            previous = c
        out.append(
            (baseline, text, row[0]["x0"], row[-1]["x1"], min(c["top"] for c in row), max(c["bottom"] for c in row))
        )
    return out


def embedded_fonts(path) -> set[str]:
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(path).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
            names.add(font["/BaseFont"].split("+")[-1])
    return names


@pytest.fixture(params=["A4", "A3"])
def sheets(request, sample_db, tmp_path):
    import pdfplumber

    from vnhr_desktop.services.document_export import export_document

    with sample_db.Session() as session:
        plan = session.scalar(select(Plan.id).where(Plan.number == 27))
        path = export_document(
            session, "slogan-sheets" if request.param == "A4" else "slogan-sheets-a3", plan, tmp_path / "sheets.pdf"
        )
    fonts = embedded_fonts(path)  # every font embedded, no stray Helvetica
    assert len(fonts) == 3 and not any("Helvetica" in name for name in fonts)
    with pdfplumber.open(path) as pdf:
        pages = []
        for page in pdf.pages:
            chars = [c for c in page.chars if c["text"].strip()]
            size = max(c["size"] for c in chars)
            pages.append(
                {
                    "width": page.width,
                    "height": page.height,
                    "chars": chars,
                    "size": size,
                    "lines": text_lines(chars, size),
                    "text": page.extract_text(),
                }
            )
    return request.param, pages


def test_one_landscape_page_per_slogan(sheets):
    paper, pages = sheets
    assert len(pages) == len(SLOGANS)
    for page in pages:
        assert (round(page["width"], 1), round(page["height"], 1)) == SIZES[paper]
        assert page["width"] > page["height"]


def test_each_page_carries_its_slogan_exactly_in_two_or_three_lines(sheets):
    _, pages = sheets
    for page, slogan in zip(pages, SLOGANS, strict=True):
        assert len(page["lines"]) in (2, 3)
        assert " ".join(line[1] for line in page["lines"]) == slogan


def test_text_fits_inside_the_margins_at_the_largest_size(sheets):
    from vnhr_desktop.exports.pdf.fonts import FONT_BOLD
    from vnhr_desktop.exports.pdf.slogan_fit import glyph_ink
    from vnhr_desktop.exports.pdf.slogan_sheets import PAPERS

    paper, pages = sheets
    spec = PAPERS[paper]
    x, y, box_w, box_h = spec.slogan_box
    ink = glyph_ink(FONT_BOLD)
    for page in pages:
        for c in page["chars"]:
            assert c["x0"] >= spec.margin - 0.5 and c["x1"] <= page["width"] - spec.margin + 0.5
            assert c["top"] >= spec.margin - 0.5 and c["bottom"] <= page["height"] - spec.margin + 0.5
        size, lines = page["size"], page["lines"]
        widest = max(line[3] - line[2] for line in lines)
        ink_top = lines[0][0] + ink.line(lines[0][1])[0] * size
        ink_bottom = lines[-1][0] + ink.line(lines[-1][1])[1] * size
        assert widest <= box_w + 0.5 and y - 0.5 <= ink_bottom and ink_top <= y + box_h + 0.5
        # the largest: one more step of 3 % would overflow the width or the height
        assert widest * 1.03 > box_w or (ink_top - ink_bottom) * 1.03 > box_h
        assert size > 40


def test_lines_do_not_collide(sheets):
    from vnhr_desktop.exports.pdf.fonts import FONT_BOLD
    from vnhr_desktop.exports.pdf.slogan_fit import glyph_ink

    _, pages = sheets
    ink = glyph_ink(FONT_BOLD)
    for page in pages:
        size, lines = page["size"], page["lines"]
        for upper, lower in itertools.pairwise(lines):
            assert upper[0] - lower[0] >= 1.25 * size - 0.01  # generous leading
            assert upper[5] <= lower[4]  # line boxes do not overlap
            lowest_mark = upper[0] + ink.line(upper[1])[1] * size  # e.g. the dot of "ệ"
            highest_mark = lower[0] + ink.line(lower[1])[0] * size  # e.g. the marks of "Ễ"
            assert lowest_mark - highest_mark >= 0.1 * size


def test_footer_says_form_size_and_quantity(sheets):
    _, pages = sheets
    first = " ".join(pages[0]["text"].split())
    assert "Băng rôn, kích thước 0,8 x 6 m, số lượng 2; Pano, kích thước 2,4 x 4,8 m, số lượng 1." in first
    assert "Khẩu hiệu số 1/8" in first and "Kế hoạch số 27/KH-BCĐNQ" in first
    assert "Màn hình LED" not in first  # a screen prints nothing


def test_balanced_breaks_avoid_splitting_words():
    from vnhr_desktop.exports.pdf.fonts import FONT_BOLD
    from vnhr_desktop.exports.pdf.slogan_fit import fit_slogan

    fit = fit_slogan(SLOGANS[2], FONT_BOLD, 770, 420)
    assert fit.lines == ("Việt Nam ưu tiên thực hiện", "các cam kết quốc tế", "về quyền con người")
    fit = fit_slogan(SLOGANS[0], FONT_BOLD, 770, 420)
    assert fit.lines == ("Bảo đảm quyền con người", "cho tất cả mọi người")
