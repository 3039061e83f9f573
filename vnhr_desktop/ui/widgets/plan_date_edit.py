"""An optional date field: type it as officers do ("20/11/2024", "20/11" for
this year, "20112024") or pick from a calendar with F4 / the button; empty
means no date. A day the month does not have (31/11) is refused with a message
and never moved to another day. QDateEdit cannot be empty, which plan dates
often are, and silently moves impossible days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from vnhr_desktop.domain.dates import fmt_date, parse_typed_date
from vnhr_desktop.ui.widgets.plan_keys import bind


class PlanDateEdit(QWidget):
    """``value()`` is a ``datetime.date`` or ``None``; ``is_valid()`` tells whether the
    typed text is a date. ``changed`` fires when the value changes. (``date()`` is
    DateField's, the QDate of the QDateEdit calls the other forms make.)"""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = _SelectOnClick(self)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setToolTip(self.tr("Type 20/11/2024, 20/11 (this year) or 20112024; F4 opens the calendar"))
        self.edit.setMaxLength(10)
        self.edit.setFixedWidth(110)
        self.edit.editingFinished.connect(self._normalise)
        self.edit.textChanged.connect(self._text_changed)
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick from the calendar (F4)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        bind(self.edit, Qt.Key.Key_F4, self.open_calendar, Qt.ShortcutContext.WidgetShortcut)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusProxy(self.edit)

    def value(self) -> dt.date | None:
        """The typed date; ``None`` when empty or not a date."""
        try:
            return parse_typed_date(self.edit.text())
        except ValueError:
            return None

    def error(self) -> str:
        """Why the typed text is not a date ("" when it is one, or is empty)."""
        try:
            parse_typed_date(self.edit.text())
        except ValueError as exc:
            return str(exc)
        return ""

    def is_valid(self) -> bool:
        return not self.error()

    def _text_changed(self, _text: str) -> None:
        bad = bool(self.error())
        self.edit.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if bad else "")
        self.changed.emit()

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(fmt_date(value))

    def _normalise(self) -> None:
        value = self.value()
        if value is not None and self.edit.text() != fmt_date(value):
            self.edit.setText(fmt_date(value))

    def open_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        current = self.value() or dt.date.today()
        calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)

        def picked(qdate: QDate) -> None:
            self.set_date(dt.date(qdate.year(), qdate.month(), qdate.day()))
            menu.close()
            self.edit.setFocus()

        calendar.activated.connect(picked)
        calendar.clicked.connect(picked)
        calendar.setFocus()
        menu.exec(self.edit.mapToGlobal(self.edit.rect().bottomLeft()))


class _SelectOnClick(QLineEdit):
    """Clicking into the field selects the date, so typing replaces it."""

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            QTimer.singleShot(0, self.selectAll)

    def mousePressEvent(self, event) -> None:
        first = not self._clicked_in
        super().mousePressEvent(event)
        if first:
            self.selectAll()
            self._clicked_in = True

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self._clicked_in = False

    _clicked_in = False
