"""Importing participant lists: messy real-world workbooks give the expected
preview and errors; nothing is written on rejection; a good file goes in in
one transaction."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import func, select

from tests.persistence.participant_workbooks import messy_workbook, plain_workbook, two_row_header_workbook
from tests.reliability.workbooks import BILLION_LAUGHS, SHEET, participants_workbook, replace_member
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.imports import header_mapping as hm
from vnhr_desktop.persistence.models import BridgePoint, Participant, TrainingEvent
from vnhr_desktop.services.participant_import import (
    ImportOptions,
    build_preview,
    commit_import,
    load_context,
    preview_file,
)


@pytest.fixture
def conference(sample_db):
    with sample_db.Session() as s:
        event = s.scalars(select(TrainingEvent).where(TrainingEvent.kind == "training")).one()
        points = {b.name: b.id for b in event.bridge_points}
        return event.id, points


def count(db, event_id):
    with db.Session() as s:
        return s.scalar(select(func.count(Participant.id)).where(Participant.event_id == event_id))


def test_messy_workbook_preview(sample_db, conference, tmp_path):
    event_id, points = conference
    with sample_db.Session() as s:
        sheet, p = preview_file(s, event_id, messy_workbook(tmp_path / "ds.xlsx"))
    assert p.header_line == 6
    assert p.mapping == {
        0: hm.STT,
        1: hm.FULL_NAME,
        2: hm.GENDER,
        3: hm.POSITION,
        4: hm.AGENCY,
        5: hm.PHONE,
        6: hm.BRIDGE_POINT,
        7: hm.IGNORE,
    }
    assert [r.line for r in p.rows] == [8, 9, 10, 12, 13]
    assert not p.error_rows
    first, second, third, fourth, fifth = (r.data for r in p.rows)
    # NFD in the file, NFC in the preview
    assert first.full_name == "Nguyễn Thị Thu Hạnh" and unicodedata.is_normalized("NFC", first.full_name)
    assert first.phone == "0912345678" and first.gender == "female"
    # the unit written once in a merged cell belongs to all three people
    assert {first.agency_name, second.agency_name, third.agency_name} == {"Công an huyện"}
    # the group heading names a bridge point: rows under it get it
    assert {first.bridge_point_id, second.bridge_point_id, third.bridge_point_id} == {points["UBND xã Đa Lộc"]}
    assert fourth.bridge_point_id == points["UBND xã Song Lộc"]
    assert fifth.bridge_point_id == points["Hội trường UBND huyện"]
    # formula-looking text stays literal text
    assert fourth.position_title == '=HYPERLINK("http://x")'
    assert [why.split(":")[0] for _line, why in p.skipped] == ["Dòng tiêu đề nhóm", "Không phải đại biểu"]
    assert p.importable()


def test_messy_workbook_commit_writes_all_rows_once(sample_db, conference, tmp_path):
    event_id, _points = conference
    before = count(sample_db, event_id)
    path = messy_workbook(tmp_path / "ds.xlsx")
    with sample_db.Session() as s:
        sheet, p = preview_file(s, event_id, path)
    with sample_db.session() as s:
        result = commit_import(s, event_id, sheet, p.mapping)
    assert result.added == 5 and count(sample_db, event_id) == before + 5
    with sample_db.Session() as s:
        row = s.scalars(select(Participant).where(Participant.full_name == "Nguyễn Thị Thu Hạnh")).one()
        assert row.name_key == "nguyen thi thu hanh" and row.attended is False
        assert (
            s.scalar(select(Participant.position_title).where(Participant.full_name == "Phạm Ngọc Lan"))
            == '=HYPERLINK("http://x")'
        )
    # the same file again: every row is now a duplicate, nothing is written
    with sample_db.Session() as s:
        sheet, again = preview_file(s, event_id, path)
    assert len(again.error_rows) == 5
    assert all("Trùng với đại biểu đã có" in r.errors[0] for r in again.rows)
    with pytest.raises(ImportRejected), sample_db.session() as s:
        commit_import(s, event_id, sheet, again.mapping)
    assert count(sample_db, event_id) == before + 5


def test_two_row_header_split_name_and_gender_marks(sample_db, conference, tmp_path):
    event_id, _ = conference
    with sample_db.Session() as s:
        _sheet, p = preview_file(s, event_id, two_row_header_workbook(tmp_path / "2.xlsx"))
    assert p.header_line == 2
    assert set(p.mapping.values()) >= {hm.STT, hm.FAMILY_NAME, hm.GIVEN_NAME, hm.MALE_MARK, hm.FEMALE_MARK, hm.AGENCY}
    assert [(r.data.full_name, r.data.gender) for r in p.rows] == [
        ("Thạch Thị Sa Ri", "female"),
        ("Kim Văn Sang", "male"),
    ]
    assert p.importable()


@pytest.mark.parametrize(
    "header", ["Họ và tên", "Họ tên", "HỌ VÀ TÊN", "Ho va ten", "Họ, tên đại biểu", "Họ và tên (ghi rõ)"]
)
def test_header_variants_name_the_full_name(header):
    assert hm.field_for_header(header) == hm.FULL_NAME


@pytest.mark.parametrize(
    "header, field",
    [
        ("Đơn vị công tác", hm.AGENCY),
        ("Cơ quan, đơn vị", hm.AGENCY),
        ("SĐT", hm.PHONE),
        ("Số điện thoại", hm.PHONE),
        ("Chức vụ", hm.POSITION),
        ("Chức danh", hm.POSITION),
        ("Điểm cầu", hm.BRIDGE_POINT),
        ("Năm sinh", hm.IGNORE),
        ("Ký tên", hm.IGNORE),
        ("TT", hm.STT),
        ("Tên đơn vị", hm.AGENCY),
        ("Xếp loại", None),
    ],
)
def test_header_variants(header, field):
    assert hm.field_for_header(header) == field


def test_row_errors_missing_name_unknown_point_duplicate_in_file(sample_db, conference, tmp_path):
    event_id, _ = conference
    path = plain_workbook(
        tmp_path / "e.xlsx",
        [
            [1, "Trần Văn Bình", "Phòng Tư pháp", "Hội trường UBND huyện"],
            [2, None, "Phòng Tư pháp", None],
            [3, "Lê Thị Hoa", "Công an huyện", "Điểm cầu không có"],
            [4, "TRẦN VĂN BÌNH", "Phòng Tư pháp", None],
            [5, "Trần Văn Bình", "Ủy ban nhân dân xã Đa Lộc", None],  # a namesake from another unit is someone else
        ],
    )
    with sample_db.Session() as s:
        sheet, p = preview_file(s, event_id, path)
    errors = {r.line: r.errors for r in p.rows}
    assert errors[3] == ["Thiếu họ và tên."]
    assert errors[4] == ["Điểm cầu “Điểm cầu không có” không có trong hội nghị này."]
    assert errors[5] == ["Trùng với dòng 2 trong tệp (TRẦN VĂN BÌNH)."]
    assert errors[2] == errors[6] == []
    assert not p.importable()
    assert "3 dòng có lỗi" in p.refusal()
    before = count(sample_db, event_id)
    with pytest.raises(ImportRejected), sample_db.session() as s:
        commit_import(s, event_id, sheet, p.mapping)
    assert count(sample_db, event_id) == before
    # the user may leave the bad rows out, and add the unknown bridge point
    options = ImportOptions(skip_errors=True, create_bridge_points=True)
    with sample_db.session() as s:
        result = commit_import(s, event_id, sheet, p.mapping, options)
    assert result.added == 3 and result.points_added == ["Điểm cầu không có"]
    with sample_db.Session() as s:
        assert s.scalar(select(func.count(BridgePoint.id)).where(BridgePoint.name == "Điểm cầu không có")) == 1


def test_existing_participant_is_a_duplicate_after_folding(sample_db, conference, tmp_path):
    event_id, _ = conference
    with sample_db.Session() as s:
        existing = s.scalars(select(Participant).where(Participant.event_id == event_id).limit(1)).one()
        name, unit = existing.full_name, existing.agency_name
    nfd = unicodedata.normalize("NFD", name.upper())
    path = plain_workbook(tmp_path / "d.xlsx", [[1, nfd, unit, None]])
    with sample_db.Session() as s:
        _sheet, p = preview_file(s, event_id, path)
    assert p.rows[0].errors == [f"Trùng với đại biểu đã có trong danh sách: {name.upper()} ({unit})."]


def test_user_mapping_overrides_the_suggestion(sample_db, conference, tmp_path):
    event_id, _ = conference
    path = plain_workbook(
        tmp_path / "m.xlsx", [[1, "Lý Văn Tư", "Chuyên viên", None]], header=("STT", "Người", "Ghi gì đó", "Khác")
    )
    with sample_db.Session() as s:
        sheet, p = preview_file(s, event_id, path)
        context = load_context(s, event_id)
    assert p.header_line is None and p.mapping_errors == ["Chưa chọn cột Họ và tên."]
    assert not p.importable()
    mapping = {0: hm.STT, 1: hm.FULL_NAME, 2: hm.POSITION}
    p2 = build_preview(sheet, context, mapping)
    # without a header row every row is data, so the header texts come in too
    names = [r.data.full_name for r in p2.rows]
    assert "Lý Văn Tư" in names
    assert [r.data.position_title for r in p2.rows if r.data.full_name == "Lý Văn Tư"] == ["Chuyên viên"]
    assert hm.mapping_problems({1: hm.FULL_NAME, 2: hm.FULL_NAME}) == ["Cột “Họ và tên” được chọn hai lần."]


def test_not_a_workbook_and_xml_bomb_are_refused_before_anything(sample_db, conference, tmp_path):
    event_id, _ = conference
    before = count(sample_db, event_id)
    csv = tmp_path / "ds.xlsx"
    csv.write_text("Họ và tên,Đơn vị\nNguyễn Văn A,UBND\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="CSV"), sample_db.Session() as s:
        preview_file(s, event_id, csv)
    bomb = replace_member(participants_workbook(tmp_path / "ok.xlsx"), tmp_path / "bomb.xlsx", SHEET, BILLION_LAUGHS)
    with pytest.raises(ImportRejected, match="DOCTYPE"), sample_db.Session() as s:
        preview_file(s, event_id, bomb)
    empty = tmp_path / "empty.xlsx"
    empty.write_bytes(b"")
    with pytest.raises(ImportRejected, match="rỗng"), sample_db.Session() as s:
        preview_file(s, event_id, empty)
    assert count(sample_db, event_id) == before


def test_blank_lines_and_a_file_without_people(sample_db, conference, tmp_path):
    event_id, _ = conference
    path = plain_workbook(
        tmp_path / "b.xlsx", [[None, None, None, None], [1, None, None, None], [], [2, "", " ", None]]
    )
    with sample_db.Session() as s:
        _sheet, p = preview_file(s, event_id, path)
    assert p.rows == [] and not p.importable()
    assert p.refusal().startswith("Không tìm thấy đại biểu nào")
