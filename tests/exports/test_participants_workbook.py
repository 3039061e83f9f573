"""Participant list and attendance summary workbooks, read back with openpyxl."""

from __future__ import annotations

import openpyxl
import pytest
from sqlalchemy import select

from vnhr_desktop.domain.events import ParticipantData
from vnhr_desktop.persistence.models import TrainingEvent
from vnhr_desktop.services.document_export import export_document
from vnhr_desktop.services.participants import save_participant


@pytest.fixture
def conference(sample_db):
    with sample_db.session() as s:
        event = s.scalars(select(TrainingEvent).where(TrainingEvent.kind == "training")).one()
        save_participant(
            s, event.id, ParticipantData("Ông Văn Bằng", "male", "=1+2", "@Sở Ngoại vụ", "+84 912", attended=True)
        )
        return event.id


def test_participant_list_workbook(sample_db, conference, tmp_path):
    out = tmp_path / "ds.xlsx"
    with sample_db.Session() as s:
        export_document(s, "participants", conference, out)
    ws = openpyxl.load_workbook(out).active
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0][0] == "DANH SÁCH ĐẠI BIỂU"
    assert rows[1][0].startswith("Hội nghị tuyên truyền, tập huấn")
    header = rows.index(("STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị", "Điện thoại", "Điểm cầu", "Có mặt"))
    body = rows[header + 1 :]
    assert len(body) == 81 and [r[0] for r in body] == list(range(1, 82))
    assert body[0][1].endswith("Ánh")  # given name first: Ánh before Bằng
    bang = next(r for r in body if r[1] == "Ông Văn Bằng")
    assert bang[2:6] == ("Nam", "=1+2", "@Sở Ngoại vụ", "+84 912") and bang[7] == "x"
    cell = ws.cell(row=header + 1 + body.index(bang) + 1, column=4)
    assert cell.data_type == "s" and cell.quotePrefix  # text, never a formula
    assert ws.freeze_panes == f"A{header + 2}"
    assert ws.cell(row=header + 1, column=1).font.name == "Times New Roman"
    assert "Tổng số: 81 đại biểu; có mặt: 69." in [r[0] for r in rows[:header]]


def test_attendance_summary_workbook(sample_db, conference, tmp_path):
    out = tmp_path / "th.xlsx"
    from vnhr_desktop.persistence.models import TrainingEvent

    with sample_db.session() as s:
        s.get(TrainingEvent, conference).invited_count = 310  # fewer invited than expected: a note
    with sample_db.Session() as s:
        export_document(s, "attendance", conference, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Tổng hợp", "Theo điểm cầu", "Theo đơn vị", "Theo giới tính"]
    summary = {r[0]: r[1:] for r in wb["Tổng hợp"].iter_rows(values_only=True) if r[0]}
    assert summary["Số đại biểu được mời"][0] == 310
    assert summary["Có mặt theo danh sách"][0] == 69
    assert summary["Có mặt tại các điểm cầu"][0] == 301
    assert summary["Tổng số người tham dự"][0] == 301
    notes = [r[0] for r in wb["Tổng hợp"].iter_rows(values_only=True) if r[0] and str(r[0]).startswith("Lưu ý")]
    assert notes == ["Lưu ý: Tổng số dự kiến ở các điểm cầu (320) khác số đại biểu mời (310)."]
    points = [r for r in wb["Theo điểm cầu"].iter_rows(values_only=True) if r[1]]
    total = next(r for r in points if r[1] == "Tổng cộng")
    assert total[4:8] == (320, 301, 80, 68)  # the new person has no bridge point
    hall = next(r for r in points if r[1] == "Hội trường UBND huyện")
    assert hall[3] == "x" and hall[4:6] == (120, 114)
    genders = {r[1]: r[2:] for r in wb["Theo giới tính"].iter_rows(values_only=True) if r[1]}
    assert genders["Nam"] == (41, 35, 6) and genders["Nữ"] == (40, 34, 6)
    assert genders["Tổng cộng"] == (81, 69, 12)
