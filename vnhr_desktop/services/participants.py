"""Participants of an event (đại biểu) and their attendance.

Every statement works in SQL on the event's rows, so an event with hundreds
of thousands of participants is marked, counted and searched without loading
the list. Search, sort and name keys are kept by persistence/keys.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import CursorResult, case, delete, func, select, update
from sqlalchemy.orm import Session

from vnhr_desktop.domain.event_rules import raise_for_errors, validate_participant
from vnhr_desktop.domain.events import ParticipantData
from vnhr_desktop.domain.text import clean_line, fold
from vnhr_desktop.errors import NotFound, ValidationError
from vnhr_desktop.persistence.models import BridgePoint, Participant, TrainingEvent
from vnhr_desktop.services.paging import apply_search
from vnhr_desktop.services.record_versions import moved_on

_FIELDS = ("full_name", "gender", "position_title", "agency_name", "phone", "bridge_point_id", "attended")
_CHUNK = 500  # ids per statement, well under SQLite's variable limit


@dataclass(frozen=True)
class AttendanceCounts:
    listed: int
    present: int

    @property
    def absent(self) -> int:
        return self.listed - self.present


def get_participant(session: Session, participant_id: int) -> ParticipantData:
    row = session.get(Participant, participant_id)
    if row is None:
        raise NotFound(f"Không có đại biểu số {participant_id}.")
    return ParticipantData(**{f: getattr(row, f) for f in _FIELDS}, id=row.id)


def _check_point(session: Session, event_id: int, point_id: int | None) -> None:
    if point_id is None:
        return
    owner = session.scalar(select(BridgePoint.event_id).where(BridgePoint.id == point_id))
    if owner != event_id:
        raise ValidationError("Điểm cầu không thuộc hội nghị này.", {"bridge_point_id": "Chọn lại điểm cầu."})


def save_participant(session: Session, event_id: int, data: ParticipantData) -> int:
    """Add (``data.id`` None) or update one participant; returns the id."""
    if session.get(TrainingEvent, event_id) is None:
        raise NotFound(f"Không có hội nghị, sự kiện số {event_id}.")
    data = data.cleaned()
    raise_for_errors(validate_participant(data), "Thông tin đại biểu")
    _check_point(session, event_id, data.bridge_point_id)
    if data.id is None:
        row = Participant(event_id=event_id)
    else:
        found = session.get(Participant, data.id)
        if found is None or found.event_id != event_id:
            raise NotFound(f"Không có đại biểu số {data.id} trong hội nghị này.")
        row = found
    for name in _FIELDS:
        setattr(row, name, getattr(data, name))
    session.add(row)
    session.flush()
    return row.id


def _changed(result: object) -> int:
    """Rows an UPDATE or DELETE changed: the session answers those with a CursorResult."""
    if not isinstance(result, CursorResult):
        raise TypeError(f"expected a CursorResult, got {type(result).__name__}")
    return result.rowcount or 0


def _chunks(ids: Iterable[int]) -> Iterable[list[int]]:
    ids = list(dict.fromkeys(int(i) for i in ids))
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]


def delete_participants(session: Session, event_id: int, ids: Iterable[int]) -> int:
    removed = 0
    for chunk in _chunks(ids):
        result = session.execute(delete(Participant).where(Participant.event_id == event_id, Participant.id.in_(chunk)))
        removed += _changed(result)
    return removed


def set_attendance(session: Session, event_id: int, ids: Iterable[int], attended: bool = True) -> int:
    """Mark the given participants present (or absent); returns rows changed.

    A tick only writes rows not already in the state asked for, so a tick made
    from a list loaded before another PC's change never turns that change back;
    the rows written move their version on (:func:`record_versions.moved_on`)."""
    changed = 0
    for chunk in _chunks(ids):
        result = session.execute(
            update(Participant)
            .where(Participant.event_id == event_id, Participant.id.in_(chunk), Participant.attended.is_not(attended))
            .values(attended=attended, **moved_on(Participant))
            .execution_options(synchronize_session=False)
        )
        changed += _changed(result)
    session.expire_all()
    return changed


def set_attendance_matching(
    session: Session, event_id: int, attended: bool = True, *, search: str = "", bridge_point_id: int | None = None
) -> int:
    """Mark every participant the list shows for ``search`` / ``bridge_point_id``."""
    stmt = update(Participant).where(Participant.event_id == event_id, Participant.attended.is_not(attended))
    search = clean_line(search)
    stmt = apply_search(stmt, Participant.search_key, search, session)
    if bridge_point_id:
        stmt = stmt.where(Participant.bridge_point_id == bridge_point_id)
    result = session.execute(
        stmt.values(attended=attended, **moved_on(Participant)).execution_options(synchronize_session=False)
    )
    session.expire_all()
    return _changed(result)


def matching_ids(
    session: Session, event_id: int, attended: bool = True, *, search: str = "", bridge_point_id: int | None = None
) -> list[int]:
    """The participants :func:`set_attendance_matching` would change."""
    stmt = select(Participant.id).where(Participant.event_id == event_id, Participant.attended.is_not(attended))
    stmt = apply_search(stmt, Participant.search_key, clean_line(search), session)
    if bridge_point_id:
        stmt = stmt.where(Participant.bridge_point_id == bridge_point_id)
    return list(session.scalars(stmt))


def attendance_counts(session: Session, event_id: int, bridge_point_id: int | None = None) -> AttendanceCounts:
    """Listed and present participants (of one bridge point when given)."""
    present = func.sum(case((Participant.attended.is_(True), 1), else_=0))
    stmt = select(func.count(Participant.id), present).where(Participant.event_id == event_id)
    if bridge_point_id:
        stmt = stmt.where(Participant.bridge_point_id == bridge_point_id)
    listed, here = session.execute(stmt).one()
    return AttendanceCounts(int(listed or 0), int(here or 0))


def namesakes(
    session: Session, event_id: int, full_name: str, exclude_id: int | None = None, limit: int = 5
) -> list[ParticipantData]:
    """Participants of the event whose name is the same after NFC and folding."""
    stmt = (
        select(Participant)
        .where(Participant.event_id == event_id, Participant.name_key == fold(full_name))
        .order_by(Participant.id)
        .limit(limit)
    )
    if exclude_id is not None:
        stmt = stmt.where(Participant.id != exclude_id)
    return [ParticipantData(**{f: getattr(r, f) for f in _FIELDS}, id=r.id) for r in session.scalars(stmt)]


def existing_keys(session: Session, event_id: int) -> dict[str, list[str]]:
    """name_key -> folded agencies of the event's participants (for import checks)."""
    out: dict[str, list[str]] = {}
    rows = session.execute(
        select(Participant.name_key, Participant.agency_name).where(Participant.event_id == event_id)
    )
    for key, agency in rows:
        out.setdefault(key, []).append(fold(agency))
    return out


def agency_names(session: Session, event_id: int, limit: int = 500) -> list[str]:
    """Units already named on this event's list, for the unit field's completer."""
    return sorted(
        session.scalars(
            select(Participant.agency_name)
            .distinct()
            .where(Participant.event_id == event_id, Participant.agency_name != "")
            .limit(limit)
        ).all()
    )
