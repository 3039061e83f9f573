"""Build the official slogan list of a plan (domain.printouts.slogan_list): all the
plan's slogans in their order, placed or not."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.printouts.slogan_list import SloganList
from vnhr_desktop.persistence.models import Slogan
from vnhr_desktop.services.banner_schedule import banner_schedule


def slogan_list(session: Session, plan_id: int) -> SloganList:
    schedule = banner_schedule(session, plan_id)
    stmt = select(Slogan.text).where(Slogan.plan_id == plan_id).order_by(Slogan.position, Slogan.id)
    texts = tuple(" ".join(t.split()) for t in session.scalars(stmt) if t and t.strip())
    return SloganList(
        plan_title=schedule.plan_title,
        plan_number_symbol=schedule.plan_number_symbol,
        plan_issued_on=schedule.plan_issued_on,
        plan_year=schedule.plan_year,
        issuer_name=schedule.issuer_name,
        slogans=texts,
    )


def slogan_choices(session: Session, plan_id: int) -> list[tuple[int, str, bool]]:
    """(id, text, has printed placements) of the plan's slogans, in order, for
    choosing which print-shop sheets to print."""
    from vnhr_desktop.domain.enums import BannerForm
    from vnhr_desktop.persistence.models import BannerPlacement

    placed = set(
        session.scalars(
            select(BannerPlacement.slogan_id).where(
                BannerPlacement.plan_id == plan_id, BannerPlacement.form != BannerForm.LED
            )
        )
    )
    stmt = select(Slogan).where(Slogan.plan_id == plan_id).order_by(Slogan.position, Slogan.id)
    return [(s.id, s.text, s.id in placed) for s in session.scalars(stmt)]
