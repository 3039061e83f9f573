"""What the printouts and the timeline show of a plan's banner schedule.

:func:`banner_schedule` gathers the rows (in slogan order, then form and
place), the totals by form and the title block facts; :func:`sheet_slogans`
the slogans to print one per page for the print shop (:func:`slogan_sheets`
with the label of the sheets' bands); :func:`timeline` the bars of the
campaign picture. The printouts' data are the frozen dataclasses of
:mod:`domain.printouts.banners`.
"""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.banner_rules import location_key
from vnhr_desktop.domain.enums import BannerForm, PlanStatus, vi_label
from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.domain.printouts.banners import (
    BannerSchedule,
    FormTotal,
    ScheduleRow,
    SheetItem,
    SheetSlogan,
    SloganSheets,
)
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.errors import NotFound
from vnhr_desktop.persistence.models import Agency, BannerPlacement, Issuer, Plan, Slogan
from vnhr_desktop.services.banners import plan_window
from vnhr_desktop.services.office import get_profile

FORM_ORDER = [f.value for f in BannerForm]


def _plan(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"Không có kế hoạch số {plan_id}.")
    return plan


def _rows(session: Session, plan_id: int) -> list[ScheduleRow]:
    stmt = (
        select(BannerPlacement, Slogan.text, Slogan.position, Agency.name)
        .join(Slogan, BannerPlacement.slogan_id == Slogan.id)
        .outerjoin(Agency, BannerPlacement.agency_id == Agency.id)
        .where(BannerPlacement.plan_id == plan_id)
    )
    records = list(session.execute(stmt))

    def order(
        record: Row[BannerPlacement, str, int, str | None],
    ) -> tuple[int, int, int, dt.date, tuple[str, str], int]:
        b, _text, position, _agency = record
        form = FORM_ORDER.index(b.form) if b.form in FORM_ORDER else len(FORM_ORDER)
        return (position, b.slogan_id, form, b.start_date or dt.date.min, location_key(b.location), b.id)

    return [
        ScheduleRow(
            b.id,
            b.slogan_id,
            text,
            b.form,
            b.location,
            b.commune,
            b.size_text,
            b.quantity,
            b.start_date,
            b.end_date,
            agency or "",
            b.status,
            b.hung_on,
            b.removed_on,
            b.note,
        )
        for b, text, _pos, agency in sorted(records, key=order)
    ]


def form_totals(rows: list[ScheduleRow]) -> list[FormTotal]:
    """Places and pieces per form, in the order băng rôn, pano, áp phích, biểu ngữ, LED."""
    sums: dict[str, list[int]] = {}
    for row in rows:
        entry = sums.setdefault(row.form, [0, 0])
        entry[0] += 1
        entry[1] += row.quantity
    ordered = sorted(sums, key=lambda f: FORM_ORDER.index(f) if f in FORM_ORDER else len(FORM_ORDER))
    return [FormTotal(f, vi_label(f), *sums[f]) for f in ordered]


def banner_schedule(session: Session, plan_id: int) -> BannerSchedule:
    plan = _plan(session, plan_id)
    rows = _rows(session, plan_id)
    issuer = session.get(Issuer, plan.issuer_id) if plan.issuer_id else None
    profile = get_profile(session)
    issuer_name = plan.issuer_name or (issuer.name if issuer else "") or (profile.office_name if profile else "")
    slogans = [
        (s.id, s.text)
        for s in session.scalars(select(Slogan).where(Slogan.plan_id == plan_id).order_by(Slogan.position, Slogan.id))
    ]
    return BannerSchedule(
        plan_id=plan.id,
        plan_title=plan.title,
        plan_number_symbol=number_symbol(plan.number, plan.symbol) if plan.symbol else "",
        plan_issued_on=plan.issued_on,
        plan_year=plan.year,
        issuer_name=issuer_name,
        # "UBND HUYỆN CHÂU THÀNH" above "BAN CHỈ ĐẠO VỀ NHÂN QUYỀN": which board it is
        issuer_header="\n".join(p for p in (issuer.parent_line, issuer.header_lines) if p)
        if issuer and issuer.header_lines
        else issuer_name,
        place_name=profile.place_name if profile else "",
        window=plan_window(session, plan_id),
        signer=(plan.signer_authority, plan.signer_title, plan.signer_name),
        rows=rows,
        totals=form_totals(rows),
        slogans=slogans,
    )


def sheet_slogans(
    session: Session, plan_id: int, choice: Literal["all"] | Iterable[int] | None = None
) -> list[SheetSlogan]:
    """The print-shop pages of a plan, with pieces per form and size where the
    slogan has printed placements.

    ``choice`` None: the slogans that have printed placements, in slogan order
    (when there is none yet, the plan's active slogans without quantities);
    "all": every slogan of the plan, placed or not; a collection of slogan ids:
    those slogans, in the plan's order."""
    rows = [r for r in _rows(session, plan_id) if r.form != BannerForm.LED]
    grouped: OrderedDict[int, tuple[str, OrderedDict[tuple[str, str], int]]] = OrderedDict()
    for row in rows:
        _, items = grouped.setdefault(row.slogan_id, (row.slogan, OrderedDict()))
        key = (row.form, row.size_text)
        items[key] = items.get(key, 0) + row.quantity
    if choice is not None:
        stmt = select(Slogan).where(Slogan.plan_id == plan_id).order_by(Slogan.position, Slogan.id)
        wanted = None if choice == "all" else set(choice)
        return [
            SheetSlogan(
                s.id,
                s.text,
                [SheetItem(f, vi_label(f), size, qty) for (f, size), qty in grouped.get(s.id, ("", {}))[1].items()],
            )
            for s in session.scalars(stmt)
            if wanted is None or s.id in wanted
        ]
    if grouped:
        return [
            SheetSlogan(sid, text, [SheetItem(f, vi_label(f), size, qty) for (f, size), qty in items.items()])
            for sid, (text, items) in grouped.items()
        ]
    stmt = select(Slogan).where(Slogan.plan_id == plan_id, Slogan.active.is_(True))
    return [SheetSlogan(s.id, s.text, []) for s in session.scalars(stmt.order_by(Slogan.position, Slogan.id))]


def slogan_sheets(session: Session, plan_id: int, choice: Literal["all"] | Iterable[int] | None = None) -> SloganSheets:
    """The print-shop sheets of a plan, labelled with its number or title;
    ``choice`` as for :func:`sheet_slogans`."""
    schedule = banner_schedule(session, plan_id)
    label = (
        f"Kế hoạch số {schedule.plan_number_symbol}"
        if schedule.plan_number_symbol
        else clean_line(schedule.plan_title)[:80]
    )
    return SloganSheets(label, f"Khẩu hiệu tuyên truyền - {label}", tuple(sheet_slogans(session, plan_id, choice)))


@dataclass(frozen=True)
class TimelineBar:
    placement_id: int
    start: dt.date | None
    end: dt.date | None
    status: str
    hung_on: dt.date | None
    removed_on: dt.date | None
    slogan: str
    form: str
    quantity: int


@dataclass(frozen=True)
class TimelineRow:
    label: str
    bars: list[TimelineBar]


@dataclass(frozen=True)
class Timeline:
    window: tuple[dt.date | None, dt.date | None]
    rows: list[TimelineRow]

    def span(self) -> tuple[dt.date, dt.date] | None:
        """First and last day to draw: the window, widened to every bar."""
        days = [d for d in self.window if d]
        for row in self.rows:
            for bar in row.bars:
                days += [d for d in (bar.start, bar.end, bar.hung_on, bar.removed_on) if d]
        return (min(days), max(days)) if days else None


def timeline(session: Session, plan_id: int, by_location: bool = False) -> Timeline:
    """One row per placement (label: place, form) or per place (all its bars)."""
    rows = _rows(session, plan_id)
    rows.sort(
        key=lambda r: (
            (location_key(r.location, r.commune), r.start_date or dt.date.min, r.id)
            if by_location
            else (r.start_date or dt.date.min, location_key(r.location), r.id)
        )
    )
    out: OrderedDict[tuple[str, str] | tuple[int], TimelineRow] = OrderedDict()
    for r in rows:
        bar = TimelineBar(
            r.id, r.start_date, r.end_date, r.status, r.hung_on, r.removed_on, r.slogan, r.form, r.quantity
        )
        if by_location:
            key = location_key(r.location, r.commune)
            out.setdefault(key, TimelineRow(r.place, [])).bars.append(bar)
        else:
            out[(r.id,)] = TimelineRow(f"{vi_label(r.form)} · {r.place}", [bar])
    return Timeline(plan_window(session, plan_id), list(out.values()))


def plan_choices(session: Session) -> list[tuple[int, str]]:
    """(id, label) of the plans, those with placements or a display window first,
    newest first."""
    counts = {
        plan_id: n
        for plan_id, n in session.execute(
            select(BannerPlacement.plan_id, func.count(BannerPlacement.id)).group_by(BannerPlacement.plan_id)
        )
    }
    plans = list(session.scalars(select(Plan)))

    def order(p: Plan) -> tuple[int, int, int]:
        anchor = p.display_start or p.issued_on or p.period_start or dt.date.min
        return (0 if counts.get(p.id) or p.display_start else 1, -anchor.toordinal(), -p.id)

    out = []
    for p in sorted(plans, key=order):
        number = number_symbol(p.number, p.symbol) if p.symbol else ""
        title = p.title if len(p.title) <= 90 else p.title[:88].rstrip() + "…"
        out.append((p.id, f"{number} · {title}" if number else title))
    return out


def opening_plan(session: Session, today: dt.date | None = None) -> int | None:
    """The plan the Banners tab opens on: the issued plan whose display window
    contains today, else the latest issued one (never a draft when another exists)."""
    today = today or dt.date.today()
    plans = [p for p in session.scalars(select(Plan)) if p.status != PlanStatus.DRAFT]
    if not plans:
        return None

    def anchor(p: Plan) -> tuple[dt.date, int]:
        day = p.display_start or p.issued_on or p.period_start or dt.date.min
        return (day, p.id)

    current = [p for p in plans if p.display_start and p.display_start <= today <= (p.display_end or p.display_start)]
    return max(current or plans, key=anchor).id
