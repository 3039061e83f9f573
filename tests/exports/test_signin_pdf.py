"""Sign-in sheets read back: every name, one bridge point per section (each
from a new page), the header row on every page, rows tall enough to sign."""

from __future__ import annotations

import io
import itertools
import re

import pdfplumber
import pytest
from sqlalchemy import select

from vnhr_desktop.domain.events import ParticipantData
from vnhr_desktop.domain.text import sort_key
from vnhr_desktop.errors import UserError
from vnhr_desktop.exports.pdf.signin_sheets import ROW_HEIGHT_MM, build_signin_pdf
from vnhr_desktop.persistence.models import BridgePoint, Participant, TrainingEvent
from vnhr_desktop.services.document_export import export_document
from vnhr_desktop.services.event_print import signin_sheets
from vnhr_desktop.services.participants import save_participant

MM = 72 / 25.4
HEADERS = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ký tên"]


@pytest.fixture
def conference(sample_db):
    """The sample conference with 45 more people at the main hall (several pages)."""
    with sample_db.session() as s:
        event = s.scalars(select(TrainingEvent).where(TrainingEvent.kind == "training")).one()
        hall = event.bridge_points[0]
        for i in range(45):
            save_participant(
                s,
                event.id,
                ParticipantData(
                    f"Trần Văn Thêm {i:02d}",
                    position_title="Phó Trưởng phòng Văn hóa và Thông tin",
                    agency_name="Ủy ban nhân dân huyện Châu Thành",
                    bridge_point_id=hall.id,
                ),
            )
        save_participant(s, event.id, ParticipantData("Lâm Văn Tự Do"))  # no bridge point
        return event.id


def pages_text(pdf: bytes) -> list[pdfplumber.page.Page]:
    return pdfplumber.open(io.BytesIO(pdf))


def test_sections_names_and_headers(sample_db, conference, tmp_path):
    out = tmp_path / "ky-ten.pdf"
    with sample_db.Session() as s:
        export_document(s, "signin", conference, out)
        people = {
            p.full_name: p.bridge_point_id
            for p in s.scalars(select(Participant).where(Participant.event_id == conference))
        }
        points = {b.id: b.name for b in s.scalars(select(BridgePoint).where(BridgePoint.event_id == conference))}
    expected = {name: points.get(pid, "Chưa phân điểm cầu") for name, pid in people.items()}
    seen: dict[str, str] = {}
    section = None
    sections_started = []
    with pdfplumber.open(out) as pdf:
        for page in pdf.pages:
            text = page.extract_text()
            lines = text.splitlines()
            assert any(all(h in line for h in HEADERS) for line in lines), f"no header row on page {page.page_number}"
            match = re.search(r"Điểm cầu: (.+?)(?: \(|$)", text, re.M)
            if match:
                section = match.group(1).strip()
                sections_started.append(section)
                assert "DANH SÁCH ĐẠI BIỂU KÝ TÊN" in text
                assert "Thời gian: 08 giờ 00, ngày 05 tháng 12 năm 2024" in text
                assert "Hội nghị tuyên truyền, tập huấn công tác quyền con người" in " ".join(text.split())
            elif "Chưa phân điểm cầu" in text:
                section = "Chưa phân điểm cầu"
                sections_started.append(section)
            for name in expected:
                if re.search(rf"\b{re.escape(name)}\b", text):
                    seen[name] = section
    assert seen == expected  # every name, each in its own bridge point's section
    assert sections_started == [points[i] for i in sorted(points)] + ["Chưa phân điểm cầu"]
    assert len(set(sections_started)) == len(sections_started)


def test_each_section_starts_on_a_new_page_and_rows_are_tall(sample_db, conference):
    with sample_db.Session() as s:
        pdf = build_signin_pdf(signin_sheets(s, conference))
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        first_pages = [p for p in doc.pages if "DANH SÁCH ĐẠI BIỂU KÝ TÊN" in p.extract_text()]
        assert len(first_pages) == 10  # nine bridge points and the people without one
        for page in first_pages:  # the title block is at the top of its page
            title = page.search("DANH SÁCH ĐẠI BIỂU KÝ TÊN")[0]
            assert title["top"] < 60 * MM
        page = doc.pages[0]
        # the main hall has 54 people: more than one page, numbered on
        numbers = [w for w in page.extract_words() if w["text"].isdigit() and w["x0"] < 45 * MM]
        tops = [w["top"] for w in numbers]
        gaps = [b - a for a, b in itertools.pairwise(tops)]
        assert gaps and min(gaps) >= (ROW_HEIGHT_MM - 0.5) * MM
        second = doc.pages[1].extract_text()
        assert "DANH SÁCH ĐẠI BIỂU KÝ TÊN" not in second and "2" in second.splitlines()[0]
        sizes = {round(c["size"]) for c in page.chars}
        assert sizes <= {12, 13, 14, 15}
        fonts = {c["fontname"].split("+")[-1] for c in page.chars}
        assert all(f.startswith(("LiberationSerif", "TimesNewRoman", "VNSerif")) for f in fonts), fonts


def test_vietnamese_order_within_a_section(sample_db, conference):
    with sample_db.Session() as s:
        sheets = signin_sheets(s, conference)
    hall = sheets.sections[0]
    given = [name.split()[-1] for name, _p, _u in hall.people if not name.startswith("Trần Văn Thêm")]
    assert given == sorted(given, key=sort_key) and len(given) == 9


def test_event_without_participants(db):
    import datetime as dt

    with db.session() as s:
        event = TrainingEvent(title="Hội nghị chưa có danh sách", starts_at=dt.datetime(2025, 1, 5, 8))
        s.add(event)
        s.flush()
        with pytest.raises(UserError, match="chưa có đại biểu"):
            build_signin_pdf(signin_sheets(s, event.id))
