"""Công cụ > Thông tin cơ quan: the office profile, validated field by field."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
)

from vnhr_desktop.domain.office import OfficeProfileData
from vnhr_desktop.errors import StaleRecord, ValidationError
from vnhr_desktop.ui.editor_guard import EditorDialog
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.message_line import MessageLine

FIELDS = (
    "office_name",
    "parent_body",
    "level_label",
    "place_name",
    "signer_authority",
    "signer_title",
    "signer_name",
    "unit_code",
)


class OfficeDialog(EditorDialog):
    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.setWindowTitle(self.tr("Office information"))
        fit_dialog(self, 560)
        labels = {
            "office_name": self.tr("Office name"),
            "parent_body": self.tr("Parent body"),
            "level_label": self.tr("Level"),
            "place_name": self.tr("Place name on the date line"),
            "signer_authority": self.tr("Signing authority (TM./KT.)"),
            "signer_title": self.tr("Signer's title"),
            "signer_name": self.tr("Signer's full name"),
            "unit_code": self.tr("Unit code"),
        }
        hints = {
            "office_name": self.tr("e.g. Ủy ban nhân dân huyện Châu Thành"),
            "place_name": self.tr("e.g. Châu Thành"),
            "signer_authority": self.tr("e.g. TM. ỦY BAN NHÂN DÂN"),
            "signer_title": self.tr("e.g. CHỦ TỊCH"),
            "unit_code": self.tr("e.g. 30280 or CAT"),
        }
        form = QFormLayout()
        form.setVerticalSpacing(1)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name in FIELDS:
            edit = QLineEdit(self)
            edit.setObjectName(name)
            edit.setPlaceholderText(hints.get(name, ""))
            error = MessageLine(self)
            error.setObjectName(f"{name}_error")
            error.setStyleSheet("color: #b00020;")
            error.setWordWrap(True)
            error.hide()
            # The message sits right under its field, in a line kept free for it.
            form.addRow(labels[name], edit)
            form.addRow("", error)
            self.edits[name] = edit
            self.errors[name] = error
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._load()

    def _load(self) -> None:
        from vnhr_desktop.services.office import get_profile

        with self.database.Session() as session:
            profile = get_profile(session)
            self.track_record(session, "office_profile", 1 if profile else None, profile.office_name if profile else "")
        if profile:
            for name in FIELDS:
                self.edits[name].setText(getattr(profile, name))

    def data(self) -> OfficeProfileData:
        return OfficeProfileData(**{name: self.edits[name].text() for name in FIELDS})

    def save(self) -> None:
        from vnhr_desktop.services.office import save_profile

        for label in self.errors.values():
            label.hide()
        try:
            with self.database.session() as session:
                self.claim_record(session)
                save_profile(session, self.data())
        except StaleRecord as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message)
            return
        except ValidationError as exc:
            for name, message in exc.fields.items():
                if name in self.errors:
                    self.errors[name].setText(message)
                    self.errors[name].show()
            first = next(iter(exc.fields), None)
            if first in self.edits:
                self.edits[first].setFocus()
            return
        self.accept()
