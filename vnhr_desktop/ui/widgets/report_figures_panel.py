"""The composer's right-hand side: every figure of the report, and under it the
records the selected figure came from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QSplitter, QTableView, QVBoxLayout, QWidget

from vnhr_desktop.ui.labels import date_text
from vnhr_desktop.ui.models.report_models import FigureTableModel, RecordInfoModel

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


def _table(parent, model, name: str) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view


class ReportFiguresPanel(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.state = QLabel(self)
        self.state.setObjectName("figuresState")
        self.state.setWordWrap(True)
        self.figures = FigureTableModel(self)
        self.records = RecordInfoModel(self)
        self.figure_view = _table(self, self.figures, "figureTable")
        for column, width in enumerate((100, 230, 90)):
            self.figure_view.setColumnWidth(column, width)
        # The figure's label takes the room left, so the value and record count stay in view.
        self.figure_view.horizontalHeader().setStretchLastSection(False)
        self.figure_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.figure_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_records(cur.row()))
        self.record_view = _table(self, self.records, "recordTable")
        self.record_view.setColumnWidth(0, 90)
        self.record_view.setColumnWidth(1, 330)
        self.record_view.horizontalHeader().setStretchLastSection(False)
        self.record_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.record_title = QLabel(self.tr("Records behind the selected figure"), self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        top = QWidget(split)
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(QLabel(self.tr("Figures computed from the records"), top))
        top_layout.addWidget(self.figure_view)
        bottom = QWidget(split)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.record_title)
        bottom_layout.addWidget(self.record_view)
        split.setSizes([320, 220])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.state)
        layout.addWidget(split, 1)

    def load(self, database, report_id: int) -> None:
        from vnhr_desktop.services.report_records import figure_rows
        from vnhr_desktop.services.reports import figures_changed, report_figures, report_state

        self.database = database
        with database.Session() as session:
            state = report_state(session, report_id)
            figures = report_figures(session, report_id)
            frozen = state.frozen
            changed = frozen and figures_changed(session, report_id)
            issued_on = state.issued_on
        if frozen:
            text = self.tr(
                "Figures frozen when the report was issued on %1; later changes to the records do "
                "not change this report."
            ).replace("%1", date_text(issued_on))
            if changed:
                text += " " + self.tr("The records have changed since then.")
            self.state.setStyleSheet("color: #5b4a00;" if changed else "")
        else:
            text = self.tr("Draft: the figures follow the records as they are now.")
            self.state.setStyleSheet("")
        self.state.setText(text)
        self.figures.set_rows(figure_rows(figures))
        self.records.set_rows([])
        if self.figures.rowCount():
            self.figure_view.selectRow(0)

    def show_records(self, row: int) -> None:
        from vnhr_desktop.services.report_records import describe_records

        figure = self.figures.row_at(row)
        if figure is None or self.database is None:
            self.records.set_rows([])
            return
        with self.database.Session() as session:
            self.records.set_rows(describe_records(session, figure.record_kind, figure.ids))
        self.record_title.setText(
            self.tr("Records behind “%1” (%2)").replace("%1", figure.label).replace("%2", str(len(figure.ids)))
        )
