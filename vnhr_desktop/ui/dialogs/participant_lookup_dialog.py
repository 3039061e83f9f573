"""Tra cứu đại biểu: find a person across every event and year by name
(typed with or without tone marks), optionally with part of the agency; see
every event they were invited to and whether they attended; save the result
as a workbook."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from vnhr_desktop.domain.dates import fmt_datetime
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.models.table_model import Column, RecordTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _table(model: RecordTableModel, parent) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ParticipantLookupDialog(QDialog):
    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.outcome = None
        self.setWindowTitle(self.tr("Find a participant"))
        self.setObjectName("participantLookup")
        self.resize(900, 520)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("lookupName")
        self.name_edit.setPlaceholderText(self.tr("Full name or part of it, tone marks optional"))
        self.agency_edit = QLineEdit(self)
        self.agency_edit.setObjectName("lookupAgency")
        self.agency_edit.setPlaceholderText(self.tr("Agency (optional)"))
        self.search_button = QPushButton(self.tr("Search"), self)
        self.search_button.setObjectName("lookupSearch")
        self.search_button.setDefault(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Name:"), self))
        row.addWidget(self.name_edit, 3)
        row.addWidget(QLabel(self.tr("Agency:"), self))
        row.addWidget(self.agency_edit, 2)
        row.addWidget(self.search_button)

        self.people = RecordTableModel(
            [
                Column("full_name", self.tr("Full name"), sortable=False),
                Column("agency", self.tr("Agency"), sortable=False),
                Column("invited", self.tr("Invited"), lambda p: p.invited, RIGHT, sortable=False),
                Column("attended", self.tr("Attended"), lambda p: p.attended, RIGHT, sortable=False),
            ],
            parent=self,
        )
        self.events = RecordTableModel(
            [
                Column("starts_at", self.tr("Date"), lambda e: fmt_datetime(e.starts_at), sortable=False),
                Column(
                    "attended",
                    self.tr("Attendance"),
                    lambda e: self.tr("Present") if e.attended else self.tr("Absent"),
                    sortable=False,
                ),
                Column("title", self.tr("Event"), sortable=False),
            ],
            parent=self,
        )
        self.people_view = _table(self.people, self)
        self.people_view.setObjectName("lookupPeople")
        self.events_view = _table(self.events, self)
        self.events_view.setObjectName("lookupEvents")
        for view, widths in ((self.people_view, (220, 300, 95, 95)), (self.events_view, (130, 90))):
            for i, width in enumerate(widths):
                view.setColumnWidth(i, width)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.people_view)
        splitter.addWidget(self.events_view)

        self.status = QLabel(self)
        self.status.setObjectName("lookupStatus")
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = buttons.addButton(self.tr("Save as Excel…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setObjectName("lookupExport")
        self.export_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        self.export_button.clicked.connect(lambda: self.export())

        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.search)
        for edit in (self.name_edit, self.agency_edit):
            edit.textChanged.connect(lambda _t: self._timer.start())
            edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.people_view.selectionModel().currentRowChanged.connect(lambda cur, _prev: self._show_events(cur.row()))
        self.name_edit.setFocus()

    def search(self) -> None:
        from vnhr_desktop.services.people import find_people

        self._timer.stop()
        with self.database.Session() as session:
            self.outcome = find_people(session, self.name_edit.text(), self.agency_edit.text())
        people = self.outcome.people
        self.people.preload(people, len(people))
        self.export_button.setEnabled(bool(people))
        if not self.name_edit.text().strip():
            self.status.setText(self.tr("Type a name to search."))
        elif not people:
            self.status.setText(self.tr("No participant found."))
        elif self.outcome.complete:
            self.status.setText(self.tr("%n person(s) found.", "", len(people)))
        else:
            self.status.setText(
                self.tr(
                    "Showing the first %n person(s); type more of the name or the agency to narrow.", "", len(people)
                )
            )
        if people:
            self.people_view.selectRow(0)
        self._show_events(0 if people else -1)

    def _show_events(self, row: int) -> None:
        person = self.people.row_at(row)
        events = list(person.events) if person is not None else []
        self.events.preload(events, len(events))

    def export(self, path=None):
        """Save the people found and their events as a workbook; returns the path."""
        from vnhr_desktop.exports.excel.people_workbook import save_people_workbook
        from vnhr_desktop.ui.export_file import ask_save_path, show_written

        if not self.outcome or not self.outcome.people:
            return None
        interactive = path is None
        if interactive:
            path = ask_save_path(self, "tra-cuu-dai-bieu.xlsx", ".xlsx")
            if path is None:
                return None
        try:
            written = save_people_workbook(self.outcome, path)
        except UserError as exc:
            QMessageBox.warning(self, self.windowTitle(), exc.message)
            return None
        if interactive:
            show_written(self, written)
        return written
