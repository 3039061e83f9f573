"""Paged, searchable, sortable lists for tables and the command line.

Search runs in SQL against the folded ``search_key`` column, through the
full-text index when it can answer the query (see
:mod:`vnhr_desktop.persistence.search_index`) and with ``LIKE`` otherwise; both
give the same rows. Sorting uses the columns a list declares sortable.

Pages are found by *keyset* ("seek") rather than by offset: a page asks for the
rows after the sort values of the last row already shown (``after``), so the
thousandth page costs what the first one does. ``from_end`` asks for the last
page directly. Nothing loads a whole table into memory.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar, TypeVarTuple

from sqlalchemy import (
    ColumnElement,
    Select,
    Update,
    and_,
    bindparam,
    false,
    func,
    literal_column,
    or_,
    select,
    tuple_,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import UnaryExpression
from sqlalchemy.sql.visitors import InternalTraversal

from vnhr_desktop.domain.text import fold, like_pattern
from vnhr_desktop.persistence import search_index

# Lists show "more than COUNT_CAP results" instead of counting every match.
COUNT_CAP = search_index.COUNT_CAP

Ts = TypeVarTuple("Ts")
# A statement of any shape (the keyset columns are appended to it).
AnySelect = Select[*tuple[Any, ...]]
# What a search narrows: a list's SELECT or an UPDATE of the rows it shows.
Searchable = TypeVar("Searchable", AnySelect, Update)


@dataclass(frozen=True)
class ListRequest:
    search: str = ""
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int | None = None
    filters: Mapping[str, Any] = field(default_factory=dict)
    # Keyset paging: the ``key`` of the last row already shown; the page starts after it.
    after: tuple[Any, ...] | None = None
    # The last ``limit`` rows of the list (still in list order).
    from_end: bool = False


@dataclass(frozen=True)
class Page:
    rows: list[Any]
    # Sort values of the first and the last row, for the next request's ``after``.
    first_key: tuple[Any, ...] | None
    last_key: tuple[Any, ...] | None


# Walking the sort index and testing each row finds a page of PAGE_READ rows
# faster than sorting every match once the matches are dense: the walk reads
# about PAGE_READ * rows / matches rows (each a look-up by id), the sort every
# match. ``WALK_ABOVE`` overrides the estimate (tests).
PAGE_READ = 200
WALK_ABOVE: int | None = None
# With more matches than are listed, a walk testing each row's key is chosen
# when it should find its page within about this many rows.
WALK_ROWS = 2000


def walk_threshold(session: Session, table_name: str, page: int = PAGE_READ) -> int:
    """The number of matches above which a page of ``page`` rows is read by
    walking the sort index (about sqrt(3 * page * rows of the table))."""
    if WALK_ABOVE is not None:
        return WALK_ABOVE
    rows = session.connection().exec_driver_sql(f'SELECT max(rowid) FROM "{table_name}"').scalar() or 0
    return int((3 * page * rows) ** 0.5)


def apply_search(
    stmt: Searchable,
    search_column: Any,
    search: str,
    session: Session | None = None,
    order_indexed: bool = False,
    page: int = PAGE_READ,
) -> Searchable:
    """Keep the rows whose folded search key contains the folded ``search``:
    through the full-text index when it can answer the query, with ``LIKE``
    otherwise.

    ``order_indexed``: the list's order follows an index, so for a query whose
    matches are dense the page (about ``page`` rows) is read in index order,
    testing each row, instead of sorting all of them (see :func:`walk_threshold`)."""
    query = fold(search)
    if not query:
        return stmt
    table = search_column.table
    if session is not None and search_index.can_serve(session, table.name, query):
        count, ids = search_index.matches(session, table.name, query)
        if ids is None:
            # More than LISTED matches. Dense enough, the page is read in index order
            # testing each row's key (it ends after its last row, not after every
            # match); less dense (names cluster in the sort order), the matches are
            # gathered first and the walk tests each index entry against them.
            if order_indexed and search_index.sampled_density(session, table.name, query) * WALK_ROWS >= page:
                return stmt.where(search_column.like(like_pattern(search), escape="\\"))
            column = table.c.id + 0 if order_indexed else table.c.id
            candidates = search_index.candidate_ids(session, table.name, query) if order_indexed else None
            if candidates is not None:
                # Rows holding the query's rarest trigrams, each read tested by its key.
                return stmt.where(column.in_(candidates), search_column.like(like_pattern(search), escape="\\"))
            return stmt.where(column.in_(search_index.matching_ids(table.name, query)))
        walk = order_indexed and count > walk_threshold(session, table.name, page)
        # ``id + 0`` keeps SQLite from looking the matches up one by one by id.
        column = table.c.id + 0 if walk else table.c.id
        return stmt.where(column.in_(id_list(session, ids)))
    return stmt.where(search_column.like(like_pattern(search), escape="\\"))


def id_list(session: Session, ids: list[int]) -> Any:
    """What ``column.in_()`` takes for ``ids``: on SQLite, more than a hundred
    travel as one JSON parameter (``json_each``), not one parameter each; on
    PostgreSQL the driver sends them as they are."""
    if len(ids) > 100 and session.get_bind().dialect.name == "sqlite":
        listed = func.json_each(json.dumps(ids)).table_valued("value")
        return select(listed.c.value)
    return ids


def indexed(column: object) -> bool:
    return bool(getattr(column, "index", False) or getattr(column, "primary_key", False))


@dataclass(frozen=True)
class _Term:
    column: Any
    descending: bool
    nulls_first: bool  # NULL comes before every value in list order


def _term(expr: Any) -> _Term:
    column, descending, nulls = expr, False, None
    while isinstance(column, UnaryExpression) and column.modifier is not None:
        if column.modifier is operators.desc_op:
            descending = True
        elif column.modifier is operators.nulls_first_op:
            nulls = True
        elif column.modifier is operators.nulls_last_op:
            nulls = False
        column = column.element
    # SQLite's own rule: NULL is the smallest value.
    return _Term(column, descending, (not descending) if nulls is None else nulls)


def order_terms(request: ListRequest, sortable: Mapping[str, Any], default: list[Any]) -> list[_Term]:
    terms = [_term(e) for e in default]
    column = sortable.get(request.sort) if request.sort else None
    if column is not None:
        terms.insert(0, _Term(column, request.descending, not request.descending))
    return terms


class _SqliteNulls(ColumnElement[Any]):
    """An ORDER BY term whose NULLs go where SQLite puts them anyway (first
    ascending, last descending): written without a NULLS clause on SQLite, so
    the index still serves, and with one elsewhere (PostgreSQL puts NULL last
    ascending)."""

    inherit_cache = True
    # what the statement cache keys on (without it, no statement holding this term is cached)
    _traverse_internals = [
        ("expr", InternalTraversal.dp_clauseelement),
        ("null_first", InternalTraversal.dp_boolean),
    ]

    def __init__(self, expr: Any, nulls_first: bool):
        self.expr = expr
        self.null_first = nulls_first


@compiles(_SqliteNulls)
def _natural_nulls(element: _SqliteNulls, compiler: Any, **kw: Any) -> str:
    return str(compiler.process(element.expr, **kw))


@compiles(_SqliteNulls, "postgresql")
def _explicit_nulls(element: _SqliteNulls, compiler: Any, **kw: Any) -> str:
    expr = element.expr.nulls_first() if element.null_first else element.expr.nulls_last()
    return str(compiler.process(expr, **kw))


def own_table(stmt: Any) -> Any:
    """The table of a list statement's first entity (its other tables may be
    outer-joined, where even a NOT NULL column reads NULL)."""
    descriptions = getattr(stmt, "column_descriptions", None) or [{}]
    return getattr(descriptions[0].get("entity"), "__table__", None)


def _column_table(column: Any) -> Any:
    return getattr(getattr(column, "expression", column), "table", None)


def _sql_order(term: _Term, reverse: bool = False, table: Any = None) -> Any:
    descending = term.descending != reverse
    nulls_first = term.nulls_first != reverse
    expr = term.column.desc() if descending else term.column.asc()
    if nulls_first == (not descending):  # SQLite's natural place for NULL
        if _not_null(term.column) and table is not None and _column_table(term.column) is table:
            return expr  # never NULL: no clause on either engine, so the index still serves
        return _SqliteNulls(expr, nulls_first)
    return expr.nulls_first() if nulls_first else expr.nulls_last()


def apply_order(
    stmt: Select[*Ts], request: ListRequest, sortable: Mapping[str, Any], default: list[Any]
) -> Select[*Ts]:
    table = own_table(stmt)
    return stmt.order_by(*[_sql_order(t, table=table) for t in order_terms(request, sortable, default)])


def _not_null(column: object) -> bool:
    return getattr(column, "nullable", True) is False or getattr(column, "primary_key", False)


def _after(term: _Term, value: object) -> ColumnElement[bool]:
    """``column`` comes strictly after ``value`` in list order."""
    c = term.column
    if value is None:
        after: ColumnElement[bool] = c.is_not(None) if term.nulls_first else false()
        return after
    value = bindparam(None, value, type_=c.type)
    later = c < value if term.descending else c > value
    return later if term.nulls_first else or_(later, c.is_(None))


def _same(term: _Term, value: object) -> ColumnElement[bool]:
    # ``term.column`` is untyped (a mapped attribute or a column); the comparisons are SQL conditions.
    same: ColumnElement[bool]
    same = term.column.is_(None) if value is None else term.column == bindparam(None, value, type_=term.column.type)
    return same


def seek(terms: list[_Term], key: tuple[Any, ...]) -> ColumnElement[bool]:
    """The rows after ``key`` (the sort values of a row) in the order of ``terms``."""
    if (
        len({t.descending for t in terms}) == 1
        and all(v is not None for v in key)
        and all(_not_null(t.column) for t in terms)
    ):
        # One direction, no NULLs: a row-value comparison the index can seek on.
        row = tuple_(*[t.column for t in terms])
        return row < tuple_(*key) if terms[0].descending else row > tuple_(*key)
    clauses = []
    for i, (term, value) in enumerate(zip(terms, key, strict=True)):
        clauses.append(and_(*[_same(t, v) for t, v in zip(terms[:i], key[:i], strict=True)], _after(term, value)))
    return or_(*clauses)


def keyset_select(
    stmt: AnySelect, request: ListRequest, sortable: Mapping[str, Any], default: list[Any]
) -> tuple[AnySelect, int, bool]:
    """The statement for one page, with the sort values appended to each row.
    Returns (statement, number of appended columns, whether rows come reversed)."""
    terms = order_terms(request, sortable, default)
    table = own_table(stmt)
    stmt = stmt.add_columns(*[t.column for t in terms])
    if request.after is not None:
        stmt = stmt.where(seek(terms, tuple(request.after)))
    reverse = request.from_end and request.after is None
    stmt = stmt.order_by(*[_sql_order(t, reverse, table) for t in terms])
    return apply_window(stmt, request), len(terms), reverse


def apply_window(stmt: Select[*Ts], request: ListRequest) -> Select[*Ts]:
    if request.offset:
        stmt = stmt.offset(request.offset)
    if request.limit is not None:
        stmt = stmt.limit(request.limit)
    return stmt


def count_rows(session: Session, stmt: AnySelect, cap: int | None = None) -> int:
    """``SELECT count(*)`` over the same FROM and WHERE (no subquery, no ORDER BY).
    With ``cap``, counting stops past it: any larger number comes back as ``cap + 1``."""
    if cap is not None:
        first: AnySelect = stmt.with_only_columns(literal_column("1"), maintain_column_froms=True).order_by(None)
        return session.scalar(select(func.count()).select_from(first.limit(cap + 1).subquery())) or 0
    counting = stmt.with_only_columns(func.count(), maintain_column_froms=True).order_by(None)
    return session.scalar(counting) or 0
