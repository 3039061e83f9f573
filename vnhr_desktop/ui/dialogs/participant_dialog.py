"""Add or edit one participant. "Save and add another" keeps the dialog open
for typing a list by hand; a person already on the list (same name without
tone marks) is pointed out before saving."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from vnhr_desktop.domain.events import ParticipantData
from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.editor_guard import EditorDialog
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.message_line import MessageLine

GENDERS = (None, "male", "female", "other")


class ParticipantDialog(EditorDialog):
    def __init__(self, database, event_id: int, points: list, participant_id: int | None = None, parent=None):
        super().__init__(parent)
        self.database = database
        self.event_id = event_id
        self.participant_id = participant_id
        self.saved_count = 0
        self.setWindowTitle(self.tr("Edit participant") if participant_id else self.tr("Add participant"))
        fit_dialog(self, 520)

        self.full_name = QLineEdit(self)
        self.full_name.setObjectName("full_name")
        self.full_name.editingFinished.connect(self._check_namesakes)
        self.gender = QComboBox(self)
        self.gender.setObjectName("gender")
        for code in GENDERS:
            self.gender.addItem(code_label(code) if code else self.tr("(not given)"), code)
        self.position = QLineEdit(self)
        self.position.setObjectName("position_title")
        self.agency = QLineEdit(self)
        self.agency.setObjectName("agency_name")
        self.phone = QLineEdit(self)
        self.phone.setObjectName("phone")
        self.point = QComboBox(self)
        self.point.setObjectName("bridge_point_id")
        self.point.addItem(self.tr("(none)"), None)
        for point in points:
            self.point.addItem(point.name, point.id)
        self.attended = QCheckBox(self.tr("Present"), self)
        self.attended.setObjectName("attended")
        self.namesakes = QLabel(self)
        self.namesakes.setObjectName("namesakes")
        self.namesakes.setWordWrap(True)
        self.namesakes.setStyleSheet("color: #8a5300;")
        self.namesakes.hide()
        self.error = MessageLine(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow("", self.namesakes)
        form.addRow(self.tr("Gender"), self.gender)
        form.addRow(self.tr("Position"), self.position)
        form.addRow(self.tr("Unit"), self.agency)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Bridge point"), self.point)
        form.addRow("", self.attended)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.again = QPushButton(self.tr("Save and add &another"), self)
        self.again.setObjectName("saveAnother")
        self.again.clicked.connect(self.save_and_new)
        if participant_id is None:
            self.buttons.addButton(self.again, QDialogButtonBox.ButtonRole.ActionRole)
        else:
            self.again.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        from vnhr_desktop.services.participants import agency_names, get_participant

        with self.database.Session() as session:
            units = agency_names(session, self.event_id)
            data = get_participant(session, self.participant_id) if self.participant_id else None
            self.track_record(session, "participant", self.participant_id, data.full_name if data else "")
        completer = QCompleter(units, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.agency.setCompleter(completer)
        if data is not None:
            self.full_name.setText(data.full_name)
            self.gender.setCurrentIndex(max(0, self.gender.findData(data.gender)))
            self.position.setText(data.position_title)
            self.agency.setText(data.agency_name)
            self.phone.setText(data.phone)
            self.point.setCurrentIndex(max(0, self.point.findData(data.bridge_point_id)))
            self.attended.setChecked(data.attended)

    def data(self) -> ParticipantData:
        return ParticipantData(
            full_name=self.full_name.text(),
            gender=self.gender.currentData(),
            position_title=self.position.text(),
            agency_name=self.agency.text(),
            phone=self.phone.text(),
            bridge_point_id=self.point.currentData(),
            attended=self.attended.isChecked(),
            id=self.participant_id,
        )

    def _check_namesakes(self) -> None:
        from vnhr_desktop.services.participants import namesakes

        name = self.full_name.text().strip()
        if not name:
            self.namesakes.hide()
            return
        with self.database.Session() as session:
            same = namesakes(session, self.event_id, name, self.participant_id)
        if same:
            who = "; ".join(f"{p.full_name} ({p.agency_name})" if p.agency_name else p.full_name for p in same)
            self.namesakes.setText(self.tr("Already on the list: %1").replace("%1", who))
        self.namesakes.setVisible(bool(same))

    def _save(self) -> bool:
        from vnhr_desktop.services.participants import save_participant

        self.error.hide()
        try:
            with self.database.session() as session:
                self.claim_record(session)
                save_participant(session, self.event_id, self.data())
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            self.full_name.setFocus()
            return False
        self.saved_count += 1
        return True

    def save(self) -> None:
        if self._save():
            self.accept()

    def save_and_new(self) -> None:
        if not self._save():
            return
        for edit in (self.full_name, self.position, self.phone):
            edit.clear()
        self.gender.setCurrentIndex(0)
        self.namesakes.hide()
        self.full_name.setFocus()
