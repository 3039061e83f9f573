"""The plain data of a report's figures: lines by kind of record, each with the
ids of the records behind it, and :class:`ReportFigures` holding them all.
Computed by :mod:`services.report_figures`; frozen as JSON by
:mod:`services.figures_codec`."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

from vnhr_desktop.domain.enums import MediaKind
from vnhr_desktop.domain.text import sort_key

FORMAT = 1
MEDIA_ORDER = {kind: i for i, kind in enumerate(MediaKind)}


@dataclass(frozen=True)
class MediaLine:
    """Media outputs of one kind on one channel (or a total when ``channel`` is "")."""

    kind: str
    channel: str
    items: int
    quantity: int
    minutes: float
    first_on: dt.date | None
    last_on: dt.date | None
    ids: tuple[int, ...]


@dataclass(frozen=True)
class BannerLine:
    form: str
    places: int
    quantity: int
    ids: tuple[int, ...]


@dataclass(frozen=True)
class BridgeLine:
    name: str
    registered: int
    attended: int
    reported: int | None


@dataclass(frozen=True)
class EventLine:
    """An event the office held (conference, training, workshop, seminar)."""

    id: int
    kind: str
    title: str
    held_on: dt.date | None
    venue: str
    format: str
    invited: int | None
    registered: int
    attended: int
    reached: int
    organisations: int
    bridge_points: tuple[BridgeLine, ...] = ()


@dataclass(frozen=True)
class OutsideLine:
    """An outside event the office sent staff to."""

    id: int
    title: str
    held_on: dt.date | None
    venue: str
    host_body: str
    staff_sent: int
    staff_names: str


@dataclass(frozen=True)
class EventTotals:
    """plan_event_summary of the plan and period, as it was computed."""

    events_held: int
    events_by_kind: dict[str, int]
    participants_reached: int
    participants_registered: int
    outside_events: int
    staff_sent: int
    ids: tuple[int, ...]


@dataclass(frozen=True)
class TaskLine:
    agency_id: int | None
    agency: str
    total: int
    done: int
    in_progress: int
    not_started: int
    overdue: int
    ids: tuple[int, ...]
    overdue_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class TargetLine:
    """A target and its achieved value. ``record_kind`` "target" for the plan's own
    targets; the chart of a plan without targets uses planned-against-done lines
    built from tasks, banners and events instead."""

    description: str
    target: float
    achieved: float | None
    unit: str
    record_kind: str
    ids: tuple[int, ...]


@dataclass(frozen=True)
class ReportFigures:
    format: int
    plan_id: int
    period_start: dt.date | None
    period_end: dt.date | None
    as_of: dt.date
    media: tuple[MediaLine, ...] = ()
    banners: tuple[BannerLine, ...] = ()
    events: tuple[EventLine, ...] = ()
    outside: tuple[OutsideLine, ...] = ()
    event_totals: EventTotals | None = None
    tasks: tuple[TaskLine, ...] = ()
    targets: tuple[TargetLine, ...] = ()
    chart: tuple[TargetLine, ...] = ()
    computed_on: dt.date | None = None
    notes: dict[str, str] = field(default_factory=dict)

    # -- arranged views of the frozen lines (no database) ----------------------
    def media_by_kind(self) -> list[MediaLine]:
        return _merge_media(self.media, by="kind")

    def media_by_channel(self) -> list[MediaLine]:
        return _merge_media(self.media, by="channel")

    def media_total(self) -> MediaLine:
        lines = _merge_media(self.media, by="all")
        return lines[0] if lines else MediaLine("", "", 0, 0, 0.0, None, None, ())


def _merge_media(lines, by: str) -> list[MediaLine]:
    groups: dict[str, list[MediaLine]] = defaultdict(list)
    for line in lines:
        key = line.kind if by == "kind" else line.channel if by == "channel" else ""
        groups[key].append(line)
    out = []
    for key, group in groups.items():
        firsts = [g.first_on for g in group if g.first_on]
        lasts = [g.last_on for g in group if g.last_on]
        out.append(
            MediaLine(
                kind=key if by == "kind" else "",
                channel=key if by == "channel" else "",
                items=sum(g.items for g in group),
                quantity=sum(g.quantity for g in group),
                minutes=sum(g.minutes for g in group),
                first_on=min(firsts) if firsts else None,
                last_on=max(lasts) if lasts else None,
                ids=tuple(sorted(i for g in group for i in g.ids)),
            )
        )
    if by == "kind":
        out.sort(key=lambda m: MEDIA_ORDER.get(m.kind, 99))
    elif by == "channel":
        out.sort(key=lambda m: sort_key(m.channel))
    return out
