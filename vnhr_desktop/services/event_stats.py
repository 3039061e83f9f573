"""Figures about training events, per event and per plan. The result report
counts these, so they live here, not in a widget."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import EventKind
from vnhr_desktop.persistence.models import BridgePoint, Participant, TrainingEvent


@dataclass(frozen=True)
class CountPair:
    label: str
    registered: int
    attended: int


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


@dataclass(frozen=True)
class PlanEventSummary:
    events_held: int
    events_by_kind: dict[str, int]
    participants_reached: int
    participants_registered: int
    outside_events: int
    staff_sent: int
    event_ids: list[int]


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


def event_stats(session: Session, event_id: int) -> EventStats:
    event = session.get(TrainingEvent, event_id)
    attended = func.sum(case((Participant.attended.is_(True), 1), else_=0))
    registered, present = session.execute(
        select(func.count(Participant.id), attended).where(Participant.event_id == event_id)
    ).one()
    bp_rows = session.execute(
        select(BridgePoint.name, func.count(Participant.id), attended)
        .select_from(BridgePoint)
        .outerjoin(Participant, and_(Participant.bridge_point_id == BridgePoint.id))
        .where(BridgePoint.event_id == event_id)
        .group_by(BridgePoint.id, BridgePoint.name, BridgePoint.position)
        .order_by(BridgePoint.position, BridgePoint.id)
    )
    expected, actual = session.execute(
        select(func.coalesce(func.sum(BridgePoint.expected_count), 0), func.coalesce(func.sum(BridgePoint.actual_count), 0))
        .where(BridgePoint.event_id == event_id)
    ).one()
    return EventStats(
        event_id=event_id,
        invited=event.invited_count if event else None,
        registered=int(registered or 0),
        attended=int(present or 0),
        by_bridge_point=[CountPair(n, int(c), int(a or 0)) for n, c, a in bp_rows],
        by_agency=_pairs(session, event_id, Participant.agency_name, "(không ghi đơn vị)"),
        by_gender=_pairs(session, event_id, Participant.gender, "(không ghi)"),
        bridge_expected=int(expected or 0),
        bridge_actual=int(actual or 0),
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
    for e in held:
        s = event_stats(session, e.id)
        registered += s.registered
        # An event with no participant list counts its bridge-point attendance.
        reached += s.attended if s.registered else s.bridge_actual
    return PlanEventSummary(
        events_held=len(held),
        events_by_kind=by_kind,
        participants_reached=reached,
        participants_registered=registered,
        outside_events=len(outside),
        staff_sent=sum(e.staff_sent_count or 0 for e in outside),
        event_ids=[e.id for e in events],
    )
