"""The NĐ30 document builder, checked on the PDF it produces (reference/document-format.md)."""

from __future__ import annotations

import io
import unicodedata

import pytest
from export_samples import DECOMPOSED, SLOGAN

MM = 72 / 25.4
A4 = (595.28, 841.89)


def line_chars(page, text):
    """Chars of the first occurrence of ``text`` on the page (in reading order)."""
    chars = [c for c in page["chars"] if c["text"].strip()]
    chars.sort(key=lambda c: (round(c["top"]), c["x0"]))
    joined = "".join(c["text"] for c in chars)
    index = joined.find(text.replace(" ", ""))
    assert index >= 0, f"{text!r} not on page"
    return chars[index : index + len(text.replace(" ", ""))]


def baseline(chars):
    return chars[0]["matrix"][5]


def centre_x(chars):
    return (min(c["x0"] for c in chars) + max(c["x1"] for c in chars)) / 2


def rules_under(page, chars, within=8):
    """Horizontal lines just under ``chars`` and centred within their span."""
    bottom = max(c["bottom"] for c in chars)
    left, right = min(c["x0"] for c in chars), max(c["x1"] for c in chars)
    return [
        ln for ln in page["lines"] if 0 < ln["top"] - bottom < within and left <= (ln["x0"] + ln["x1"]) / 2 <= right
    ]


def top_band_chars(page):
    """Chars drawn in the top margin (above the 20 mm text area)."""
    return [c for c in page["chars"] if c["bottom"] < 20 * MM and c["text"].strip()]


def test_main_pages_are_a4_portrait_and_appendix_landscape(plan_pages):
    sizes = [(round(p["width"], 1), round(p["height"], 1)) for p in plan_pages]
    assert sizes[:3] == [(595.3, 841.9)] * 3
    assert sizes[3:5] == [(841.9, 595.3)] * 2  # Phụ lục I asked for landscape
    assert sizes[5] == (595.3, 841.9)


def test_text_stays_inside_the_margins(plan_pages):
    for page in plan_pages:
        chars = [c for c in page["chars"] if c["text"].strip()]
        assert min(c["x0"] for c in chars) >= 30 * MM - 0.5
        assert max(c["x1"] for c in chars) <= page["width"] - 15 * MM + 0.5
        body = [c for c in chars if c["top"] > 20 * MM]
        assert max(c["bottom"] for c in body) <= page["height"] - 20 * MM + 1
        for line in page["lines"]:
            assert line["x0"] >= 30 * MM - 1 and line["x1"] <= page["width"] - 15 * MM + 1


def test_header_block_columns_and_shared_baseline(plan_pages):
    page = plan_pages[0]
    half = page["width"] / 2
    body = line_chars(page, "ỦY BAN NHÂN DÂN")
    unit = line_chars(page, "HUYỆN CHÂU THÀNH")
    national = line_chars(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    motto = line_chars(page, "Độc lập - Tự do - Hạnh phúc")
    so = line_chars(page, "Số: 05/KH-UBND")
    date = line_chars(page, "Châu Thành, ngày 05 tháng 01 năm 2025")
    assert centre_x(body) < half and centre_x(unit) < half and centre_x(so) < half
    assert centre_x(national) > half and centre_x(motto) > half and centre_x(date) > half
    # the issuing body is centred on itself, the Số line under it
    assert abs(centre_x(body) - centre_x(unit)) < 2
    assert abs(centre_x(so) - centre_x(body)) < 3
    assert abs(centre_x(national) - centre_x(motto)) < 2
    assert abs(baseline(so) - baseline(date)) < 0.01
    assert abs(baseline(body) - baseline(national)) < 0.01
    assert baseline(so) < baseline(unit)  # PDF y grows upwards: Số is below


def test_header_fonts_and_sizes(plan_pages):
    page = plan_pages[0]
    checks = {
        "ỦY BAN NHÂN DÂN": ("Bold", 13),
        "CỘNG HÒA XÃ HỘI": ("Bold", 12),
        "Độc lập - Tự do": ("Bold", 13),
        "Số: 05/KH-UBND": ("Regular", 13),
        "Châu Thành, ngày 05": ("Italic", 13),
        "KẾ HOẠCH": ("Bold", 14),
        "Triển khai đợt cao điểm": ("Bold", 14),
        "I. MỤC ĐÍCH, YÊU CẦU": ("Bold", 14),
        "Thực hiện Kế hoạch số": ("Regular", 14),
    }
    for text, (face, size) in checks.items():
        chars = line_chars(page, text)
        names = {c["fontname"].split("+")[-1] for c in chars}
        assert all(n.endswith(face) or (face == "Regular" and "-" not in n.split("Serif")[-1]) for n in names), (
            text,
            names,
        )
        assert {round(c["size"], 1) for c in chars} == {size}, text


def test_header_rules(plan_pages):
    page = plan_pages[0]
    unit = line_chars(page, "HUYỆN CHÂU THÀNH")
    motto = line_chars(page, "Độc lập - Tự do - Hạnh phúc")
    unit_width = max(c["x1"] for c in unit) - min(c["x0"] for c in unit)
    motto_width = max(c["x1"] for c in motto) - min(c["x0"] for c in motto)
    under_unit = rules_under(page, unit)
    under_motto = rules_under(page, motto)
    assert len(under_unit) == 1 and len(under_motto) == 1
    rule = under_unit[0]["x1"] - under_unit[0]["x0"]
    assert unit_width / 3 - 1 <= rule <= unit_width / 2 + 1
    assert abs((under_unit[0]["x0"] + under_unit[0]["x1"]) / 2 - centre_x(unit)) < 2
    assert abs((under_motto[0]["x1"] - under_motto[0]["x0"]) - motto_width) < 3


def test_title_block_centred_with_short_rule(plan_pages):
    page = plan_pages[0]
    kind = line_chars(page, "KẾ HOẠCH")
    frame_centre = 30 * MM + (page["width"] - 45 * MM) / 2
    assert abs(centre_x(kind) - frame_centre) < 2
    end = line_chars(page, "(10/12/1948 - 10/12/2024)")
    summary_end = [c for c in page["chars"] if abs(c["top"] - end[0]["top"]) < 1]
    below = rules_under(page, summary_end, within=10)
    assert len(below) == 1
    assert 40 < below[0]["x1"] - below[0]["x0"] < 200
    assert abs((below[0]["x0"] + below[0]["x1"]) / 2 - frame_centre) < 2


def test_body_is_indented_and_justified(plan_pages):
    page = plan_pages[0]
    first = line_chars(page, "Thực hiện Kế hoạch số")
    assert abs(first[0]["x0"] - (30 * MM + 10 * MM)) < 1
    # a justified paragraph's full lines end at the right edge of the text area
    point = line_chars(page, "a) Nâng cao nhận thức")
    same_line = [c for c in page["chars"] if abs(c["top"] - point[0]["top"]) < 1]
    assert abs(max(c["x1"] for c in same_line) - (page["width"] - 15 * MM)) < 1.5


def test_page_numbers(plan_pages):
    assert top_band_chars(plan_pages[0]) == []
    expected = {1: "2", 2: "3", 3: None, 4: "2", 5: None}
    for index, number in expected.items():
        page = plan_pages[index]
        band = top_band_chars(page)
        if number is None:
            assert band == [], f"page {index + 1} should carry no number"
            continue
        assert "".join(c["text"] for c in band) == number
        frame_centre = 30 * MM + (page["width"] - 45 * MM) / 2
        assert abs(centre_x(band) - frame_centre) < 1
        assert {round(c["size"]) for c in band} == {13}


def test_fonts_embedded(plan_pdf):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(plan_pdf))
    seen = set()
    for page in reader.pages:
        fonts = page["/Resources"]["/Font"]
        for ref in fonts.values():
            font = ref.get_object()
            seen.add(font["/BaseFont"])
            descriptor = font.get("/FontDescriptor")
            if descriptor is None:  # composite font: look at its descendant
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object(), font["/BaseFont"]
    faces = {name.split("+")[-1] for name in seen}
    assert any(f.endswith("Bold") for f in faces) and any(f.endswith("Italic") for f in faces)
    assert any(f.endswith("BoldItalic") for f in faces)


def test_vietnamese_text_is_intact_and_nfc(plan_pages):
    text = "\n".join(p["text"] for p in plan_pages)
    assert unicodedata.is_normalized("NFC", text)
    flat = " ".join(text.split())
    assert unicodedata.normalize("NFC", DECOMPOSED) in flat
    first_half, second_half = SLOGAN.split(" (")
    assert first_half in flat and f"({second_half}" in flat
    assert 'Ký hiệu <b> & "ngoặc" giữ nguyên.' in flat
    for letter in ("a)", "b)", "c)", "d)", "đ)", "e)", "g)"):
        assert f"{letter} Nâng cao nhận thức" in flat


def test_table_header_repeats_on_each_page(plan_pages):
    assert "STT Nội dung khẩu hiệu Số lượng" in plan_pages[1]["text"]
    assert "STT Nội dung khẩu hiệu Số lượng" in plan_pages[2]["text"]
    assert plan_pages[4]["text"].splitlines()[1].startswith("STT Cột 0")


def test_signature_block(plan_pages):
    page = plan_pages[2]
    label = line_chars(page, "Nơi nhận:")
    authority = line_chars(page, "TM. ỦY BAN NHÂN DÂN")
    name = line_chars(page, "Nguyễn Văn Đức")
    assert all(c["fontname"].endswith("BoldItalic") for c in label)
    assert {round(c["size"]) for c in label} == {12}
    assert abs(baseline(label) - baseline(authority)) < 0.5
    assert centre_x(label) < page["width"] / 2 < centre_x(authority)
    assert {round(c["size"]) for c in authority} == {14}
    assert all(c["fontname"].endswith("Bold") for c in name + authority)
    assert 20 * MM < baseline(authority) - baseline(name) < 60 * MM
    assert abs(centre_x(name) - centre_x(authority)) < 3
    for line, end in (("- Như trên;", ";"), ("- UBND tỉnh (b/c);", ";"), ("- Lưu: VT, VHTT.", ".")):
        chars = line_chars(page, line)
        assert {round(c["size"]) for c in chars} == {11}
        assert chars[-1]["text"] == end
    for text in ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"):
        line_chars(page, text)


def test_appendix_heading(plan_pages):
    page = plan_pages[3]
    label = line_chars(page, "Phụ lục I")
    title = line_chars(page, "KẾT QUẢ TUYÊN TRUYỀN")
    note = line_chars(page, "(Kèm theo Kế hoạch số 05/KH-UBND ngày 05 tháng 01 năm 2025")
    assert all(c["fontname"].endswith("Bold") for c in label + title)
    assert {round(c["size"]) for c in label + title} == {14}
    assert all(c["fontname"].endswith("Italic") for c in note)
    assert "của Ủy ban nhân dân huyện Châu Thành)" in " ".join(page["text"].split())


def test_signature_never_splits_from_its_name():
    import pdfplumber

    from vnhr_desktop.exports.pdf.document import NDDocument
    from vnhr_desktop.exports.pdf.model import HeaderInfo, Signature

    for filler in range(14, 24):
        doc = NDDocument(
            HeaderInfo("UBND huyện Châu Thành", "BC-UBND", 12, "Châu Thành"), kind="Báo cáo", summary="Kết quả"
        )
        for _ in range(filler):
            doc.paragraph("Nội dung báo cáo kết quả thực hiện nhiệm vụ tuyên truyền trong kỳ.")
        doc.signature(
            Signature.of("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Lê Thị Hoa"), ["Như trên", "Lưu: VT"]
        )
        with pdfplumber.open(io.BytesIO(doc.build())) as pdf:
            texts = [p.extract_text() for p in pdf.pages]
        holders = [i for i, t in enumerate(texts) if "Lê Thị Hoa" in t]
        assert len(holders) == 1
        assert "PHÓ CHỦ TỊCH" in texts[holders[0]] and "Nơi nhận:" in texts[holders[0]]


def test_plain_document_has_title_block_without_national_header():
    import pdfplumber

    from vnhr_desktop.exports.pdf.document import PlainDocument
    from vnhr_desktop.exports.pdf.model import Column, PlainTitle, Signature

    doc = PlainDocument(
        PlainTitle(
            "Danh sách đại biểu dự hội nghị",
            ("Hội nghị tập huấn công tác nhân quyền năm 2024",),
            issuer="UBND huyện Châu Thành\nPhòng Văn hóa - Thông tin",
        ),
        landscape=True,
    )
    doc.table(
        [Column("STT", align="center", width_mm=12), Column("Họ và tên", 3), Column("Chữ ký", 2)],
        [[i, f"Nguyễn Văn {i}", ""] for i in range(1, 60)],
    )
    doc.signature(
        Signature(("Người lập danh sách",), "Trần Thị Mai", place_date="Châu Thành, ngày 20 tháng 11 năm 2024")
    )
    with pdfplumber.open(io.BytesIO(doc.build())) as pdf:
        pages = [{"width": p.width, "height": p.height, "chars": p.chars, "text": p.extract_text()} for p in pdf.pages]
    assert len(pages) >= 2 and all(p["width"] > p["height"] for p in pages)
    first = pages[0]
    assert "CỘNG HÒA" not in first["text"]
    title = line_chars(first, "DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ")
    frame_centre = 30 * MM + (first["width"] - 45 * MM) / 2
    assert abs(centre_x(title) - frame_centre) < 2
    assert all(c["fontname"].endswith("Bold") for c in title)
    issuer = line_chars(first, "PHÒNG VĂN HÓA - THÔNG TIN")
    assert centre_x(issuer) < first["width"] / 2
    assert top_band_chars(first) == [] and "".join(c["text"] for c in top_band_chars(pages[1])) == "2"


def test_save_writes_through_safe_write(tmp_path):
    from vnhr_desktop.exports.pdf.document import NDDocument
    from vnhr_desktop.exports.pdf.model import HeaderInfo

    target = tmp_path / "ke-hoach.pdf"
    doc = NDDocument(HeaderInfo("UBND huyện Châu Thành", "KH-UBND"), kind="Kế hoạch", summary="Thử")
    doc.paragraph("Nội dung.")
    assert doc.save(target) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["ke-hoach.pdf"]


def test_draft_header_leaves_blanks():
    from vnhr_desktop.exports.pdf.model import HeaderInfo

    draft = HeaderInfo(
        "UBND huyện Châu Thành", "KH-UBND", place="Châu Thành", year=2025, subject="triển khai tuyên truyền"
    )
    assert draft.so_text().startswith("Số:") and draft.so_text().endswith("/KH-UBND")
    assert draft.place_date_text().startswith("Châu Thành, ngày ")
    assert draft.place_date_text().endswith("năm 2025")
    assert draft.subject_text() == "V/v triển khai tuyên truyền"


@pytest.mark.parametrize("landscape", [False, True])
def test_dispatch_subject_under_so(landscape):
    import datetime as dt

    import pdfplumber

    from vnhr_desktop.exports.pdf.document import NDDocument
    from vnhr_desktop.exports.pdf.model import HeaderInfo

    doc = NDDocument(
        HeaderInfo(
            "Sở Văn hóa, Thể thao và Du lịch",
            "SVHTTDL-TTBCXB",
            1758,
            "Trà Vinh",
            dt.date(2024, 3, 9),
            parent_body="UBND tỉnh Trà Vinh",
            subject="định hướng tuyên truyền Ngày Nhân quyền thế giới",
        ),
        kinh_gui=["Các cơ quan báo chí", "Đài Phát thanh - Truyền hình tỉnh"],
        landscape=landscape,
    )
    doc.paragraph("Nội dung công văn.")
    with pdfplumber.open(io.BytesIO(doc.build())) as pdf:
        page = pdf.pages[0]
        data = {"chars": page.chars, "width": page.width}
        text = page.extract_text()
    so = line_chars(data, "Số: 1758/SVHTTDL-TTBCXB")
    subject = line_chars(data, "V/v định hướng")
    assert baseline(subject) < baseline(so) and centre_x(subject) < data["width"] / 2
    assert {round(c["size"]) for c in subject} == {12}
    assert "Trà Vinh, ngày 09 tháng 3 năm 2024" in text
    assert "Kính gửi:" in text and "- Các cơ quan báo chí;" in text
    parent = line_chars(data, "UBND TỈNH TRÀ VINH")
    assert not any("Bold" in c["fontname"] for c in parent)


def _first_page(doc):
    import pdfplumber

    with pdfplumber.open(io.BytesIO(doc.build())) as pdf:
        pages = [
            {"chars": p.chars, "width": p.width, "height": p.height, "lines": p.lines, "text": p.extract_text()}
            for p in pdf.pages
        ]
    return pages


def test_kinh_gui_list_beside_its_label():
    from vnhr_desktop.exports.pdf.document import NDDocument
    from vnhr_desktop.exports.pdf.model import HeaderInfo

    doc = NDDocument(
        HeaderInfo("UBND huyện Châu Thành", "UBND-VHTT", 3, "Châu Thành"),
        kinh_gui=["Các cơ quan báo chí.", "Đài Phát thanh - Truyền hình tỉnh"],
    )
    doc.paragraph("Nội dung.")
    page = _first_page(doc)[0]
    label = line_chars(page, "Kính gửi:")
    first = line_chars(page, "- Các cơ quan báo chí;")
    last = line_chars(page, "- Đài Phát thanh - Truyền hình tỉnh.")
    assert abs(baseline(label) - baseline(first)) < 0.5
    assert abs(first[0]["x0"] - last[0]["x0"]) < 0.5 and first[0]["x0"] > label[-1]["x1"]
    assert {round(c["size"]) for c in label + first} == {14}


def test_single_kinh_gui_is_centred():
    from vnhr_desktop.exports.pdf.document import NDDocument
    from vnhr_desktop.exports.pdf.model import HeaderInfo

    doc = NDDocument(
        HeaderInfo("UBND huyện Châu Thành", "BC-UBND", 3, "Châu Thành"),
        kind="Báo cáo",
        summary="Kết quả",
        kinh_gui=["UBND tỉnh Trà Vinh"],
    )
    page = _first_page(doc)[0]
    line = line_chars(page, "Kính gửi: UBND tỉnh Trà Vinh.")
    frame_centre = 30 * MM + (page["width"] - 45 * MM) / 2
    assert abs(centre_x(line) - frame_centre) < 2


def test_long_body_name_breaks_before_its_unit():
    from vnhr_desktop.exports.pdf.document import NDDocument
    from vnhr_desktop.exports.pdf.model import HeaderInfo

    doc = NDDocument(
        HeaderInfo(
            "Phòng Văn hóa và Thông tin huyện Châu Thành",
            "KH-VHTT",
            7,
            "Châu Thành",
            parent_body="Ủy ban nhân dân huyện Châu Thành",
        ),
        kind="Kế hoạch",
        summary="Thử",
    )
    page = _first_page(doc)[0]
    rows: dict[float, list] = {}
    for c in page["chars"]:
        if c["x1"] < 30 * MM + 205 and c["top"] < 60 * MM:  # the left header column
            rows.setdefault(round(c["matrix"][5], 1), []).append(c)
    lines = [
        (y, "".join(c["text"] for c in sorted(cs, key=lambda c: c["x0"])), cs)
        for y, cs in sorted(rows.items(), reverse=True)
    ]
    texts = [t for _, t, _ in lines]
    assert texts[:4] == ["ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH", "PHÒNG VĂN HÓA VÀ THÔNG TIN", "HUYỆN CHÂU THÀNH"]
    bold = [c for _, _, cs in lines[2:4] for c in cs if c["text"].strip()]
    assert all("Bold" in c["fontname"] for c in bold)
    assert {round(c["size"]) for c in bold} <= {12, 13}
    assert not any("Bold" in c["fontname"] for _, _, cs in lines[:2] for c in cs)


def test_long_paragraphs_and_tall_rows_flow_across_pages():
    from vnhr_desktop.exports.pdf.document import PlainDocument
    from vnhr_desktop.exports.pdf.model import Column, PlainTitle

    doc = PlainDocument(PlainTitle("Danh sách"))
    doc.paragraph("Một đoạn văn rất dài để kiểm tra việc chia trang. " * 300)
    doc.table(
        [Column("STT", align="center", width_mm=12), Column("Nội dung", 5)],
        [[1, "Ô rất cao. " * 900], [2, "Dòng cuối cùng của bảng"]],
    )
    pages = _first_page(doc)
    assert len(pages) >= 5
    assert "Dòng cuối cùng của bảng" in pages[-1]["text"]
    for page in pages:
        body = [c for c in page["chars"] if c["top"] > 20 * MM and c["text"].strip()]
        assert max(c["bottom"] for c in body) <= page["height"] - 20 * MM + 1


def test_grouped_header_rows_repeat_and_bold_total_row():
    from vnhr_desktop.exports.pdf.document import PlainDocument
    from vnhr_desktop.exports.pdf.model import Column, PlainTitle

    doc = PlainDocument(PlainTitle("Lịch treo băng rôn, khẩu hiệu"), landscape=True)
    columns = [
        Column("STT", align="center", width_mm=12),
        Column("Nội dung", 4),
        Column("Từ ngày", 1.2, "center"),
        Column("Đến ngày", 1.2, "center"),
        Column("Số lượng", 1, "right"),
    ]
    header = [["STT", "Nội dung", "Thời gian treo", "", "Số lượng"], ["", "", "Từ ngày", "Đến ngày", ""]]
    spans = [((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (4, 1))]
    rows = [[i, SLOGAN, "20/11/2024", "31/12/2024", i] for i in range(1, 40)]
    rows.append(["", "Tổng cộng", "", "", 780])
    doc.table(columns, rows, header_rows=header, spans=spans, bold_rows=[len(rows) - 1])
    pages = _first_page(doc)
    assert len(pages) >= 2
    for page in pages:
        assert "Thời gian treo" in page["text"] and "Từ ngày Đến ngày" in page["text"]
    total = line_chars(pages[-1], "Tổng cộng")
    assert all(c["fontname"].endswith("Bold") for c in total)
    group = line_chars(pages[0], "Thời gian treo")
    start, end = line_chars(pages[0], "Từ ngày"), line_chars(pages[0], "Đến ngày")
    assert abs(centre_x(group) - (centre_x(start) + centre_x(end)) / 2) < 3
