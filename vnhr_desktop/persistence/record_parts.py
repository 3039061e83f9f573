"""A record's parts belong to the record: a task, target or paragraph changed,
added or removed moves its plan's version on (a bridge point or speaker its
event's, a section its report's), whichever service wrote it. An editor holding
the whole plan open on another PC then refuses to save over the change
(services/record_versions.py)."""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from vnhr_desktop.persistence import models as m
from vnhr_desktop.persistence.base import utc_now

# each part's model: the relationship that leads to its record, and that record's foreign key
PARTS: dict[type, tuple[str, str, type]] = {
    m.PlanTask: ("plan", "plan_id", m.Plan),
    m.Target: ("plan", "plan_id", m.Plan),
    m.PlanParagraph: ("plan", "plan_id", m.Plan),
    m.BridgePoint: ("event", "event_id", m.TrainingEvent),
    m.EventSpeaker: ("event", "event_id", m.TrainingEvent),
    m.ReportSection: ("report", "report_id", m.Report),
}


def _record_of(session: Session, part: object) -> object | None:
    relation, key, model = PARTS[type(part)]
    state = inspect(part)
    owner = state.attrs[relation].loaded_value
    if isinstance(owner, model):
        return owner
    owner_id = getattr(part, key, None)
    if owner_id is not None:
        return session.get(model, owner_id)
    # a part just taken out of its record's list
    return next((old for old in state.attrs[relation].history.deleted if isinstance(old, model)), None)


@event.listens_for(Session, "before_flush")
def _touch_records(session: Session, _ctx: object, _instances: object) -> None:
    touched: set[int] = set()
    for part in (*session.new, *session.dirty, *session.deleted):
        if type(part) not in PARTS or (part in session.dirty and not session.is_modified(part)):
            continue
        owner = _record_of(session, part)
        if owner is None or id(owner) in touched or owner in session.new or owner in session.deleted:
            continue
        touched.add(id(owner))
        owner.updated_at = utc_now()  # type: ignore[attr-defined]
        flag_modified(owner, "updated_at")
