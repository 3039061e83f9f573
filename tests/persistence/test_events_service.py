"""Events with speakers and bridge points: save, read back, update, delete."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import func, select

from vnhr_desktop.domain.events import BridgePointData, EventData, ParticipantData, SpeakerData
from vnhr_desktop.errors import NotFound, ValidationError
from vnhr_desktop.persistence.models import BridgePoint, Participant, Plan, TrainingEvent
from vnhr_desktop.services import events as ev
from vnhr_desktop.services.participants import save_participant, set_attendance

START = dt.datetime(2024, 12, 12, 14, 0)


def conference(**kw) -> EventData:
    data = dict(
        title=unicodedata.normalize("NFD", "Hội nghị tập huấn công tác thông tin đối ngoại"),
        kind="training",
        starts_at=START,
        ends_at=START + dt.timedelta(hours=3),
        venue="Hội trường UBND tỉnh",
        format="hybrid",
        organiser="Ban Chỉ đạo về Nhân quyền tỉnh",
        chair="Phó Chủ tịch UBND tỉnh",
        invited_count=720,
        speakers=(
            SpeakerData(
                "PGS.TS Tường Duy Kiên",
                "Viện trưởng",
                "Viện Quyền con người",
                "Công tác thông tin đối ngoại\nĐấu tranh, phản bác thông tin sai lệch",
            ),
        ),
        bridge_points=(
            BridgePointData("Hội trường UBND tỉnh", "Phường 1", True, 500, 480),
            BridgePointData("UBND huyện Cầu Kè", "Thị trấn Cầu Kè", False, 220, 210),
        ),
    )
    data.update(kw)
    return EventData(**data)


def test_save_and_read_back(db):
    with db.session() as s:
        event_id = ev.save_event(s, conference())
    with db.Session() as s:
        data = ev.get_event(s, event_id)
        row = s.get(TrainingEvent, event_id)
        assert row.search_key.startswith("hoi nghi tap huan")
    assert data.title == "Hội nghị tập huấn công tác thông tin đối ngoại"  # NFC
    assert data.speakers[0].topic_list() == ["Công tác thông tin đối ngoại", "Đấu tranh, phản bác thông tin sai lệch"]
    assert [(b.name, b.is_main, b.expected_count, b.actual_count) for b in data.bridge_points] == [
        ("Hội trường UBND tỉnh", True, 500, 480),
        ("UBND huyện Cầu Kè", False, 220, 210),
    ]


def test_update_keeps_bridge_point_ids_and_participants(db):
    with db.session() as s:
        event_id = ev.save_event(s, conference())
        hall, caukè = ev.get_event(s, event_id).bridge_points
        pid = save_participant(s, event_id, ParticipantData("Sơn Thị Yến", bridge_point_id=caukè.id))
    # swap the two names, rename, add one point
    with db.session() as s:
        data = ev.get_event(s, event_id)
        a, b = data.bridge_points
        points = (
            BridgePointData(b.name, b.place, True, b.expected_count, b.actual_count, a.id),
            BridgePointData(a.name, a.place, False, a.expected_count, a.actual_count, b.id),
            BridgePointData("UBND huyện Trà Cú", expected_count=0),
        )
        ev.save_event(s, EventData(**{**data.__dict__, "bridge_points": points, "invited_count": 720}))
    with db.Session() as s:
        points = ev.bridge_points(s, event_id)
        assert [(p.id, p.name) for p in points][:2] == [
            (hall.id, "UBND huyện Cầu Kè"),
            (caukè.id, "Hội trường UBND tỉnh"),
        ]
        assert len(points) == 3
        assert s.get(Participant, pid).bridge_point_id == caukè.id
    # removing a point leaves its participants without one
    with db.session() as s:
        data = ev.get_event(s, event_id)
        ev.save_event(s, EventData(**{**data.__dict__, "bridge_points": data.bridge_points[:1]}))
    with db.Session() as s:
        assert s.get(Participant, pid).bridge_point_id is None


def test_errors_stop_the_save(db):
    with pytest.raises(ValidationError) as caught, db.session() as s:
        ev.save_event(s, conference(ends_at=START - dt.timedelta(hours=2)))
    assert "ends_at" in caught.value.fields
    with db.Session() as s:
        assert s.scalar(select(func.count(TrainingEvent.id))) == 0


def test_outside_event_keeps_no_bridge_points(db):
    with db.session() as s:
        event_id = ev.save_event(
            s,
            conference(
                kind="outside", host_body="Bộ Ngoại giao", staff_sent_count=2, staff_names="Lãnh đạo Sở Ngoại vụ"
            ),
        )
    with db.Session() as s:
        data = ev.get_event(s, event_id)
    assert data.bridge_points == () and data.staff_sent_count == 2


def test_plan_period_warning_and_issues(db):
    with db.session() as s:
        plan = Plan(title="Kế hoạch tuyên truyền", period_start=dt.date(2024, 11, 20), period_end=dt.date(2024, 12, 10))
        s.add(plan)
        s.flush()
        event_id = ev.save_event(s, conference(plan_id=plan.id))
        issues = ev.event_issues(s, event_id)
    assert [i.message for i in issues] == [
        "Ngày 12/12/2024 nằm ngoài thời gian của kế hoạch (20/11/2024 - 10/12/2024)."
    ]
    with db.Session() as s:
        assert [p.plan_id for p in ev.plan_periods(s)] == [plan.id]


def test_actual_from_list_and_delete(db):
    with db.session() as s:
        event_id = ev.save_event(s, conference())
        hall = ev.get_event(s, event_id).bridge_points[0]
        ids = [
            save_participant(s, event_id, ParticipantData(f"Người số {i}", bridge_point_id=hall.id)) for i in range(3)
        ]
        set_attendance(s, event_id, ids[:2])
        assert ev.actual_from_list(s, event_id) == 1
    with db.Session() as s:
        assert s.get(BridgePoint, hall.id).actual_count == 2
    with db.session() as s:
        ev.delete_event(s, event_id)
    with db.Session() as s:
        assert s.scalar(select(func.count(Participant.id))) == 0
        with pytest.raises(NotFound):
            ev.get_event(s, event_id)
