"""data.json of a submission package: what the receiving office can read by
machine (format version, sender, the plan answered and the upper plan it
implements, period, the report, its frozen figures and the records behind
them). The layout is docs/package-format.md; it is checked against the JSON
Schema before it is written (services/package_schema.py)."""

from __future__ import annotations

import datetime as dt

from vnhr_desktop import __version__
from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.errors import UserError
from vnhr_desktop.persistence.models import Plan
from vnhr_desktop.services.office import get_profile
from vnhr_desktop.services.package_schema import DATA_FORMAT, DATA_KIND, schema_problem
from vnhr_desktop.services.report_figures import figures_to_data
from vnhr_desktop.services.report_records import records_behind
from vnhr_desktop.services.report_view import ReportView


def _iso(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _plan(session, plan_id: int | None) -> dict | None:
    plan = session.get(Plan, plan_id) if plan_id else None
    if plan is None:
        return None
    return {
        "id": plan.id,
        "kind": plan.kind,
        "number": plan.number,
        "symbol": plan.symbol,
        "number_symbol": number_symbol(plan.number, plan.symbol) if plan.symbol else "",
        "issued_on": _iso(plan.issued_on),
        "issuer": plan.issuer_name,
        "title": plan.title,
        "period_start": _iso(plan.period_start),
        "period_end": _iso(plan.period_end),
        "report_deadline": _iso(plan.report_deadline),
        "report_to": plan.report_to,
    }


def _upper_plan(session, plan_id: int | None) -> dict | None:
    """The plan that the report's plan implements: a recorded plan, or only its text."""
    plan = session.get(Plan, plan_id) if plan_id else None
    if plan is None:
        return None
    if plan.implements_plan_id:
        return _plan(session, plan.implements_plan_id)
    if plan.implements_text:
        text = plan.implements_text.strip()
        return {"number": None, "symbol": "", "number_symbol": "", "issued_on": None, "issuer": "", "title": text}
    return None


def package_data(session, view: ReportView, today: dt.date) -> dict:
    data = _package_data(session, view, today)
    problem = schema_problem(data)
    if problem:
        raise UserError(f"Dữ liệu của gói không đúng định dạng ({problem}); gói chưa được tạo.")
    return data


def _sender(profile, view: ReportView) -> dict:
    return {
        "name": (profile.office_name if profile else "") or view.reporter,
        "code": profile.unit_code if profile else "",
        "parent_body": profile.parent_body if profile else "",
        "level": profile.level_label if profile else "",
        "place": profile.place_name if profile else "",
        "reporting_body": view.reporter,
    }


def _package_data(session, view: ReportView, today: dt.date) -> dict:
    from vnhr_desktop.services.consolidation_data import consolidated_data

    profile = get_profile(session)
    data = {
        "format": DATA_FORMAT,
        "kind": DATA_KIND,
        "app_version": __version__,
        "created_on": today.isoformat(),
        "office": {
            "name": profile.office_name if profile else view.reporter,
            "parent_body": profile.parent_body if profile else "",
            "level": profile.level_label if profile else "",
            "place": profile.place_name if profile else "",
            "reporting_body": view.reporter,
        },
        "sender": _sender(profile, view),
        "plan": _plan(session, view.plan_id),
        "upper_plan": _upper_plan(session, view.plan_id),
        "period": {"start": _iso(view.period_start), "end": _iso(view.period_end)},
        "report": {
            "id": view.id,
            "number": view.number,
            "symbol": view.symbol,
            "number_symbol": view.number_symbol,
            "issued_on": _iso(view.issued_on),
            "status": view.status,
            "title": view.title,
            "addressee": view.addressee,
            "opening": view.opening,
            "sections": [{"heading": h, "body": b} for h, b in view.sections],
            "signer": {"authority": view.signer_authority, "title": view.signer_title, "name": view.signer_name},
            "recipients": list(view.recipients),
        },
        "figures_frozen": view.frozen,
        "figures": figures_to_data(view.figures),
        "records": records_behind(session, view.figures),
    }
    consolidated = consolidated_data(session, view.id)
    if consolidated is not None:
        data["consolidated"] = consolidated
    return data
