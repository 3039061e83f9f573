"""One body section of the plan editor ("I. Mục đích, yêu cầu" ...): a list of
numbered paragraphs with the text of the selected one below it.

Keys: Insert adds a paragraph after the current one, Delete (in the list)
removes it, Alt+Up / Alt+Down move it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from vnhr_desktop.ui.widgets.plan_keys import bind

PREVIEW = 140


class PlanParagraphList(QGroupBox):
    changed = Signal()

    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self._texts: list[str] = []
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setMinimumHeight(90)
        self.list.currentRowChanged.connect(self._show_current)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(
            self.tr("Text of the selected paragraph; sub-items on new lines: a), b), c)… or - for a bullet")
        )
        self.text.setMaximumHeight(110)
        self.text.textChanged.connect(self._text_edited)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.remove_button = QPushButton(self.tr("Delete"), self)
        self.up_button = QPushButton(self.tr("Up"), self)
        self.down_button = QPushButton(self.tr("Down"), self)
        self.point_button = QPushButton(self.tr("+ Point a)"), self)
        self.point_button.setObjectName("add_point")
        self.point_button.setToolTip(self.tr("Add a lettered point under this paragraph (a, b, c, d, đ, e…)"))
        self.point_button.clicked.connect(lambda: self.add_sub_line("point"))
        self.bullet_button = QPushButton(self.tr("+ Bullet -"), self)
        self.bullet_button.setObjectName("add_bullet")
        self.bullet_button.setToolTip(self.tr('Add a "-" line under this paragraph'))
        self.bullet_button.clicked.connect(lambda: self.add_sub_line("bullet"))
        self.add_button.setToolTip(self.tr("Add a paragraph after the selected one (Insert)"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.add_button.clicked.connect(self.add_paragraph)
        self.remove_button.clicked.connect(self.remove_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        bind(self, Qt.Key.Key_Insert, self.add_paragraph)
        bind(self.list, Qt.Key.Key_Delete, self.remove_current, Qt.ShortcutContext.WidgetShortcut)
        bind(self, "Alt+Up", lambda: self.move_current(-1))
        bind(self, "Alt+Down", lambda: self.move_current(1))
        buttons = QVBoxLayout()
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(self.list, 1)
        top.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        sub_items = QVBoxLayout()  # beside the text: the section keeps its height
        sub_items.addWidget(self.point_button)
        sub_items.addWidget(self.bullet_button)
        sub_items.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.text, 1)
        bottom.addLayout(sub_items)
        layout.addLayout(bottom)
        self._refresh_buttons()

    # -- data --------------------------------------------------------------
    def texts(self) -> tuple[str, ...]:
        return tuple(self._texts)

    def set_texts(self, texts) -> None:
        self._texts = list(texts)
        self._rebuild(0 if self._texts else -1)

    # -- actions -----------------------------------------------------------
    def add_paragraph(self, text: str = "") -> None:
        row = self.list.currentRow() + 1 if self._texts else 0
        self._texts.insert(row, text if isinstance(text, str) else "")
        self._rebuild(row)
        self.text.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._texts):
            del self._texts[row]
            self._rebuild(min(row, len(self._texts) - 1))
            self.changed.emit()

    def add_sub_line(self, kind: str) -> None:
        """A new line "a) " (the next letter) or "- " at the end of the text."""
        from vnhr_desktop.domain.plan_sections import next_point_line

        row = self.list.currentRow()
        if not 0 <= row < len(self._texts):
            return
        text = self.text.toPlainText()
        start = next_point_line(text) if kind == "point" else "- "
        cursor = self.text.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(start if not text or text.endswith("\n") else "\n" + start)  # undoable typing
        self.text.setTextCursor(cursor)
        self.text.setFocus()

    def move_current(self, delta: int) -> None:
        row = self.list.currentRow()
        target = row + delta
        if 0 <= row < len(self._texts) and 0 <= target < len(self._texts):
            self._texts[row], self._texts[target] = self._texts[target], self._texts[row]
            self._rebuild(target)
            self.changed.emit()

    # -- internals ---------------------------------------------------------
    @staticmethod
    def _label(number: int, text: str) -> str:
        flat = " ".join(text.split())
        if len(flat) > PREVIEW:
            flat = flat[:PREVIEW].rstrip() + "…"
        return f"{number}. {flat}"

    def _rebuild(self, current: int) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for i, text in enumerate(self._texts, start=1):
            self.list.addItem(QListWidgetItem(self._label(i, text)))
        self.list.blockSignals(False)
        self.list.setCurrentRow(current)
        self._show_current(current)

    def _show_current(self, row: int) -> None:
        self.text.blockSignals(True)
        self.text.setPlainText(self._texts[row] if 0 <= row < len(self._texts) else "")
        self.text.blockSignals(False)
        self.text.setEnabled(0 <= row < len(self._texts))
        self._refresh_buttons()

    def _text_edited(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._texts):
            self._texts[row] = self.text.toPlainText()
            self.list.item(row).setText(self._label(row + 1, self._texts[row]))
            self.changed.emit()

    def _refresh_buttons(self) -> None:
        row = self.list.currentRow()
        has = 0 <= row < len(self._texts)
        self.remove_button.setEnabled(has)
        self.point_button.setEnabled(has)
        self.bullet_button.setEnabled(has)
        self.up_button.setEnabled(has and row > 0)
        self.down_button.setEnabled(has and row < len(self._texts) - 1)
