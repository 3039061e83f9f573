"""The date field of every form outside the plan editor, in place of
QDateEdit: typed as officers type dates (see PlanDateEdit), with the calendar
popup, and the QDateEdit calls the forms already make (``date()`` gives a
QDate, ``setDate``, ``dateChanged``). A date that cannot be read gives an
invalid QDate; :func:`field_date` then refuses it with its message."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QTimeEdit, QToolTip, QWidget

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.widgets.plan_date_edit import PlanDateEdit


class DateField(PlanDateEdit):
    dateChanged = Signal(QDate)

    def __init__(self, parent=None, value: dt.date | None = None, name: str = ""):
        super().__init__(parent)
        self._last = value
        self._state: dt.date | str | None = value  # the date, or why the text is none
        if name:
            self.setObjectName(name)
        self.set_date(value)
        self.changed.connect(self._maybe_changed)
        self.edit.editingFinished.connect(self._tell_if_wrong)

    # -- the QDateEdit calls the forms make -----------------------------------
    def date(self) -> QDate:
        value = self.value()
        return QDate(value.year, value.month, value.day) if value else QDate()

    def setDate(self, value) -> None:
        if isinstance(value, QDate):
            value = value.toPython() if value.isValid() else None
        self.set_date(value)

    def setReadOnly(self, on: bool) -> None:
        self.edit.setReadOnly(on)
        self.button.setEnabled(not on)

    def isReadOnly(self) -> bool:
        return self.edit.isReadOnly()

    def setCalendarPopup(self, _on: bool) -> None:
        """The calendar button is always there (F4 opens it too)."""

    def setDisplayFormat(self, _format: str) -> None:
        """Dates always show as dd/mm/yyyy."""

    def last_date(self) -> dt.date | None:
        """The last date the field held that could be read."""
        return self.value() or self._last

    # -- internals ------------------------------------------------------------
    def _maybe_changed(self) -> None:
        # dateChanged fires for each new date and once when the text stops being
        # one (with an invalid QDate), so forms can recheck and stop the save.
        value = self.value()
        state = value or self.error()
        if state == self._state:
            return
        self._state = state
        if value is not None:
            self._last = value
        self.dateChanged.emit(self.date())

    def _tell_if_wrong(self) -> None:
        message = self.error()
        if message and self.isVisible():
            QToolTip.showText(self.edit.mapToGlobal(self.edit.rect().bottomLeft()), message, self.edit)


def field_date(field) -> dt.date:
    """The date in ``field`` (a DateField or QDateEdit); a text that is no date
    is refused with its message (never moved to another day)."""
    if isinstance(field, DateField):
        value = field.value()
        message = field.error() or ("" if value else "Cần nhập ngày (ngày/tháng/năm).")
        if message or value is None:
            raise UserError(message)
        return value
    return field.date().toPython()


class DateTimeField(QWidget):
    """A day typed like every other date field, and a time (HH:mm): in place of
    QDateTimeEdit, which silently moves 31/11 to another day."""

    dateTimeChanged = Signal(QDateTime)

    def __init__(self, parent=None, objectName: str = "", **_qt_options):
        super().__init__(parent)
        if objectName:
            self.setObjectName(objectName)
        self.day = DateField(self, dt.date.today())
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.day)
        row.addWidget(self.time)
        self.setFocusProxy(self.day)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._quiet = False
        self.day.dateChanged.connect(self._emit)
        self.time.timeChanged.connect(self._emit)

    def dateTime(self) -> QDateTime:
        """The date and time; an invalid QDateTime while the day cannot be read."""
        day = self.day.date()
        return QDateTime(day, self.time.time()) if day.isValid() else QDateTime()

    def last_date_time(self) -> QDateTime:
        """The last readable date with the time (for checks while the officer types)."""
        day = self.day.last_date() or dt.date.today()
        return QDateTime(QDate(day.year, day.month, day.day), self.time.time())

    def setDateTime(self, value: QDateTime) -> None:
        self._quiet = True
        self.day.setDate(value.date())
        self.time.setTime(value.time())
        self._quiet = False
        self._emit()

    def error(self) -> str:
        return self.day.error()

    def setDisplayFormat(self, _format: str) -> None:
        """Dates show as dd/mm/yyyy and times as HH:mm."""

    def _emit(self, *_args) -> None:
        if not self._quiet:
            self.dateTimeChanged.emit(self.dateTime())
