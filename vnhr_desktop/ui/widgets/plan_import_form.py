"""The fields of a received document, editable, each label flagged when the
field was not found. :meth:`PlanImportForm.document` gives the document back
with the officer's edits (spans kept for what was not changed)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any, cast

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from vnhr_desktop.domain.dates import fmt_date, parse_date
from vnhr_desktop.domain.plan_document import KINDS, Found, FoundTarget, FoundTask, FoundText, PlanDocument
from vnhr_desktop.domain.text import clean, clean_line

DATE_FIELDS = ("issued_on", "display_start", "display_end", "report_deadline")
LINE_FIELDS = ("number", "symbol", "issuer", "anniversary", "report_to", "signer_name") + DATE_FIELDS
TEXT_FIELDS = ("title", "signer_title")
MISSING_STYLE = "color: #b00020; font-weight: bold;"


def _text_box(parent, name: str, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setObjectName(name)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 12)
    return box


def _table(parent, name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setObjectName(name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setStretchLastSection(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setMinimumHeight(110)
    return table


def _cell_text(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class PlanImportForm(QWidget):
    fieldFocused = Signal(str, int)  # field name, row (-1 for a scalar)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.doc: PlanDocument | None = None
        self.labels: dict[str, QLabel] = {}
        self.widgets: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind = QComboBox(self)
        self.kind.setEditable(True)
        self.kind.addItems(KINDS)
        captions = {
            "kind": self.tr("Kind"),
            "number": self.tr("Number"),
            "symbol": self.tr("Symbol"),
            "issued_on": self.tr("Issued on"),
            "issuer": self.tr("Issued by"),
            "title": self.tr("Title"),
            "references": self.tr("Implements"),
            "anniversary": self.tr("Anniversary"),
            "display_start": self.tr("Slogans up from"),
            "display_end": self.tr("Slogans up until"),
            "report_deadline": self.tr("Report due"),
            "report_to": self.tr("Report to"),
            "slogans": self.tr("Slogans (one a line)"),
            "tasks": self.tr("Tasks"),
            "targets": self.tr("Targets"),
            "signer_title": self.tr("Signer's title"),
            "signer_name": self.tr("Signer"),
            "recipients": self.tr("Recipients (one a line)"),
        }
        self.captions = captions
        self.widgets["kind"] = self.kind
        for name in LINE_FIELDS:
            edit = QLineEdit(self)
            if name in DATE_FIELDS:
                edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
            self.widgets[name] = edit
        self.widgets["title"] = _text_box(self, "title", 3)
        self.widgets["signer_title"] = _text_box(self, "signer_title", 2)
        self.references = QLabel(self)
        self.references.setWordWrap(True)
        self.widgets["references"] = self.references
        self.widgets["slogans"] = _text_box(self, "slogans", 5)
        self.widgets["recipients"] = _text_box(self, "recipients", 4)
        self.tasks = _table(self, "tasks", [self.tr("Agency"), self.tr("Due"), self.tr("Content")])
        self.tasks.setColumnWidth(0, 180)
        self.tasks.setColumnWidth(1, 80)
        self.targets = _table(self, "targets", [self.tr("%"), self.tr("Target")])
        self.targets.setColumnWidth(0, 50)
        self.widgets["tasks"], self.widgets["targets"] = self.tasks, self.targets
        for name, caption in captions.items():
            widget = self.widgets[name]
            if not widget.objectName():
                widget.setObjectName(name)
            label = QLabel(caption, self)
            label.setBuddy(widget)
            self.labels[name] = label
            if name in ("tasks", "targets"):  # tables take the whole width, their label above
                form.addRow(label)
                form.addRow(widget)
            else:
                form.addRow(label, widget)
            widget.installEventFilter(self)
        self.tasks.currentCellChanged.connect(lambda row, *_: self.fieldFocused.emit("tasks", row))
        self.targets.currentCellChanged.connect(lambda row, *_: self.fieldFocused.emit("targets", row))

    def eventFilter(self, obj, event) -> bool:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.FocusIn:
            for name, widget in self.widgets.items():
                if widget is obj and name not in ("tasks", "targets"):
                    self.fieldFocused.emit(name, -1)
        return super().eventFilter(obj, event)

    def _line_edit(self, name: str) -> QLineEdit:
        return cast(QLineEdit, self.widgets[name])

    def _plain_text(self, name: str) -> QPlainTextEdit:
        return cast(QPlainTextEdit, self.widgets[name])

    # -- filling -------------------------------------------------------------
    def set_document(self, doc: PlanDocument) -> None:
        self.doc = doc
        self.kind.setCurrentText(doc.value("kind") or "")
        for name in LINE_FIELDS:
            value = doc.value(name)
            text = fmt_date(value) if name in DATE_FIELDS and value else ("" if value is None else str(value))
            self._line_edit(name).setText(text)
            self._line_edit(name).setCursorPosition(0)
        for name in TEXT_FIELDS:
            self._plain_text(name).setPlainText(doc.value(name) or "")
        refs = [
            f"{r.kind} số {r.number_symbol}"
            + (f" ngày {fmt_date(r.issued_on)}" if r.issued_on else "")
            + (f" của {r.issuer}" if r.issuer else "")
            for r in doc.references
        ]
        self.references.setText("\n".join(refs))
        self._plain_text("slogans").setPlainText("\n".join(s.text for s in doc.slogans))
        self._plain_text("recipients").setPlainText("\n".join(r.text for r in doc.recipients))
        self.tasks.setRowCount(len(doc.tasks))
        for row, task in enumerate(doc.tasks):
            for col, value in enumerate((task.agency, fmt_date(task.due), task.content)):
                self.tasks.setItem(row, col, QTableWidgetItem(value))
        self.targets.setRowCount(len(doc.targets))
        for row, target in enumerate(doc.targets):
            for col, value in enumerate((f"{target.value:g}", target.text)):
                self.targets.setItem(row, col, QTableWidgetItem(value))
        self.flag_missing()

    def missing(self) -> list[str]:
        return self.doc.missing() if self.doc else list(self.captions)

    def flag_missing(self) -> None:
        gone = set(self.missing())
        for name, label in self.labels.items():
            flagged = name in gone
            label.setStyleSheet(MISSING_STYLE if flagged else "")
            label.setProperty("missing", flagged)
            label.setToolTip(self.tr("Not found in the document: check it or type it in.") if flagged else "")

    # -- reading back ----------------------------------------------------------
    def _found(self, name: str, value) -> Found | None:
        if value in (None, ""):
            return None
        old = getattr(self.doc, name)
        return Found(value, old.span if old is not None and old.value == value else None)

    def document(self) -> PlanDocument:
        """The document with the fields as edited; ValueError names a bad number or date."""
        doc = self.doc or PlanDocument(text="")
        values: dict[str, object] = {"kind": clean_line(self.kind.currentText())}
        for name in LINE_FIELDS:
            text = clean_line(self._line_edit(name).text())
            if name in DATE_FIELDS:
                values[name] = parse_date(text)
            elif name == "number":
                if text and not text.isdigit():
                    raise ValueError(self.tr("The number must be digits only."))
                values[name] = int(text) if text else None
            else:
                values[name] = text
        for name in TEXT_FIELDS:
            values[name] = "\n".join(
                clean_line(x) for x in self._plain_text(name).toPlainText().split("\n") if x.strip()
            )
        # Keyword names of PlanDocument's found fields (replace() refuses an unknown name).
        fields: dict[str, Any] = {name: self._found(name, value) for name, value in values.items()}
        slogans = [clean_line(x) for x in self._plain_text("slogans").toPlainText().split("\n") if x.strip()]
        recipients = [clean_line(x) for x in self._plain_text("recipients").toPlainText().split("\n") if x.strip()]
        tasks = []
        for row in range(self.tasks.rowCount()):
            agency, due, content = (clean(_cell_text(self.tasks, row, c)) for c in range(3))
            if agency or content:
                span = doc.tasks[row].span if row < len(doc.tasks) else None
                tasks.append(FoundTask(agency, content, parse_date(due), span))
        targets = []
        for row in range(self.targets.rowCount()):
            value, text = (clean_line(_cell_text(self.targets, row, c)) for c in range(2))
            if value and text:
                span = doc.targets[row].span if row < len(doc.targets) else None
                targets.append(FoundTarget(text, float(value.replace(",", ".")), "percent", span))
        return replace(
            doc,
            **fields,
            slogans=tuple(FoundText(s) for s in slogans),
            recipients=tuple(FoundText(r) for r in recipients),
            tasks=tuple(tasks),
            targets=tuple(targets),
        )
