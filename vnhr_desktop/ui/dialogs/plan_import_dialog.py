"""Kế hoạch > Nhập từ văn bản…: a received document read into a plan.

The document's text is on the left, every field found highlighted (the field
being edited in a stronger colour); the fields are on the right, editable,
the missing ones flagged. Text can also be pasted on the left and read again.
"Import" creates the received plan with its slogans and, when ticked, the
office's implementing plan, in one transaction."""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
)

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.widgets.plan_import_form import PlanImportForm

if TYPE_CHECKING:
    from vnhr_desktop.services.plan_import import ImportOutcome

FOUND = QColor("#fff1a8")
CURRENT = QColor("#ffc24d")


class PlanImportDialog(QDialog):
    def __init__(self, database, parent=None, path: Path | str | None = None):
        super().__init__(parent)
        self.database = database
        self.outcome: ImportOutcome | None = None
        self.setWindowTitle(self.tr("Import a plan from its document"))
        self.resize(1000, 560)
        self.open_button = QPushButton(self.tr("Open file…"), self)
        self.open_button.setObjectName("openFile")
        self.read_button = QPushButton(self.tr("Read the text again"), self)
        self.read_button.setObjectName("readText")
        self.status = QLabel(self)
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.source = QPlainTextEdit(self)
        self.source.setObjectName("source")
        self.source.setPlaceholderText(
            self.tr(
                "Open a .docx, .pdf or .txt file, or paste the text of the document here "
                "and press “Read the text again”."
            )
        )
        self.form = PlanImportForm(self)
        self.scroll_area = scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.source)
        splitter.addWidget(scroll)
        splitter.setSizes([450, 550])
        self.start_own = QCheckBox(self.tr("Also start our implementing plan from it"), self)
        self.start_own.setObjectName("startOwn")
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.import_plan)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.open_button)
        top.addWidget(self.read_button)
        top.addWidget(self.status, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.start_own)
        bottom.addWidget(self.error, 1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.open_button.clicked.connect(lambda: self.choose_file())
        self.read_button.clicked.connect(self.read_text)
        self.form.fieldFocused.connect(self.show_field)
        self._update_ok()
        if path is not None:
            self.load_file(path)

    # -- reading ---------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Document of the plan"), "", self.tr("Documents (*.docx *.pdf *.txt)")
        )
        if name:
            self.load_file(name)

    def load_file(self, path: Path | str) -> None:
        from vnhr_desktop.imports.plan_document.extract import extract_file

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            doc = extract_file(path)
        except UserError as exc:
            self._say(self.status, exc.message, error=True)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._show(doc, Path(path).name)

    def read_text(self) -> None:
        from vnhr_desktop.imports.plan_document.extract import extract_pasted

        self._show(extract_pasted(self.source.toPlainText()), "")

    def _show(self, doc, name: str) -> None:
        self.source.setPlainText(doc.text)
        self.form.set_document(doc)
        found = len(self.form.captions) - len(self.form.missing())
        message = (
            self.tr("%1 of %2 fields found.").replace("%1", str(found)).replace("%2", str(len(self.form.captions)))
        )
        if name:
            message = f"{name}: {message}"
        if doc.legacy_encoding:
            message += " " + self.tr("The text was typed in %1 fonts and has been converted.").replace(
                "%1", doc.legacy_encoding
            )
        self._say(self.status, message)
        self.highlight()
        self._update_ok()

    # -- highlighting ------------------------------------------------------------
    def highlight(self, current: tuple[int, int] | None = None) -> None:
        doc = self.form.doc
        selections = []
        spans = [(s.start, s.end) for _name, s in doc.spans()] if doc else []
        for start, end in spans:
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.source.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(CURRENT if current == (start, end) else FOUND)
            selection.format = fmt
            selections.append(selection)
        self.source.setExtraSelections(selections)
        self.highlighted = spans

    def show_field(self, name: str, row: int) -> None:
        """Scroll the text to where the field being edited came from."""
        doc = self.form.doc
        if doc is None:
            return
        self.scroll_area.ensureWidgetVisible(self.form.widgets[name])
        found = getattr(doc, name, None)
        if isinstance(found, tuple):
            found = found[row] if 0 <= row < len(found) else None
        span = getattr(found, "span", None)
        if span is None:
            self.highlight()
            return
        cursor = QTextCursor(self.source.document())
        cursor.setPosition(span.start)
        self.source.setTextCursor(cursor)
        self.source.centerCursor()
        self.highlight((span.start, span.end))

    # -- importing ---------------------------------------------------------------
    def _say(self, label: QLabel, text: str, error: bool = False) -> None:
        label.setText(f'<span style="color:#b00020">{escape(text)}</span>' if error else escape(text))

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.form.doc is not None)

    def import_plan(self) -> None:
        from vnhr_desktop.services.plan_import import import_received_plan

        try:
            doc = self.form.document()
        except ValueError as exc:
            self._say(self.error, str(exc), error=True)
            return
        slogans = [s.text for s in doc.slogans]
        try:
            with self.database.session() as session:
                self.outcome = import_received_plan(
                    session, doc, start_own=self.start_own.isChecked(), slogan_texts=slogans
                )
        except UserError as exc:
            self._say(self.error, exc.message, error=True)
            return
        self.accept()
