"""Participants: add, edit, delete, attendance for one, many or all shown,
counts, Vietnamese order and search without tone marks."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import select

from vnhr_desktop.domain.events import BridgePointData, EventData, ParticipantData
from vnhr_desktop.errors import NotFound, ValidationError
from vnhr_desktop.persistence.models import Participant
from vnhr_desktop.services import participants as ps
from vnhr_desktop.services.events import save_event
from vnhr_desktop.services.listing import LISTS
from vnhr_desktop.services.paging import ListRequest


@pytest.fixture
def event(db):
    import datetime as dt

    with db.session() as s:
        event_id = save_event(
            s,
            EventData(
                "Tọa đàm về quyền con người",
                kind="seminar",
                starts_at=dt.datetime(2024, 12, 6, 8),
                bridge_points=(BridgePointData("Hội trường", is_main=True), BridgePointData("Xã Long Khánh")),
            ),
        )
        from vnhr_desktop.services.events import bridge_points

        points = bridge_points(s, event_id)
    return event_id, points


NAMES = ["Nguyễn Văn Đức", "Trần Thị Ánh", "Lê Văn Dũng", "Đỗ Thị Hạnh", "Phạm Minh An", "Võ Thị Út"]


def add_all(db, event_id, points):
    with db.session() as s:
        return [
            ps.save_participant(
                s,
                event_id,
                ParticipantData(
                    unicodedata.normalize("NFD", name),
                    gender="male",
                    agency_name="Sở Ngoại vụ",
                    bridge_point_id=points[i % 2].id,
                ),
            )
            for i, name in enumerate(NAMES)
        ]


def names(db, event_id, **kw):
    with db.Session() as s:
        return [r.full_name for r in LISTS["participants"].query(s, ListRequest(filters={"event_id": event_id}, **kw))]


def test_vietnamese_order_by_given_name_and_search(db, event):
    event_id, points = event
    add_all(db, event_id, points)
    assert names(db, event_id) == [
        "Phạm Minh An",
        "Trần Thị Ánh",
        "Lê Văn Dũng",
        "Nguyễn Văn Đức",
        "Đỗ Thị Hạnh",
        "Võ Thị Út",
    ]
    assert names(db, event_id, search="nguyen van duc") == ["Nguyễn Văn Đức"]
    assert names(db, event_id, search="DO THI") == ["Đỗ Thị Hạnh"]


def test_attendance_one_many_and_all_shown(db, event):
    event_id, points = event
    ids = add_all(db, event_id, points)
    with db.session() as s:
        assert ps.set_attendance(s, event_id, [ids[0]]) == 1
        assert ps.set_attendance(s, event_id, ids[:3]) == 2  # the first was already present
        assert ps.attendance_counts(s, event_id) == ps.AttendanceCounts(6, 3)
        assert ps.set_attendance(s, event_id, [ids[1]], False) == 1
        assert ps.attendance_counts(s, event_id).absent == 4
        would = ps.matching_ids(s, event_id, True, search="thi")
        changed = ps.set_attendance_matching(s, event_id, True, search="thi")
        assert changed == 3 == len(would)  # Ánh, Hạnh, Út
        assert ps.set_attendance_matching(s, event_id, True, bridge_point_id=points[0].id) == 1  # An
        assert ps.attendance_counts(s, event_id, points[0].id) == ps.AttendanceCounts(3, 3)
        assert ps.attendance_counts(s, event_id) == ps.AttendanceCounts(6, 6)


def test_add_edit_delete_and_checks(db, event):
    event_id, points = event
    with db.session() as s:
        pid = ps.save_participant(s, event_id, ParticipantData("  Kim  Văn Sang ", "male", phone="0912 345 678"))
    with db.session() as s:
        data = ps.get_participant(s, pid)
        assert data.full_name == "Kim Văn Sang"
        ps.save_participant(s, event_id, ParticipantData(**{**data.__dict__, "position_title": "Cán bộ"}))
    with db.Session() as s:
        assert s.get(Participant, pid).position_title == "Cán bộ"
        assert [p.id for p in ps.namesakes(s, event_id, "KIM VAN SANG")] == [pid]
        assert ps.namesakes(s, event_id, "Kim Văn Sang", exclude_id=pid) == []
    with pytest.raises(ValidationError), db.session() as s:
        ps.save_participant(s, event_id, ParticipantData(" "))
    with pytest.raises(NotFound), db.session() as s:
        ps.save_participant(s, event_id + 100, ParticipantData("Ai đó"))
    with db.session() as s:
        assert ps.delete_participants(s, event_id, [pid, 999]) == 1
    with db.Session() as s:
        assert s.scalar(select(Participant.id)) is None


def test_bridge_point_of_another_event_is_refused(db, event):
    import datetime as dt

    event_id, points = event
    with db.session() as s:
        other = save_event(s, EventData("Hội thảo khác", kind="workshop", starts_at=dt.datetime(2024, 12, 9, 8)))
    with pytest.raises(ValidationError), db.session() as s:
        ps.save_participant(s, other, ParticipantData("Lý Thị Mai", bridge_point_id=points[0].id))


def test_agency_names_for_the_unit_completer(sample_db):
    from sqlalchemy import select

    from vnhr_desktop.persistence.models import TrainingEvent
    from vnhr_desktop.services.participants import agency_names
    from vnhr_desktop.services.sample_data import PARTICIPANT_AGENCIES

    with sample_db.Session() as s:
        event_id = s.scalar(select(TrainingEvent.id).where(TrainingEvent.format == "hybrid"))
        names = agency_names(s, event_id)
    assert set(names) <= set(PARTICIPANT_AGENCIES) and len(names) == len(set(names)) > 3
