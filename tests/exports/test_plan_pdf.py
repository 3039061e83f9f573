"""The printed plan read back from the PDF: NĐ30 page, header columns, sections,
tasks by agency, signature, fonts, page numbers (reference/document-format.md)."""

from __future__ import annotations

import datetime as dt
import io

import pdfplumber
import pytest
from sqlalchemy import select

from vnhr_desktop.cli import main
from vnhr_desktop.domain.plan_data import PlanDetail, TaskItem
from vnhr_desktop.persistence.models import Plan

MM = 72 / 25.4


def read_pages(data: bytes):
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return [
            {"width": p.width, "height": p.height, "chars": p.chars, "text": p.extract_text() or ""} for p in pdf.pages
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


def band(page):
    return "".join(c["text"] for c in page["chars"] if c["bottom"] < 20 * MM and c["text"].strip())


def flat(pages) -> str:
    return " ".join(" ".join(p["text"] for p in pages).split())


@pytest.fixture
def campaign_pdf(sample_db, data_paths, tmp_path):
    with sample_db.Session() as s:
        plan_id = s.scalar(select(Plan.id).where(Plan.number == 27))
    out = tmp_path / "ke-hoach.pdf"
    assert main(["--data-dir", str(data_paths.root), "export", "plan", str(plan_id), "--out", str(out)]) == 0
    return out.read_bytes()


def test_page_size_margins_and_numbers(campaign_pdf):
    pages = read_pages(campaign_pdf)
    assert len(pages) >= 3
    for page in pages:
        assert (round(page["width"], 1), round(page["height"], 1)) == (595.3, 841.9)
        chars = [c for c in page["chars"] if c["text"].strip()]
        assert min(c["x0"] for c in chars) >= 30 * MM - 0.5
        assert max(c["x1"] for c in chars) <= page["width"] - 15 * MM + 0.5
        body = [c for c in chars if c["top"] > 20 * MM]
        assert max(c["bottom"] for c in body) <= page["height"] - 20 * MM + 1
    main_pages = [p for p in pages if "Phụ lục" not in p["text"]]
    assert band(main_pages[0]) == ""
    assert [band(p) for p in main_pages[1:]] == [str(n) for n in range(2, len(main_pages) + 1)]
    appendix = pages[len(main_pages)]
    assert band(appendix) == ""  # an appendix numbers its own pages


def test_header_texts_in_their_columns(campaign_pdf):
    page = read_pages(campaign_pdf)[0]
    half = page["width"] / 2
    left = ["UBND HUYỆN CHÂU THÀNH", "BAN CHỈ ĐẠO VỀ NHÂN QUYỀN", "Số: 27/KH-BCĐNQ"]
    right = [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Châu Thành, ngày 12 tháng 11 năm 2024",
    ]
    for text in left:
        assert centre_x(line_chars(page, text)) < half, text
    for text in right:
        assert centre_x(line_chars(page, text)) > half, text
    assert (
        abs(
            baseline(line_chars(page, "Số: 27/KH-BCĐNQ"))
            - baseline(line_chars(page, "Châu Thành, ngày 12 tháng 11 năm 2024"))
        )
        < 0.01
    )
    kind = line_chars(page, "KẾ HOẠCH")
    assert abs(centre_x(kind) - (30 * MM + (page["width"] - 45 * MM) / 2)) < 2
    assert all(c["fontname"].endswith("Bold") for c in kind)
    date = line_chars(page, "Châu Thành, ngày 12 tháng 11 năm 2024")
    assert all(c["fontname"].endswith("Italic") for c in date)
    opening = line_chars(page, "Thực hiện Kế hoạch số 12/KH-BCĐNQ")  # the province plan it carries out
    assert abs(opening[0]["x0"] - 40 * MM) < 1  # first-line indent 1 cm
    assert {round(c["size"]) for c in opening} == {14}


def test_sections_items_tasks_and_signature(campaign_pdf):
    pages = read_pages(campaign_pdf)
    text = flat(pages)
    positions = [text.index(h) for h in ("I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN")]
    assert positions == sorted(positions)
    assert "1. Đẩy mạnh công tác thông tin" in text and "3. Các cơ quan, đơn vị và Ủy ban nhân dân" in text
    assert "4. Tổ chức hội nghị tuyên truyền" in text
    assert "a) Tại trung tâm huyện" in text and "c) Nội dung khẩu hiệu theo danh mục" in text
    assert "- Thời gian: trong tháng 12 năm 2024." in text
    section_three = text[positions[2] :]
    for n, agency in enumerate(
        (
            "Phòng Văn hóa và Thông tin:",
            "Trung tâm Văn hóa, Thông tin và Thể thao huyện:",
            "Công an huyện:",
            "Phòng Tư pháp:",
            "Phòng Giáo dục và Đào tạo:",
            "Phòng Dân tộc:",
            "Ủy ban nhân dân thị trấn Châu Thành:",
            "Ủy ban nhân dân xã Đa Lộc:",
            "Ủy ban nhân dân xã Song Lộc:",
        ),
        start=3,  # after the two paragraphs of section III
    ):
        assert f"{n}. {agency}" in section_three
    assert "Thời hạn: ngày 15 tháng 12 năm 2024." in section_three
    assert "Cơ quan phối hợp: Công an huyện." in section_three
    body_end = text.index("Nơi nhận:")
    assert text[:body_end].rstrip().endswith("./.")
    last = next(p for p in pages if "Nơi nhận:" in p["text"])
    label = line_chars(last, "Nơi nhận:")
    authority = line_chars(last, "TRƯỞNG BAN")
    assert all(c["fontname"].endswith("BoldItalic") for c in label)
    assert abs(baseline(label) - baseline(authority)) < 0.5
    assert centre_x(line_chars(last, "Nguyễn Trung Hiếu")) > last["width"] / 2
    assert "- Lưu: VT." in last["text"] and "- BCĐ về NQ tỉnh (b/c);" in last["text"]
    appendix = flat([p for p in pages if "Phụ lục" in p["text"]])
    assert "DANH MỤC KHẨU HIỆU TUYÊN TRUYỀN" in appendix
    assert "(Kèm theo Kế hoạch số 27/KH-BCĐNQ ngày 12 tháng 11 năm 2024" in appendix
    assert "“Việt Nam quyết tâm đẩy lùi nạn mua, bán người”" in appendix


def test_fonts_embedded_and_no_base14(campaign_pdf):
    from pypdf import PdfReader

    names = set()
    for page in PdfReader(io.BytesIO(campaign_pdf)).pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            names.add(str(font["/BaseFont"]))
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor.get_object()
    assert not any("Helvetica" in n or "Times-Roman" in n for n in names)
    assert any(n.endswith("Bold") for n in names) and any(n.endswith("BoldItalic") for n in names)


def test_draft_leaves_number_and_day_blank_and_long_plans_flow(db):
    from vnhr_desktop.domain.office import OfficeProfileData
    from vnhr_desktop.services import plans
    from vnhr_desktop.services.document_export import render_document
    from vnhr_desktop.services.issuers import IssuerData, save_issuer
    from vnhr_desktop.services.office import save_profile

    paragraph = (
        "Tổ chức tuyên truyền sâu rộng đến cán bộ, công chức, viên chức và Nhân dân trên địa bàn "
        "về thành tựu bảo đảm quyền con người của Việt Nam, kết quả thực hiện chính sách an sinh xã hội."
    )
    with db.session() as s:
        save_profile(s, OfficeProfileData(office_name="Ủy ban nhân dân huyện Châu Thành", place_name="Châu Thành"))
        issuer = save_issuer(
            s,
            IssuerData(
                name="Ủy ban nhân dân huyện Châu Thành", code="UBND", header_lines="ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH"
            ),
        ).id
        plan_id, _ = plans.save_plan(
            s,
            PlanDetail(
                title="Tuyên truyền kỷ niệm 77 năm Ngày Nhân quyền thế giới năm 2025",
                issuer_id=issuer,
                period_start=dt.date(2025, 11, 1),
                period_end=dt.date(2025, 12, 31),
                agencies_report_by=dt.date(2026, 1, 5),
                agencies_report_to="Phòng Văn hóa và Thông tin huyện",
                signer_authority="TM. ỦY BAN NHÂN DÂN",
                signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
                signer_name="Nguyễn Văn Đức",
                recipients=("UBND tỉnh (b/c)", "Lưu: VT, VHTT"),
                purpose=(paragraph,) * 6,
                content=(paragraph,) * 12,
                organisation=(paragraph,) * 3,
                tasks=tuple(
                    TaskItem(f"{paragraph} ({i})", f"Ủy ban nhân dân xã số {i % 7}", due_date=dt.date(2025, 12, 1))
                    for i in range(30)
                ),
            ),
            today=dt.date(2025, 10, 1),
        )
        pdf = render_document(s, "plan", plan_id, ".pdf")
    pages = read_pages(pdf)
    assert len(pages) >= 4
    first = pages[0]
    so = line_chars(first, "Số:")
    assert "Số: ...../KH-UBND" in " ".join(first["text"].split())  # a dotted blank for the number
    assert centre_x(so) < first["width"] / 2
    assert "Châu Thành, ngày ..... tháng ..... năm 2025" in " ".join(first["text"].split())
    text = flat(pages)
    assert (
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện chậm nhất đến "
        "ngày 05 tháng 01 năm 2026." in text
    )
    assert "a) " in text  # several tasks of one agency become lettered points
    holders = [i for i, p in enumerate(pages) if "Nguyễn Văn Đức" in p["text"]]
    assert len(holders) == 1 and "PHÓ CHỦ TỊCH" in pages[holders[0]]["text"]
    for page in pages:
        chars = [c for c in page["chars"] if c["text"].strip() and c["top"] > 20 * MM]
        assert max(c["bottom"] for c in chars) <= page["height"] - 20 * MM + 1
