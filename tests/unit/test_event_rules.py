"""Checks on an event: errors stop a save, warnings are shown."""

from __future__ import annotations

import datetime as dt

import pytest

from vnhr_desktop.domain.event_rules import errors, raise_for_errors, validate_event, validate_participant, warnings
from vnhr_desktop.domain.events import BridgePointData, EventData, EventFigures, ParticipantData, PlanPeriod
from vnhr_desktop.errors import ValidationError

START = dt.datetime(2024, 12, 12, 14, 0)
PLAN = PlanPeriod(1, "Kế hoạch", dt.date(2024, 11, 20), dt.date(2024, 12, 31))


def event(**kw) -> EventData:
    base = dict(
        title="Hội nghị tập huấn",
        kind="training",
        starts_at=START,
        invited_count=100,
        bridge_points=(
            BridgePointData("Hội trường", is_main=True, expected_count=60, actual_count=55),
            BridgePointData("UBND huyện Cầu Kè", expected_count=40, actual_count=38),
        ),
    )
    base.update(kw)
    return EventData(**base).cleaned()


def messages(issues):
    return [i.message for i in issues]


def test_a_sound_event_has_no_issues():
    assert validate_event(event(), PLAN, EventFigures()) == []


def test_end_before_start_is_an_error():
    issues = validate_event(event(ends_at=START - dt.timedelta(hours=1)))
    assert messages(errors(issues)) == ["Thời gian kết thúc trước thời gian bắt đầu."]
    with pytest.raises(ValidationError) as caught:
        raise_for_errors(issues)
    assert caught.value.fields == {"ends_at": "Thời gian kết thúc trước thời gian bắt đầu."}


def test_attended_above_invited_is_a_warning():
    issues = validate_event(event(invited_count=80))
    assert not errors(issues)
    assert "Số người có mặt (93) nhiều hơn số đại biểu mời (80)." in messages(warnings(issues))
    # the marked list counts too, when it is larger than the bridge-point figures
    listed = validate_event(event(invited_count=95), figures=EventFigures(120, 120, {}))
    assert "Số người có mặt (120) nhiều hơn số đại biểu mời (95)." in messages(listed)


def test_bridge_points_not_adding_up_are_warnings():
    issues = validate_event(event(invited_count=120))
    assert "Tổng số dự kiến ở các điểm cầu (100) khác số đại biểu mời (120)." in messages(warnings(issues))
    figures = EventFigures(70, 60, {"Hội trường": 58})
    issues = validate_event(event(), figures=figures)
    assert messages(issues) == [
        "Điểm cầu “Hội trường” ghi 55 người có mặt nhưng danh sách đã đánh dấu 58 người có mặt."
    ]


def test_event_outside_its_plan_period_is_a_warning():
    issues = validate_event(event(starts_at=dt.datetime(2025, 1, 5, 8)), PLAN)
    assert messages(issues) == ["Ngày 05/01/2025 nằm ngoài thời gian của kế hoạch (20/11/2024 - 31/12/2024)."]
    assert validate_event(event(starts_at=dt.datetime(2025, 1, 5, 8)), PlanPeriod(1, "x", None, None)) == []


def test_bridge_point_errors():
    two_mains = event(bridge_points=(BridgePointData("A", is_main=True), BridgePointData("B", is_main=True)))
    assert "Chỉ một điểm cầu là điểm cầu trung tâm (hội trường chính)." in messages(errors(validate_event(two_mains)))
    same = event(bridge_points=(BridgePointData("Hội trường", is_main=True), BridgePointData("HOI TRUONG")))
    assert "Điểm cầu “HOI TRUONG” bị nhập hai lần." in messages(errors(validate_event(same)))
    no_main = event(bridge_points=(BridgePointData("A"),), invited_count=None)
    assert messages(validate_event(no_main)) == ["Chưa chọn điểm cầu trung tâm (hội trường chính)."]
    negative = event(bridge_points=(BridgePointData("A", is_main=True, actual_count=-1),), invited_count=None)
    assert errors(validate_event(negative))


def test_missing_title_and_start():
    issues = validate_event(EventData(title=" ", starts_at=None).cleaned())
    assert {i.field for i in errors(issues)} == {"title", "starts_at"}


def test_outside_event_wants_host_and_staff():
    outside = event(kind="outside", bridge_points=(), invited_count=None)
    assert messages(validate_event(outside)) == [
        "Chưa ghi cơ quan tổ chức sự kiện.",
        "Chưa ghi số người của cơ quan được cử tham dự.",
    ]
    done = event(kind="outside", bridge_points=(), host_body="Bộ Ngoại giao", staff_sent_count=2)
    assert validate_event(done) == []


def test_cleaning_drops_empty_rows_and_normalises():
    data = EventData(
        title="  Hội  nghị ", speakers=(), bridge_points=(BridgePointData("  "), BridgePointData(" Điểm  cầu "))
    )
    cleaned = data.cleaned()
    assert cleaned.title == "Hội nghị"
    assert [b.name for b in cleaned.bridge_points] == ["Điểm cầu"]


def test_participant_rules():
    assert messages(validate_participant(ParticipantData("").cleaned())) == ["Cần nhập họ và tên đại biểu."]
    assert validate_participant(ParticipantData(" Nguyễn  Văn A ", gender="x").cleaned()) == []
    assert ParticipantData("a", gender="x").cleaned().gender is None
