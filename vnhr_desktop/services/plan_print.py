"""Everything a printed plan or its task workbook shows, gathered in one read:
the plan, the header lines of its issuer, the office's place name, the slogans."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.printouts.plan import PlanPrint
from vnhr_desktop.persistence.models import Issuer, Slogan
from vnhr_desktop.services.office import get_profile
from vnhr_desktop.services.plans import get_plan


def plan_print(session: Session, plan_id: int) -> PlanPrint:
    plan = get_plan(session, plan_id)
    profile = get_profile(session)
    issuer = session.get(Issuer, plan.issuer_id) if plan.issuer_id else None
    if issuer is not None:
        body, parent = issuer.header_lines or issuer.name, issuer.parent_line
    else:
        body = plan.issuer_name or (profile.office_name if profile else "")
        parent = profile.parent_body if profile and not plan.issuer_name else ""
    slogans = tuple(
        session.scalars(
            select(Slogan.text)
            .where(Slogan.plan_id == plan_id, Slogan.active.is_(True))
            .order_by(Slogan.position, Slogan.id)
        )
    )
    return PlanPrint(
        plan=plan,
        issuing_body=body,
        parent_body=parent,
        place=profile.place_name if profile else "",
        slogans=slogans,
        office_name=profile.office_name if profile else "",
    )
