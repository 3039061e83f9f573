"""Which agencies have reported their results for a plan, against the day its
agencies report by.

An agency is counted when it leads at least one task of the plan or its report
on the plan has been received: recorded by hand ("đã nhận báo cáo của … ngày …"),
or read from its report package (the same received reports the reporting rates
count, matched by unit code or name; the day it handed the package over counts).
Its results are *in* when its report
was received, or all its tasks are done, on or before the deadline; *late* when
the deadline has passed without them or they came in after it; *partial* while
some tasks are done; and *none* before anything is done.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.dates import days_left
from vnhr_desktop.domain.enums import TaskStatus
from vnhr_desktop.errors import NotFound
from vnhr_desktop.persistence.models import Agency, AgencyReport, Plan, PlanTask

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
    report_received_on: dt.date | None = None


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


def agency_status(
    done: int,
    total: int,
    last_done_on: dt.date | None,
    deadline: dt.date | None,
    today: dt.date,
    received_on: dt.date | None = None,
) -> str:
    if received_on is not None:
        return LATE if deadline and received_on > deadline else IN
    if total and done == total:
        if deadline and last_done_on and last_done_on > deadline:
            return LATE
        return IN
    if deadline and today > deadline:
        return LATE
    return PARTIAL if done else NONE


def plan_completeness(session: Session, plan_id: int, *, today: dt.date | None = None) -> PlanCompleteness:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    today = today or dt.date.today()
    deadline = plan.agencies_report_by or plan.report_deadline  # when our agencies report to us
    groups: dict[int, list[PlanTask]] = defaultdict(list)
    for task in plan.tasks:
        if task.lead_agency_id is not None:
            groups[task.lead_agency_id].append(task)
    received = {
        r.agency_id: r.received_on for r in session.scalars(select(AgencyReport).where(AgencyReport.plan_id == plan_id))
    }
    for agency_id, handed in _packages_by_agency(session, plan_id).items():
        received[agency_id] = min(handed, received.get(agency_id, handed))  # the first word of it counts
    names = {a.id: a.name for a in session.scalars(select(Agency).where(Agency.id.in_(set(groups) | set(received))))}
    agencies = []
    for agency_id in list(groups) + [a for a in received if a not in groups]:
        tasks = groups.get(agency_id, [])
        done = [t for t in tasks if t.status == TaskStatus.DONE]
        dates = [t.done_on for t in done if t.done_on]
        last = max(dates) if dates else None
        agencies.append(
            AgencyProgress(
                agency_id=agency_id,
                agency=names.get(agency_id, ""),
                tasks=len(tasks),
                done=len(done),
                in_progress=sum(t.status == TaskStatus.IN_PROGRESS for t in tasks),
                not_started=sum(t.status == TaskStatus.NOT_STARTED for t in tasks),
                last_done_on=last,
                status=agency_status(len(done), len(tasks), last, deadline, today, received.get(agency_id)),
                task_ids=tuple(t.id for t in tasks),
                report_received_on=received.get(agency_id),
            )
        )
    left = days_left(deadline, today)
    return PlanCompleteness(
        plan_id=plan.id, deadline=deadline, days_left=left, level=deadline_level(left), agencies=tuple(agencies)
    )


def _packages_by_agency(session: Session, plan_id: int) -> dict[int, dt.date]:
    """Agency id -> the day it handed over its newest current report package on
    the plan (the package's sent day, else the day it came in), matched to the
    agency as the reporting dashboard matches units."""
    from vnhr_desktop.services.expected_reporters import ExpectedUnit, name_key
    from vnhr_desktop.services.reporting_rates import current_reports

    _rows, by_key = current_reports(session, plan_id)
    if not by_key:
        return {}
    found: dict[int, dt.date] = {}
    for agency in session.scalars(select(Agency)):
        unit = ExpectedUnit(agency.short_code or "", agency.name)
        row = by_key.get(unit.key) or by_key.get(name_key(agency.name))
        if row is not None:
            found[agency.id] = row.sent_on or row.received_on
    return found


def record_agency_report(
    session: Session, plan_id: int, agency_name: str, received_on: dt.date, note: str = ""
) -> None:
    """ "Đã nhận báo cáo của <agency> ngày <received_on>": recorded once per plan
    and agency (a later call changes the day)."""
    from vnhr_desktop.domain.text import clean, clean_line
    from vnhr_desktop.services.agencies import find_or_add_agency

    if session.get(Plan, plan_id) is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    agency = find_or_add_agency(session, clean_line(agency_name))
    row = session.scalar(
        select(AgencyReport).where(AgencyReport.plan_id == plan_id, AgencyReport.agency_id == agency.id)
    )
    if row is None:
        row = AgencyReport(plan_id=plan_id, agency_id=agency.id)
        session.add(row)
    row.received_on, row.note = received_on, clean(note)
    session.flush()


def remove_agency_report(session: Session, plan_id: int, agency_id: int) -> None:
    row = session.scalar(
        select(AgencyReport).where(AgencyReport.plan_id == plan_id, AgencyReport.agency_id == agency_id)
    )
    if row is not None:
        session.delete(row)
        session.flush()
