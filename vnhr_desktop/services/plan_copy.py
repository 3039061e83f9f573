"""Copy a plan to next year: a new draft with its own copies of the sections,
tasks, targets, slogans, banner schedule and events (participants are not
copied), every date one year on and the anniversary wording moved with it.

The reference to the upper-level plan is not carried over: next year's plan
implements next year's document, which the officer picks in the editor.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.dates import shift_year
from vnhr_desktop.domain.enums import PlacementStatus, PlanStatus, TaskStatus
from vnhr_desktop.domain.year_roll import roll_text
from vnhr_desktop.persistence.models import (
    BannerPlacement,
    BridgePoint,
    EventSpeaker,
    Plan,
    PlanParagraph,
    PlanTask,
    Slogan,
    Target,
    TrainingEvent,
)
from vnhr_desktop.services.plans import load_plan


def _shift_datetime(value: dt.datetime | None, years: int) -> dt.datetime | None:
    if value is None:
        return None
    moved = shift_year(value.date(), years)
    return dt.datetime.combine(moved, value.time())


def campaign_years(plan: Plan) -> set[int]:
    """The years a plan's own dates fall in; dates of these years move in its texts."""
    dates = [
        plan.issued_on,
        plan.period_start,
        plan.period_end,
        plan.display_start,
        plan.display_end,
        plan.report_deadline,
        plan.agencies_report_by,
    ]
    years = {d.year for d in dates if d is not None}
    if plan.year:
        years.add(plan.year)
    return set(range(min(years), max(years) + 1)) if years else set()


class _Copier:
    def __init__(self, session: Session, source: Plan, years: int):
        self.session = session
        self.source = source
        self.years = years
        self.moving = campaign_years(source)

    def text(self, value: str | None) -> str:
        return roll_text(value or "", self.years, self.moving)

    def date(self, value: dt.date | None) -> dt.date | None:
        return shift_year(value, self.years)

    def plan(self) -> Plan:
        s = self.source
        opening = "" if s.implements_text and s.implements_text in (s.opening or "") else self.text(s.opening)
        new = Plan(
            kind=s.kind,
            status=PlanStatus.DRAFT,
            number=None,
            issued_on=None,
            symbol=s.symbol,
            issuer_id=s.issuer_id,
            issuer_name=s.issuer_name,
            title=self.text(s.title),
            implements_plan_id=None,
            implements_text="",
            period_start=self.date(s.period_start),
            period_end=self.date(s.period_end),
            display_start=self.date(s.display_start),
            display_end=self.date(s.display_end),
            report_deadline=self.date(s.report_deadline),
            report_to=self.text(s.report_to),
            agencies_report_by=self.date(s.agencies_report_by),
            agencies_report_to=self.text(s.agencies_report_to),
            signer_authority=s.signer_authority,
            signer_title=s.signer_title,
            signer_name=s.signer_name,
            recipients=s.recipients,
            opening=opening,
            closing=self.text(s.closing),
        )
        for p in s.paragraphs:
            new.paragraphs.append(PlanParagraph(section=p.section, position=p.position, text=self.text(p.text)))
        for t in s.tasks:
            new.tasks.append(
                PlanTask(
                    position=t.position,
                    content=self.text(t.content),
                    lead_agency_id=t.lead_agency_id,
                    due_date=self.date(t.due_date),
                    status=TaskStatus.NOT_STARTED,
                    done_on=None,
                    note=self.text(t.note),
                    cooperators=list(t.cooperators),
                )
            )
        for target in s.targets:
            new.targets.append(
                Target(
                    position=target.position,
                    description=self.text(target.description),
                    target_value=target.target_value,
                    unit=target.unit,
                    unit_label=target.unit_label,
                    achieved_value=None,
                )
            )
        self.session.add(new)
        self.session.flush()
        return new

    def slogans(self, new: Plan) -> dict[int, Slogan]:
        mapping: dict[int, Slogan] = {}
        rows = self.session.scalars(
            select(Slogan).where(Slogan.plan_id == self.source.id).order_by(Slogan.position, Slogan.id)
        )
        for s in rows:
            copy = Slogan(
                text=self.text(s.text),
                plan_id=new.id,
                year=s.year + self.years if s.year else new.year,
                active=s.active,
                position=s.position,
            )
            self.session.add(copy)
            mapping[s.id] = copy
        self.session.flush()
        return mapping

    def placements(self, new: Plan, slogans: dict[int, Slogan]) -> int:
        rows = self.session.scalars(
            select(BannerPlacement).where(BannerPlacement.plan_id == self.source.id).order_by(BannerPlacement.id)
        )
        count = 0
        for b in rows:
            slogan = slogans.get(b.slogan_id)
            if slogan is None:  # a slogan of another plan: the schedule keeps pointing at it
                slogan = b.slogan
            self.session.add(
                BannerPlacement(
                    plan_id=new.id,
                    slogan=slogan,
                    form=b.form,
                    location=b.location,
                    commune=b.commune,
                    size_text=b.size_text,
                    quantity=b.quantity,
                    start_date=self.date(b.start_date),
                    end_date=self.date(b.end_date),
                    agency_id=b.agency_id,
                    status=PlacementStatus.PLANNED,
                    hung_on=None,
                    removed_on=None,
                    note=self.text(b.note),
                )
            )
            count += 1
        return count

    def events(self, new: Plan) -> int:
        rows = self.session.scalars(
            select(TrainingEvent).where(TrainingEvent.plan_id == self.source.id).order_by(TrainingEvent.id)
        )
        count = 0
        for e in rows:
            copy = TrainingEvent(
                plan_id=new.id,
                kind=e.kind,
                title=self.text(e.title),
                starts_at=_shift_datetime(e.starts_at, self.years),
                ends_at=_shift_datetime(e.ends_at, self.years),
                venue=e.venue,
                format=e.format,
                organiser=e.organiser,
                chair=e.chair,
                invited_count=e.invited_count,
                note=self.text(e.note),
                host_body=e.host_body,
                staff_sent_count=None,
                staff_names="",
            )
            for sp in e.speakers:
                copy.speakers.append(
                    EventSpeaker(
                        position=sp.position,
                        name=sp.name,
                        title=sp.title,
                        organisation=sp.organisation,
                        topics=self.text(sp.topics),
                    )
                )
            for bp in e.bridge_points:
                copy.bridge_points.append(
                    BridgePoint(
                        position=bp.position,
                        name=bp.name,
                        place=bp.place,
                        is_main=bp.is_main,
                        expected_count=bp.expected_count,
                        actual_count=None,
                    )
                )
            self.session.add(copy)
            count += 1
        return count


def copy_to_next_year(session: Session, plan_id: int, years: int = 1) -> int:
    """Create next year's draft from ``plan_id`` and return its id."""
    source = load_plan(session, plan_id)
    copier = _Copier(session, source, years)
    new = copier.plan()
    slogans = copier.slogans(new)
    copier.placements(new, slogans)
    copier.events(new)
    session.flush()
    return new.id
