"""The narrative of a report: sections, each a heading (printed "I. HEADING")
and a body; lines starting with "-" print as bullets. A section without a
heading is a plain paragraph (the closing "Trên đây là báo cáo ...")."""

from __future__ import annotations

from PySide6.QtCore import Signal
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
        self.setFrameShape(QFrame.StyledPanel)
        self.heading = QLineEdit(heading, self)
        self.heading.setObjectName("sectionHeading")
        self.heading.setPlaceholderText(self.tr("Heading (leave empty for a plain paragraph)"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.body = QPlainTextEdit(self)
        self.body.setObjectName("sectionBody")
        self.body.setPlainText(body)
        lines = max(3, min(22, body.count("\n") + 2 + len(body) // 100))
        self.body.setMinimumHeight(QFontMetrics(self.body.font()).lineSpacing() * lines + 12)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.clicked.connect(lambda: self.removeRequested.emit(self))
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.body)

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
