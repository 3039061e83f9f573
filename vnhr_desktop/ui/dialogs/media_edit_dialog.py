"""Edit one recorded result."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QVBoxLayout

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.editor_guard import EditorDialog
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.media_fields import MediaFields
from vnhr_desktop.ui.widgets.message_line import MessageLine


class MediaEditDialog(EditorDialog):
    def __init__(self, database, media_id: int, parent=None):
        super().__init__(parent)
        from vnhr_desktop.services.media import channels, get_media

        self.database = database
        self.media_id = media_id
        self.setWindowTitle(self.tr("Edit result"))
        fit_dialog(self, 620)
        self.fields = MediaFields(self)
        with database.Session() as session:
            self.fields.set_channels(channels(session))
            self.original = get_media(session, media_id)
            self.track_record(session, "media_output", media_id, self.original.title)
        self.fields.load(self.original)
        form = QFormLayout()
        f = self.fields
        for label, widget in (
            (self.tr("Kind"), f.kind),
            (self.tr("Channel"), f.channel),
            (self.tr("Date"), f.date_range),
            (self.tr("Title"), f.title),
            (self.tr("Quantity"), f.quantity),
            (self.tr("Minutes"), f.minutes),
            (self.tr("Link or reference"), f.link),
        ):
            form.addRow(label, widget)
        self.error = MessageLine(self)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        from vnhr_desktop.services.media import update_media

        try:
            with self.database.session() as session:
                self.claim_record(session)
                update_media(session, self.media_id, self.fields.value(self.original.plan_id))
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()
