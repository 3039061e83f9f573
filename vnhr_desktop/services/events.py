"""Training events: create, read, update, delete, with their speakers and
bridge points, and the checks of domain/event_rules.py.

Participants and attendance are in services/participants.py; figures in
services/event_stats.py.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.event_rules import Issue, raise_for_errors, validate_event
from vnhr_desktop.domain.events import BridgePointData, EventData, EventFigures, PlanPeriod, SpeakerData
from vnhr_desktop.errors import NotFound
from vnhr_desktop.persistence.models import BridgePoint, EventSpeaker, Participant, Plan, TrainingEvent
from vnhr_desktop.services.event_stats import Tallies, event_tallies

_SCALARS = (
    "title",
    "kind",
    "plan_id",
    "starts_at",
    "ends_at",
    "venue",
    "format",
    "organiser",
    "chair",
    "invited_count",
    "note",
    "host_body",
    "staff_sent_count",
    "staff_names",
)


def _event_row(session: Session, event_id: int) -> TrainingEvent:
    row = session.get(TrainingEvent, event_id)
    if row is None:
        raise NotFound(f"Không có hội nghị, sự kiện số {event_id}.")
    return row


def _speaker(s: EventSpeaker) -> SpeakerData:
    return SpeakerData(name=s.name, title=s.title, organisation=s.organisation, topics=s.topics, id=s.id)


def _point(b: BridgePoint) -> BridgePointData:
    return BridgePointData(
        name=b.name,
        place=b.place,
        is_main=b.is_main,
        expected_count=b.expected_count,
        actual_count=b.actual_count,
        id=b.id,
    )


def get_event(session: Session, event_id: int) -> EventData:
    row = _event_row(session, event_id)
    return EventData(
        **{name: getattr(row, name) for name in _SCALARS},
        speakers=tuple(_speaker(s) for s in row.speakers),
        bridge_points=tuple(_point(b) for b in row.bridge_points),
        id=row.id,
    )


def bridge_points(session: Session, event_id: int) -> list[BridgePointData]:
    rows = session.scalars(
        select(BridgePoint).where(BridgePoint.event_id == event_id).order_by(BridgePoint.position, BridgePoint.id)
    )
    return [_point(b) for b in rows]


def plan_periods(session: Session) -> list[PlanPeriod]:
    """Plans an event can belong to, newest first."""
    rows = session.execute(
        select(Plan.id, Plan.title, Plan.symbol, Plan.number, Plan.period_start, Plan.period_end).order_by(
            Plan.issued_on.desc().nulls_last(), Plan.id.desc()
        )
    )
    out = []
    for pid, title, symbol, number, start, end in rows:
        label = f"{number:02d}/{symbol} - {title}" if number and symbol else title
        out.append(PlanPeriod(pid, label, start, end))
    return out


def plan_period(session: Session, plan_id: int | None) -> PlanPeriod | None:
    if plan_id is None:
        return None
    plan = session.get(Plan, plan_id)
    if plan is None:
        return None
    return PlanPeriod(plan.id, plan.title, plan.period_start, plan.period_end)


def event_figures(session: Session, event_id: int | None, tallies: Tallies | None = None) -> EventFigures:
    """Participant-list counts the checks compare with the entered numbers."""
    if event_id is None:
        return EventFigures()
    tallies = tallies or event_tallies(session, event_id)
    listed, present = tallies.totals()
    rows = session.execute(select(BridgePoint.id, BridgePoint.name).where(BridgePoint.event_id == event_id))
    names = {pid: name for pid, name in rows}
    by_point = {names[pid]: here for pid, (_n, here) in tallies.by_point().items() if pid in names}
    return EventFigures(listed, present, by_point)


def check_event(session: Session, data: EventData, figures: EventFigures | None = None) -> list[Issue]:
    """Errors and warnings of ``data`` against its plan and its participant list."""
    data = data.cleaned()
    if figures is None:
        figures = event_figures(session, data.id)
    return validate_event(data, plan_period(session, data.plan_id), figures)


def event_issues(session: Session, event_id: int, tallies: Tallies | None = None) -> list[Issue]:
    """The checks of a saved event; ``tallies`` (services.event_stats) when at hand."""
    return check_event(session, get_event(session, event_id), event_figures(session, event_id, tallies))


def _sync_points(session: Session, row: TrainingEvent, points: tuple[BridgePointData, ...]) -> None:
    existing = {b.id: b for b in row.bridge_points}
    keep = {p.id for p in points if p.id in existing}
    for point_id, point in existing.items():
        if point_id not in keep:
            row.bridge_points.remove(point)
    if keep:
        # Renames may swap names between points; park them first so the
        # (event, name) unique constraint holds at every step.
        for point_id in keep:
            # (\x01: a control character, which clean() keeps out of every name;
            # PostgreSQL text cannot hold \x00.)
            existing[point_id].name = f"\x01{point_id}"
        session.flush()
    for position, data in enumerate(points):
        target = existing.get(data.id) if data.id in keep else None
        if target is None:
            target = BridgePoint()
            row.bridge_points.append(target)
        target.position = position
        target.name = data.name
        target.place = data.place
        target.is_main = data.is_main
        target.expected_count = data.expected_count
        target.actual_count = data.actual_count


def save_event(session: Session, data: EventData) -> int:
    """Create (``data.id`` None) or update an event with its speakers and bridge
    points; raises ValidationError on errors. Returns the event id."""
    data = data.cleaned()
    raise_for_errors(check_event(session, data))
    if data.is_outside:
        data = replace(data, bridge_points=())
    row = TrainingEvent() if data.id is None else _event_row(session, data.id)
    for name in _SCALARS:
        setattr(row, name, getattr(data, name))
    row.speakers.clear()
    for position, speaker in enumerate(data.speakers):
        row.speakers.append(
            EventSpeaker(
                position=position,
                name=speaker.name,
                title=speaker.title,
                organisation=speaker.organisation,
                topics=speaker.topics,
            )
        )
    session.add(row)
    session.flush()
    _sync_points(session, row, data.bridge_points)
    session.flush()
    return row.id


def delete_event(session: Session, event_id: int) -> None:
    row = _event_row(session, event_id)
    session.execute(delete(Participant).where(Participant.event_id == event_id))
    session.delete(row)
    session.flush()


@dataclass(frozen=True)
class CountChange:
    point_id: int
    name: str
    before: int | None
    after: int


def actual_from_list_changes(session: Session, event_id: int) -> list[CountChange]:
    """What :func:`actual_from_list` would change, point by point (before → after)."""
    figures = event_figures(session, event_id)
    out = []
    for point in _event_row(session, event_id).bridge_points:
        listed = figures.present_by_point.get(point.name)
        if listed is not None and point.actual_count != listed:
            out.append(CountChange(point.id, point.name, point.actual_count, listed))
    return out


def actual_from_list(session: Session, event_id: int) -> int:
    """Set each bridge point's actual count to the people marked present there
    on the list (points without a listed participant keep their number).
    Returns how many points changed."""
    figures = event_figures(session, event_id)
    changed = 0
    for point in _event_row(session, event_id).bridge_points:
        listed = figures.present_by_point.get(point.name)
        if listed is not None and point.actual_count != listed:
            point.actual_count = listed
            changed += 1
    session.flush()
    return changed
