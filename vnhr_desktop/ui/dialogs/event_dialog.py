"""The event editor: what, when, where, who; speakers and their topics;
bridge points with expected and actual attendance. For an event the office
only attended: the host body and who was sent. Checks run as the user types;
errors stop the save, warnings are shown."""

from __future__ import annotations

import datetime as dt
from html import escape

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from vnhr_desktop.domain.dates import fmt_int
from vnhr_desktop.domain.event_rules import validate_event
from vnhr_desktop.domain.events import EventData, EventFigures
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.editor_guard import EditorDialog
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.models.event_edit_models import BridgePointsModel, SpeakersModel
from vnhr_desktop.ui.screen_fit import fit_dialog, reserve_lines
from vnhr_desktop.ui.widgets.date_field import DateTimeField
from vnhr_desktop.ui.widgets.event_rows_editor import EventRowsEditor

KINDS = ("conference", "training", "workshop", "seminar", "outside")
FORMATS = ("in_person", "online", "hybrid")
DATETIME_FORMAT = "dd/MM/yyyy HH:mm"


def _count_spin(parent, name: str) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(-1, 1_000_000)
    spin.setSpecialValueText(" ")
    spin.setValue(-1)
    spin.setGroupSeparatorShown(True)
    return spin


def _count(spin: QSpinBox) -> int | None:
    return None if spin.value() < 0 else spin.value()


def _to_qt(value: dt.datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def _from_qt(value) -> dt.datetime:
    """The moment in a DateTimeField (its last readable day while the text is no date) or a QDateTime."""
    if isinstance(value, DateTimeField):
        value = value.dateTime() if value.dateTime().isValid() else value.last_date_time()
    d, t = value.date(), value.time()
    return dt.datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class EventDialog(EditorDialog):
    def __init__(self, database, event_id: int | None = None, parent=None):
        super().__init__(parent)
        self.database = database
        self.event_id = event_id
        self.saved_id: int | None = None
        self.figures = EventFigures()
        self.setWindowTitle(self.tr("Edit event") if event_id else self.tr("New event"))
        fit_dialog(self, 900, 680)

        self.kind = QComboBox(self)
        self.kind.setObjectName("kind")
        for code in KINDS:
            self.kind.addItem(code_label(code), code)
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("title")
        self.plan = QComboBox(self)
        self.plan.setObjectName("plan_id")
        self.starts_at = DateTimeField(self, objectName="starts_at")
        self.starts_at.setDisplayFormat(DATETIME_FORMAT)
        self.has_end = QCheckBox(self.tr("until"), self)
        self.has_end.setObjectName("has_end")
        self.ends_at = DateTimeField(self, objectName="ends_at")
        self.ends_at.setDisplayFormat(DATETIME_FORMAT)
        self.has_end.toggled.connect(self.ends_at.setEnabled)
        self.venue = QLineEdit(self)
        self.venue.setObjectName("venue")
        self.format = QComboBox(self)
        self.format.setObjectName("format")
        for code in FORMATS:
            self.format.addItem(code_label(code), code)
        self.organiser = QLineEdit(self)
        self.organiser.setObjectName("organiser")
        self.chair = QLineEdit(self)
        self.chair.setObjectName("chair")
        self.invited = _count_spin(self, "invited_count")
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("note")
        self.note.setMaximumHeight(70)
        self.host_body = QLineEdit(self)
        self.host_body.setObjectName("host_body")
        self.staff_count = _count_spin(self, "staff_sent_count")
        self.staff_names = QPlainTextEdit(self)
        self.staff_names.setObjectName("staff_names")
        self.staff_names.setMaximumHeight(70)
        self.staff_names.setPlaceholderText(self.tr("Who went, e.g. Nguyễn Thị Thu Hạnh, Chuyên viên"))

        when = QHBoxLayout()
        when.addWidget(self.starts_at)
        when.addWidget(self.has_end)
        when.addWidget(self.ends_at)
        when.addStretch(1)
        general = QWidget(self)
        form = QFormLayout(general)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Plan"), self.plan)
        form.addRow(self.tr("Starts"), when)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Organiser"), self.organiser)
        form.addRow(self.tr("Chair"), self.chair)
        form.addRow(self.tr("Invited"), self.invited)
        self.outside_rows = [
            (self.tr("Host body"), self.host_body),
            (self.tr("Staff sent"), self.staff_count),
            (self.tr("Who was sent"), self.staff_names),
        ]
        self.outside_labels = []
        for label, widget in self.outside_rows:
            form.addRow(label, widget)
            self.outside_labels.append(form.labelForField(widget))
        form.addRow(self.tr("Note"), self.note)

        self.speakers = SpeakersModel(self)
        self.speakers_editor = EventRowsEditor(self.speakers, self)
        self.speakers_editor.setObjectName("speakers")
        self.speakers_editor.set_widths([170, 170, 170])
        self.points = BridgePointsModel(self)
        self.points_editor = EventRowsEditor(self.points, self)
        self.points_editor.setObjectName("bridgePoints")
        self.points_editor.set_widths([220, 260, 80, 80])
        self.point_totals = QLabel(self)
        self.point_totals.setObjectName("pointTotals")
        points_page = QWidget(self)
        points_layout = QVBoxLayout(points_page)
        points_layout.addWidget(self.points_editor)
        points_layout.addWidget(self.point_totals)

        self.pages = QTabWidget(self)
        self.pages.addTab(general, self.tr("General"))
        self.pages.addTab(self.speakers_editor, self.tr("Speakers and topics"))
        self.points_index = self.pages.addTab(points_page, self.tr("Bridge points"))
        self.issues = QLabel(self)
        self.issues.setObjectName("issues")
        self.issues.setWordWrap(True)
        reserve_lines(self.issues)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.issues)
        layout.addWidget(self.buttons)

        self._load()
        self.starts_at.dateTimeChanged.connect(self._end_follows_start)
        for signal in (
            self.kind.currentIndexChanged,
            self.plan.currentIndexChanged,
            self.title_edit.textChanged,
            self.starts_at.dateTimeChanged,
            self.ends_at.dateTimeChanged,
            self.has_end.toggled,
            self.invited.valueChanged,
            self.host_body.textChanged,
            self.staff_count.valueChanged,
            self.speakers.edited,
            self.points.edited,
        ):
            signal.connect(self.recheck)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        self.recheck()

    # -- loading and reading ---------------------------------------------------
    def _load(self) -> None:
        from vnhr_desktop.services.events import event_figures, get_event, plan_periods

        with self.database.Session() as session:
            periods = plan_periods(session)
            data = get_event(session, self.event_id) if self.event_id else None
            self.track_record(session, "training_event", self.event_id, data.title if data else "")
            self.figures = event_figures(session, self.event_id)
        self.plan.addItem(self.tr("(no plan)"), None)
        for period in periods:
            self.plan.addItem(period.title, period)
        if data is None:
            now = dt.datetime.now().replace(minute=0, second=0, microsecond=0)
            self.starts_at.setDateTime(_to_qt(now))
            self.ends_at.setDateTime(_to_qt(now + dt.timedelta(hours=3)))
            self.ends_at.setEnabled(False)
            if periods:
                self.plan.setCurrentIndex(1)
            return
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.title_edit.setText(data.title)
        for i in range(1, self.plan.count()):
            if self.plan.itemData(i).plan_id == data.plan_id:
                self.plan.setCurrentIndex(i)
        if data.starts_at:
            self.starts_at.setDateTime(_to_qt(data.starts_at))
        self.has_end.setChecked(data.ends_at is not None)
        self.ends_at.setEnabled(data.ends_at is not None)
        self.ends_at.setDateTime(_to_qt(data.ends_at or data.starts_at or dt.datetime.now()))
        self.venue.setText(data.venue)
        self.format.setCurrentIndex(max(0, self.format.findData(data.format)))
        self.organiser.setText(data.organiser)
        self.chair.setText(data.chair)
        self.invited.setValue(-1 if data.invited_count is None else data.invited_count)
        self.note.setPlainText(data.note)
        self.host_body.setText(data.host_body)
        self.staff_count.setValue(-1 if data.staff_sent_count is None else data.staff_sent_count)
        self.staff_names.setPlainText(data.staff_names)
        self.speakers.set_speakers(data.speakers)
        self.points.set_points(data.bridge_points)

    def data(self) -> EventData:
        period = self.plan.currentData()
        return EventData(
            title=self.title_edit.text(),
            kind=self.kind.currentData(),
            plan_id=period.plan_id if period else None,
            starts_at=_from_qt(self.starts_at),
            ends_at=_from_qt(self.ends_at) if self.has_end.isChecked() else None,
            venue=self.venue.text(),
            format=self.format.currentData(),
            organiser=self.organiser.text(),
            chair=self.chair.text(),
            invited_count=_count(self.invited),
            note=self.note.toPlainText(),
            host_body=self.host_body.text(),
            staff_sent_count=_count(self.staff_count),
            staff_names=self.staff_names.toPlainText(),
            speakers=self.speakers.speakers(),
            bridge_points=self.points.points(),
            id=self.event_id,
        )

    # -- checks ----------------------------------------------------------------
    def _end_follows_start(self, start) -> None:
        """Until the officer sets the end, it stays on the day of the start
        (three hours later, or at the start when that would pass midnight)."""
        if not start.isValid():
            return
        if self.has_end.isChecked() and self.ends_at.dateTime() >= start:
            return
        end = start.addSecs(3 * 3600)
        self.ends_at.setDateTime(end if end.date() == start.date() else start)

    def _kind_changed(self) -> None:
        outside = self.kind.currentData() == "outside"
        for (_label, widget), label in zip(self.outside_rows, self.outside_labels, strict=False):
            widget.setVisible(outside)
            label.setVisible(outside)
        self.pages.setTabVisible(self.points_index, not outside)

    def recheck(self) -> list:
        data = self.data().cleaned()
        issues = validate_event(data, self.plan.currentData(), self.figures)
        typed = [f.error() for f in (self.starts_at, self.ends_at) if f.isEnabled() and f.error()]
        lines = [f"<span style='color:#b00020'>• {escape(message)}</span>" for message in typed]
        for issue in issues:
            colour = "#b00020" if issue.is_error else "#8a5300"
            lines.append(f"<span style='color:{colour}'>• {escape(issue.message)}</span>")
        self.issues.setText("<br>".join(lines))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(
            not typed and not any(i.is_error for i in issues)
        )
        self.point_totals.setText(
            self.tr("Total at the bridge points: expected %1, present %2; invited %3.")
            .replace("%1", fmt_int(data.bridge_expected_total()))
            .replace("%2", fmt_int(data.bridge_actual_total()))
            .replace("%3", fmt_int(data.invited_count) or "—")
        )
        return issues

    def save(self) -> None:
        from vnhr_desktop.services.events import save_event

        try:
            with self.database.session() as session:
                self.claim_record(session)
                self.saved_id = save_event(session, self.data())
        except UserError as exc:
            self.issues.setText(f"<span style='color:#b00020'>{escape(exc.message)}</span>")
            self.issues.show()
            return
        self.accept()
