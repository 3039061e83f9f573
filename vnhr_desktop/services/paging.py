"""Paged, searchable, sortable lists for tables and the command line.

Search runs in SQL against the folded ``search_key`` column; sorting uses the
columns a list declares sortable; nothing loads a whole table into memory.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, func
from sqlalchemy.orm import Session

from vnhr_desktop.domain.text import fold, like_pattern


@dataclass(frozen=True)
class ListRequest:
    search: str = ""
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int | None = None
    filters: Mapping[str, Any] = field(default_factory=dict)


def apply_search(stmt: Select, search_column, search: str) -> Select:
    if search and fold(search):
        stmt = stmt.where(search_column.like(like_pattern(search), escape="\\"))
    return stmt


def apply_order(stmt: Select, request: ListRequest, sortable: Mapping[str, Any], default: list) -> Select:
    column = sortable.get(request.sort) if request.sort else None
    if column is None:
        return stmt.order_by(*default)
    primary = column.desc() if request.descending else column.asc()
    return stmt.order_by(primary, *default)


def apply_window(stmt: Select, request: ListRequest) -> Select:
    if request.offset:
        stmt = stmt.offset(request.offset)
    if request.limit is not None:
        stmt = stmt.limit(request.limit)
    return stmt


def count_rows(session: Session, stmt: Select) -> int:
    """``SELECT count(*)`` over the same FROM and WHERE (no subquery, no ORDER BY)."""
    counting = stmt.with_only_columns(func.count(), maintain_column_froms=True).order_by(None)
    return session.scalar(counting) or 0
