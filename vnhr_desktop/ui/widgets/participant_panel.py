"""The participants of one event: search without tone marks, Vietnamese order
by given name, filters by bridge point and attendance, add/edit/delete,
"Có mặt" for one or many, import from Excel. Counts follow every change.

The table pages through the list in SQL, so an event with 200,000
participants stays responsive; marking "all shown" is one UPDATE.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from vnhr_desktop.domain.dates import fmt_int
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.models.event_models import ParticipantTableModel
from vnhr_desktop.ui.models.table_model import DatabaseListSource
from vnhr_desktop.ui.widgets.flow_layout import FlowLayout
from vnhr_desktop.ui.widgets.record_list import RecordListView

ALL, PRESENT, ABSENT = 0, 1, 2


if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


class ParticipantPanel(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.event_id: int | None = None
        self.points: list = []
        self.counts_follow_changes = True  # False when the owner shows the counts itself
        self.model = ParticipantTableModel()
        self.model.attendanceToggled.connect(lambda pid, present: self.mark([pid], present))
        self.view = RecordListView(self.model, self.tr("participants"), self)
        self.view.setObjectName("participants")
        self.view.activated.connect(lambda row: self.edit(row))

        self.point_filter = QComboBox(self)
        self.point_filter.setObjectName("pointFilter")
        self.point_filter.setMinimumContentsLength(18)
        self.point_filter.currentIndexChanged.connect(self._filter_changed)
        self.attendance_filter = QComboBox(self)
        self.attendance_filter.setObjectName("attendanceFilter")
        self.attendance_filter.addItems([self.tr("Everyone"), self.tr("Present"), self.tr("Not yet present")])
        self.attendance_filter.currentIndexChanged.connect(self._filter_changed)
        self.view.filters.addWidget(self.point_filter)
        self.view.filters.addWidget(self.attendance_filter)

        self.counts = QLabel(self)
        self.counts.setObjectName("attendanceCounts")
        self.counts.setStyleSheet("font-weight: bold;")
        buttons = FlowLayout()
        self.add_button = self._button(self.tr("&Add…"), "add", self.add, buttons)
        self.edit_button = self._button(self.tr("&Edit…"), "edit", lambda: self.edit(self.view.current_row()), buttons)
        self.delete_button = self._button(self.tr("&Delete"), "delete", self.delete, buttons)
        self.present_button = self._button(self.tr("Present"), "markPresent", lambda: self.mark_selected(True), buttons)
        self.present_button.setToolTip(self.tr("Mark the selected participants present (Ctrl+M)"))
        self.absent_button = self._button(
            self.tr("Not present"), "markAbsent", lambda: self.mark_selected(False), buttons
        )
        self.all_button = self._button(
            self.tr("All shown present"), "markAll", lambda: self.mark_all_shown(True), buttons
        )
        self.all_button.setToolTip(self.tr("Mark everyone the list shows now (search and filters) present"))
        self.import_button = self._button(self.tr("&Import from Excel…"), "importExcel", self.import_excel, buttons)
        QShortcut(QKeySequence("Ctrl+M"), self).activated.connect(lambda: self.mark_selected(True))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts)
        self.view.selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.view.set_column_widths([200, 64, 60, 140, 220, 180, 100], 4)
        self._update_buttons()

    def _button(self, text: str, name: str, slot, layout) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        layout.addWidget(button)
        return button

    # -- data ----------------------------------------------------------------
    def attach(self, database: DatabaseHandle) -> None:
        self.database = database

    def set_event(self, event_id: int | None, points: Sequence) -> None:
        """Show the participants of ``event_id`` (None: nothing)."""
        self.event_id = event_id
        self.points = list(points)
        self.point_filter.blockSignals(True)
        self.point_filter.clear()
        self.point_filter.addItem(self.tr("All bridge points"), None)
        for point in self.points:
            self.point_filter.addItem(point.name, point.id)
        self.point_filter.blockSignals(False)
        self.model.request.filters.clear()
        if event_id is None or self.database is None:
            self.model.source = None
            self.model.refresh()
        else:
            self.model.request.filters["event_id"] = event_id
            self._apply_filters(refresh=False)
            self.model.set_source(DatabaseListSource(self.database, "participants"))
        if self.counts_follow_changes or event_id is None:
            self.refresh_counts()
        self._update_buttons()

    def _apply_filters(self, refresh: bool = True) -> None:
        filters = self.model.request.filters
        point = self.point_filter.currentData()
        filters.pop("bridge_point_id", None)
        filters.pop("attended", None)
        if point:
            filters["bridge_point_id"] = point
        if self.attendance_filter.currentIndex() != ALL:
            filters["attended"] = self.attendance_filter.currentIndex() == PRESENT
        if refresh:
            self.model.refresh()

    def _filter_changed(self) -> None:
        if self.event_id is not None:
            self._apply_filters()

    def refresh(self) -> None:
        if self.event_id is not None:
            self.model.refresh()
            if self.counts_follow_changes:
                self.refresh_counts()

    def refresh_counts(self) -> None:
        if self.event_id is None or self.database is None:
            self.counts.setText("")
            return
        from vnhr_desktop.services.participants import attendance_counts

        with self.database.Session() as session:
            counts = attendance_counts(session, self.event_id)
        self.show_counts(counts.listed, counts.present)

    def show_counts(self, listed: int, present: int) -> None:
        self.counts.setText(
            self.tr("On the list: %1 · present: %2 · not yet present: %3")
            .replace("%1", fmt_int(listed))
            .replace("%2", fmt_int(present))
            .replace("%3", fmt_int(listed - present))
        )

    def _update_buttons(self) -> None:
        has_event = self.event_id is not None
        selected = bool(self.view.selected_rows()) if has_event else False
        for button in (self.add_button, self.import_button, self.all_button):
            button.setEnabled(has_event)
        for button in (self.edit_button, self.delete_button, self.present_button, self.absent_button):
            button.setEnabled(selected)
        self.edit_button.setEnabled(has_event and len(self.view.selected_rows()) == 1)

    # -- actions -------------------------------------------------------------
    def _after_change(self, reload: bool = True) -> None:
        if reload:
            self.model.refresh()
        if self.counts_follow_changes:
            self.refresh_counts()
        self.changed.emit()

    def mark(self, ids: list[int], present: bool) -> int:
        from vnhr_desktop.services.participants import set_attendance
        from vnhr_desktop.ui.undo import values_undoable

        if self.event_id is None or not ids:
            return 0
        event_id = self.event_id
        changed = values_undoable(
            self,
            self.database,
            self.tr("Attendance of %1 participant(s)").replace("%1", str(len(ids))),
            "participant",
            ids,
            ["attended"],
            lambda session: set_attendance(session, event_id, ids, present),
        )
        filtered = "attended" in self.model.request.filters
        if not filtered:
            self.model.mark_rows(set(ids), present)
        self._after_change(reload=filtered)
        return changed

    def mark_selected(self, present: bool) -> int:
        rows = self.view.selected_rows()
        changing = [r for r in rows if bool(r.attended) != present]
        if len(rows) > 1 and changing and not self._confirm(self._attendance_text(len(changing), present)):
            return 0
        return self.mark([r.id for r in rows], present)

    def _attendance_text(self, count: int, present: bool) -> str:
        """Before → after, for the question a bulk attendance change asks."""
        before, after = (self.tr("absent"), self.tr("present")) if present else (self.tr("present"), self.tr("absent"))
        return (
            self.tr("Change the attendance of %1 participant(s): %2 → %3?")
            .replace("%1", fmt_int(count))
            .replace("%2", before)
            .replace("%3", after)
        )

    def mark_all_shown(self, present: bool = True) -> int:
        from vnhr_desktop.services.participants import matching_ids, set_attendance
        from vnhr_desktop.ui.undo import values_undoable

        if self.event_id is None:
            return 0
        total = self.model.total()
        source = self.model.source
        if self.model.total_capped() and source is not None:
            total = source.count(self.model.request)  # the exact number for the question
        event_id = self.event_id
        assert self.database is not None  # attached before the widget is used
        with self.database.Session() as session:
            ids = matching_ids(
                session,
                event_id,
                present,
                search=self.model.request.search,
                bridge_point_id=self.model.request.filters.get("bridge_point_id"),
            )
        if not ids:
            return 0
        if total > 1 and not self._confirm(
            self.tr("Mark all %1 participants shown present?").replace("%1", fmt_int(total))
            + "\n"
            + self._attendance_text(len(ids), present)
        ):
            return 0
        changed = values_undoable(
            self,
            self.database,
            self.tr("Attendance of %1 participant(s)").replace("%1", str(len(ids))),
            "participant",
            ids,
            ["attended"],
            lambda session: set_attendance(session, event_id, ids, present),
        )
        self._after_change()
        return changed

    def _confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Participants"), text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def add(self) -> None:
        self.edit(None)

    def edit(self, row) -> None:
        from vnhr_desktop.ui.dialogs.participant_dialog import ParticipantDialog

        if self.event_id is None:
            return
        dialog = ParticipantDialog(self.database, self.event_id, self.points, row.id if row else None, self)
        dialog.exec()
        if dialog.saved_count:
            self._after_change()

    def delete(self) -> None:
        from vnhr_desktop.services.participants import delete_participants
        from vnhr_desktop.ui.undo import delete_undoable

        rows = self.view.selected_rows()
        if not rows:
            return
        names = ", ".join(r.full_name for r in rows[:3]) + ("…" if len(rows) > 3 else "")
        if not self._confirm(
            self.tr("Delete %1 participant(s): %2?").replace("%1", str(len(rows))).replace("%2", names)
        ):
            return
        ids, event_id = [r.id for r in rows], self.event_id
        if event_id is None:
            return
        delete_undoable(
            self,
            self.database,
            self.tr("Delete %1 participant(s)").replace("%1", str(len(ids))),
            "participant",
            ids,
            lambda session: delete_participants(session, event_id, ids),
        )
        self._after_change()

    def import_excel(self) -> None:
        from vnhr_desktop.ui.dialogs.participant_import_dialog import ParticipantImportDialog

        if self.event_id is None:
            return
        try:
            dialog = ParticipantImportDialog(self.database, self.event_id, self)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Import"), exc.message)
            return
        if dialog.choose_file() and dialog.exec():
            self._after_change()
