"""Build the printed reminder of due and overdue tasks (domain.printouts.due_list) from
the same query as the due view, every task included."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.domain.office import office_header
from vnhr_desktop.domain.printouts.due_list import DueAgency, DueLine, DueList
from vnhr_desktop.services.due_tasks import DEFAULT_DAYS, due_summary
from vnhr_desktop.services.office import get_profile

PRINT_LIMIT = 100_000


def due_list(
    session: Session, today: dt.date | None = None, days: int = DEFAULT_DAYS, agencies: tuple[str, ...] = ()
) -> DueList:
    """Every due and overdue task of the issued plans, grouped by lead agency;
    ``agencies`` keeps only those agencies (the late ones of a reminder)."""
    summary = due_summary(session, today, days, limit=PRINT_LIMIT)
    profile = get_profile(session)
    header = office_header(profile.office_name, profile.parent_body) if profile else ""
    groups = []
    for group in summary.groups:
        if agencies and group.agency not in agencies:
            continue
        lines = tuple(
            DueLine(
                content=" ".join(t.content.split()),
                plan_label=t.plan_label,
                due_date=t.due_date,
                days_left=t.days_left,
                status=vi_label(t.status),
            )
            for t in group.tasks
        )
        if lines:
            groups.append(DueAgency(group.agency, lines))
    return DueList(
        issuer_header=header,
        place_name=profile.place_name if profile else "",
        today=summary.today,
        days=summary.days,
        agencies=tuple(groups),
    )
