"""Labels, punctuation helpers and font selection of the PDF builder."""

from __future__ import annotations

import datetime as dt

import pytest

from vnhr_desktop.exports.pdf import fonts
from vnhr_desktop.exports.pdf.labels import (
    attachment_note,
    point_label,
    point_letter,
    recipient_lines,
    roman,
)
from vnhr_desktop.exports.pdf.model import Signature


def test_vietnamese_point_letters():
    assert [point_letter(n) for n in range(1, 13)] == list("abcdđeghiklm")
    assert point_letter(23) == "y" and point_letter(24) == "aa"
    assert point_label(5) == "đ)"
    with pytest.raises(ValueError):
        point_letter(0)


def test_roman():
    assert [roman(n) for n in (1, 2, 3, 4, 5, 9, 10, 14, 40)] == ["I", "II", "III", "IV", "V", "IX", "X", "XIV", "XL"]


def test_recipient_lines_fix_punctuation():
    assert recipient_lines(["Như trên", " - UBND tỉnh (b/c).", "", "Lưu: VT, VHTT;"]) == [
        "- Như trên;",
        "- UBND tỉnh (b/c);",
        "- Lưu: VT, VHTT.",
    ]
    assert recipient_lines(["Lưu: VT"]) == ["- Lưu: VT."]
    assert recipient_lines([]) == []


def test_attachment_note():
    assert attachment_note("Báo cáo", "12/BC-UBND", dt.date(2025, 1, 5), "Ủy ban nhân dân huyện Châu Thành") == (
        "(Kèm theo Báo cáo số 12/BC-UBND ngày 05 tháng 01 năm 2025 của Ủy ban nhân dân huyện Châu Thành)"
    )
    draft = attachment_note("Báo cáo", "", None, "", year=2025)
    assert draft.startswith("(Kèm theo Báo cáo số ") and draft.endswith("năm 2025)")


def test_signature_from_profile_fields():
    sig = Signature.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n", " Nguyễn Văn Đức ")
    assert sig.lines == ("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")
    assert sig.name == "Nguyễn Văn Đức"


def test_register_fonts_is_idempotent_and_uses_bundled_serif_off_windows():
    from reportlab.pdfbase import pdfmetrics

    assert fonts.register_fonts() == fonts.register_fonts() == fonts.FAMILY
    files = fonts.registered_files()
    assert set(files) == {fonts.FONT, fonts.FONT_BOLD, fonts.FONT_ITALIC, fonts.FONT_BOLD_ITALIC}
    if fonts.windows_fonts_dir() is None:
        assert files[fonts.FONT].name == "LiberationSerif-Regular.ttf"
    # Vietnamese letters have real glyphs (Liberation 1.07 lacked them)
    face = pdfmetrics.getFont(fonts.FONT).face
    for ch in "ẢẠẰẲẴẶẤẦẨẪẬĐđẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ₫":
        assert ord(ch) in face.charToGlyph, ch


def test_font_files_prefers_complete_windows_times(tmp_path, monkeypatch):
    for name in fonts.WINDOWS_FILES.values():
        (tmp_path / name).write_bytes(b"ttf")
    monkeypatch.setattr(fonts, "windows_fonts_dir", lambda: tmp_path)
    assert fonts.font_files()[fonts.FONT_BOLD] == tmp_path / "timesbd.ttf"
    (tmp_path / "timesbi.ttf").unlink()  # incomplete family: fall back to the bundled serif
    assert fonts.font_files()[fonts.FONT_BOLD].name == "LiberationSerif-Bold.ttf"


@pytest.mark.parametrize(
    "name, lines",
    [
        ("ỦY BAN NHÂN DÂN HUYỆN CHÂU THÀNH", ["ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH"]),
        ("ỦY BAN NHÂN DÂN THỊ XÃ DUYÊN HẢI", ["ỦY BAN NHÂN DÂN", "THỊ XÃ DUYÊN HẢI"]),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", ["SỞ LAO ĐỘNG - THƯƠNG BINH", "VÀ XÃ HỘI"]),
        ("BAN CHỈ ĐẠO VỀ NHÂN QUYỀN", ["BAN CHỈ ĐẠO VỀ NHÂN QUYỀN"]),
        ("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH", ["ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH"]),
    ],
)
def test_body_names_break_naturally(name, lines):
    from vnhr_desktop.exports.pdf.blocks import Run, split_lines

    fonts.register_fonts()
    got, size = split_lines(Run(name, fonts.FONT_BOLD, 13, wrap="name"), 209)
    assert got == lines and size == 13


def test_even_wrap_avoids_a_lone_last_word():
    from vnhr_desktop.exports.pdf.blocks import even_wrap

    fonts.register_fonts()
    text = "Triển khai đợt cao điểm tuyên truyền thành tựu đảm bảo quyền con người năm 2024"
    lines = even_wrap(text, fonts.FONT_BOLD, 14, 420)
    assert len(lines) == 2 and " ".join(lines) == text
    assert min(len(line) for line in lines) > len(text) / 3


def test_attachment_note_of_a_draft_leaves_dotted_blanks():
    from vnhr_desktop.exports.pdf.labels import attachment_note

    note = attachment_note("Báo cáo", "     /BC-BCĐNQ", None, "Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh", 2024)
    assert note == (
        "(Kèm theo Báo cáo số ...../BC-BCĐNQ ngày ..... tháng ..... năm 2024 "
        "của Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh)"
    )
    assert "số ..... ngày" in attachment_note("Kế hoạch", "", None, "")
