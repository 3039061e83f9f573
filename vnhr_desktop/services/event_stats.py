"""Figures about training events, per event and per plan. The result report
counts these, so they live here, not in a widget."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import EventKind
from vnhr_desktop.domain.printouts.events import BridgeFigures, CountPair
from vnhr_desktop.persistence.models import BridgePoint, Participant, TrainingEvent


@dataclass(frozen=True)
class EventStats:
    event_id: int
    invited: int | None
    registered: int
    attended: int
    by_bridge_point: list[CountPair] = field(default_factory=list)
    by_agency: list[CountPair] = field(default_factory=list)
    by_gender: list[CountPair] = field(default_factory=list)
    bridge_expected: int = 0
    bridge_actual: int = 0

    @property
    def present_total(self) -> int:
        """People who attended: the bridge-point counts or the marked list,
        whichever is larger (online points often send no list)."""
        return max(self.attended, self.bridge_actual)

    @property
    def absent(self) -> int:
        """Listed participants not marked present."""
        return self.registered - self.attended

    @property
    def attendance_rate(self) -> float | None:
        """Present as a percentage of the invited (else of the listed) people."""
        base = self.invited or self.registered
        return 100.0 * self.present_total / base if base else None


@dataclass(frozen=True)
class EventLine:
    """One event in a plan's summary (a row of the report's table)."""

    event_id: int
    title: str
    kind: str
    starts_at: dt.datetime | None
    venue: str
    invited: int | None
    present: int
    staff_sent: int | None = None


@dataclass(frozen=True)
class PlanEventSummary:
    events_held: int
    events_by_kind: dict[str, int]
    participants_reached: int
    participants_registered: int
    outside_events: int
    staff_sent: int
    event_ids: list[int]
    staff_names: list[str] = field(default_factory=list)
    lines: list[EventLine] = field(default_factory=list)


def _pairs(session: Session, event_id: int, column, default_label: str) -> list[CountPair]:
    attended = func.sum(case((Participant.attended.is_(True), 1), else_=0))
    rows = session.execute(
        select(column, func.count(Participant.id), attended)
        .select_from(Participant)
        .where(Participant.event_id == event_id)
        .group_by(column)
        .order_by(func.count(Participant.id).desc())
    )
    return [CountPair(label or default_label, int(n), int(a or 0)) for label, n, a in rows]


@dataclass(frozen=True)
class Tallies:
    """One pass over an event's participants: (bridge point id, gender) ->
    (listed, present). Everything else about the list is derived from it."""

    cells: dict[tuple[int | None, str | None], tuple[int, int]]

    def totals(self) -> tuple[int, int]:
        return sum(n for n, _ in self.cells.values()), sum(a for _, a in self.cells.values())

    def by(self, index: int) -> dict:
        out: dict = {}
        for key, (n, a) in self.cells.items():
            listed, present = out.get(key[index], (0, 0))
            out[key[index]] = (listed + n, present + a)
        return out


def event_tallies(session: Session, event_id: int) -> Tallies:
    attended = func.sum(case((Participant.attended.is_(True), 1), else_=0))
    rows = session.execute(
        select(Participant.bridge_point_id, Participant.gender, func.count(Participant.id), attended)
        .where(Participant.event_id == event_id)
        .group_by(Participant.bridge_point_id, Participant.gender)
    )
    return Tallies({(bp, g): (int(n), int(a or 0)) for bp, g, n, a in rows})


def _points(session: Session, event_id: int) -> list[BridgePoint]:
    return list(
        session.scalars(
            select(BridgePoint).where(BridgePoint.event_id == event_id).order_by(BridgePoint.position, BridgePoint.id)
        )
    )


def event_stats(
    session: Session, event_id: int, *, tallies: Tallies | None = None, with_agencies: bool = True
) -> EventStats:
    """Invited, listed and present people of an event, by bridge point, unit
    (skipped with ``with_agencies=False``) and gender. Pass ``tallies`` when
    they are already at hand."""
    event = session.get(TrainingEvent, event_id)
    tallies = tallies or event_tallies(session, event_id)
    registered, present = tallies.totals()
    points = _points(session, event_id)
    per_point = tallies.by(0)
    genders = sorted(tallies.by(1).items(), key=lambda kv: (-kv[1][0], kv[0] or ""))
    return EventStats(
        event_id=event_id,
        invited=event.invited_count if event else None,
        registered=registered,
        attended=present,
        by_bridge_point=[CountPair(b.name, *per_point.get(b.id, (0, 0))) for b in points],
        by_agency=_pairs(session, event_id, Participant.agency_name, "(không ghi đơn vị)") if with_agencies else [],
        by_gender=[CountPair(g or "(không ghi)", n, a) for g, (n, a) in genders],
        bridge_expected=sum(b.expected_count or 0 for b in points),
        bridge_actual=sum(b.actual_count or 0 for b in points),
    )


def plan_event_summary(
    session: Session, plan_id: int | None, start: dt.date | None = None, end: dt.date | None = None
) -> PlanEventSummary:
    """Events of a plan (optionally within a period): held by the office, and
    outside events its staff attended."""
    stmt = select(TrainingEvent)
    if plan_id is not None:
        stmt = stmt.where(TrainingEvent.plan_id == plan_id)
    if start is not None:
        stmt = stmt.where(TrainingEvent.starts_at >= dt.datetime.combine(start, dt.time.min))
    if end is not None:
        stmt = stmt.where(TrainingEvent.starts_at <= dt.datetime.combine(end, dt.time.max))
    events = list(session.scalars(stmt.order_by(TrainingEvent.starts_at)))
    held = [e for e in events if e.kind != EventKind.OUTSIDE]
    outside = [e for e in events if e.kind == EventKind.OUTSIDE]
    by_kind: dict[str, int] = {}
    for e in held:
        by_kind[e.kind] = by_kind.get(e.kind, 0) + 1
    reached = registered = 0
    lines = []
    for e in events:
        if e.kind == EventKind.OUTSIDE:
            lines.append(
                EventLine(
                    e.id,
                    e.title,
                    e.kind,
                    e.starts_at,
                    e.venue,
                    e.invited_count,
                    e.staff_sent_count or 0,
                    e.staff_sent_count,
                )
            )
            continue
        s = event_stats(session, e.id)
        registered += s.registered
        # The marked list or the bridge-point counts, whichever is larger.
        reached += s.present_total
        lines.append(EventLine(e.id, e.title, e.kind, e.starts_at, e.venue, e.invited_count, s.present_total))
    return PlanEventSummary(
        events_held=len(held),
        events_by_kind=by_kind,
        participants_reached=reached,
        participants_registered=registered,
        outside_events=len(outside),
        staff_sent=sum(e.staff_sent_count or 0 for e in outside),
        event_ids=[e.id for e in events],
        staff_names=[e.staff_names for e in outside if e.staff_names],
        lines=lines,
    )


def bridge_figures(session: Session, event_id: int, tallies: Tallies | None = None) -> list[BridgeFigures]:
    """Each bridge point in order with its expected/actual and list counts."""
    per_point = (tallies or event_tallies(session, event_id)).by(0)
    return [
        BridgeFigures(b.id, b.name, b.place, b.is_main, b.expected_count, b.actual_count, *per_point.get(b.id, (0, 0)))
        for b in _points(session, event_id)
    ]
