"""Which agencies have reported their results for a plan, against its report deadline.

An agency is counted when it leads at least one task of the plan. Its results are
*in* when all its tasks are done (on or before the deadline), *late* when the
deadline has passed without them or they came in after it, *partial* while some
are done, and *none* before anything is done.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from vnhr_desktop.domain.dates import days_left
from vnhr_desktop.domain.enums import TaskStatus
from vnhr_desktop.errors import NotFound
from vnhr_desktop.persistence.models import Plan

NONE = "none"
PARTIAL = "partial"
IN = "in"
LATE = "late"
STATUS_VI = {
    NONE: "Chưa có kết quả",
    PARTIAL: "Có một phần kết quả",
    IN: "Đã có kết quả",
    LATE: "Chậm so với hạn báo cáo",
}
CLOSE_DAYS = 7  # "close" to the deadline from this many days before it


@dataclass(frozen=True)
class AgencyProgress:
    agency_id: int | None
    agency: str
    tasks: int
    done: int
    in_progress: int
    not_started: int
    last_done_on: dt.date | None
    status: str
    task_ids: tuple[int, ...]


@dataclass(frozen=True)
class PlanCompleteness:
    plan_id: int
    deadline: dt.date | None
    days_left: int | None
    level: str | None
    agencies: tuple[AgencyProgress, ...]

    @property
    def reported(self) -> int:
        return sum(a.status == IN for a in self.agencies)


def deadline_level(left: int | None) -> str | None:
    """ "past" after the deadline, "close" within :data:`CLOSE_DAYS`, else "ok"."""
    if left is None:
        return None
    if left < 0:
        return "past"
    return "close" if left <= CLOSE_DAYS else "ok"


def agency_status(done: int, total: int, last_done_on: dt.date | None, deadline: dt.date | None, today: dt.date) -> str:
    if total and done == total:
        if deadline and last_done_on and last_done_on > deadline:
            return LATE
        return IN
    if deadline and today > deadline:
        return LATE
    return PARTIAL if done else NONE


def plan_completeness(session, plan_id: int, *, today: dt.date | None = None) -> PlanCompleteness:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    today = today or dt.date.today()
    deadline = plan.agencies_report_by or plan.report_deadline  # when our agencies report to us
    groups: dict[int, list] = defaultdict(list)
    for task in plan.tasks:
        if task.lead_agency_id is not None:
            groups[task.lead_agency_id].append(task)
    agencies = []
    for agency_id, tasks in groups.items():
        done = [t for t in tasks if t.status == TaskStatus.DONE]
        dates = [t.done_on for t in done if t.done_on]
        last = max(dates) if dates else None
        agencies.append(
            AgencyProgress(
                agency_id=agency_id,
                agency=tasks[0].lead_agency.name,
                tasks=len(tasks),
                done=len(done),
                in_progress=sum(t.status == TaskStatus.IN_PROGRESS for t in tasks),
                not_started=sum(t.status == TaskStatus.NOT_STARTED for t in tasks),
                last_done_on=last,
                status=agency_status(len(done), len(tasks), last, deadline, today),
                task_ids=tuple(t.id for t in tasks),
            )
        )
    left = days_left(deadline, today)
    return PlanCompleteness(
        plan_id=plan.id, deadline=deadline, days_left=left, level=deadline_level(left), agencies=tuple(agencies)
    )
