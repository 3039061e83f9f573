"""What a report draft is missing from its records: the figure lines that are
new or changed since the draft was composed (domain.draft_updates), found by
writing a fresh draft from today's records and comparing. Nothing is saved
here; the composer applies the lines the officer agrees to."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy.orm import Session

from vnhr_desktop.domain.draft_updates import LineUpdate, figure_updates
from vnhr_desktop.domain.enums import ReportStatus
from vnhr_desktop.errors import NotFound
from vnhr_desktop.persistence.models import Plan, Report
from vnhr_desktop.services.report_figures import compute_figures
from vnhr_desktop.services.report_text import draft_sections
from vnhr_desktop.services.reports import plan_reference, reporter_name


def draft_updates(
    session: Session,
    report_id: int,
    sections: Iterable[tuple[str, str]] | None = None,
    *,
    today: dt.date | None = None,
) -> tuple[LineUpdate, ...]:
    """The new and changed figure lines for a draft; ``sections`` are the
    draft's (heading, body) pairs as the composer holds them (the stored ones
    when None). An issued report or one without a plan has none."""
    report = session.get(Report, report_id)
    if report is None:
        raise NotFound("Không tìm thấy báo cáo.")
    plan = session.get(Plan, report.plan_id) if report.plan_id else None
    if report.status != ReportStatus.DRAFT or plan is None:
        return ()
    figures = compute_figures(session, plan.id, report.period_start, report.period_end, today=today)
    fresh = draft_sections(
        figures, plan_reference(plan), reporter_name(session, report.issuer), report.title, report.addressee
    )
    current = tuple(sections) if sections is not None else tuple((s.heading, s.body) for s in report.sections)
    return figure_updates(current, tuple(fresh))
