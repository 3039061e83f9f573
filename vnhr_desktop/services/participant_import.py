"""The database side of a participant import: the event's context for the
checks, and writing every good row (and any new bridge points) in one
transaction. Reading and checking the file is imports/participants.py.

    sheet, preview = preview_file(session, event_id, path)     # writes nothing
    result = commit_import(session, event_id, sheet, mapping, options, preview=preview)
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.text import fold
from vnhr_desktop.errors import ImportRejected, NotFound
from vnhr_desktop.imports.participant_preview import EventStamp
from vnhr_desktop.imports.participants import (
    ImportContext,
    ImportOptions,
    ImportPreview,
    ImportResult,
    LoadedSheet,
    build_preview,
    open_participant_sheet,
)
from vnhr_desktop.persistence import search_index
from vnhr_desktop.persistence.keys import KEYERS
from vnhr_desktop.persistence.models import BridgePoint, Participant, TrainingEvent
from vnhr_desktop.services.participants import existing_keys

__all__ = ["ImportOptions", "build_preview", "commit_import", "load_context", "preview_file"]

DEFAULT_OPTIONS = ImportOptions()
# Rows written per statement; progress is reported after each.
CHUNK = 2000
Progress = Callable[[int, int], None]


def _stamp(session: Session, event_id: int) -> EventStamp:
    """Changes whenever a participant or bridge point of the event is added,
    removed or a point renamed: a preview made under another stamp is stale."""
    count, highest = session.execute(
        select(func.count(Participant.id), func.max(Participant.id)).where(Participant.event_id == event_id)
    ).one()
    people = (count, highest)
    points = tuple(
        (pid, name, place)
        for pid, name, place in session.execute(
            select(BridgePoint.id, BridgePoint.name, BridgePoint.place)
            .where(BridgePoint.event_id == event_id)
            .order_by(BridgePoint.id)
        )
    )
    return people, points


def load_context(session: Session, event_id: int) -> ImportContext:
    if session.get(TrainingEvent, event_id) is None:
        raise NotFound(f"Không có hội nghị, sự kiện số {event_id}.")
    stamp = _stamp(session, event_id)
    context = ImportContext(event_id, existing=existing_keys(session, event_id), stamp=stamp)
    for pid, name, place in stamp[1]:
        context.point_names[pid] = name
        if fold(place):
            context.points.setdefault(fold(place), pid)
        context.points[fold(name)] = pid
    return context


def preview_file(
    session: Session,
    event_id: int,
    path: Path,
    mapping: dict[int, str] | None = None,
    options: ImportOptions = DEFAULT_OPTIONS,
) -> tuple[LoadedSheet, ImportPreview]:
    """Read ``path`` (guarded) and check it against the event; writes nothing."""
    context = load_context(session, event_id)
    sheet = open_participant_sheet(Path(path))
    return sheet, build_preview(sheet, context, mapping, options)


def _current(
    preview: ImportPreview, session: Session, event_id: int, mapping: dict[int, str] | None, options: ImportOptions
) -> bool:
    return (
        preview.options == options
        and preview.stamp == _stamp(session, event_id)
        and (mapping is None or dict(mapping) == preview.mapping)
    )


def commit_import(
    session: Session,
    event_id: int,
    sheet: LoadedSheet,
    mapping: dict[int, str] | None = None,
    options: ImportOptions = DEFAULT_OPTIONS,
    preview: ImportPreview | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Add every good row (and any new bridge points) in the caller's
    transaction. ``preview`` is used when nothing has changed since it was made;
    otherwise the rows are checked again against the database as it is now.
    Raises ImportRejected, having written nothing, when the checks do not allow it.

    ``progress(done, total)`` is called as the rows are prepared and written
    (and the search index merged after a big import). To cancel, it raises
    (errors.Cancelled): the caller's transaction is then rolled back whole."""
    if preview is None or not _current(preview, session, event_id, mapping, options):
        preview = build_preview(sheet, load_context(session, event_id), mapping, options)
    if not preview.importable(options):
        raise ImportRejected(preview.refusal(options))
    # A preview of an empty event stays "current" after the event is deleted:
    # without this check the rows would go in under an event that is gone.
    event = session.get(TrainingEvent, event_id)
    if event is None:
        raise NotFound(f"Không có hội nghị, sự kiện số {event_id}.")
    last_id = session.scalar(select(func.max(Participant.id))) or 0
    added_points: dict[str, int] = {}
    if preview.new_points:
        position = len(event.bridge_points)
        for offset, name in enumerate(preview.new_points):
            new_point = BridgePoint(event_id=event_id, name=name, position=position + offset)
            session.add(new_point)
            session.flush()
            added_points[fold(name)] = new_point.id
    keyer = KEYERS[Participant]  # the same search, sort and name keys as every other write
    values = []
    rows = len(preview.good_rows)
    merge = rows >= search_index.OPTIMIZE_AFTER
    # Steps: preparing each row, writing it, and (after a big import) merging the index.
    total = 2 * rows + (rows // 4 if merge else 0)
    report = progress or (lambda _done, _total: None)
    report(0, total)
    for done, row in enumerate(preview.good_rows, 1):
        d = row.data
        point = d.bridge_point_id
        if point is None and row.bridge_text:
            point = added_points.get(fold(row.bridge_text))
        record = dict(
            event_id=event_id,
            full_name=d.full_name,
            gender=d.gender,
            position_title=d.position_title,
            agency_name=d.agency_name,
            phone=d.phone,
            bridge_point_id=point,
            attended=d.attended,
        )
        keys = SimpleNamespace(**record)
        keyer(keys)
        record.update(search_key=keys.search_key, sort_key=keys.sort_key, name_key=keys.name_key)
        values.append(record)
        if done % CHUNK == 0:
            report(done, total)
    for start in range(0, len(values), CHUNK):
        _insert(session, values[start : start + CHUNK])
        report(rows + min(start + CHUNK, rows), total)
    session.flush()
    if search_index.after_import(session, Participant.__tablename__, rows):
        report(total, total)
    new_ids = tuple(
        session.scalars(select(Participant.id).where(Participant.event_id == event_id, Participant.id > last_id))
    )
    return ImportResult(
        len(values),
        len(preview.error_rows),
        list(preview.new_points),
        participant_ids=new_ids,
        point_ids=tuple(added_points.values()),
    )


def _insert(session: Session, rows: list[dict[str, Any]]) -> None:
    session.execute(insert(Participant), rows)
