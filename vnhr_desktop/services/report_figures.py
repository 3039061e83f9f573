"""The figures of a result report, computed from the records of a plan and a period.

Every figure carries the ids of the records behind it, so the composer can show
each number next to the records it came from and a submission package can carry
them. Event figures come from :mod:`services.event_stats` (the one place that
counts participants); this module only arranges them.

The whole :class:`ReportFigures` is plain data: :func:`figures_to_json` and
:func:`figures_from_json` freeze it into ``Report.figures_json`` when a report
is issued and read it back unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import QueryableAttribute, Session, selectinload

from vnhr_desktop.domain.enums import EventKind, PlacementStatus, TaskStatus
from vnhr_desktop.domain.report_figures import FORMAT as FORMAT
from vnhr_desktop.domain.report_figures import MEDIA_ORDER as MEDIA_ORDER
from vnhr_desktop.domain.report_figures import BannerLine as BannerLine
from vnhr_desktop.domain.report_figures import BridgeLine as BridgeLine
from vnhr_desktop.domain.report_figures import EventLine as EventLine
from vnhr_desktop.domain.report_figures import EventTotals as EventTotals
from vnhr_desktop.domain.report_figures import MediaLine as MediaLine
from vnhr_desktop.domain.report_figures import OutsideLine as OutsideLine
from vnhr_desktop.domain.report_figures import ReportFigures as ReportFigures
from vnhr_desktop.domain.report_figures import TargetLine as TargetLine
from vnhr_desktop.domain.report_figures import TaskLine as TaskLine
from vnhr_desktop.domain.target_units import shown_unit
from vnhr_desktop.domain.text import sort_key
from vnhr_desktop.errors import NotFound
from vnhr_desktop.persistence.models import BannerPlacement, MediaOutput, Plan, PlanTask, TrainingEvent
from vnhr_desktop.services.event_stats import event_stats, plan_event_summary
from vnhr_desktop.services.figures_codec import JsonData, decode, encode

NO_AGENCY = "(chưa giao đơn vị chủ trì)"


# -- computing ------------------------------------------------------------------
def _in_period(
    column: QueryableAttribute[dt.date | None], start: dt.date | None, end: dt.date | None
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if start is not None:
        conditions.append(column >= start)
    if end is not None:
        conditions.append(column <= end)
    return conditions


def _overlapping(media: type[MediaOutput], start: dt.date | None, end: dt.date | None) -> list[ColumnElement[bool]]:
    """A record counts in a period when its run of days overlaps it."""
    from sqlalchemy import func

    conditions: list[ColumnElement[bool]] = []
    if end is not None:
        conditions.append(media.published_on <= end)
    if start is not None:
        conditions.append(func.coalesce(media.published_until, media.published_on) >= start)
    return conditions


def _media(session: Session, plan_id: int, start: dt.date | None, end: dt.date | None) -> tuple[MediaLine, ...]:
    rows = session.scalars(
        select(MediaOutput)
        .where(MediaOutput.plan_id == plan_id, *_overlapping(MediaOutput, start, end))
        .order_by(MediaOutput.published_on, MediaOutput.id)
    )
    groups: dict[tuple[str, str], list[MediaOutput]] = defaultdict(list)
    for m in rows:
        groups[(m.kind, m.channel)].append(m)
    lines = []
    for (kind, channel), group in groups.items():
        firsts = [m.published_on for m in group if m.published_on]
        lasts = [m.published_until or m.published_on for m in group if m.published_on]
        lines.append(
            MediaLine(
                kind=kind,
                channel=channel,
                items=len(group),
                quantity=sum(m.quantity or 0 for m in group),
                minutes=float(sum(m.minutes or 0 for m in group)),
                first_on=min(firsts) if firsts else None,
                last_on=max(lasts) if lasts else None,
                ids=tuple(m.id for m in group),
            )
        )
    lines.sort(key=lambda m: (MEDIA_ORDER.get(m.kind, 99), sort_key(m.channel)))
    return tuple(lines)


def _banners(session: Session, plan_id: int, start: dt.date | None, end: dt.date | None) -> tuple[BannerLine, ...]:
    rows = session.scalars(
        select(BannerPlacement)
        .where(
            BannerPlacement.plan_id == plan_id,
            BannerPlacement.status.in_((PlacementStatus.UP, PlacementStatus.REMOVED)),
            BannerPlacement.hung_on.is_not(None),
            *_in_period(BannerPlacement.hung_on, start, end),
        )
        .order_by(BannerPlacement.id)
    )
    groups: dict[str, list[BannerPlacement]] = defaultdict(list)
    for b in rows:
        groups[b.form].append(b)
    order = {form: i for i, form in enumerate(("banner", "pano", "poster", "sign", "led"))}
    return tuple(
        BannerLine(
            form=form, places=len(group), quantity=sum(b.quantity or 0 for b in group), ids=tuple(b.id for b in group)
        )
        for form, group in sorted(groups.items(), key=lambda kv: order.get(kv[0], 99))
    )


def _held_event(event: TrainingEvent, session: Session) -> EventLine:
    stats = event_stats(session, event.id)
    reported = {bp.name: bp.actual_count for bp in event.bridge_points}
    return EventLine(
        id=event.id,
        kind=event.kind,
        title=event.title,
        held_on=event.starts_at.date() if event.starts_at else None,
        venue=event.venue,
        format=event.format,
        invited=stats.invited,
        registered=stats.registered,
        attended=stats.attended,
        # the same rule plan_event_summary applies to its total
        reached=stats.present_total,
        organisations=sum(1 for pair in stats.by_agency if not pair.label.startswith("(")),
        bridge_points=tuple(
            BridgeLine(p.label, p.registered, p.attended, reported.get(p.label)) for p in stats.by_bridge_point
        ),
    )


def _events(
    session: Session, plan_id: int, start: dt.date | None, end: dt.date | None
) -> tuple[tuple[EventLine, ...], tuple[OutsideLine, ...], EventTotals]:
    summary = plan_event_summary(session, plan_id, start, end)
    held: list[EventLine] = []
    outside: list[OutsideLine] = []
    # All the events with their bridge points at once (then found by id in the session).
    session.scalars(
        select(TrainingEvent)
        .where(TrainingEvent.id.in_(list(summary.event_ids)))
        .options(selectinload(TrainingEvent.bridge_points))
    ).all()
    for event_id in summary.event_ids:
        event = session.get_one(TrainingEvent, event_id)
        if event.kind == EventKind.OUTSIDE:
            outside.append(
                OutsideLine(
                    id=event.id,
                    title=event.title,
                    held_on=event.starts_at.date() if event.starts_at else None,
                    venue=event.venue,
                    host_body=event.host_body,
                    staff_sent=event.staff_sent_count or 0,
                    staff_names=event.staff_names,
                )
            )
        else:
            held.append(_held_event(event, session))
    totals = EventTotals(
        events_held=summary.events_held,
        events_by_kind=dict(summary.events_by_kind),
        participants_reached=summary.participants_reached,
        participants_registered=summary.participants_registered,
        outside_events=summary.outside_events,
        staff_sent=summary.staff_sent,
        ids=tuple(summary.event_ids),
    )
    return tuple(held), tuple(outside), totals


def _tasks(plan: Plan, as_of: dt.date) -> tuple[TaskLine, ...]:
    groups = {
        agency_id: [t for t in plan.tasks if t.lead_agency_id == agency_id]
        for agency_id in dict.fromkeys(t.lead_agency_id for t in plan.tasks)
    }
    lines = []
    for agency_id, tasks in groups.items():
        name = tasks[0].lead_agency.name if tasks[0].lead_agency is not None else NO_AGENCY
        late = [t for t in tasks if t.status != TaskStatus.DONE and t.due_date and t.due_date < as_of]
        lines.append(
            TaskLine(
                agency_id=agency_id,
                agency=name,
                total=len(tasks),
                done=sum(t.status == TaskStatus.DONE for t in tasks),
                in_progress=sum(t.status == TaskStatus.IN_PROGRESS for t in tasks),
                not_started=sum(t.status == TaskStatus.NOT_STARTED for t in tasks),
                overdue=len(late),
                ids=tuple(t.id for t in tasks),
                overdue_ids=tuple(t.id for t in late),
            )
        )
    first = {t.lead_agency_id: t.position for t in reversed(plan.tasks)}
    lines.sort(key=lambda line: first.get(line.agency_id, 0))
    return tuple(lines)


def _derived_chart(
    session: Session,
    plan: Plan,
    tasks: tuple[TaskLine, ...],
    events: tuple[EventLine, ...],
    banners: tuple[BannerLine, ...],
) -> tuple[TargetLine, ...]:
    """Planned against done, for a plan that states no numeric targets."""
    bars = []
    if tasks:
        bars.append(
            TargetLine(
                "Nhiệm vụ được giao / đã hoàn thành",
                sum(t.total for t in tasks),
                sum(t.done for t in tasks),
                "count",
                "plan_task",
                tuple(i for t in tasks for i in t.ids),
            )
        )
    planned = list(session.scalars(select(BannerPlacement).where(BannerPlacement.plan_id == plan.id)))
    if planned:
        bars.append(
            TargetLine(
                "Băng rôn, pano, áp phích theo kế hoạch / đã treo",
                sum(b.quantity or 0 for b in planned),
                sum(b.quantity for b in banners),
                "count",
                "banner_placement",
                tuple(b.id for b in planned),
            )
        )
    invited = [e for e in events if e.invited]
    if invited:
        bars.append(
            TargetLine(
                "Đại biểu được mời / tham dự hội nghị, tập huấn",
                sum(e.invited or 0 for e in invited),
                sum(e.reached for e in invited),
                "count",
                "training_event",
                tuple(e.id for e in invited),
            )
        )
    return tuple(bars)


def default_as_of(end: dt.date | None, today: dt.date | None = None) -> dt.date:
    """Tasks count as overdue against the end of the period, or today while it runs."""
    today = today or dt.date.today()
    return min(today, end) if end else today


def compute_figures(
    session: Session, plan_id: int, start: dt.date | None, end: dt.date | None, *, today: dt.date | None = None
) -> ReportFigures:
    # The tasks and their lead agencies in two statements, not one per agency:
    # each statement costs a round trip to a database server.
    plan = session.get(Plan, plan_id, options=[selectinload(Plan.tasks).selectinload(PlanTask.lead_agency)])
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch của báo cáo.")
    as_of = default_as_of(end, today)
    held, outside, totals = _events(session, plan_id, start, end)
    tasks = _tasks(plan, as_of)
    banners = _banners(session, plan_id, start, end)
    targets = tuple(
        TargetLine(t.description, t.target_value, t.achieved_value, shown_unit(t.unit, t.unit_label), "target", (t.id,))
        for t in plan.targets
    )
    return ReportFigures(
        format=FORMAT,
        plan_id=plan_id,
        period_start=start,
        period_end=end,
        as_of=as_of,
        media=_media(session, plan_id, start, end),
        banners=banners,
        events=held,
        outside=outside,
        event_totals=totals,
        tasks=tasks,
        targets=targets,
        chart=targets or _derived_chart(session, plan, tasks, held, banners),
        computed_on=today or dt.date.today(),
    )


# -- freezing ---------------------------------------------------------------------
def figures_to_json(figures: ReportFigures) -> str:
    return json.dumps(encode(figures), ensure_ascii=False, sort_keys=True)


def figures_to_data(figures: ReportFigures) -> JsonData:
    """Plain JSON-ready dict (dates as ISO text)."""
    return encode(figures)


def figures_from_json(text: str) -> ReportFigures:
    figures = decode(ReportFigures, json.loads(text))
    if not isinstance(figures, ReportFigures):
        raise ValueError("frozen figures are not a JSON object")
    return figures
