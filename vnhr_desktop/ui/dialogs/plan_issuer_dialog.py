"""A new issuing body for plans: its name, the abbreviation used in symbols
(UBND, BCĐNQ), the header lines printed on documents and the default signer."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from vnhr_desktop.errors import ValidationError
from vnhr_desktop.ui.editor_guard import EditorDialog
from vnhr_desktop.ui.screen_fit import fit_dialog
from vnhr_desktop.ui.widgets.plan_field_note import PlanFieldNote

LINE_FIELDS = ("name", "code", "parent_line", "signer_authority", "signer_name")


class PlanIssuerDialog(EditorDialog):
    def __init__(self, database, parent=None):
        super().__init__(parent)
        self.database = database
        self.issuer_id: int | None = None
        self.setWindowTitle(self.tr("New issuing body"))
        fit_dialog(self, 560)
        self.edits = {name: QLineEdit(self) for name in LINE_FIELDS}
        for name, edit in self.edits.items():
            edit.setObjectName(name)
        self.edits["name"].setPlaceholderText(self.tr("e.g. Ủy ban nhân dân huyện Châu Thành"))
        self.edits["code"].setPlaceholderText(self.tr("e.g. UBND"))
        self.edits["parent_line"].setPlaceholderText(self.tr("e.g. UBND TỈNH TRÀ VINH (if any)"))
        self.edits["signer_authority"].setPlaceholderText(self.tr("e.g. TM. ỦY BAN NHÂN DÂN"))
        self.header_lines = QPlainTextEdit(self)
        self.header_lines.setObjectName("header_lines")
        self.header_lines.setTabChangesFocus(True)
        self.header_lines.setMaximumHeight(60)
        self.header_lines.setPlaceholderText(self.tr("ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH"))
        self.signer_title = QPlainTextEdit(self)
        self.signer_title.setTabChangesFocus(True)
        self.signer_title.setMaximumHeight(48)
        self.signer_title.setPlaceholderText(self.tr("e.g. KT. CHỦ TỊCH / PHÓ CHỦ TỊCH (one line each)"))
        self.notes = {name: PlanFieldNote(self) for name in ("name", "code")}
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.edits["name"])
        form.addRow("", self.notes["name"])
        form.addRow(self.tr("Abbreviation in symbols"), self.edits["code"])
        form.addRow("", self.notes["code"])
        form.addRow(self.tr("Parent body line"), self.edits["parent_line"])
        form.addRow(self.tr("Header lines"), self.header_lines)
        form.addRow(self.tr("Signing authority"), self.edits["signer_authority"])
        form.addRow(self.tr("Signer's title"), self.signer_title)
        form.addRow(self.tr("Signer's name"), self.edits["signer_name"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        from vnhr_desktop.domain.printouts.register import IssuerData
        from vnhr_desktop.services.issuers import save_issuer

        data = IssuerData(
            name=self.edits["name"].text(),
            code=self.edits["code"].text(),
            header_lines=self.header_lines.toPlainText(),
            parent_line=self.edits["parent_line"].text(),
            signer_authority=self.edits["signer_authority"].text(),
            signer_title=self.signer_title.toPlainText(),
            signer_name=self.edits["signer_name"].text(),
        )
        for note in self.notes.values():
            note.clear_message()
        try:
            with self.database.session() as session:
                self.issuer_id = save_issuer(session, data).id
        except ValidationError as exc:
            for name, message in exc.fields.items():
                if name in self.notes:
                    self.notes[name].show_message(message)
            return
        self.accept()
