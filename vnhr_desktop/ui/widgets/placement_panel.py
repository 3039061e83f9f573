"""The placements of one plan: a filtered list with quick actions (add, add in
bulk, copy a row, tick off as hung today or taken down) over the timeline
picture, and the printouts."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.models.banner_models import PlacementTableModel
from vnhr_desktop.ui.models.table_model import DatabaseListSource
from vnhr_desktop.ui.widgets.banner_timeline import BannerTimeline
from vnhr_desktop.ui.widgets.placement_fields import date_edit, edit_date, to_qdate
from vnhr_desktop.ui.widgets.placement_filters import PlacementFilters
from vnhr_desktop.ui.widgets.record_list import RecordListView

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


class PlacementPanel(QWidget):
    statusMessage = Signal(str)
    dataChanged = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.plan_id: int | None = None
        self.plan_label = ""
        self.model = PlacementTableModel()
        self.view = RecordListView(self.model, self.tr("placements"), self)
        self.view.set_column_widths([300, 80, 170, 110, 70, 40, 82, 82, 140, 110, 82, 82], 0, optional=(3, 4, 5))
        self.filters = PlacementFilters(self)
        self.filters.changed.connect(self._apply_filters)
        self.view.filters.addWidget(self.filters)
        self.view.activated.connect(lambda row: self.edit(row.id) if row else None)
        self.view.selectionChanged.connect(self._update_buttons)

        self.timeline = BannerTimeline(self)
        self.timeline.placementActivated.connect(self.edit)
        self.by_location = QComboBox(self)
        self.by_location.setObjectName("timelineGrouping")
        self.by_location.addItem(self.tr("One bar per placement"), False)
        self.by_location.addItem(self.tr("One row per place"), True)
        self.by_location.currentIndexChanged.connect(lambda *_: self.refresh_timeline())
        self.view_day = date_edit(self)
        self.view_day.setObjectName("viewDay")
        self.view_day.dateChanged.connect(self._day_changed)
        today_button = QPushButton(self.tr("Today"), self)
        today_button.clicked.connect(lambda: self.view_day.setDate(to_qdate(dt.date.today())))
        scroll = QScrollArea(self)
        scroll.setWidget(self.timeline)
        scroll.setWidgetResizable(True)
        scroll.setObjectName("timelineScroll")
        timeline_bar = QHBoxLayout()
        timeline_bar.addWidget(QLabel(self.tr("<b>Timeline</b>"), self))
        timeline_bar.addWidget(self.by_location)
        timeline_bar.addStretch(1)
        timeline_bar.addWidget(QLabel(self.tr("As on"), self))
        timeline_bar.addWidget(self.view_day)
        timeline_bar.addWidget(today_button)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(timeline_bar)
        lower_layout.addWidget(scroll)

        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self._toolbar())
        upper_layout.addWidget(self.view)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    def _button(self, text: str, name: str, slot, tip: str = "") -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        return button

    def _toolbar(self) -> QToolBar:
        self.add_button = self._button(self.tr("Add…"), "addPlacement", lambda: self.add())
        self.bulk_button = QToolButton(self)
        self.bulk_button.setObjectName("bulkAdd")
        self.bulk_button.setText(self.tr("Add in bulk"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.bulk_button)
        menu.addAction(self.tr("One slogan at many places…"), lambda: self.bulk_add("slogan"))
        menu.addAction(self.tr("Many slogans at one place…"), lambda: self.bulk_add("place"))
        self.bulk_button.setMenu(menu)
        self.copy_button = self._button(self.tr("Copy row"), "copyPlacement", self.copy_selected)
        self.edit_button = self._button(
            self.tr("Edit…"), "editPlacement", lambda: self.edit(row.id) if (row := self.view.current_row()) else None
        )
        self.delete_button = self._button(self.tr("Delete"), "deletePlacement", self.delete_selected)
        self.up_button = self._button(
            self.tr("Up today"), "markUp", lambda: self.mark("up"), self.tr("Mark the selected rows as hung today")
        )
        self.down_button = self._button(
            self.tr("Taken down"),
            "markRemoved",
            lambda: self.mark("removed"),
            self.tr("Mark the selected rows as taken down today"),
        )
        self.planned_button = self._button(
            self.tr("Not up yet"),
            "markPlanned",
            lambda: self.mark("planned"),
            self.tr("Undo: the selected rows are not up"),
        )
        self.print_button = QToolButton(self)
        self.print_button.setObjectName("printMenu")
        self.print_button.setText(self.tr("Print / export"))
        self.print_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.print_button)
        menu.addAction(self.tr("Schedule (PDF, A4 landscape)…"), lambda: self.export("schedule_pdf"))
        menu.addAction(self.tr("Print-shop sheets, A4 (PDF)…"), lambda: self.export("sheets_a4"))
        menu.addAction(self.tr("Print-shop sheets, A3 (PDF)…"), lambda: self.export("sheets_a3"))
        menu.addAction(self.tr("Print-shop sheets, slogans I choose (PDF)…"), self.export_chosen_sheets)
        menu.addAction(self.tr("Schedule workbook (Excel)…"), lambda: self.export("schedule_xlsx"))
        menu.addSeparator()
        menu.addAction(self.tr("Slogan list of the plan (PDF)…"), lambda: self.export("slogan_list"))
        menu.addAction(self.tr("Hanging progress (PDF)…"), lambda: self.export("progress_pdf"))
        menu.addAction(self.tr("Hanging progress (Excel)…"), lambda: self.export("progress_xlsx"))
        self.print_button.setMenu(menu)
        # A tool bar folds what does not fit into its ">>" menu on a narrow window.
        bar = QToolBar(self)
        bar.setObjectName("placementTools")
        for widget in (self.add_button, self.bulk_button, self.copy_button, self.edit_button, self.delete_button):
            bar.addWidget(widget)
        bar.addSeparator()
        for widget in (self.up_button, self.down_button, self.planned_button):
            bar.addWidget(widget)
        bar.addSeparator()
        bar.addWidget(self.print_button)
        return bar

    # -- data ------------------------------------------------------------------
    def attach(self, database: DatabaseHandle) -> None:
        self.database = database
        self.model.source = DatabaseListSource(database, "placements")

    def set_plan(self, plan_id: int | None, label: str = "") -> None:
        self.plan_id, self.plan_label = plan_id, label
        self.refresh()

    def refresh(self) -> None:
        if self.database is None:
            return
        from vnhr_desktop.services.banners import agency_choices, known_communes

        with self.database.Session() as session:
            self.filters.set_choices(agency_choices(session), known_communes(session))
        self._apply_filters(self.filters.values())
        self.refresh_timeline()
        self._update_buttons()

    def _apply_filters(self, values: dict) -> None:
        filters = {k: v for k, v in values.items() if v is not None}
        filters["plan_id"] = self.plan_id or -1
        filters["today"] = edit_date(self.view_day)
        self.model.today = filters["today"]
        self.model.request = replace(self.model.request, filters=filters)
        self.model.refresh()

    def refresh_timeline(self) -> None:
        if self.database is None:
            return
        from vnhr_desktop.services.banner_schedule import Timeline, timeline

        if self.plan_id is None:
            self.timeline.set_timeline(Timeline((None, None), []))
            return
        with self.database.Session() as session:
            self.timeline.set_timeline(timeline(session, self.plan_id, self.by_location.currentData()))
        self.timeline.set_today(edit_date(self.view_day))

    def _day_changed(self) -> None:
        day = edit_date(self.view_day)
        self.timeline.set_today(day)
        self._apply_filters(self.filters.values())

    def _changed(self, message: str = "") -> None:
        self.refresh()
        self.dataChanged.emit()
        if message:
            self.statusMessage.emit(message)

    def _update_buttons(self) -> None:
        has_plan = self.database is not None and self.plan_id is not None
        selected = bool(self.view.selected_rows()) if has_plan else False
        for button in (self.add_button, self.bulk_button, self.print_button):
            button.setEnabled(has_plan)
        for button in (
            self.copy_button,
            self.edit_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.planned_button,
        ):
            button.setEnabled(selected)

    # -- actions -----------------------------------------------------------------
    def add(self) -> None:
        from vnhr_desktop.ui.dialogs.banner_placement_dialog import PlacementDialog

        dialog = PlacementDialog(self.database, self.plan_id, parent=self)
        if dialog.exec():
            self._changed(self.tr("Placement added."))

    def edit(self, placement_id: int) -> None:
        from vnhr_desktop.ui.dialogs.banner_placement_dialog import PlacementDialog

        dialog = PlacementDialog(self.database, self.plan_id, placement_id, parent=self)
        if dialog.exec():
            self._changed(self.tr("Placement saved."))

    def bulk_dialog(self, mode: str):
        """The bulk dialog pre-filled from the selection: its slogans ("slogan")
        or its first place ("place")."""
        from vnhr_desktop.services.banners import Place
        from vnhr_desktop.ui.dialogs.banner_bulk_dialog import BulkPlacementDialog

        rows = self.view.selected_rows()
        slogan_ids = list(dict.fromkeys(r.slogan_id for r in rows)) if mode == "slogan" else []
        places = [Place(rows[0].location, rows[0].commune)] if mode == "place" and rows else []
        return BulkPlacementDialog(self.database, self.plan_id, slogan_ids, places, parent=self)

    def bulk_add(self, mode: str) -> None:
        dialog = self.bulk_dialog(mode)
        if dialog.exec():
            self._changed(self.tr("%1 placements added.").replace("%1", str(len(dialog.added))))

    def copy_selected(self) -> None:
        from vnhr_desktop.services.banners import copy_placement

        rows = self.view.selected_rows()
        assert self.database is not None  # attached before the widget is used
        with self.database.session() as session:
            for row in rows:
                copy_placement(session, row.id)
        self._changed(self.tr("%1 rows copied (not up yet).").replace("%1", str(len(rows))))

    def delete_selected(self) -> None:
        from vnhr_desktop.services.banners import delete_placements
        from vnhr_desktop.ui.undo import delete_undoable

        rows = self.view.selected_rows()
        if not rows:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete placements"), self.tr("Delete %1 selected placements?").replace("%1", str(len(rows)))
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        ids = [r.id for r in rows]
        delete_undoable(
            self,
            self.database,
            self.tr("Delete %1 placements").replace("%1", str(len(ids))),
            "banner_placement",
            ids,
            lambda session: delete_placements(session, ids),
        )
        self._changed(self.tr("%1 placements deleted.").replace("%1", str(len(rows))))

    def mark(self, status: str, on: dt.date | None = None) -> int:
        """Bulk status for the selected rows: hung today, taken down today, or back to not up."""
        from vnhr_desktop.services.banners import set_status
        from vnhr_desktop.ui.undo import values_undoable

        rows = self.view.selected_rows()
        if not rows:
            return 0
        on = on or dt.date.today()
        if len(rows) > 1 and not self._confirm_status(rows, status, on):
            return 0
        ids = [r.id for r in rows]
        try:
            count = values_undoable(
                self,
                self.database,
                self.tr("Status of %1 placements").replace("%1", str(len(ids))),
                "banner_placement",
                ids,
                ["status", "hung_on", "removed_on"],
                lambda session: set_status(session, ids, status, on),
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Status not changed"), exc.message)
            return 0
        messages = {
            "up": self.tr("%1 rows marked as hung on %2."),
            "removed": self.tr("%1 rows marked as taken down on %2."),
            "planned": self.tr("%1 rows marked as not up yet."),
        }
        self._changed(messages[status].replace("%1", str(count)).replace("%2", fmt_date(on)))
        return count

    def export_chosen_sheets(self) -> None:
        from vnhr_desktop.ui.dialogs.banner_export import export_chosen_sheets

        if self.plan_id is not None:
            export_chosen_sheets(self, self.database, self.plan_id, self.plan_label)

    def _confirm_status(self, rows, status: str, on: dt.date) -> bool:
        """Show what the bulk change does (before → after) and ask."""
        from collections import Counter

        from vnhr_desktop.ui.labels import code_label

        before = Counter(r.status for r in rows)
        after = code_label(status) + (f" ({fmt_date(on)})" if status != "planned" else "")
        lines = "\n".join(
            f"• {count} × {code_label(code)} → {after}" for code, count in sorted(before.items()) if count
        )
        text = self.tr("Change the status of %1 placements?\n\n%2").replace("%1", str(len(rows))).replace("%2", lines)
        return QMessageBox.question(self, self.tr("Change status"), text) == QMessageBox.StandardButton.Yes

    def export(self, kind: str) -> None:
        from vnhr_desktop.ui.dialogs.banner_export import export_banners
        from vnhr_desktop.ui.export_file import show_written

        def done(written) -> None:
            self.statusMessage.emit(self.tr("Saved %1").replace("%1", str(written)))
            show_written(self, written)

        if self.plan_id is not None:
            export_banners(self, self.database, self.plan_id, kind, self.plan_label, on_done=done)
