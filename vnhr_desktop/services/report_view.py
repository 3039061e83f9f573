"""Builds one report as the printouts and the submission package see it
(:class:`domain.printouts.report.ReportView`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.domain.printouts.report import ReportView
from vnhr_desktop.errors import NotFound
from vnhr_desktop.persistence.models import Plan, Report
from vnhr_desktop.services.office import get_profile
from vnhr_desktop.services.reports import plan_reference, report_figures, reporter_name


def load_report(session: Session, report_id: int, *, today: dt.date | None = None) -> ReportView:
    report = session.get(Report, report_id)
    if report is None:
        raise NotFound(f"Không tìm thấy báo cáo số {report_id}.")
    profile = get_profile(session)
    issuer = report.issuer
    plan = session.get(Plan, report.plan_id) if report.plan_id else None
    return ReportView(
        id=report.id,
        status=report.status,
        title=report.title,
        number=report.number,
        symbol=report.symbol,
        number_symbol=number_symbol(report.number, report.symbol) if report.symbol else "",
        issued_on=report.issued_on,
        submitted_on=report.submitted_on,
        period_start=report.period_start,
        period_end=report.period_end,
        addressee=report.addressee,
        opening=report.opening,
        sections=tuple((s.heading, s.body) for s in report.sections),
        signer_authority=report.signer_authority,
        signer_title=report.signer_title,
        signer_name=report.signer_name,
        recipients=tuple(line for line in (report.recipients or "").splitlines() if line.strip()),
        reporter=reporter_name(session, issuer),
        header_body=(issuer.header_lines or issuer.name) if issuer else (profile.office_name if profile else ""),
        header_parent=issuer.parent_line if issuer else (profile.parent_body if profile else ""),
        place=profile.place_name if profile else "",
        office_name=profile.office_name if profile else "",
        plan_id=report.plan_id,
        plan_reference=plan_reference(plan) if plan else "",
        plan_title=plan.title if plan else "",
        plan_report_deadline=plan.report_deadline if plan else None,
        figures=report_figures(session, report.id, today=today),
        frozen=bool(report.figures_json),
    )
