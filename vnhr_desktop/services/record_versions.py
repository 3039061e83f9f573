"""Two officers editing the same record: the one check every save goes through.

An editor keeps the :class:`LoadedVersion` of the record it opened. Its save
calls :func:`claim` first, in the same unit of work: the row is read again (and
locked where the engine can lock a row), and when its version has moved on since
it was loaded the save is refused with :class:`~vnhr_desktop.errors.StaleRecord`
("«…» vừa được sửa trên máy khác lúc HH:MM; hãy mở lại.") before anything is
written. Otherwise the version moves on with this save, even when only the
record's parts (tasks, targets, bridge points, sections) change."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from vnhr_desktop.errors import NotFound, StaleRecord
from vnhr_desktop.persistence.base import Base, utc_now


@dataclass(frozen=True)
class LoadedVersion:
    """What an editor opened: the kind of record (its table), its id, the version
    it had and the name to show in the refusal."""

    kind: str
    id: int
    version: int
    label: str


def _model(kind: str) -> type:
    for mapper in Base.registry.mappers:
        if getattr(mapper.class_, "__tablename__", None) == kind and mapper.version_id_col is not None:
            return mapper.class_
    raise KeyError(kind)


def loaded(session: Session, kind: str, record_id: int, label: str) -> LoadedVersion:
    """The version of record ``record_id`` of ``kind`` as it is now."""
    model = _model(kind)
    version = session.scalar(select(model.version).where(model.id == record_id))  # type: ignore[attr-defined]
    if version is None:
        raise NotFound(f"«{label}» không còn trong cơ sở dữ liệu; hãy mở lại.")
    return LoadedVersion(kind, record_id, int(version), label)


def local_hhmm(stamp: dt.datetime | None) -> str:
    """``stamp`` (UTC without a zone, as stored) as HH:MM of this PC's clock."""
    if stamp is None:
        return ""
    return stamp.replace(tzinfo=dt.UTC).astimezone().strftime("%H:%M")


LABEL_LIMIT = 48  # the refusal fits one line of an editor, the time and "hãy mở lại" included


def short_label(label: str) -> str:
    label = " ".join(label.split())
    return label if len(label) <= LABEL_LIMIT else label[: LABEL_LIMIT - 1].rstrip() + "…"


def stale_line(label: str, updated_at: dt.datetime | None) -> str:
    label = short_label(label)
    when = local_hhmm(updated_at)
    at = f" lúc {when}" if when else ""
    return f"«{label}» vừa được sửa trên máy khác{at}; hãy mở lại."


def claim(session: Session, version: LoadedVersion | None) -> None:
    """Refuse the save when the record changed since ``version`` was loaded;
    otherwise make this save move its version on. ``None`` (a new record): nothing to check."""
    if version is None:
        return
    model = _model(version.kind)
    row = session.get(model, version.id, with_for_update=True, populate_existing=True)
    if row is None:
        raise NotFound(f"«{version.label}» đã bị xóa trên máy khác; hãy mở lại.")
    if row.version != version.version:
        raise StaleRecord(stale_line(version.label, row.updated_at))
    row.updated_at = utc_now()
    flag_modified(row, "updated_at")  # written (and the version moved on) even within the same second
    session.flush()


def moved_on(model: Any) -> dict[str, Any]:
    """Extra values for a bulk UPDATE of ``model`` rows (ticks in a list): their
    version and time of change move on too, so an editor open on one of them on
    another PC refuses to save over it."""
    return {"version": model.version + 1, "updated_at": utc_now()}
