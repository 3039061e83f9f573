"""TCVN3 and VNI conversion over every Vietnamese letter, their detection, and
the reader's refusals (scanned PDF, old .doc, empty file, wrong kind)."""

from __future__ import annotations

import unicodedata

import pytest

from tests.plan_import.plan_docs import write_scanned_pdf
from vnhr_desktop.errors import ImportRejected, UserError
from vnhr_desktop.imports.plan_document.legacy import (
    TCVN3_TABLE,
    VNI_ENCODE,
    detect,
    tcvn3_to_unicode,
    to_unicode,
    unicode_to_tcvn3,
    unicode_to_vni,
    vni_to_unicode,
)
from vnhr_desktop.imports.plan_document.reader import read_document, read_pasted

BASES = "aăâeêioôơuưy"
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
LOWER = [unicodedata.normalize("NFC", b + t) for b in BASES for t in TONES] + ["đ"]
UPPER = [ch.upper() for ch in LOWER]


def test_the_alphabet_has_every_letter():
    assert len(LOWER) == 73 and len(set(LOWER + UPPER)) == 146
    assert {"ạ", "ằ", "ẩ", "ễ", "ị", "ỗ", "ợ", "ữ", "ỹ", "đ"} <= set(LOWER)


@pytest.mark.parametrize("letter", LOWER)
def test_tcvn3_every_lower_case_letter(letter):
    code = unicode_to_tcvn3(letter)
    assert len(code) == 1
    assert tcvn3_to_unicode(code) == letter
    if letter not in "aeiouy":
        assert code in TCVN3_TABLE and TCVN3_TABLE[code] == letter


def test_tcvn3_bytes_are_distinct_and_capitals_read_as_capitals():
    codes = [unicode_to_tcvn3(ch) for ch in LOWER]
    assert len(set(codes)) == len(codes)
    for ch in "ĂÂÊÔƠƯĐ":
        assert tcvn3_to_unicode(unicode_to_tcvn3(ch)) == ch
    # A heading typed with the capital font (.VnTimeH): all plain letters are capitals.
    heading = " ".join(UPPER)
    assert tcvn3_to_unicode("KÕ HO¹CH " + unicode_to_tcvn3(heading)) == "KẾ HOẠCH " + heading


def test_tcvn3_known_text():
    assert tcvn3_to_unicode("Céng hoµ x· héi chñ nghÜa ViÖt Nam") == "Cộng hoà xã hội chủ nghĩa Việt Nam"
    assert tcvn3_to_unicode("KÕ ho¹ch") == "Kế hoạch"
    assert tcvn3_to_unicode("§éc lËp - Tù do - H¹nh phóc") == "Độc lập - Tự do - Hạnh phúc"


@pytest.mark.parametrize("letter", LOWER + UPPER)
def test_vni_every_letter(letter):
    code = VNI_ENCODE[letter]
    assert unicode_to_vni(letter) == code
    assert vni_to_unicode(code) == letter


def test_vni_known_text_and_words():
    assert vni_to_unicode("Keá hoaïch") == "Kế hoạch"
    assert vni_to_unicode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam") == "Cộng hòa xã hội chủ nghĩa Việt Nam"
    assert vni_to_unicode("ÑOÄC LAÄP") == "ĐỘC LẬP"
    words = "Người được ưu tiên ở những nơi ướt át, quyền Ưu Đãi, Ỷ LẠI, vượt qua"
    assert vni_to_unicode(unicode_to_vni(words)) == words


def test_detection():
    unicode = "Kế hoạch triển khai đợt cao điểm tuyên truyền về quyền con người, hoà bình."
    assert detect(unicode) == ""
    assert detect(unicode_to_tcvn3(unicode)) == "TCVN3"
    assert detect(unicode_to_vni(unicode)) == "VNI"
    assert to_unicode(unicode_to_vni(unicode)) == (unicode, "VNI")
    assert detect("Café, naïve, résumé - a few Latin-1 words") == ""


def test_scanned_pdf_is_named_as_such(tmp_path):
    path = write_scanned_pdf(tmp_path / "ke-hoach-scan.pdf", pages=3)
    with pytest.raises(ImportRejected) as err:
        read_document(path)
    assert "bản PDF scan" in err.value.message and "3 trang" in err.value.message
    assert "\n" not in err.value.message


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("cu.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "Word cũ (.doc)"),
        ("rong.pdf", b"", "rỗng"),
        ("gia.pdf", b"<html>not a pdf</html>", "không phải tệp PDF"),
        ("hong.pdf", b"%PDF-1.7\n garbage", "không đọc được tệp PDF"),
        ("hong.docx", b"PK\x03\x04 garbage", "hỏng"),
        ("bang.xlsx", b"PK\x03\x04", ".docx, .pdf hoặc .txt"),
    ],
)
def test_unreadable_files_get_one_vietnamese_line(tmp_path, name, data, words):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UserError) as err:
        read_document(path)
    assert words in err.value.message and "\n" not in err.value.message


def test_pasted_text_is_tidied():
    doc = read_pasted("  Kế\u00a0hoạch\r\n\r\n\r\n\r\nsố   05  ")
    assert doc.text == "Kế hoạch\n\nsố 05"
    assert unicodedata.is_normalized("NFC", read_pasted(unicodedata.normalize("NFD", "Kế hoạch")).text)


def test_text_file_in_windows_vietnamese_code_page(tmp_path):
    path = tmp_path / "cp1258.txt"
    # cp1258 writes the tone as a mark after the letter.
    path.write_bytes("KÊ\u0301 HOA\u0323CH\nTuyên truyê\u0300n quyê\u0300n con ngươ\u0300i".encode("cp1258"))
    assert read_document(path).text == "KẾ HOẠCH\nTuyên truyền quyền con người"
