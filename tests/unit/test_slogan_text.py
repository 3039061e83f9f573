"""Picking slogans out of pasted plan text (seed 004 is the real example)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from vnhr_desktop.domain.slogan_text import extract_candidates, mark_duplicates, tidy_slogan
from vnhr_desktop.services.sample_data import SLOGANS

# The seeds sit next to the checkout in the development setup (../shared/seeds).
SEED_004 = next(
    (
        p / "shared" / "seeds" / "004_16dd2fada26a5e38.txt"
        for p in Path(__file__).resolve().parents
        if (p / "shared" / "seeds" / "004_16dd2fada26a5e38.txt").exists()
    ),
    Path("missing"),
)

SEED_BLOCK = """5. Lựa chọn và tổ chức treo băng rôn, áp phích, biểu ngữ,... hưởng ứng Ngày Nhân quyền thế giới từ ngày 20 tháng 11 năm 2024 đến hết ngày 31 tháng 12 năm 2024, nội dung cụ thể như sau:

- *“Bảo đảm quyền con người cho tất cả mọi người”;*
- *“Việt Nam chung sức cùng cộng đồng quốc tế thúc đẩy và bảo vệ quyền con người”;*
- *“Việt Nam ưu tiên thực hiện các cam kết quốc tế về quyền con người”;*
- *“Việt Nam luôn tạo điều kiện cho các tôn giáo phát triển, đồng hành cùng dân tộc”;*
- *“Việt Nam nỗ lực nâng cao chất lượng cuộc sống, vị thế của đồng bào dân tộc thiểu số”;*
- *“Việt Nam quyết tâm đẩy lùi nạn mua, bán người”;*
- *“Việt Nam kiên quyết đấu tranh với hành vi tra tấn, nhục hình”;*
- *“Việt Nam tích cực hoàn thiện hệ thống pháp luật bảo đảm quyền con người, quyền công dân”.*
"""  # noqa: E501  verbatim lines of seed 004, as pasted


def test_seed_004_block_gives_the_eight_slogans_exactly():
    found = extract_candidates(SEED_BLOCK)
    assert [c.text for c in found] == SLOGANS
    assert all(c.whole_line for c in found)
    assert [c.line for c in found] == list(range(3, 11))


@pytest.mark.skipif(not SEED_004.exists(), reason="seed folder not present")
def test_the_whole_seed_004_gives_the_eight_slogans():
    found = extract_candidates(SEED_004.read_text(encoding="utf-8"))
    assert [c.text for c in found if c.selected_by_default] == SLOGANS


def test_straight_quotes_numbering_and_markers():
    text = (
        '1. "Nhiệt liệt chào mừng kỷ niệm 76 năm Ngày Nhân quyền thế giới!"\n'
        '2) _"Quyền con người là giá trị chung"_,\n'
        "  • **“Sống và làm việc theo Hiến pháp và pháp luật.”**\n"
    )
    assert [c.text for c in extract_candidates(text)] == [
        "Nhiệt liệt chào mừng kỷ niệm 76 năm Ngày Nhân quyền thế giới!",
        "Quyền con người là giá trị chung",
        "Sống và làm việc theo Hiến pháp và pháp luật",
    ]


def test_quote_inside_a_sentence_is_offered_unticked():
    text = "Cử cán bộ dự Hội thảo “Bảo vệ và thúc đẩy quyền con người trong bối cảnh mới” tại TP. Hồ Chí Minh."
    (candidate,) = extract_candidates(text)
    assert candidate.text == "Bảo vệ và thúc đẩy quyền con người trong bối cảnh mới"
    assert not candidate.whole_line and not candidate.selected_by_default


def test_quote_broken_over_two_lines_by_a_pdf_copy():
    text = "- “Việt Nam chung sức cùng cộng đồng quốc tế\nthúc đẩy và bảo vệ quyền con người”;"
    assert [c.text for c in extract_candidates(text)] == [SLOGANS[1]]


def test_decomposed_text_comes_out_nfc():
    text = unicodedata.normalize("NFD", "“Việt Nam quyết tâm đẩy lùi nạn mua, bán người”")
    (candidate,) = extract_candidates(text)
    assert candidate.text == SLOGANS[5]
    assert unicodedata.is_normalized("NFC", candidate.text)


def test_unquoted_lines_only_when_asked_and_only_without_quotes():
    text = "- Khẩu hiệu thứ nhất;\n- Khẩu hiệu thứ hai.\n\n"
    assert extract_candidates(text) == []
    assert [c.text for c in extract_candidates(text, unquoted_lines=True)] == [
        "Khẩu hiệu thứ nhất",
        "Khẩu hiệu thứ hai",
    ]
    quoted = text + '"Khẩu hiệu có ngoặc"'
    assert [c.text for c in extract_candidates(quoted, unquoted_lines=True)] == ["Khẩu hiệu có ngoặc"]


def test_duplicates_after_nfc_and_whitespace_folding():
    nfd = unicodedata.normalize("NFD", "Bảo đảm quyền  con người\tcho tất cả mọi người")
    text = f"- “{SLOGANS[0]}”;\n- “{nfd}”;\n- “{SLOGANS[2]}”;\n- “{SLOGANS[3]}”;"
    library = {tidy_slogan(SLOGANS[2]).casefold()}
    marked = mark_duplicates(extract_candidates(text), library)
    assert [c.duplicate for c in marked] == ["", "paste", "library", ""]
    assert [c.selected_by_default for c in marked] == [True, False, False, True]


def test_tidy_keeps_exclamation_and_ellipsis():
    assert tidy_slogan("*Nhiệt liệt chào mừng!*") == "Nhiệt liệt chào mừng!"
    assert tidy_slogan("Quyền con người...") == "Quyền con người..."
    assert tidy_slogan("  Quyền   con người; ") == "Quyền con người"
