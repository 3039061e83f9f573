"""The one generic table model. Rows come from a :class:`ListSource` page by
page (``canFetchMore``/``fetchMore``); search and sort are done by the source in
SQL, so a table over 200,000 rows holds only the pages the user scrolled to.
A source with ``page`` is read by keyset (each page starts after the sort key
of the last row held), so the last page costs what the first one does."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal


class ListSource(Protocol):
    def query(self, request) -> list: ...

    def count(self, request) -> int: ...


@dataclass
class Column:
    key: str
    title: str
    value: Callable[[Any], Any] | None = None
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    sortable: bool = True
    tooltip: Callable[[Any], str] | None = None
    background: Callable[[Any], Any] | None = None
    foreground: Callable[[Any], Any] | None = None

    def display(self, row) -> str:
        value = self.value(row) if self.value else getattr(row, self.key, "")
        return "" if value is None else str(value)


@dataclass
class Request:
    """Mirror of services.paging.ListRequest, kept Qt-side so this module does
    not import the database layer."""

    search: str = ""
    sort: str | None = None
    descending: bool = False
    offset: int = 0
    limit: int | None = None
    filters: dict = field(default_factory=dict)
    after: tuple | None = None


class RecordTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    totalChanged = Signal(int)

    def __init__(self, columns: list[Column], source: ListSource | None = None, parent=None):
        super().__init__(parent)
        self.columns = columns
        self.source = source
        self.request = Request()
        self._rows: list = []
        self._total = 0
        # The source stopped counting at its cap: the list has more than
        # ``_total - 1`` rows, and pages are read until one comes back short.
        self._capped = False
        self._last_key: tuple | None = None

    # -- data source -------------------------------------------------------
    def set_source(self, source: ListSource) -> None:
        self.source = source
        self.refresh()

    def set_search(self, text: str) -> None:
        self.request = replace(self.request, search=text)
        self.refresh()

    def set_filter(self, key: str, value) -> None:
        filters = dict(self.request.filters)
        if value in (None, ""):
            filters.pop(key, None)
        else:
            filters[key] = value
        self.request = replace(self.request, filters=filters)
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._last_key = None
        self._capped = False
        if self.source is None:
            self._rows, self._total = [], 0
        else:
            first = replace(self.request, offset=0, limit=self.PAGE_SIZE)
            if hasattr(self.source, "count_and_page"):
                # One read for both: the search behind them runs once.
                self._total, self._rows, self._last_key = self.source.count_and_page(first)
            else:
                self._total = self.source.count(self.request)
                self._rows = self._page(first)
            cap = getattr(self.source, "count_cap", None)
            self._capped = cap is not None and self._total > cap
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def _page(self, request: Request) -> list:
        source = self.source
        if source is None:
            return []
        if hasattr(source, "page"):
            rows, last_key = source.page(request)
            if last_key is not None:
                self._last_key = last_key
            return rows
        return source.query(request)

    def preload(self, rows: list, total: int) -> None:
        """Show ``rows`` of ``total`` before there is a source (the first page
        at start-up); the source, once set, reads the list afresh."""
        self.beginResetModel()
        self._rows, self._total, self._last_key = list(rows), total, None
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def total(self) -> int:
        """The rows of the list, or ``count_cap + 1`` when :meth:`total_capped`."""
        return self._total

    def total_capped(self) -> bool:
        """The list has more rows than its source counts (more than ``total() - 1``)."""
        return self._capped

    def row_at(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list:
        return list(self._rows)

    # -- Qt model ----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        if parent.isValid() or self.source is None:
            return False
        return len(self._rows) < self._total or self._capped

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        more = self._page(replace(self.request, offset=len(self._rows), limit=self.PAGE_SIZE, after=self._last_key))
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        if not more or (self._capped and len(more) < self.PAGE_SIZE):
            # The end of the list: now its rows are known exactly.
            counted = self._capped
            self._total, self._capped = len(self._rows), False
            if counted:
                self.totalChanged.emit(self._total)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip(row) if column.tooltip else column.display(row)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.BackgroundRole and column.background:
            return column.background(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground:
            return column.foreground(row)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)) or not self.columns[column].sortable:
            return
        self.request = replace(
            self.request, sort=self.columns[column].key, descending=order == Qt.SortOrder.DescendingOrder
        )
        self.refresh()


class DatabaseListSource:
    """A :class:`ListSource` over one of services.listing.LISTS."""

    def __init__(self, database, list_name: str):
        self.database = database
        self.list_name = list_name

    def _spec_and_request(self, request: Request):
        from vnhr_desktop.services.listing import LISTS
        from vnhr_desktop.services.paging import ListRequest

        return LISTS[self.list_name], ListRequest(
            search=request.search,
            sort=request.sort,
            descending=request.descending,
            offset=request.offset,
            limit=request.limit,
            filters=dict(request.filters),
        )

    def query(self, request: Request) -> list:
        spec, req = self._spec_and_request(request)
        with self.database.Session() as session:
            return spec.query(session, req)

    @property
    def count_cap(self) -> int:
        """Lists count their rows up to this many; beyond, "more than" it."""
        from vnhr_desktop.services.paging import COUNT_CAP

        return COUNT_CAP

    def count_and_page(self, request: Request) -> tuple[int, list, tuple | None]:
        """The number of rows of the list (up to ``count_cap + 1``) and its first page, in one read."""
        spec, req = self._spec_and_request(request)
        with self.database.Session() as session:
            total = spec.count(session, replace(req, limit=None), cap=self.count_cap)
            page = spec.page(session, req)
        return total, page.rows, page.last_key

    def page(self, request: Request) -> tuple[list, tuple | None]:
        """Rows after ``request.after`` (keyset) and the key of the last one."""
        spec, req = self._spec_and_request(request)
        req = replace(req, offset=0 if request.after is not None else req.offset, after=request.after)
        with self.database.Session() as session:
            page = spec.page(session, req)
        return page.rows, page.last_key

    def count(self, request: Request) -> int:
        spec, req = self._spec_and_request(request)
        with self.database.Session() as session:
            return spec.count(session, req)
