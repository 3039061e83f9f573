"""Builds ``data.json`` of a submission package
(:class:`domain.printouts.package.PackageData`) from a report and the database:
what the receiving office reads by machine (format version, sender, the plan
answered and the upper plan it implements, period, the report, its frozen figures
and the records behind them). The layout is docs/package-format.md; the data is
checked against the JSON Schema before a package is written
(imports/package_schema.py)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from typing import Any

from sqlalchemy.orm import Session

from vnhr_desktop import __version__
from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.domain.office import OfficeProfileData
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
from vnhr_desktop.errors import UserError
from vnhr_desktop.exports.package import package_json
from vnhr_desktop.imports.package_schema import schema_problem
from vnhr_desktop.persistence.models import Plan
from vnhr_desktop.services.consolidation_data import consolidated_data
from vnhr_desktop.services.office import get_profile
from vnhr_desktop.services.report_figures import figures_to_data
from vnhr_desktop.services.report_records import records_behind


def _iso(value: object) -> object:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _plan(session: Session, plan_id: int | None) -> PackagePlan | None:
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


def _upper_plan(session: Session, plan_id: int | None) -> dict[str, Any] | None:
    """The plan that the report's plan implements: a recorded plan, or only its text."""
    plan = session.get(Plan, plan_id) if plan_id else None
    if plan is None:
        return None
    if plan.implements_plan_id:
        upper = _plan(session, plan.implements_plan_id)
        return {k: _iso(v) for k, v in asdict(upper).items()} if upper else None
    if plan.implements_text:
        text = plan.implements_text.strip()
        return {"number": None, "symbol": "", "number_symbol": "", "issued_on": None, "issuer": "", "title": text}
    return None


def _sender(profile: OfficeProfileData | None, view: ReportView) -> dict[str, Any]:
    return {
        "name": (profile.office_name if profile else "") or view.reporter,
        "code": profile.unit_code if profile else "",
        "parent_body": profile.parent_body if profile else "",
        "level": profile.level_label if profile else "",
        "place": profile.place_name if profile else "",
        "reporting_body": view.reporter,
    }


def package_data(session: Session, view: ReportView, today: dt.date) -> PackageData:
    """The package's data, checked against the schema (a plain message otherwise)."""
    profile = get_profile(session)
    data = PackageData(
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
        sender=_sender(profile, view),
        upper_plan=_upper_plan(session, view.plan_id),
        consolidated=consolidated_data(session, view.id),
    )
    problem = schema_problem(json.loads(package_json(data)))
    if problem:
        raise UserError(f"Dữ liệu của gói không đúng định dạng ({problem}); gói chưa được tạo.")
    return data
