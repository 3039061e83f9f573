"""Every field of seeds 004 and 001 read from .txt, .docx and .pdf, and from
messy variants of the text (extra spaces, line breaks inside numbers and dates,
NFD, straight quotes, TCVN3 and VNI)."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from tests.plan_import.plan_docs import (
    HEADER_004,
    HEADER_004_FIELDS,
    SEED_001,
    SEED_004,
    Header,
    read_seed,
    with_header_text,
    write_docx,
    write_pdf,
)
from vnhr_desktop.imports.plan_document.extract import extract, extract_file, extract_pasted
from vnhr_desktop.imports.plan_document.legacy import unicode_to_tcvn3, unicode_to_vni

HERE = Path(__file__).resolve().parent


def expected(name: str) -> dict:
    return json.loads((HERE / f"expected_{name}.json").read_text(encoding="utf-8"))


def expected_004_with_header() -> dict:
    return {**expected("004"), **HEADER_004_FIELDS}


def assert_fields(found: dict, wanted: dict) -> None:
    assert set(found) == set(wanted)
    for key in wanted:
        assert found[key] == wanted[key], key


def test_seed_004_text_every_field():
    doc = extract_file(SEED_004)
    found = doc.as_json()
    assert_fields(found, expected("004"))
    # Spot checks of the expectations themselves (the JSON file is the full list).
    assert found["kind"] == "Kế hoạch" and found["number"] is None and found["issued_on"] is None
    assert found["issuer"] == "Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh"
    assert found["title"].startswith("Triển khai đợt cao điểm") and found["title"].endswith("tỉnh Trà Vinh")
    assert found["references"] == [
        {
            "kind": "Kế hoạch",
            "number": 5,
            "symbol": "KH-BCĐNQ",
            "issued_on": "2024-10-14",
            "issuer": "Trưởng Ban Chỉ đạo Nhân quyền Chính phủ",
        }
    ]
    assert found["anniversary"] == "76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)"
    assert (found["display_start"], found["display_end"]) == ("2024-11-20", "2024-12-31")
    assert found["report_deadline"] == "2025-01-01"
    assert found["report_to"] == "Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền tỉnh (Công an tỉnh)"
    assert len(found["slogans"]) == 8 and found["slogans"][0] == "Bảo đảm quyền con người cho tất cả mọi người"
    assert [t["agency"] for t in found["tasks"]] == [
        "Sở Thông tin và Truyền thông",
        "Sở Văn hóa, Thể thao và Du lịch",
        "Công an tỉnh",
    ]
    assert found["tasks"][2]["content"].startswith("Theo dõi, đôn đốc việc triển khai")
    assert found["targets"] == []
    assert found["signer_title"] == "TRƯỞNG BAN\nCHỦ TỊCH UBND TỈNH"
    assert found["signer_name"] == "Lê Văn Hân"
    assert found["recipients"][0] == "BCD NQ TW (b/c)" and found["recipients"][-1] == "Lưu: VT, NC. 04"
    assert len(found["recipients"]) == 9


def test_every_span_points_at_its_text():
    doc = extract_file(SEED_004)
    text = doc.text
    assert text[doc.issuer.span.start : doc.issuer.span.end] == "Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh"
    assert "ngày 01 tháng 01 năm 2025".endswith(text[doc.report_deadline.span.start : doc.report_deadline.span.end])
    assert text[doc.signer_name.span.start : doc.signer_name.span.end] == "Lê Văn Hân"
    for slogan in doc.slogans:
        assert slogan.text in text[slogan.span.start : slogan.span.end]
    for task in doc.tasks:
        assert text[task.span.start :].startswith(task.agency)
    for ref in doc.references:
        assert text[ref.span.start : ref.span.end].startswith("Kế hoạch số 05/KH-BCĐNQ")
    assert all(0 <= span.start < span.end <= len(text) for _name, span in doc.spans())


def test_seed_001_text_every_field():
    found = extract_file(SEED_001).as_json()
    assert_fields(found, expected("001"))
    assert (found["number"], found["symbol"], found["issued_on"]) == (155, "KH-UBND", "2023-01-18")
    assert found["title"] == (
        "Triển khai Đề án truyền thông về quyền con người ở Việt Nam giai đoạn 2023-2028 trên địa bàn tỉnh Gia Lai"
    )
    assert found["references"][0]["symbol"] == "QĐ-TTg" and found["references"][0]["issued_on"] == "2022-09-14"
    values = [(t["value"], t["text"].split(" ")[0]) for t in found["targets"]]
    assert values == [(100, "cơ"), (100, "cán"), (100, "cán"), (100, "nhân"), (70, "cán"), (90, "tin")]
    assert found["targets"][5]["text"] == "tin giả, tin xấu độc xâm hại quyền con người trên không gian mạng"
    assert found["signer_name"] is None and found["recipients"] == []  # a news page has no signature block


@pytest.mark.parametrize("writer", [write_docx, write_pdf], ids=["docx", "pdf"])
def test_seed_004_written_as_nd30_document(tmp_path, writer):
    path = writer(read_seed(SEED_004), tmp_path / f"004{'.docx' if writer is write_docx else '.pdf'}", HEADER_004)
    doc = extract_file(path)
    assert_fields(doc.as_json(), expected_004_with_header())
    assert doc.issuer_parent.value == "UBND TỈNH TRÀ VINH"


@pytest.mark.parametrize("writer", [write_docx, write_pdf], ids=["docx", "pdf"])
def test_seed_001_written_as_document(tmp_path, writer):
    path = writer(read_seed(SEED_001), tmp_path / f"001{'.docx' if writer is write_docx else '.pdf'}")
    assert_fields(extract_file(path).as_json(), expected("001"))


def test_header_without_parent_line_and_party_numbering(tmp_path):
    header = Header(
        "", ("BAN CHỈ ĐẠO VỀ NHÂN QUYỀN", "TỈNH TRÀ VINH"), "Số: 36-HD/VPTW", "Hà Nội, ngày 31 tháng 3 năm 2023"
    )
    doc = extract_file(write_docx(read_seed(SEED_004), tmp_path / "party.docx", header))
    assert (doc.value("number"), doc.value("symbol"), doc.value("issued_on").isoformat()) == (
        36,
        "-HD/VPTW",
        "2023-03-31",
    )
    assert doc.value("issuer") == "Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh"
    assert doc.issuer_parent is None


def test_merged_header_columns_and_dispatch_without_kind():
    text = (
        "BAN CHỈ ĐẠO NHÂN QUYỀN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12255/BCĐNQ Độc lập - Tự do - Hạnh phúc\n"
        "V/v tuyên truyền kỷ niệm 76 năm\nNgày Nhân quyền thế giới Hà Nội, ngày 14/10/2024\n\n"
        "Kính gửi: Ban Chỉ đạo về Nhân quyền các tỉnh, thành phố.\n\n"
        "Thực hiện Công văn số 2154/STTTT-TTBCXB ngày 5/9/2024 của Sở Thông tin và Truyền thông về việc ..."
    )
    doc = extract_pasted(text)
    assert (doc.value("kind"), doc.value("number"), doc.value("symbol")) == ("Công văn", 12255, "BCĐNQ")
    assert doc.value("issued_on").isoformat() == "2024-10-14"
    assert doc.value("title").startswith("tuyên truyền kỷ niệm 76 năm")
    assert doc.value("issuer") == "Ban chỉ đạo nhân quyền"
    ref = doc.references[0]
    assert (ref.kind, ref.number, ref.symbol, ref.issued_on.isoformat(), ref.issuer) == (
        "Công văn",
        2154,
        "STTTT-TTBCXB",
        "2024-09-05",
        "Sở Thông tin và Truyền thông",
    )


def _messy_spaces(text: str) -> str:
    text = text.replace("Số: 130/KH-BCĐNQ", "Số:   130 /KH-BCĐNQ")
    return text.replace(" ", "  ").replace("\n\n", "\n \n\n")


def _broken_numbers(text: str) -> str:
    return (
        text.replace("05/KH-BCĐNQ ngày 14 tháng 10 năm 2024", "05/KH-\nBCĐNQ ngày 14 tháng\n10 năm 2024")
        .replace("từ ngày 20 tháng 11 năm 2024", "từ ngày 20\ntháng 11 năm\n2024")
        .replace("ngày 01 tháng 01 năm 2025", "ngày 01 tháng 01\nnăm 2025")
        .replace("Số: 130/KH-BCĐNQ", "Số: 130\n/KH-BCĐNQ")
    )


def _straight_quotes(text: str) -> str:
    return text.replace("“", '"').replace("”", '"')


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def _tcvn3(text: str) -> str:
    # Capitals with a tone have no TCVN3 byte; such documents type them in .VnTimeH.
    return unicode_to_tcvn3(text)


@pytest.mark.parametrize(
    "variant",
    [_messy_spaces, _broken_numbers, _straight_quotes, _nfd, unicode_to_vni, _tcvn3],
    ids=["spaces", "line-breaks", "straight-quotes", "nfd", "vni", "tcvn3"],
)
def test_messy_variants_of_seed_004(variant):
    raw = variant(
        with_header_text(
            read_seed(SEED_004),
            Header("", ("BAN CHỈ ĐẠO VỀ NHÂN QUYỀN", "TỈNH TRÀ VINH"), HEADER_004.number_line, HEADER_004.date_line),
        )
    )
    doc = extract_pasted(raw)
    assert_fields(doc.as_json(), expected_004_with_header())
    if variant in (_tcvn3, unicode_to_vni):
        assert doc.legacy_encoding == ("TCVN3" if variant is _tcvn3 else "VNI")


def test_legacy_text_file_saved_as_ansi(tmp_path):
    path = tmp_path / "004.txt"
    path.write_bytes(unicode_to_tcvn3(read_seed(SEED_004)).encode("latin-1", errors="replace"))
    doc = extract_file(path)
    assert doc.legacy_encoding == "TCVN3"
    assert doc.value("kind") == "Kế hoạch" and doc.value("signer_name") == "Lê Văn Hân"
    assert len(doc.slogans) == 0 or doc.slogans[0].text == "Bảo đảm quyền con người cho tất cả mọi người"


def test_display_window_in_digits_and_deadline_before():
    text = (
        "KẾ HOẠCH\nTuyên truyền\n\n1. Treo băng rôn từ ngày 1/11/2024 đến ngày 31/12/2024 tại trụ sở.\n\n"
        "2. Các đơn vị báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 15/12/2024."
    )
    doc = extract(text)
    assert (doc.value("display_start").isoformat(), doc.value("display_end").isoformat()) == (
        "2024-11-01",
        "2024-12-31",
    )
    assert doc.value("report_deadline").isoformat() == "2024-12-15"
    assert doc.value("report_to") == "Phòng Văn hóa và Thông tin"


def test_nothing_found_is_null():
    found = extract("Một đoạn văn không phải văn bản hành chính.").as_json()
    assert all(found[k] is None for k in ("kind", "number", "symbol", "issued_on", "issuer", "title", "signer_name"))
    assert all(found[k] == [] for k in ("references", "slogans", "tasks", "targets", "recipients"))


E_OFFICE_TEXT = """ỦY BAN NHÂN DÂN
TỈNH TRÀ VINH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
---------------
Số: 2154 /KH-UBND
Trà Vinh, ngày 31 tháng 3 năm 2023
KẾ HOẠCH
Tuyên truyền về quyền con người năm 2023
Căn cứ Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ phê duyệt Đề án truyền thông;
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC TIÊU
Phấn đấu 100% cán bộ làm công tác quyền con người được tập huấn.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan tổ chức tập huấn, hoàn thành trước ngày
30/6/2023.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh phối hợp tuyên truyền trong hội viên.
3. Công an tỉnh
- Theo dõi, đôn đốc thực hiện Kế hoạch;
- Tổng hợp kết quả.
Nơi nhận:
- Như trên;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Ký bởi: Ủy ban nhân dân tỉnh Trà Vinh
Nguyễn Quỳnh Thiện
"""


def test_e_office_pdf_text_with_authority_and_heading_task():
    doc = extract_pasted(E_OFFICE_TEXT)
    found = doc.as_json()
    assert (found["number"], found["symbol"], found["issued_on"]) == (2154, "KH-UBND", "2023-03-31")
    assert found["issuer"] == "Ủy ban nhân dân tỉnh Trà Vinh" and doc.issuer_parent is None
    assert found["title"] == "Tuyên truyền về quyền con người năm 2023"
    assert found["references"][0]["symbol"] == "QĐ-TTg"
    assert found["tasks"] == [
        {
            "agency": "Sở Tư pháp",
            "content": "Chủ trì, phối hợp với các cơ quan liên quan tổ chức tập huấn, hoàn thành trước ngày 30/6/2023.",
            "due": "2023-06-30",
        },
        {
            "agency": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
            "content": "Phối hợp tuyên truyền trong hội viên.",
            "due": None,
        },
        {
            "agency": "Công an tỉnh",
            "content": "- Theo dõi, đôn đốc thực hiện Kế hoạch;\n- Tổng hợp kết quả.",
            "due": None,
        },
    ]
    assert found["targets"] == [
        {"text": "cán bộ làm công tác quyền con người được tập huấn", "value": 100, "unit": "percent"}
    ]
    assert doc.value("signer_authority") == "TM. ỦY BAN NHÂN DÂN"
    assert (found["signer_title"], found["signer_name"]) == ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Quỳnh Thiện")
    assert found["recipients"] == ["Như trên", "Lưu: VT"]


def test_lettered_tasks_and_lettered_duties():
    text = (
        "KẾ HOẠCH\nTuyên truyền\n\nIII. TỔ CHỨC THỰC HIỆN\n"
        "1. Các sở, ban, ngành tỉnh:\na) Sở Tư pháp chủ trì tuyên truyền pháp luật.\n"
        "b) Đề nghị Hội Liên hiệp Phụ nữ tỉnh phối hợp tổ chức tọa đàm.\n"
        "2. Công an tỉnh chủ trì:\na) theo dõi tình hình;\nb) tổng hợp kết quả.\n"
    )
    tasks = extract(text).tasks
    assert [(t.agency, t.content) for t in tasks] == [
        ("Sở Tư pháp", "Chủ trì tuyên truyền pháp luật."),
        ("Hội Liên hiệp Phụ nữ tỉnh", "Phối hợp tổ chức tọa đàm."),
        ("Công an tỉnh", "Chủ trì: a) theo dõi tình hình; b) tổng hợp kết quả."),
    ]


def test_page_numbers_of_a_pdf_do_not_enter_the_text(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from vnhr_desktop.exports.pdf.fonts import FONT, register_fonts

    register_fonts()
    path = tmp_path / "pages.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    for page, line in enumerate(("III. TỔ CHỨC THỰC HIỆN", "1. Sở Tư pháp chủ trì tuyên truyền"), start=1):
        c.setFont(FONT, 13)
        c.drawString(300, 810, str(page))
        c.drawString(80, 700, line)
        c.showPage()
    c.save()
    doc = extract_file(path)
    assert doc.text == "III. TỔ CHỨC THỰC HIỆN\n1. Sở Tư pháp chủ trì tuyên truyền"
    assert doc.tasks[0].agency == "Sở Tư pháp"


def test_date_line_without_place_name():
    doc = extract_pasted("BAN CHỈ ĐẠO\nSố: 07/TB-BCĐ\nngày 14/10/2024\nTHÔNG BÁO\nKết luận của Trưởng ban\n\nNội dung.")
    assert (doc.value("kind"), doc.value("number"), doc.value("issued_on").isoformat()) == (
        "Thông báo",
        7,
        "2024-10-14",
    )
    assert doc.value("title") == "Kết luận của Trưởng ban" and doc.value("issuer") == "Ban chỉ đạo"
