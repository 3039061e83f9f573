"""Tasks due soon and overdue across all live plans, grouped by lead agency.

A task counts when it is not done, has a due date, and its plan is issued (not
a draft, not done): overdue when the due date is before today, due
soon when it falls within the next ``days`` days (today included).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, case, func, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import PlanStatus, TaskStatus
from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.domain.text import sort_key
from vnhr_desktop.persistence.models import Agency, Plan, PlanTask

NO_AGENCY = "(Chưa có cơ quan chủ trì)"
DEFAULT_DAYS = 7
MAX_DAYS = 365  # the widest window the due view and ``export due-tasks DAYS`` offer
MAX_LOADED = 300


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
    overdue: int
    due_soon: int

    @property
    def hidden(self) -> int:
        """Tasks of this agency counted but not loaded (see ``due_summary``'s limit)."""
        return self.overdue + self.due_soon - len(self.tasks)


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

    @property
    def hidden(self) -> int:
        return sum(g.hidden for g in self.groups)


def _statement(until: dt.date) -> Select[PlanTask, Plan, str | None]:
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


def _counts_by_agency(session: Session, today: dt.date, until: dt.date) -> dict[str, tuple[int, int]]:
    stmt = (
        _statement(until)
        .order_by(None)
        .with_only_columns(
            Agency.name,
            func.count(PlanTask.id),
            func.sum(case((PlanTask.due_date < today, 1), else_=0)),
        )
        .group_by(Agency.name)
    )
    return {
        (name or NO_AGENCY): (int(overdue or 0), int(total) - int(overdue or 0))
        for name, total, overdue in session.execute(stmt)
    }


def due_summary(
    session: Session, today: dt.date | None = None, days: int = DEFAULT_DAYS, limit: int = MAX_LOADED
) -> DueSummary:
    """Counts per agency from SQL; the task rows themselves are loaded only up to
    ``limit``, the nearest due dates first, so years of forgotten tasks never
    load into the window at once."""
    today = today or dt.date.today()
    days = max(0, int(days))
    until = today + dt.timedelta(days=days)
    counts = _counts_by_agency(session, today, until)
    nearest_first = _statement(until).order_by(None).order_by(PlanTask.due_date.desc(), PlanTask.id.desc())
    groups: dict[str, list[DueTask]] = {name: [] for name in counts}
    for task, plan, agency in session.execute(nearest_first.limit(limit)):
        if task.due_date is None:  # never: the statement selects dated tasks only
            continue
        label = number_symbol(plan.number, plan.symbol) if plan.symbol else ""
        name = agency or NO_AGENCY
        groups.setdefault(name, []).append(
            DueTask(
                task_id=task.id,
                plan_id=plan.id,
                plan_label=label or plan.title[:40],
                content=task.content,
                agency=name,
                due_date=task.due_date,
                status=task.status,
                days_left=(task.due_date - today).days,
            )
        )
    ordered = sorted(groups.items(), key=lambda kv: (kv[0] == NO_AGENCY, sort_key(kv[0])))
    return DueSummary(
        today=today,
        days=days,
        groups=tuple(
            AgencyGroup(name, tuple(sorted(tasks, key=lambda t: (t.due_date, t.task_id))), *counts.get(name, (0, 0)))
            for name, tasks in ordered
        ),
    )


def due_counts(session: Session, today: dt.date | None = None, days: int = DEFAULT_DAYS) -> tuple[int, int]:
    """(due soon, overdue) counted in SQL, for the status bar."""
    today = today or dt.date.today()
    until = today + dt.timedelta(days=max(0, int(days)))
    stmt = (
        _statement(until)
        .order_by(None)
        .with_only_columns(func.count(PlanTask.id), func.sum(case((PlanTask.due_date < today, 1), else_=0)))
    )
    total, overdue = session.execute(stmt).one()
    return (total or 0) - (overdue or 0), overdue or 0


def mark_task_done(session: Session, task_id: int, done_on: dt.date | None = None) -> None:
    """Tick a task off from the due view."""
    task = session.get(PlanTask, task_id)
    if task is not None:
        task.status = TaskStatus.DONE
        task.done_on = done_on or dt.date.today()
        session.flush()
