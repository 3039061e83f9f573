"""Tasks due soon and overdue across all live plans, grouped by lead agency.

A task counts when it is not done, has a due date, and its plan is issued (not
a draft, not done): overdue when the due date is before today, due
soon when it falls within the next ``days`` days (today included).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import PlanStatus, TaskStatus
from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.domain.text import sort_key
from vnhr_desktop.persistence.models import Agency, Plan, PlanTask

NO_AGENCY = "(Chưa có cơ quan chủ trì)"
DEFAULT_DAYS = 7


@dataclass(frozen=True)
class DueTask:
    task_id: int
    plan_id: int
    plan_label: str
    content: str
    agency: str
    due_date: dt.date
    status: str
    days_left: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class AgencyGroup:
    agency: str
    tasks: tuple[DueTask, ...]

    @property
    def overdue(self) -> int:
        return sum(1 for t in self.tasks if t.overdue)

    @property
    def due_soon(self) -> int:
        return len(self.tasks) - self.overdue


@dataclass(frozen=True)
class DueSummary:
    today: dt.date
    days: int
    groups: tuple[AgencyGroup, ...]

    @property
    def overdue(self) -> int:
        return sum(g.overdue for g in self.groups)

    @property
    def due_soon(self) -> int:
        return sum(g.due_soon for g in self.groups)


def _statement(until: dt.date):
    return (
        select(PlanTask, Plan, Agency.name)
        .join(Plan, PlanTask.plan_id == Plan.id)
        .outerjoin(Agency, PlanTask.lead_agency_id == Agency.id)
        .where(
            PlanTask.status != TaskStatus.DONE,
            PlanTask.due_date.is_not(None),
            PlanTask.due_date <= until,
            Plan.status == PlanStatus.ISSUED,
        )
        .order_by(PlanTask.due_date, PlanTask.id)
    )


def due_summary(session: Session, today: dt.date | None = None, days: int = DEFAULT_DAYS) -> DueSummary:
    today = today or dt.date.today()
    days = max(0, int(days))
    groups: dict[str, list[DueTask]] = {}
    for task, plan, agency in session.execute(_statement(today + dt.timedelta(days=days))):
        label = number_symbol(plan.number, plan.symbol) if plan.symbol else ""
        name = agency or NO_AGENCY
        groups.setdefault(name, []).append(DueTask(
            task_id=task.id, plan_id=plan.id, plan_label=label or plan.title[:40], content=task.content,
            agency=name, due_date=task.due_date, status=task.status,
            days_left=(task.due_date - today).days,
        ))
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == NO_AGENCY, sort_key(kv[0])))
    return DueSummary(today=today, days=days,
                      groups=tuple(AgencyGroup(name, tuple(tasks)) for name, tasks in ordered))


def due_counts(session: Session, today: dt.date | None = None, days: int = DEFAULT_DAYS) -> tuple[int, int]:
    """(due soon, overdue) counted in SQL, for the status bar."""
    today = today or dt.date.today()
    until = today + dt.timedelta(days=max(0, int(days)))
    stmt = _statement(until).order_by(None).with_only_columns(
        func.count(PlanTask.id), func.sum(case((PlanTask.due_date < today, 1), else_=0)))
    total, overdue = session.execute(stmt).one()
    return (total or 0) - (overdue or 0), overdue or 0


def mark_task_done(session: Session, task_id: int, done_on: dt.date | None = None) -> None:
    """Tick a task off from the due view."""
    task = session.get(PlanTask, task_id)
    if task is not None:
        task.status = TaskStatus.DONE
        task.done_on = done_on or dt.date.today()
        session.flush()
