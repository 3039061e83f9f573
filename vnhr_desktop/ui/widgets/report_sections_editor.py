"""The narrative of a report: sections, each a heading (printed "I. HEADING")
and a body; lines starting with "-" print as bullets. A section without a
heading is a plain paragraph (the closing "Trên đây là báo cáo ...")."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class SectionEdit(QFrame):
    removeRequested = Signal(object)

    def __init__(self, heading: str, body: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLineEdit(heading, self)
        self.heading.setObjectName("sectionHeading")
        self.heading.setPlaceholderText(self.tr("Heading (leave empty for a plain paragraph)"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("sectionBody")
        self.body.setPlainText(body)
        # the section grows with its text: the composer's one scroll area scrolls, not each box
        self.body.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body.textChanged.connect(self.fit_height)
        self.body.installEventFilter(self)
        self._fitted_width = -1
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.body)

    def fit_height(self) -> None:
        """As tall as the wrapped text (at least three lines)."""
        metrics = QFontMetrics(self.body.font())
        margin = self.body.document().documentMargin()
        width = max(60, self.body.viewport().width() - int(2 * margin) - 4)
        text_height = sum(
            metrics.boundingRect(QRect(0, 0, width, 1_000_000), Qt.TextFlag.TextWordWrap, line or " ").height()
            for line in self.body.toPlainText().split("\n")
        )
        frame = 2 * self.body.frameWidth()
        height = int(max(text_height, 3 * metrics.lineSpacing()) + 2 * margin + frame + metrics.lineSpacing() // 2)
        if self.body.height() != height:
            self.body.setFixedHeight(height)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.body and event.type() == QEvent.Type.Resize and self.body.width() != self._fitted_width:
            self._fitted_width = self.body.width()  # new width, new wrapping (height changes do not loop)
            QTimer.singleShot(0, self.body, self.fit_height)  # dropped if the section goes first
        return super().eventFilter(watched, event)

    def set_read_only(self, read_only: bool) -> None:
        self.heading.setReadOnly(read_only)
        self.body.setReadOnly(read_only)
        self.remove.setVisible(not read_only)


class ReportSectionsEditor(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.sections: list[SectionEdit] = []
        self._read_only = False
        self.list = QVBoxLayout()
        self.list.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add section"), self)
        self.add_button.setObjectName("addSection")
        self.add_button.clicked.connect(lambda: self.add_section("", "", before_closing=True))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.list)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)

    def set_sections(self, sections) -> None:
        for edit in self.sections:
            edit.deleteLater()
        self.sections = []
        for heading, body in sections:
            self.add_section(heading, body)

    def add_section(self, heading: str, body: str, before_closing: bool = False) -> SectionEdit:
        edit = SectionEdit(heading, body, self)
        edit.removeRequested.connect(self._remove)
        edit.set_read_only(self._read_only)
        index = len(self.sections)
        if before_closing and self.sections and not self.sections[-1].heading.text().strip():
            index -= 1
        self.sections.insert(index, edit)
        self.list.insertWidget(index, edit)
        return edit

    def _remove(self, edit: SectionEdit) -> None:
        self.sections.remove(edit)
        edit.deleteLater()

    def value(self) -> tuple[tuple[str, str], ...]:
        return tuple(
            (e.heading.text(), e.body.toPlainText())
            for e in self.sections
            if e.heading.text().strip() or e.body.toPlainText().strip()
        )

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self.add_button.setVisible(not read_only)
        for edit in self.sections:
            edit.set_read_only(read_only)
