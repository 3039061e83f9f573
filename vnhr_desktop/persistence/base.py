"""The one declarative base, with a constraint naming convention so that
batch migrations on SQLite can find every constraint by name."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import DateTime, Integer, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def utc_now() -> dt.datetime:
    """Now in UTC without a zone, as SQLite's CURRENT_TIMESTAMP writes it: the
    same on every engine and every PC (shown in local time)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)


class Timestamps:
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(
        server_default=func.current_timestamp(), default=utc_now, onupdate=utc_now
    )


class Versioned:
    """An editable record: ``version`` moves on with every saved change (the ORM
    adds ``WHERE version = <loaded>`` to each UPDATE and DELETE), so a save made
    from an older copy is refused instead of overwriting another PC's work."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__dict__.get("version", cls.version)}


class VersionedStamped(Versioned):
    """Versioned, with the time of the last change (tables without Timestamps)."""

    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime, default=utc_now, onupdate=utc_now)
