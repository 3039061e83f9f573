"""A message line under a field or above the buttons that never moves the form.

It keeps the height of one line of text whether or not it holds a message, so
a message appearing or going away while the officer types leaves every field
where it was. The line is tall enough for Vietnamese tone marks above and
below (ể, ậ, Ữ); a message longer than the line ends with "…" and shows whole
in its tooltip. ``hide()`` empties the line instead of taking its place away.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSizePolicy

COLOURS = {"error": "#b00020", "warning": "#8a5a00"}


class MessageLine(QLabel):
    def __init__(self, parent=None, severity: str = "error"):
        super().__init__(parent)
        self._message = ""
        self.severity = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        QLabel.setWordWrap(self, False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)
        metrics = self.fontMetrics()
        self.setFixedHeight(max(metrics.height(), metrics.lineSpacing()) + 6)
        self.setStyleSheet(f"color: {COLOURS.get(severity, COLOURS['error'])};")

    # The place is kept: hiding empties the line.
    def setVisible(self, visible: bool) -> None:
        if not visible:
            self.setText("")
        super().setVisible(True)

    def setWordWrap(self, _on: bool) -> None:
        """One line always (the height is reserved); long messages end with "…"."""

    def setText(self, text: str) -> None:
        self._message = text or ""
        self.setToolTip(self._message if self._message else "")
        self._elide()

    def text(self) -> str:
        return self._message

    def show_message(self, message: str, severity: str = "error") -> None:
        self.severity = severity if message else ""
        self.setStyleSheet(f"color: {COLOURS.get(severity, COLOURS['error'])};")
        self.setText(message)

    def clear_message(self) -> None:
        self.severity = ""
        self.setText("")

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 40)
        QLabel.setText(self, self.fontMetrics().elidedText(self._message, Qt.TextElideMode.ElideRight, width))


class NoteSlot:
    """The note of one field on a line shared by the fields of one form row
    (number and date; from and to): the line shows the first error, else the
    first warning, of its fields."""

    def __init__(self, line: SharedMessageLine):
        self.line = line
        self.message = ""
        self.severity = ""

    def show_message(self, message: str, severity: str = "error") -> None:
        self.message = message or ""
        self.severity = severity if message else ""
        self.line.show_slots()

    def clear_message(self) -> None:
        self.show_message("")

    def text(self) -> str:
        return self.message

    def isVisible(self) -> bool:
        return self.line.isVisible()

    def isVisibleTo(self, widget) -> bool:
        return self.line.isVisibleTo(widget)


class SharedMessageLine(MessageLine):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.slots: list[NoteSlot] = []

    def slot(self) -> NoteSlot:
        slot = NoteSlot(self)
        self.slots.append(slot)
        return slot

    def show_slots(self) -> None:
        shown = [s for s in self.slots if s.message]
        shown.sort(key=lambda s: s.severity != "error")
        if shown:
            MessageLine.show_message(self, shown[0].message, shown[0].severity)
        else:
            MessageLine.clear_message(self)
