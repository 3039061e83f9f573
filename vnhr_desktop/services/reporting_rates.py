"""Who has reported on a plan (issue 15, after DHIS2's reporting rates).

    board = plan_dashboard(session, plan_id, today=date.today())
    board.expected, board.received, board.on_time, board.late, board.missing
    board.reporting_rate, board.on_time_rate       # percent of the expected units

A unit has reported when a current (not superseded) received report of the plan
comes from it, matched by unit code, or by name for a unit without code. It is
on time when its package was written (the day the unit handed it over) on or
before the plan's report deadline; without a deadline every report is on time.
Reports from units outside the list are shown apart and not counted.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.domain.printouts.reporting import (
    LATE,
    MISSING,
    ON_TIME,
    OUTSIDE,
    PlanDashboard,
    UnitStatus,
)
from vnhr_desktop.errors import NotFound
from vnhr_desktop.persistence.models import Issuer, Plan, ReceivedReport
from vnhr_desktop.services.expected_reporters import expected_units, name_key
from vnhr_desktop.services.office import get_profile
from vnhr_desktop.services.reports import plan_reference

_COLUMNS = (
    ReceivedReport.id,
    ReceivedReport.unit_code,
    ReceivedReport.unit_name,
    ReceivedReport.unit_key,
    ReceivedReport.number,
    ReceivedReport.symbol,
    ReceivedReport.issued_on,
    ReceivedReport.sent_on,
    ReceivedReport.received_on,
    ReceivedReport.values_json,
)


def _status(row: Any, deadline: dt.date | None, code: str, name: str, outside: bool = False) -> UnitStatus:
    handed = row.sent_on or row.received_on
    late = deadline is not None and handed is not None and handed > deadline
    status = OUTSIDE if outside else LATE if late else ON_TIME
    return UnitStatus(
        code=code,
        name=name,
        status=status,
        received_id=row.id,
        number_symbol=number_symbol(row.number, row.symbol) if row.symbol else "",
        issued_on=row.issued_on,
        sent_on=row.sent_on,
        received_on=row.received_on,
        days_late=(handed - deadline).days if late else 0,
        values=json.loads(row.values_json or "{}"),
    )


def issuing_office(session: Session, plan: Plan) -> Issuer | None:
    """The own issuer whose header the plan's dashboard documents carry: the plan's, else the first own one."""
    issuer = plan.issuer if plan.issuer is not None and plan.issuer.own else None
    issuer = issuer or session.scalar(select(Issuer).where(Issuer.own.is_(True)).order_by(Issuer.id))
    return issuer


def current_reports(session: Session, plan_id: int) -> tuple[list[Any], dict[str, Any]]:
    """The plan's current received reports (result rows of the columns above),
    and the newest of each unit by its unit key and by its name's key (a package
    may span plans' periods). Look a unit up with ``by_key.get(unit.key) or
    by_key.get(name_key(unit.name))``."""
    rows = session.execute(
        select(*_COLUMNS)
        .where(ReceivedReport.plan_id == plan_id, ReceivedReport.superseded_by_id.is_(None))
        .order_by(ReceivedReport.id)
    ).all()
    by_key: dict[str, Any] = {}
    for row in rows:
        for key in (row.unit_key, name_key(row.unit_name)):
            if key not in by_key or _later(row, by_key[key]):
                by_key[key] = row
    return list(rows), by_key


def plan_dashboard(session: Session, plan_id: int, *, today: dt.date | None = None) -> PlanDashboard:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch số {plan_id}.")
    today = today or dt.date.today()
    deadline = plan.report_deadline
    rows, by_key = current_reports(session, plan_id)
    units, used = [], set()
    for unit in expected_units(session, plan_id):
        found = by_key.get(unit.key) or by_key.get(name_key(unit.name))
        if found is None:
            units.append(UnitStatus(unit.code, unit.name, MISSING))
        else:
            used.add(found.id)
            units.append(_status(found, deadline, unit.code, unit.name))
    seen_outside = set()
    outside = []
    for row in rows:
        if row.id in used or row.unit_key in seen_outside:
            continue
        seen_outside.add(row.unit_key)
        outside.append(_status(by_key[row.unit_key], deadline, row.unit_code, row.unit_name, outside=True))
    profile = get_profile(session)
    issuer = issuing_office(session, plan)
    signer = issuer if issuer is not None and issuer.signer_name else profile
    return PlanDashboard(
        plan_id=plan.id,
        plan_title=plan.title,
        plan_reference=plan_reference(plan),
        deadline=deadline,
        today=today,
        units=tuple(units),
        outside=tuple(outside),
        office_name=profile.office_name if profile else "",
        place=profile.place_name if profile else "",
        header_body=(issuer.header_lines or issuer.name) if issuer else (profile.office_name if profile else ""),
        header_parent=issuer.parent_line if issuer else (profile.parent_body if profile else ""),
        issuer_code=issuer.code if issuer else "",
        signer_authority=getattr(signer, "signer_authority", "") or "",
        signer_title=getattr(signer, "signer_title", "") or "",
        signer_name=getattr(signer, "signer_name", "") or "",
    )


def _later(a: Any, b: Any) -> bool:
    return (a.issued_on or dt.date.min, a.id) > (b.issued_on or dt.date.min, b.id)
