"""Builds what the printouts of one event show (:mod:`domain.printouts.events`):
the sign-in sheets, the participant list and the attendance summary. People are
read with plain column queries (no ORM object per person), in Vietnamese order."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.domain.printouts.events import (
    NO_POINT,
    AttendanceSummary,
    CountPair,
    ParticipantList,
    SigninSection,
    SigninSheets,
)
from vnhr_desktop.errors import NotFound
from vnhr_desktop.persistence.models import BridgePoint, Participant, TrainingEvent
from vnhr_desktop.services.event_stats import bridge_figures, event_stats, event_tallies
from vnhr_desktop.services.events import event_issues
from vnhr_desktop.services.office import get_profile
from vnhr_desktop.services.participants import attendance_counts

_BATCH = 2000
MAX_BLANK_ROWS = 200


def _event(session: Session, event_id: int) -> TrainingEvent:
    event = session.get(TrainingEvent, event_id)
    if event is None:
        raise NotFound(f"Không có hội nghị, sự kiện số {event_id}.")
    return event


def signin_sheets(session: Session, event_id: int, *, blank_rows: int = 0) -> SigninSheets:
    """One section per bridge point that has people (then those without a
    point); ``blank_rows`` empty rows at the end of each for walk-ins."""
    event = _event(session, event_id)
    blank_rows = max(0, min(int(blank_rows or 0), MAX_BLANK_ROWS))
    points = session.execute(
        select(BridgePoint.id, BridgePoint.name, BridgePoint.place)
        .where(BridgePoint.event_id == event_id)
        .order_by(BridgePoint.position, BridgePoint.id)
    ).all()
    people: dict[int | None, list[tuple[str, str, str]]] = {pid: [] for pid, _n, _p in points}
    loose: list[tuple[str, str, str]] = []
    rows = session.execute(
        select(Participant.bridge_point_id, Participant.full_name, Participant.position_title, Participant.agency_name)
        .where(Participant.event_id == event_id)
        .order_by(Participant.sort_key, Participant.id)
        .execution_options(yield_per=_BATCH)
    )
    for pid, name, position, unit in rows:
        people.get(pid, loose).append((name, position, unit))
    sections = [
        SigninSection(name, place, tuple(people[pid]), blank_rows) for pid, name, place in points if people[pid]
    ]
    if loose:
        sections.append(SigninSection(NO_POINT if points else (event.venue or ""), "", tuple(loose), blank_rows))
    profile = get_profile(session)
    issuer = event.organiser or (profile.office_name if profile else "")
    return SigninSheets(issuer, event.title, event.starts_at, event.venue, tuple(sections))


def participant_list(session: Session, event_id: int) -> ParticipantList:
    event = _event(session, event_id)
    counts = attendance_counts(session, event_id)
    stmt = (
        select(
            Participant.full_name,
            Participant.gender,
            Participant.position_title,
            Participant.agency_name,
            Participant.phone,
            BridgePoint.name,
            Participant.attended,
        )
        .outerjoin(BridgePoint, Participant.bridge_point_id == BridgePoint.id)
        .where(Participant.event_id == event_id)
        .order_by(Participant.sort_key, Participant.id)
        .execution_options(yield_per=_BATCH)
    )
    rows = tuple(
        (number, name, vi_label(gender), position, unit, phone, point or "", "x" if attended else "")
        for number, (name, gender, position, unit, phone, point, attended) in enumerate(session.execute(stmt), 1)
    )
    return ParticipantList(event.title, event.starts_at, counts.listed, counts.present, rows)


def _rate(part: int, whole: int | None) -> float | None:
    return part / whole if whole else None


def attendance_summary(session: Session, event_id: int) -> AttendanceSummary:
    event = _event(session, event_id)
    tallies = event_tallies(session, event_id)  # one pass over the list for every figure below
    stats = event_stats(session, event_id, tallies=tallies)
    figures = (
        ("Số đại biểu được mời", stats.invited, None),
        ("Số đại biểu trong danh sách", stats.registered, None),
        ("Có mặt theo danh sách", stats.attended, _rate(stats.attended, stats.registered)),
        ("Vắng theo danh sách", stats.absent, _rate(stats.absent, stats.registered)),
        ("Dự kiến tại các điểm cầu", stats.bridge_expected, None),
        ("Có mặt tại các điểm cầu", stats.bridge_actual, _rate(stats.bridge_actual, stats.bridge_expected)),
        ("Tổng số người tham dự", stats.present_total, _rate(stats.present_total, stats.invited)),
    )
    points = tuple(bridge_figures(session, event_id, tallies))
    return AttendanceSummary(
        event_title=event.title,
        starts_at=event.starts_at,
        figures=figures,
        notes=tuple(f"Lưu ý: {i.message}" for i in event_issues(session, event_id, tallies) if not i.is_error),
        points=points,
        by_agency=tuple(stats.by_agency),
        by_gender=tuple(CountPair(vi_label(p.label), p.registered, p.attended) for p in stats.by_gender),
        registered=stats.registered,
        attended=stats.attended,
    )
