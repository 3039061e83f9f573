"""One event: what, when, where and who; the figures and their checks;
participants, bridge points and statistics in tabs; printouts and workbooks."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.domain.dates import fmt_int, fmt_percent
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.labels import code_label, datetime_text
from vnhr_desktop.ui.models.event_stats_models import BridgeFiguresModel, CountPairsModel
from vnhr_desktop.ui.widgets.flow_layout import FlowLayout
from vnhr_desktop.ui.widgets.participant_panel import ParticipantPanel

if TYPE_CHECKING:
    from vnhr_desktop.services.database_handle import DatabaseHandle


def _table(model, parent, stretch: int = 0) -> QTableView:
    """A read-only figures table: column ``stretch`` takes the spare width,
    the others fit their contents."""
    view = QTableView(parent)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


class EventDetail(QWidget):
    changed = Signal()  # participants or figures changed
    editRequested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.database: DatabaseHandle | None = None
        self.record = None
        self.title = QLabel(self)
        self.title.setObjectName("eventTitle")
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.info = QLabel(self)
        self.info.setObjectName("eventInfo")
        self.info.setWordWrap(True)
        self.figures = QLabel(self)
        self.figures.setObjectName("eventFigures")
        self.figures.setWordWrap(True)
        self.issues = QLabel(self)
        self.issues.setObjectName("eventIssues")
        self.issues.setWordWrap(True)
        self.issues.setStyleSheet("background: #fff4d6; border: 1px solid #e0c060; padding: 4px;")

        actions = FlowLayout()
        self.edit_button = QPushButton(self.tr("&Edit event…"), self)
        self.edit_button.setObjectName("editEvent")
        self.edit_button.clicked.connect(lambda: self.editRequested.emit(self.record.id) if self.record else None)
        self.signin_button = QPushButton(self.tr("Sign-in sheets (PDF)…"), self)
        self.signin_button.setObjectName("signinPdf")
        self.signin_button.clicked.connect(lambda: self.export("signin", ".pdf"))
        self.list_button = QPushButton(self.tr("Participant list (Excel)…"), self)
        self.list_button.setObjectName("participantsXlsx")
        self.list_button.clicked.connect(lambda: self.export("participants", ".xlsx"))
        self.summary_button = QPushButton(self.tr("Attendance summary (Excel)…"), self)
        self.summary_button.setObjectName("attendanceXlsx")
        self.summary_button.clicked.connect(lambda: self.export("attendance", ".xlsx"))
        for button in (self.edit_button, self.signin_button, self.list_button, self.summary_button):
            actions.addWidget(button)

        self.participants = ParticipantPanel(self)
        self.participants.counts_follow_changes = False  # refresh_figures shows them
        # Marks land in the table at once; the figures follow a moment later,
        # once for a quick run of clicks (one pass over a list of 200,000 takes a while).
        self._figures_timer = QTimer(self, singleShot=True, interval=120)
        self._figures_timer.timeout.connect(self._figures_due)
        self.participants.changed.connect(self._participants_changed)
        self.bridge_model = BridgeFiguresModel(self)
        self.bridge_view = _table(self.bridge_model, self, stretch=1)
        self.bridge_view.setObjectName("bridgeFigures")
        self.from_list_button = QPushButton(self.tr("Take the present counts from the list"), self)
        self.from_list_button.setObjectName("actualFromList")
        self.from_list_button.setToolTip(
            self.tr("Set each bridge point's present count to the people marked present there on the participant list")
        )
        self.from_list_button.clicked.connect(self.actual_from_list)
        bridge_page = QWidget(self)
        bridge_layout = QVBoxLayout(bridge_page)
        bridge_layout.addWidget(self.bridge_view)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.from_list_button)
        bridge_layout.addLayout(row)
        self.unit_model = CountPairsModel(self.tr("Unit"), parent=self)
        self.gender_model = CountPairsModel(self.tr("Gender"), codes=True, parent=self)
        stats_page = QWidget(self)
        stats_layout = QHBoxLayout(stats_page)
        stats_layout.addWidget(_table(self.unit_model, stats_page), 3)
        stats_layout.addWidget(_table(self.gender_model, stats_page), 2)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("eventTabs")
        self.tabs.addTab(self.participants, self.tr("Participants"))
        self.tabs.addTab(bridge_page, self.tr("Bridge points"))
        self.tabs.addTab(stats_page, self.tr("Statistics"))
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.figures)
        layout.addWidget(self.issues)
        layout.addLayout(actions)
        layout.addWidget(self.tabs, 1)
        layout.addStretch(0)  # takes the room when the tabs are hidden (an outside event)
        self.show_event(None)

    def attach(self, database: DatabaseHandle) -> None:
        self.database = database
        self.participants.attach(database)

    # -- showing -----------------------------------------------------------------
    def show_event(self, event_id: int | None) -> None:
        self.record = None
        if event_id is not None and self.database is not None:
            from vnhr_desktop.services.events import get_event

            try:
                with self.database.Session() as session:
                    self.record = get_event(session, event_id)
            except UserError:
                self.record = None
        e = self.record
        for widget in (self.edit_button, self.signin_button, self.list_button, self.summary_button, self.tabs):
            widget.setEnabled(e is not None)
        if e is None:
            self.title.setText(self.tr("Choose an event on the left, or add a new one."))
            for label in (self.info, self.figures, self.issues):
                label.hide()
            self.participants.set_event(None, [])
            self.bridge_model.set_figures([])
            return
        self.title.setText(e.title)
        self.info.setText(self._info_html(e))
        self.info.show()
        outside = e.is_outside
        for button in (self.signin_button, self.list_button, self.summary_button):
            button.setVisible(not outside)
        self.tabs.setVisible(not outside)
        self.participants.set_event(None if outside else e.id, e.bridge_points)
        self.refresh_figures()

    def _info_html(self, e) -> str:
        when = datetime_text(e.starts_at)
        if e.ends_at:
            when += " – " + datetime_text(e.ends_at)
        parts = [f"<b>{escape(code_label(e.kind))}</b> · {escape(code_label(e.format))} · {escape(when)}"]
        for label, value in (
            (self.tr("Venue"), e.venue),
            (self.tr("Organiser"), e.organiser),
            (self.tr("Chair"), e.chair),
            (self.tr("Host body"), e.host_body),
            (self.tr("Who was sent"), e.staff_names),
        ):
            if value:
                parts.append(f"{escape(label)}: {escape(value)}")
        for speaker in e.speakers:
            who = ", ".join(p for p in (speaker.name, speaker.title, speaker.organisation) if p)
            topics = "; ".join(speaker.topic_list())
            parts.append(
                escape(self.tr("Speaker: %1").replace("%1", who)) + (f" — <i>{escape(topics)}</i>" if topics else "")
            )
        return "<br>".join(parts)

    def refresh_figures(self) -> None:
        """Figures, checks, bridge points and counts from one pass over the list
        (the units only while the statistics tab is open)."""
        from vnhr_desktop.services.event_stats import bridge_figures, event_stats, event_tallies
        from vnhr_desktop.services.events import event_issues

        e = self.record
        if e is None:
            return
        assert self.database is not None  # attached before the widget is used
        with self.database.Session() as session:
            tallies = event_tallies(session, e.id)
            stats = event_stats(session, e.id, tallies=tallies, with_agencies=self.tabs.currentIndex() == 2)
            issues = event_issues(session, e.id, tallies)
            points = bridge_figures(session, e.id, tallies)
        if e.is_outside:
            text = self.tr("Staff sent: %1").replace("%1", fmt_int(e.staff_sent_count) or "—")
        else:
            text = (
                self.tr(
                    "Invited: %1 · on the list: %2 · present on the list: %3 · present at the bridge "
                    "points: %4 of %5 expected · attended in all: %6 (%7)"
                )
                .replace("%1", fmt_int(stats.invited) or "—")
                .replace("%2", fmt_int(stats.registered))
                .replace("%3", fmt_int(stats.attended))
                .replace("%4", fmt_int(stats.bridge_actual))
                .replace("%5", fmt_int(stats.bridge_expected))
                .replace("%6", fmt_int(stats.present_total))
                .replace("%7", fmt_percent(stats.attendance_rate) or "—")
            )
        self.figures.setText(text)
        self.figures.show()
        self.issues.setText("<br>".join("⚠ " + escape(i.message) for i in issues))
        self.issues.setVisible(bool(issues))
        self.participants.show_counts(stats.registered, stats.attended)
        self.bridge_model.set_figures(points)
        if self.tabs.currentIndex() == 2:
            self.unit_model.set_pairs(stats.by_agency)
        self.gender_model.set_pairs(stats.by_gender)

    def _tab_changed(self, index: int) -> None:
        if index == 2 and self.record is not None:
            self.refresh_figures()

    def _participants_changed(self) -> None:
        self._figures_timer.start()

    def _figures_due(self) -> None:
        self.refresh_figures()
        self.changed.emit()

    # -- actions -----------------------------------------------------------------
    def actual_from_list(self) -> None:
        """Replace the present counts by the list's, after showing each point's
        before → after and asking; Sửa > Hoàn tác puts the old counts back."""
        from vnhr_desktop.services.events import actual_from_list, actual_from_list_changes
        from vnhr_desktop.ui.undo import values_undoable

        if self.record is None:
            return
        assert self.database is not None  # attached before the widget is used
        with self.database.Session() as session:
            changes = actual_from_list_changes(session, self.record.id)
        if not changes:
            QMessageBox.information(
                self, self.tr("Present counts"), self.tr("The present counts already match the list.")
            )
            return
        lines = "\n".join(
            f"• {c.name}: {fmt_int(c.before) if c.before is not None else '—'} → {fmt_int(c.after)}" for c in changes
        )
        text = self.tr("Replace the present counts with the people marked present on the list?\n\n%1").replace(
            "%1", lines
        )
        if QMessageBox.question(self, self.tr("Present counts"), text) != QMessageBox.StandardButton.Yes:
            return
        event_id = self.record.id
        values_undoable(
            self,
            self.database,
            self.tr("Present counts from the list"),
            "bridge_point",
            [c.point_id for c in changes],
            ["actual_count"],
            lambda session: actual_from_list(session, event_id),
        )
        self.refresh_figures()
        self.changed.emit()

    def export(self, what: str, suffix: str, path=None, on_done=None) -> None:
        """Sign-in sheets, participant list or attendance summary, written in the
        background by the same exporters as ``vnhr-desktop export``."""
        from vnhr_desktop.ui.export_file import export_to_file

        if self.record is None:
            return
        stem = {"signin": "danh-sach-ky-ten", "participants": "danh-sach-dai-bieu", "attendance": "tong-hop-tham-du"}[
            what
        ]
        options = {}
        if what == "signin":
            blank_rows = self.ask_blank_rows()
            if blank_rows is None:
                return
            options["blank_rows"] = blank_rows
        name = f"{stem}-{self.record.id}{suffix}"
        export_to_file(self, self.database, what, self.record.id, name, on_done=on_done, path=path, **options)

    def ask_blank_rows(self) -> int | None:
        """How many blank rows for walk-ins end each bridge point's sheet (the
        last answer is offered again); None when the user cancels."""
        settings = QSettings()
        last = int(str(settings.value("export/signin_blank_rows", 0) or 0))
        value, ok = QInputDialog.getInt(
            self,
            self.tr("Sign-in sheets"),
            self.tr("Blank rows for walk-ins at the end of each bridge point:"),
            last,
            0,
            200,
        )
        if not ok:
            return None
        settings.setValue("export/signin_blank_rows", value)
        return value
