"""The printed banner schedule of the sample campaign, read back with pdfplumber."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import select

from vnhr_desktop.persistence.models import Plan
from vnhr_desktop.services.sample_data import SLOGANS

MM = 72 / 25.4
HEADERS = ["STT", "Khẩu hiệu", "Hình thức", "Địa điểm", "Kích thước", "Số lượng", "Thời gian treo", "Đơn vị thực hiện"]


def flat(text) -> str:
    return " ".join((text or "").split())


@pytest.fixture
def schedule_pdf(sample_db, tmp_path):
    import pdfplumber

    from vnhr_desktop.services.document_export import export_document

    with sample_db.Session() as session:
        plan = session.scalar(select(Plan.id).where(Plan.number == 27))
        path = export_document(session, "banners", plan, tmp_path / "lich-treo.pdf", printed_on=dt.date(2024, 11, 15))
    with pdfplumber.open(path) as pdf:
        pages = [
            {
                "width": p.width,
                "height": p.height,
                "text": p.extract_text() or "",
                "chars": p.chars,
                "tables": p.extract_tables(),
                "lines": p.lines,
            }
            for p in pdf.pages
        ]
    return pages


def test_a4_landscape_pages(schedule_pdf):
    assert {(round(p["width"], 1), round(p["height"], 1)) for p in schedule_pdf} == {(841.9, 595.3)}


def test_title_block(schedule_pdf):
    first = schedule_pdf[0]["text"]
    assert "UBND HUYỆN CHÂU THÀNH" in first and "BAN CHỈ ĐẠO VỀ NHÂN QUYỀN" in first  # which board it is
    assert "Châu Thành, ngày 15 tháng 11 năm 2024" in first
    assert "DANH SÁCH TREO BĂNG RÔN, KHẨU HIỆU TUYÊN TRUYỀN" in first
    assert (
        "(Kèm theo Kế hoạch số 27/KH-BCĐNQ ngày 12 tháng 11 năm 2024 của Ban Chỉ đạo về Nhân quyền "
        "huyện Châu Thành)" in flat(first)
    )
    assert "từ ngày 20 tháng 11 năm 2024 đến hết ngày 31 tháng 12 năm 2024" in flat(first)


def schedule_rows(pages):
    rows = []
    for page in pages:
        for table in page["tables"]:
            if flat(table[0][0]) == "STT" and len(table[0]) == 8:
                assert [flat(c) for c in table[0]] == HEADERS  # repeated on every page
                rows += [[flat(c) for c in row] for row in table[1:]]
    return rows


def test_every_slogan_is_present_exactly_and_in_nfc(schedule_pdf):
    rows = schedule_rows(schedule_pdf)
    data = rows[:-1]
    assert [r[0] for r in data] == [str(i) for i in range(1, 13)]
    assert set(SLOGANS) == {r[1] for r in data}
    assert [r[1] for r in data[:3]] == [SLOGANS[0]] * 3  # in slogan order
    text = "".join(c["text"] for p in schedule_pdf for c in p["chars"])
    assert unicodedata.is_normalized("NFC", text)
    assert not any(unicodedata.combining(ch) for ch in text)


def test_rows_and_totals(schedule_pdf):
    rows = schedule_rows(schedule_pdf)
    first = rows[0]
    assert first[2:] == [
        "Băng rôn",
        "Trước trụ sở UBND huyện, Thị trấn Châu Thành",
        "0,8 x 6 m",
        "2",
        "20/11/2024 - 31/12/2024",
        "Phòng Văn hóa và Thông tin",
    ]
    led = next(r for r in rows if r[2] == "Màn hình LED/bảng điện tử")
    assert led[4] == ""  # no size for a screen
    total = rows[-1]
    assert (total[0], total[3], total[5]) == ("Tổng cộng", "12 vị trí", "27")
    assert sum(int(r[5]) for r in rows[:-1]) == 27
    by_form = [[flat(c) for c in row] for p in schedule_pdf for t in p["tables"] if len(t[0]) == 4 for row in t]
    assert by_form == [
        ["STT", "Hình thức", "Số vị trí", "Số lượng"],
        ["1", "Băng rôn", "8", "23"],
        ["2", "Pano", "3", "3"],
        ["3", "Màn hình LED/bảng điện tử", "1", "1"],
        ["Tổng cộng", "", "12", "27"],
    ]
    last = schedule_pdf[-1]["text"]
    assert "Tổng hợp theo hình thức" in last and "Nguyễn Trung Hiếu" in last


def test_text_inside_the_margins(schedule_pdf):
    for page in schedule_pdf:
        chars = [c for c in page["chars"] if c["text"].strip() and c["top"] > 20 * MM]
        assert min(c["x0"] for c in chars) >= 30 * MM - 0.5
        assert max(c["x1"] for c in chars) <= page["width"] - 15 * MM + 0.5
        assert max(c["bottom"] for c in chars) <= page["height"] - 20 * MM + 1


def test_cli_export_writes_pdf_and_xlsx(sample_db, data_paths, tmp_path):
    from vnhr_desktop.cli import main

    with sample_db.Session() as session:
        plan = session.scalar(select(Plan.id).where(Plan.number == 27))
    for name in ("lich.pdf", "lich.xlsx", "khau-hieu.pdf"):
        what = "slogan-sheets" if name.startswith("khau") else "banners"
        assert main(["--data-dir", str(data_paths.root), "export", what, str(plan), "--out", str(tmp_path / name)]) == 0
        assert (tmp_path / name).stat().st_size > 1000
    assert main(["--data-dir", str(data_paths.root), "export", "banners", "999", "--out", str(tmp_path / "x.pdf")]) != 0
    assert not (tmp_path / "x.pdf").exists()
