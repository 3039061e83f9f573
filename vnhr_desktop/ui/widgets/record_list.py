"""A searchable, sortable table over a :class:`RecordTableModel`: the search
box (tone marks optional), optional filter widgets, the table and a count."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.domain.dates import fmt_int
from vnhr_desktop.ui.models.table_model import RecordTableModel


class RecordListView(QWidget):
    activated = Signal(object)
    selectionChanged = Signal()

    def __init__(self, model: RecordTableModel, noun: str, parent=None):
        super().__init__(parent)
        self.model = model
        self._noun = noun
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search (tone marks optional)…"))
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._debounce.start())

        self.filters = QHBoxLayout()
        self.filters.setContentsMargins(0, 0, 0, 0)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("count")

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addLayout(self.filters, 3)
        top.addWidget(self.count_label)

        self.table = QTableView(self)
        self.table.setModel(model)
        # No sort indicator at first: the list keeps its own default order.
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda idx: self.activated.emit(model.row_at(idx.row())))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selectionChanged.emit())
        model.totalChanged.connect(self._update_count)
        # A reload (after any change, or F5) keeps the rows chosen and the scroll position.
        self._kept: tuple[set, object, int] | None = None
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._after_reset)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)

    def set_search_now(self, text: str) -> None:
        """Search without waiting for the typing pause (tests and shortcuts)."""
        self.search.blockSignals(True)
        self.search.setText(text)
        self.search.blockSignals(False)
        self.model.set_search(text)

    def set_column_widths(self, widths: list[int], stretch: int | None = None, optional: tuple[int, ...] = ()) -> None:
        """Give each column its width; the text column ``stretch`` (by default the
        widest) takes the room that is left, so the key columns after it stay in
        view. The ``optional`` columns step aside when the table is too narrow
        for all of them (1024 px screens) and come back when it is wide enough."""
        stretch = widths.index(max(widths)) if stretch is None else stretch
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for i, w in enumerate(widths):
            self.table.setColumnWidth(i, w if i != stretch else min(w, 220))
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        self._widths = list(widths)
        self._stretch = stretch
        self._optional = tuple(optional)
        self._fit_columns()

    def _fit_columns(self) -> None:
        widths = getattr(self, "_widths", None)
        if not widths or not self._optional:
            return
        room = self.table.viewport().width()
        fixed = sum(w for i, w in enumerate(widths) if i != self._stretch) + 160
        narrow = fixed > room
        for i in self._optional:
            self.table.setColumnHidden(i, narrow)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def selected_rows(self) -> list:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def current_row(self):
        idx = self.table.currentIndex()
        return self.model.row_at(idx.row()) if idx.isValid() else None

    def _update_count(self, total: int) -> None:
        if self.model.total_capped():
            # A broad search is not counted to the end: say so, and how to narrow it.
            cap = fmt_int(total - 1)
            self.count_label.setText(self.tr("More than %1 results").replace("%1", cap))
            self.count_label.setToolTip(
                self.tr(
                    "The search matches more than %1 rows. Type more to narrow it; the list still scrolls to its end."
                ).replace("%1", cap)
            )
            return
        self.count_label.setText(self.tr("%n %1", "", total).replace("%1", self._noun))
        self.count_label.setToolTip("")

    def _remember(self) -> None:
        selected = {getattr(r, "id", None) for r in self.selected_rows()} - {None}
        current = self.current_row()
        self._kept = (selected, getattr(current, "id", None), self.table.verticalScrollBar().value())

    def _after_reset(self) -> None:
        self.table.horizontalHeader().setSortIndicatorShown(self.model.request.sort is not None)
        kept, self._kept = self._kept, None
        if kept is None:
            return
        selected, current, scroll = kept
        if selected or current is not None:
            self._reselect(selected, current)
        if scroll:
            self.table.doItemsLayout()
            self.table.verticalScrollBar().setValue(scroll)
            # tied to the table: a list closed before the timer fires is left alone
            QTimer.singleShot(0, self.table, lambda: self.table.verticalScrollBar().setValue(scroll))

    def _reselect(self, selected: set, current) -> None:
        selection = QItemSelection()
        current_index = None
        last = self.model.columnCount() - 1
        for position in range(self.model.rowCount()):
            row_id = getattr(self.model.row_at(position), "id", None)
            if row_id in selected:
                selection.select(self.model.index(position, 0), self.model.index(position, last))
            if row_id == current:
                current_index = self.model.index(position, 0)
        chooser = self.table.selectionModel()
        if current_index is not None:
            chooser.setCurrentIndex(current_index, QItemSelectionModel.SelectionFlag.NoUpdate)
        if not selection.isEmpty():
            chooser.select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
