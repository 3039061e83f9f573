"""The reminder to the agencies that are late with their results for a plan:
each late agency with its unfinished tasks of the plan and the report it owes,
as a due list (domain.printouts.due_list) printed by the due-tasks renderers."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import TaskStatus, vi_label
from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.domain.office import office_header
from vnhr_desktop.domain.printouts.due_list import DueAgency, DueLine, DueList
from vnhr_desktop.persistence.models import Plan, PlanTask
from vnhr_desktop.services.completeness import LATE, plan_completeness
from vnhr_desktop.services.office import get_profile

TITLE = "Danh sách cơ quan, đơn vị chậm báo cáo kết quả thực hiện kế hoạch"


def late_reminder(session: Session, plan_id: int, today: dt.date | None = None) -> DueList:
    today = today or dt.date.today()
    completeness = plan_completeness(session, plan_id, today=today)
    plan = session.get_one(Plan, plan_id)  # plan_completeness raised NotFound if there is none
    label = number_symbol(plan.number, plan.symbol) if plan.symbol and plan.number else plan.title[:40]
    deadline = completeness.deadline or today
    groups: list[DueAgency] = []
    for agency in completeness.agencies:
        if agency.status != LATE or agency.report_received_on is not None:
            continue
        lines: list[DueLine] = []
        for task_id in agency.task_ids:
            task = session.get_one(PlanTask, task_id)  # the plan's own tasks, read just now
            if task.status == TaskStatus.DONE:
                continue
            due = task.due_date or deadline
            content = " ".join(task.content.split())
            lines.append(DueLine(content, label, due, (due - today).days, vi_label(task.status)))
        report = "Gửi báo cáo kết quả thực hiện Kế hoạch"
        lines.append(DueLine(report, label, deadline, (deadline - today).days, "Chưa nhận báo cáo"))
        groups.append(DueAgency(agency.agency, tuple(lines)))
    profile = get_profile(session)
    header = office_header(profile.office_name, profile.parent_body) if profile else ""
    scope = f"(Kế hoạch {label}; hạn báo cáo {deadline:%d/%m/%Y}; tính đến ngày {today:%d/%m/%Y})"
    return DueList(
        issuer_header=header,
        place_name=profile.place_name if profile else "",
        today=today,
        days=0,
        agencies=tuple(groups),
        title=TITLE,
        scope=scope,
    )
