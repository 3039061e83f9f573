"""The units expected to report on a plan, one per line as "code; name" (the code
may be left out). It starts from the plan's task agencies; a list changed on
another PC since the dialog opened is not saved over."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from vnhr_desktop.errors import UserError


def parse_lines(text: str):
    from vnhr_desktop.services.expected_reporters import ExpectedUnit

    units = []
    for line in text.splitlines():
        if not line.strip():
            continue
        code, sep, name = line.partition(";")
        units.append(ExpectedUnit(code.strip(), name.strip()) if sep else ExpectedUnit("", code.strip()))
    return units


class ExpectedReportersDialog(QDialog):
    def __init__(self, database, plan_id: int, parent=None):
        from vnhr_desktop.services.expected_reporters import expected_units

        super().__init__(parent)
        self.setWindowTitle(self.tr("Units expected to report"))
        self.database, self.plan_id = database, plan_id
        with database.Session() as session:
            units = expected_units(session, plan_id)
        self.loaded = units  # a save over a list changed meanwhile on another PC is refused
        hint = QLabel(self.tr("One unit per line: code; name (for example: 29251; Ủy ban nhân dân xã Long Hòa)."), self)
        hint.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("expectedUnits")
        self.editor.setPlainText("\n".join(f"{u.code}; {u.name}" if u.code else u.name for u in units))
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(620, 440)

    def save(self) -> None:
        from vnhr_desktop.services.expected_reporters import set_expected_units

        try:
            with self.database.session() as session:
                set_expected_units(session, self.plan_id, parse_lines(self.editor.toPlainText()), loaded=self.loaded)
        except UserError as exc:
            self.error.setText(exc.message)
            self.error.show()
            return
        self.accept()
