import datetime as dt
import unicodedata

import pytest

from vnhr_desktop.domain.dates import (
    anniversary,
    anniversary_phrase,
    date_words,
    fmt_date,
    fmt_decimal,
    fmt_int,
    fmt_percent,
    parse_date,
    place_date_line,
    shift_year,
)
from vnhr_desktop.domain.numbering import number_symbol, number_text, so_line, symbol
from vnhr_desktop.domain.text import clean, clean_line, fold, like_pattern, person_sort_key, sort_key

NAME = "Nguyễn Văn Đức"


def test_nfc_and_nfd_give_one_key():
    nfd = unicodedata.normalize("NFD", NAME)
    assert nfd != NAME
    assert clean(nfd) == NAME
    assert fold(nfd) == fold(NAME) == "nguyen van duc"
    assert sort_key(nfd) == sort_key(NAME)


def test_fold_handles_d_with_stroke_and_case():
    assert fold("ĐẶNG Thị Hạnh") == "dang thi hanh"
    assert fold("  Quyền   con  người ") == "quyen con nguoi"


def test_like_pattern_escapes_wildcards():
    assert like_pattern("100%_x") == "%100\\%\\_x%"


def test_clean_strips_control_characters_and_keeps_lines():
    assert clean(" a\x00b\r\nc ") == "ab\nc"
    assert clean_line("a \n  b") == "a b"
    assert clean(None) == ""


VI_ORDER = [
    "a",
    "à",
    "ả",
    "ã",
    "á",
    "ạ",
    "ă",
    "ằ",
    "â",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "ê",
    "g",
    "o",
    "ô",
    "ơ",
    "u",
    "ư",
    "y",
]


def test_sort_key_follows_vietnamese_alphabet_and_tones():
    shuffled = list(reversed(VI_ORDER))
    assert sorted(shuffled, key=sort_key) == VI_ORDER


def test_sort_key_words():
    words = ["Đức", "Dũng", "Ân", "An", "Bình", "Ánh", "Anh", "Ơn", "Oanh"]
    assert sorted(words, key=sort_key) == ["An", "Anh", "Ánh", "Ân", "Bình", "Dũng", "Đức", "Oanh", "Ơn"]


def test_person_sort_key_given_name_first():
    names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Phạm Đức"]
    assert sorted(names, key=person_sort_key) == ["Lê Văn An", "Nguyễn Thị An", "Trần Văn Bình", "Phạm Đức"]


@pytest.mark.parametrize(
    "day, words",
    [
        (dt.date(2025, 1, 5), "ngày 05 tháng 01 năm 2025"),
        (dt.date(2024, 2, 29), "ngày 29 tháng 02 năm 2024"),
        (dt.date(2024, 3, 1), "ngày 01 tháng 3 năm 2024"),
        (dt.date(2024, 12, 10), "ngày 10 tháng 12 năm 2024"),
    ],
)
def test_date_words_leading_zero_rule(day, words):
    assert date_words(day) == words


def test_place_date_line_and_screen_format():
    assert place_date_line("Châu Thành", dt.date(2025, 1, 5)) == "Châu Thành, ngày 05 tháng 01 năm 2025"
    assert fmt_date(dt.date(2025, 1, 5)) == "05/01/2025"


def test_parse_date_accepts_vietnamese_and_iso_and_rejects_garbage():
    assert parse_date("5/1/2025") == dt.date(2025, 1, 5)
    assert parse_date("2025-01-05") == dt.date(2025, 1, 5)
    assert parse_date("  ") is None
    with pytest.raises(ValueError, match="Ngày không hợp lệ"):
        parse_date("31/02/2025")


def test_anniversary():
    assert anniversary(2024) == 76
    assert anniversary_phrase(2025) == "77 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2025)"


def test_shift_year_handles_leap_day():
    assert shift_year(dt.date(2024, 2, 29)) == dt.date(2025, 2, 28)
    assert shift_year(dt.date(2024, 11, 20)) == dt.date(2025, 11, 20)


def test_number_formatting():
    assert fmt_int(1234567) == "1.234.567"
    assert fmt_decimal(12.5) == "12,5"
    assert fmt_decimal(12.0) == "12"
    assert fmt_percent(12.5) == "12,5 %"
    assert fmt_decimal(1234.5) == "1.234,5"


def test_document_numbers_and_symbols():
    assert number_text(5) == "05"
    assert number_text(155) == "155"
    assert symbol("report", "UBND") == "BC-UBND"
    assert symbol("plan", "BCĐNQ") == "KH-BCĐNQ"
    assert symbol("dispatch", "STTTT-TTBCXB") == "STTTT-TTBCXB"
    assert number_symbol(5, "BC-UBND") == "05/BC-UBND"
    assert so_line(12, "BC-UBND") == "Số: 12/BC-UBND"
    assert so_line(None, "KH-UBND").startswith("Số:") and "/KH-UBND" in so_line(None, "KH-UBND")
