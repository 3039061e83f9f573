"""The message line under a field of the plan editor: red for an error that
stops the save, amber for a warning."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

COLOURS = {"error": "#b00020", "warning": "#8a5a00"}


class PlanFieldNote(QLabel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWordWrap(True)
        self.severity = ""
        self.hide()

    def show_message(self, message: str, severity: str = "error") -> None:
        self.severity = severity
        self.setText(message)
        self.setStyleSheet(f"color: {COLOURS.get(severity, COLOURS['error'])};")
        self.setVisible(bool(message))

    def clear_message(self) -> None:
        self.severity = ""
        self.setText("")
        self.hide()
