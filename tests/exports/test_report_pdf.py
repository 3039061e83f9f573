"""The result report PDF read back against reference/document-format.md, for an
issued report built from seed-000 records."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata

import pytest

from tests.report_seed import PERIOD, enter_seed_000

MM = 72 / 25.4


@pytest.fixture(scope="module")
def report_pdf(tmp_path_factory):
    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.services.document_export import export_document
    from vnhr_desktop.services.reports import create_report, issue_report

    paths = DataPaths(tmp_path_factory.mktemp("report-pdf")).ensure()
    db = open_database(paths)
    try:
        with db.session() as s:
            seed = enter_seed_000(s)
            report_id = create_report(s, seed.plan_id, *PERIOD, today=dt.date(2020, 12, 16))
            issue_report(s, report_id, dt.date(2020, 12, 16))
        with db.Session() as s:
            out = export_document(s, "report", report_id, paths.root / "bao-cao.pdf")
        return out.read_bytes()
    finally:
        db.close()


@pytest.fixture(scope="module")
def pages(report_pdf):
    import pdfplumber

    with pdfplumber.open(io.BytesIO(report_pdf)) as pdf:
        return [
            {"width": p.width, "height": p.height, "chars": p.chars, "lines": p.lines, "text": p.extract_text() or ""}
            for p in pdf.pages
        ]


def line_chars(page, text):
    chars = sorted((c for c in page["chars"] if c["text"].strip()), key=lambda c: (round(c["top"]), c["x0"]))
    joined = "".join(c["text"] for c in chars)
    index = joined.find(text.replace(" ", ""))
    assert index >= 0, f"{text!r} not on page"
    return chars[index : index + len(text.replace(" ", ""))]


def centre_x(chars):
    return (min(c["x0"] for c in chars) + max(c["x1"] for c in chars)) / 2


def baseline(chars):
    return chars[0]["matrix"][5]


def flat(page):
    return " ".join(page["text"].split())


def appendix_start(pages):
    return next(i for i, p in enumerate(pages) if "Phụ lục" in p["text"] and "Kèm theo Báo cáo" in p["text"])


def test_pages_a4_portrait_then_landscape_appendix(pages):
    first = appendix_start(pages)
    assert first >= 1
    for i, page in enumerate(pages):
        size = (round(page["width"], 1), round(page["height"], 1))
        assert size == ((595.3, 841.9) if i < first else (841.9, 595.3)), i


def test_margins(pages):
    for page in pages:
        chars = [c for c in page["chars"] if c["text"].strip()]
        assert min(c["x0"] for c in chars) >= 30 * MM - 0.5
        assert max(c["x1"] for c in chars) <= page["width"] - 15 * MM + 0.5
        body = [c for c in chars if c["top"] > 20 * MM]
        assert max(c["bottom"] for c in body) <= page["height"] - 20 * MM + 1


def test_header_columns(pages):
    page = pages[0]
    half = page["width"] / 2
    parent = line_chars(page, "UBND TỈNH GIA LAI")
    body = line_chars(page, "SỞ NGOẠI VỤ")
    national = line_chars(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = line_chars(page, "Độc lập - Tự do - Hạnh phúc")
    so = line_chars(page, "Số: 01/BC-SNV")
    date = line_chars(page, "Gia Lai, ngày 16 tháng 12 năm 2020")
    assert max(centre_x(c) for c in (parent, body, so)) < half < min(centre_x(c) for c in (national, motto, date))
    assert abs(baseline(so) - baseline(date)) < 0.01
    assert all(c["fontname"].endswith("Bold") for c in body + national + motto)
    assert all(c["fontname"].endswith("Italic") for c in date)


def test_title_kinh_gui_and_opening(pages):
    page = pages[0]
    kind = line_chars(page, "BÁO CÁO")
    frame_centre = 30 * MM + (page["width"] - 45 * MM) / 2
    assert abs(centre_x(kind) - frame_centre) < 2
    assert all(c["fontname"].endswith("Bold") and round(c["size"]) == 14 for c in kind)
    text = flat(page)
    assert "Kính gửi: Thường trực Ban Chỉ đạo nhân quyền tỉnh." in text
    assert "Thực hiện Kế hoạch số 1993/KH-BCĐ-VPTT ngày 26/11/2020 của Ban Chỉ đạo Nhân quyền tỉnh" in text
    opening = line_chars(page, "Thực hiện Kế hoạch số")
    assert abs(opening[0]["x0"] - 40 * MM) < 1 and round(opening[0]["size"]) == 14
    heading = line_chars(page, "I. NỘI DUNG THỰC HIỆN")
    assert all(c["fontname"].endswith("Bold") for c in heading)


def test_page_numbers(pages):
    first = appendix_start(pages)
    band = [[c for c in p["chars"] if c["bottom"] < 20 * MM and c["text"].strip()] for p in pages]
    assert band[0] == [] and band[first] == []
    for i in range(1, first):
        assert "".join(c["text"] for c in band[i]) == str(i + 1)
    for i in range(first + 1, len(pages)):
        assert "".join(c["text"] for c in band[i]) == str(i - first + 1)


def test_body_states_the_figures(pages):
    text = " ".join(flat(p) for p in pages[: appendix_start(pages)])
    assert "Từ ngày 01/12 đến ngày 15/12/2020, đăng 12 tin, bài viết" in text
    assert "có 13 đại biểu tham dự, đại diện 13 cơ quan, tổ chức" in text
    assert "vào ngày 19/11/2020 tại tỉnh Đăk Lăk" in text
    assert unicodedata.is_normalized("NFC", text)


def test_signature_and_recipients(pages):
    page = pages[appendix_start(pages) - 1]
    label = line_chars(page, "Nơi nhận:")
    authority = line_chars(page, "KT. GIÁM ĐỐC")
    name = line_chars(page, "Trần Văn Bình")
    assert abs(baseline(label) - baseline(authority)) < 0.5
    assert centre_x(label) < page["width"] / 2 < centre_x(authority)
    assert all(c["fontname"].endswith("BoldItalic") for c in label)
    assert all(c["fontname"].endswith("Bold") for c in authority + name)
    line_chars(page, "PHÓ GIÁM ĐỐC")
    for text in ("- Như trên;", "- Lưu: VT."):
        assert {round(c["size"]) for c in line_chars(page, text)} == {11}


def test_appendix_heading_tables_and_chart(pages):
    first = appendix_start(pages)
    page = pages[first]
    label = line_chars(page, "Phụ lục")
    assert all(c["fontname"].endswith("Bold") and round(c["size"]) == 14 for c in label)
    assert "SỐ LIỆU KẾT QUẢ THỰC HIỆN" in page["text"]
    note = line_chars(page, "(Kèm theo Báo cáo số 01/BC-SNV ngày 16 tháng 12 năm 2020")
    assert all(c["fontname"].endswith("Italic") for c in note)
    annex = "\n".join(p["text"] for p in pages[first:])
    assert "1. Tin, bài và sản phẩm truyền thông theo loại và kênh" in annex
    assert "Tin Trang thông tin điện tử của Sở Ngoại vụ 6 6" in " ".join(annex.split())
    assert "Tổng cộng 12 12" in " ".join(annex.split())
    assert "Lãnh đạo Sở Ngoại vụ" in annex
    assert "Biểu đồ: kế hoạch và kết quả thực hiện" in annex and "Đạt được" in annex


def test_fonts_embedded_and_no_helvetica(report_pdf):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(report_pdf))
    for page in reader.pages:
        resources = page["/Resources"]
        fonts = dict(resources.get("/Font", {}))
        for xobject in resources.get("/XObject", {}).values():
            fonts.update(xobject.get_object().get("/Resources", {}).get("/Font", {}))
        for ref in fonts.values():
            font = ref.get_object()
            assert "Helvetica" not in font["/BaseFont"]
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]


def test_draft_prints_with_blank_number(db, tmp_path):
    import pdfplumber

    from vnhr_desktop.services.document_export import export_document
    from vnhr_desktop.services.reports import create_report

    with db.session() as s:
        seed = enter_seed_000(s)
        report_id = create_report(s, seed.plan_id, *PERIOD)
        out = export_document(s, "report", report_id, tmp_path / "du-thao.pdf")
    with pdfplumber.open(out) as pdf:
        text = pdf.pages[0].extract_text()
    assert "/BC-SNV" in text and "01/BC-SNV" not in text and "năm 2020" in text
