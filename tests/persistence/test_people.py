"""Tra cứu đại biểu: one person across events, by tone-free name and agency;
the index and LIKE give the same people; ``list people --json``."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

from vnhr_desktop.persistence import models as m
from vnhr_desktop.persistence import search_index
from vnhr_desktop.services.people import find_people

ROOT = __import__("pathlib").Path(__file__).resolve().parents[2]


def _events(db):
    with db.session() as s:
        events = []
        for year, title in ((2022, "Tập huấn 2022"), (2023, "Hội nghị 2023"), (2024, "Tập huấn 2024")):
            e = m.TrainingEvent(title=title, starts_at=dt.datetime(year, 12, 1, 8))
            s.add(e)
            s.flush()
            events.append(e.id)
        rows = [
            (events[0], "Nguyễn Văn Đức", "Phòng Tư pháp huyện", True),
            (events[1], "NGUYỄN VĂN ĐỨC", "Phòng tư pháp huyện", False),
            (events[2], "Nguyễn  Văn Đức", "Phòng Tư pháp huyện", True),
            (events[2], "Nguyễn Văn Đức", "Công an xã", True),
            (events[1], "Trần Thị Đức Hạnh", "Hội Phụ nữ", True),
            (events[0], "Lê Văn Đông", "Phòng Tư pháp huyện", False),
        ]
        for event_id, name, agency, attended in rows:
            s.add(m.Participant(event_id=event_id, full_name=name, agency_name=agency, attended=attended))
    return events


def test_one_person_across_events_with_attendance(db):
    events = _events(db)
    with db.Session() as s:
        result = find_people(s, "nguyen van duc")
    assert result.complete
    assert [(p.full_name, p.agency) for p in result.people] == [
        ("Nguyễn Văn Đức", "Công an xã"),
        ("Nguyễn Văn Đức", "Phòng Tư pháp huyện"),
    ]
    person = result.people[1]
    assert [(e.event_id, e.attended) for e in person.events] == [
        (events[2], True),
        (events[1], False),
        (events[0], True),
    ]
    assert (person.invited, person.attended) == (3, 2)
    assert person.to_json()["events"][0] == {
        "event_id": events[2],
        "title": "Tập huấn 2024",
        "starts_at": "2024-12-01T08:00:00",
        "attended": True,
    }


def test_agency_narrows_and_short_names_work(db):
    _events(db)
    with db.Session() as s:
        assert [p.agency for p in find_people(s, "Đức", "cong an").people] == ["Công an xã"]
        assert [p.full_name for p in find_people(s, "đức", "").people] == [
            "Nguyễn Văn Đức",
            "Nguyễn Văn Đức",
            "Trần Thị Đức Hạnh",
        ]
        assert find_people(s, "  ", "").people == []
        assert [p.full_name for p in find_people(s, "le", "tu phap").people] == ["Lê Văn Đông"]


def test_index_and_like_find_the_same_people(db, monkeypatch):
    from tests.persistence.test_search_index import fill

    fill(db, people=300)
    _events(db)
    names = ["nguyen", "van duc", "thi", "hoa", "tran thi", "le", "duc", "zz"]
    with db.Session() as s:
        found = {(n, a): find_people(s, n, a).people for n in names for a in ("", "phong", "ubnd")}
    monkeypatch.setattr(search_index, "indexed_tables", lambda _session: frozenset())
    with db.Session() as s:
        for (n, a), people in found.items():
            assert find_people(s, n, a).people == people, (n, a)


def test_list_people_json(db):
    _events(db)
    db.close()
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "vnhr_desktop",
            "--data-dir",
            str(db.paths.root),
            "list",
            "people",
            "--search",
            "Nguyen Van Duc",
            "--agency",
            "tư pháp",
            "--json",
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
    )
    people = json.loads(out.stdout)
    assert len(people) == 1
    assert set(people[0]) == {"id", "title", "full_name", "agency", "events"}
    assert [set(e) for e in people[0]["events"]] == [{"event_id", "title", "starts_at", "attended"}] * 3
    assert [e["attended"] for e in people[0]["events"]] == [True, False, True]
    missing = subprocess.run(
        [sys.executable, "-m", "vnhr_desktop", "--data-dir", str(db.paths.root), "list", "people"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert missing.returncode != 0 and len(missing.stderr.strip().splitlines()) == 1


def test_a_search_matching_too_many_records_shows_only_whole_people(db):
    _events(db)
    with db.Session() as s:
        result = find_people(s, "duc", limit=3)
    assert not result.complete
    # Reading stopped inside "Nguyễn Văn Đức": no one is shown with part of their events.
    assert all(p.full_name != "Nguyễn Văn Đức" for p in result.people)
