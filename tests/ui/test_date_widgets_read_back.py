"""The two date widgets read back as they promise. PlanDateEdit.value() is a
datetime.date (or None); DateField, which derives from it, adds the QDateEdit
call ``date()`` giving a QDate. The plan forms read their fields through
value(), so the plan receives datetime.date whichever of the two a form holds
(a form reading ``date()`` from a DateField would hand a QDate to the plan)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from vnhr_desktop.domain.plan_data import PlanDetail, TaskItem
from vnhr_desktop.ui.widgets.date_field import DateField, field_date
from vnhr_desktop.ui.widgets.plan_date_edit import PlanDateEdit
from vnhr_desktop.ui.widgets.plan_header_form import DATE_FIELDS, PlanHeaderForm
from vnhr_desktop.ui.widgets.task_editor import TaskEditor


def test_each_widget_gives_its_own_kind_of_date(qtbot):
    plain = PlanDateEdit()
    qtbot.addWidget(plain)
    plain.edit.setText("20/11/2024")
    assert plain.value() == dt.date(2024, 11, 20)
    field = DateField(None, dt.date(2024, 11, 20))
    qtbot.addWidget(field)
    assert type(field.value()) is dt.date and field.value() == dt.date(2024, 11, 20)
    assert field.date() == QDate(2024, 11, 20)
    assert type(field_date(field)) is dt.date
    field.edit.setText("31/11/2024")
    assert field.value() is None and not field.date().isValid()


def _fill_header(form: PlanHeaderForm) -> None:
    for day, name in enumerate(DATE_FIELDS, start=1):
        form.dates[name].edit.setText(f"{day:02d}/12/2024")


def test_plan_header_hands_the_plan_datetime_dates(qtbot):
    form = PlanHeaderForm()
    qtbot.addWidget(form)
    _fill_header(form)
    detail = form.apply_to(PlanDetail(title=""))
    for day, name in enumerate(DATE_FIELDS, start=1):
        value = getattr(detail, name)
        assert type(value) is dt.date and value == dt.date(2024, 12, day), name


def test_plan_header_with_date_fields_in_place_still_hands_datetime_dates(qtbot):
    """A DateField is a PlanDateEdit: a form given one must not pass its QDate on."""
    form = PlanHeaderForm()
    qtbot.addWidget(form)
    form.dates = {name: DateField(form) for name in DATE_FIELDS}
    _fill_header(form)
    detail = form.apply_to(PlanDetail(title=""))
    for day, name in enumerate(DATE_FIELDS, start=1):
        assert getattr(detail, name) == dt.date(2024, 12, day), name
        assert type(getattr(detail, name)) is dt.date, name


def test_task_due_date_is_a_datetime_date(qtbot):
    editor = TaskEditor()
    qtbot.addWidget(editor)
    editor.due.edit.setText("15/01/2025")
    task = editor.item_from_form(TaskItem(content="Treo băng rôn"))
    assert type(task.due_date) is dt.date and task.due_date == dt.date(2025, 1, 15)
    editor.due.edit.setText("")
    assert editor.item_from_form(TaskItem(content="Treo băng rôn")).due_date is None
