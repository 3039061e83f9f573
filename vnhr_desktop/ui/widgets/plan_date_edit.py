"""An optional date field for the plan editor: type dd/mm/yyyy (or pick from
a calendar with F4 / the button); empty means no date. QDateEdit cannot be
empty, which plan dates often are."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt, Signal
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

from vnhr_desktop.domain.dates import fmt_date, parse_date
from vnhr_desktop.ui.widgets.plan_keys import bind


class PlanDateEdit(QWidget):
    """``date()`` is a ``datetime.date`` or ``None``; ``is_valid()`` tells whether the
    typed text is a date. ``changed`` fires when the value changes."""

    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.edit.setMaxLength(10)
        self.edit.setFixedWidth(110)
        self.edit.editingFinished.connect(self._normalise)
        self.edit.textChanged.connect(lambda _t: self.changed.emit())
        self.button = QToolButton(self)
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Pick from the calendar (F4)"))
        self.button.setFocusPolicy(Qt.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        bind(self.edit, Qt.Key_F4, self.open_calendar, Qt.WidgetShortcut)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.edit)
        row.addWidget(self.button)
        self.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        self.setFocusProxy(self.edit)

    def date(self) -> dt.date | None:
        try:
            return parse_date(self.edit.text())
        except ValueError:
            return None

    def is_valid(self) -> bool:
        try:
            parse_date(self.edit.text())
        except ValueError:
            return False
        return True

    def set_date(self, value: dt.date | None) -> None:
        self.edit.setText(fmt_date(value))

    def _normalise(self) -> None:
        value = self.date()
        if value is not None and self.edit.text() != fmt_date(value):
            self.edit.setText(fmt_date(value))

    def open_calendar(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        current = self.date() or dt.date.today()
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
