"""Builds ``data.json`` of a submission package
(:class:`domain.printouts.package.PackageData`) from a report and the database."""

from __future__ import annotations

import datetime as dt

from vnhr_desktop import __version__
from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.domain.printouts.package import (
    PackageData,
    PackageOffice,
    PackagePeriod,
    PackagePlan,
    PackageReport,
    PackageSection,
    PackageSigner,
)
from vnhr_desktop.domain.printouts.report import ReportView
from vnhr_desktop.persistence.models import Plan
from vnhr_desktop.services.office import get_profile
from vnhr_desktop.services.report_figures import figures_to_data
from vnhr_desktop.services.report_records import records_behind


def _plan(session, plan_id: int | None) -> PackagePlan | None:
    plan = session.get(Plan, plan_id) if plan_id else None
    if plan is None:
        return None
    return PackagePlan(
        id=plan.id,
        kind=plan.kind,
        number=plan.number,
        symbol=plan.symbol,
        number_symbol=number_symbol(plan.number, plan.symbol) if plan.symbol else "",
        issued_on=plan.issued_on,
        issuer=plan.issuer_name,
        title=plan.title,
        period_start=plan.period_start,
        period_end=plan.period_end,
        report_deadline=plan.report_deadline,
        report_to=plan.report_to,
    )


def package_data(session, view: ReportView, today: dt.date) -> PackageData:
    profile = get_profile(session)
    return PackageData(
        app_version=__version__,
        created_on=today,
        office=PackageOffice(
            name=profile.office_name if profile else view.reporter,
            parent_body=profile.parent_body if profile else "",
            level=profile.level_label if profile else "",
            place=profile.place_name if profile else "",
            reporting_body=view.reporter,
        ),
        plan=_plan(session, view.plan_id),
        period=PackagePeriod(view.period_start, view.period_end),
        report=PackageReport(
            id=view.id,
            number=view.number,
            symbol=view.symbol,
            number_symbol=view.number_symbol,
            issued_on=view.issued_on,
            status=view.status,
            title=view.title,
            addressee=view.addressee,
            opening=view.opening,
            sections=tuple(PackageSection(h, b) for h, b in view.sections),
            signer=PackageSigner(view.signer_authority, view.signer_title, view.signer_name),
            recipients=tuple(view.recipients),
        ),
        figures_frozen=view.frozen,
        figures=figures_to_data(view.figures),
        records=records_behind(session, view.figures),
    )
