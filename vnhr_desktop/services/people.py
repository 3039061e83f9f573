"""Tra cứu đại biểu: one person across every event and year.

Participants are recorded per event; a *person* is every participant record
with the same folded name (no tone marks, case or spacing) and the same folded
agency. A search takes a name, typed with or without tone marks, and
optionally part of the agency, and gives each matching person with every
event they were invited to and whether they attended.

Name matching uses the full-text index when the name has three or more
characters (the folded name is the start of the indexed search key, so the
index finds a superset that the name test then narrows); the result is the same
as testing every record.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row as DbRow
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.text import fold, like_pattern
from vnhr_desktop.persistence.models import Participant, TrainingEvent
from vnhr_desktop.services.list_rows import Row, json_value
from vnhr_desktop.services.paging import apply_search

# At most this many participant records are read for one search; a search that
# matches more says so and shows the people found so far.
MAX_RECORDS = 500


@dataclass(frozen=True)
class PersonEvent:
    event_id: int
    title: str
    starts_at: dt.datetime | None
    attended: bool


@dataclass(frozen=True)
class PersonRow(Row):
    id: int
    title: str
    full_name: str
    agency: str
    events: tuple[PersonEvent, ...]

    @property
    def invited(self) -> int:
        return len(self.events)

    @property
    def attended(self) -> int:
        return sum(1 for e in self.events if e.attended)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "full_name": self.full_name,
            "agency": self.agency,
            "events": [{k: json_value(v) for k, v in e.__dict__.items()} for e in self.events],
        }


@dataclass(frozen=True)
class PeopleResult:
    name: str
    agency: str
    people: list[PersonRow]
    complete: bool  # False when the search matched more records than were read


def _records(
    session: Session, name: str, agency: str, limit: int
) -> Sequence[DbRow[int, str, str, str, int, bool, str]]:
    stmt = select(
        Participant.id,
        Participant.full_name,
        Participant.name_key,
        Participant.agency_name,
        Participant.event_id,
        Participant.attended,
        Participant.sort_key,
    ).where(Participant.name_key.like(like_pattern(name), escape="\\"))
    # Up to ``limit`` records are read: walking the name order pays only when matches are dense.
    stmt = apply_search(stmt, Participant.search_key, name, session, order_indexed=True, page=limit)
    if agency:
        stmt = apply_search(stmt, Participant.search_key, agency, session, order_indexed=True, page=limit)
    return session.execute(stmt.order_by(Participant.sort_key, Participant.id).limit(limit)).all()


def find_people(session: Session, name: str, agency: str = "", limit: int = MAX_RECORDS) -> PeopleResult:
    """People whose folded name contains the folded ``name`` and, when given,
    whose folded agency contains the folded ``agency``; in Vietnamese name order."""
    name_q, agency_q = fold(name), fold(agency)
    if not name_q:
        return PeopleResult(name, agency, [], True)
    records = _records(session, name_q, agency_q, limit + 1)
    complete = len(records) <= limit
    groups: dict[tuple[str, str], list[DbRow[int, str, str, str, int, bool, str]]] = {}
    folded: dict[str, str] = {}
    for r in records[:limit]:
        agency_key = folded.get(r.agency_name)
        if agency_key is None:
            agency_key = folded[r.agency_name] = fold(r.agency_name)
        if agency_q and agency_q not in agency_key:
            continue
        groups.setdefault((r.name_key, agency_key), []).append(r)
    if not complete:
        # People with the last name read may have more records past the limit.
        last = records[limit - 1].name_key
        groups = {key: rows for key, rows in groups.items() if key[0] != last}
    event_ids = sorted({r.event_id for rows in groups.values() for r in rows})
    # Hundreds of ids travel as one JSON parameter, not one parameter each.
    listed = func.json_each(json.dumps(event_ids)).table_valued("value")
    events = {
        e.id: e
        for e in session.execute(
            select(TrainingEvent.id, TrainingEvent.title, TrainingEvent.starts_at).where(
                TrainingEvent.id.in_(select(listed.c.value))
            )
        )
    }
    people = []
    order = {}
    for (_name_key, agency_key), rows in groups.items():
        first = min(rows, key=lambda r: r.id)
        seen = sorted(rows, key=lambda r: (events[r.event_id].starts_at or dt.datetime.min, r.event_id), reverse=True)
        order[first.id] = (min(r.sort_key for r in rows), agency_key, first.id)
        people.append(
            PersonRow(
                id=first.id,
                title=first.full_name,
                full_name=first.full_name,
                agency=first.agency_name,
                events=tuple(
                    PersonEvent(r.event_id, events[r.event_id].title, events[r.event_id].starts_at, bool(r.attended))
                    for r in seen
                ),
            )
        )
    people.sort(key=lambda p: order[p.id])
    return PeopleResult(name, agency, people, complete)
