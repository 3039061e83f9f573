"""Training events as the editor and the services exchange them: plain frozen
dataclasses, no ORM objects. Codes are those of domain/enums.py."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from vnhr_desktop.domain.enums import EventFormat, EventKind, Gender
from vnhr_desktop.domain.text import clean, clean_line


@dataclass(frozen=True)
class SpeakerData:
    """A speaker (báo cáo viên) and the topics (chuyên đề) they present, one per line."""

    name: str
    title: str = ""
    organisation: str = ""
    topics: str = ""
    id: int | None = None

    def cleaned(self) -> SpeakerData:
        return replace(
            self,
            name=clean_line(self.name),
            title=clean_line(self.title),
            organisation=clean_line(self.organisation),
            topics=clean(self.topics),
        )

    def topic_list(self) -> list[str]:
        return [line.strip() for line in self.topics.splitlines() if line.strip()]


@dataclass(frozen=True)
class BridgePointData:
    """A bridge point (điểm cầu); ``is_main`` marks the main hall."""

    name: str
    place: str = ""
    is_main: bool = False
    expected_count: int | None = None
    actual_count: int | None = None
    id: int | None = None

    def cleaned(self) -> BridgePointData:
        return replace(self, name=clean_line(self.name), place=clean_line(self.place))


@dataclass(frozen=True)
class EventData:
    title: str
    kind: str = EventKind.CONFERENCE
    plan_id: int | None = None
    starts_at: dt.datetime | None = None
    ends_at: dt.datetime | None = None
    venue: str = ""
    format: str = EventFormat.IN_PERSON
    organiser: str = ""
    chair: str = ""
    invited_count: int | None = None
    note: str = ""
    host_body: str = ""
    staff_sent_count: int | None = None
    staff_names: str = ""
    speakers: tuple[SpeakerData, ...] = ()
    bridge_points: tuple[BridgePointData, ...] = ()
    id: int | None = None

    @property
    def is_outside(self) -> bool:
        return self.kind == EventKind.OUTSIDE

    def cleaned(self) -> EventData:
        return replace(
            self,
            title=clean_line(self.title),
            venue=clean_line(self.venue),
            organiser=clean_line(self.organiser),
            chair=clean_line(self.chair),
            note=clean(self.note),
            host_body=clean_line(self.host_body),
            staff_names=clean(self.staff_names),
            speakers=tuple(s.cleaned() for s in self.speakers if clean_line(s.name) or clean(s.topics)),
            bridge_points=tuple(b.cleaned() for b in self.bridge_points if clean_line(b.name)),
        )

    def bridge_expected_total(self) -> int:
        return sum(b.expected_count or 0 for b in self.bridge_points)

    def bridge_actual_total(self) -> int:
        return sum(b.actual_count or 0 for b in self.bridge_points)


@dataclass(frozen=True)
class ParticipantData:
    full_name: str
    gender: str | None = None
    position_title: str = ""
    agency_name: str = ""
    phone: str = ""
    bridge_point_id: int | None = None
    attended: bool = False
    id: int | None = None

    def cleaned(self) -> ParticipantData:
        gender = self.gender if self.gender in {g.value for g in Gender} else None
        return replace(
            self,
            full_name=clean_line(self.full_name),
            gender=gender,
            position_title=clean_line(self.position_title),
            agency_name=clean_line(self.agency_name),
            phone=clean_line(self.phone),
        )


@dataclass(frozen=True)
class PlanPeriod:
    """The period of the plan an event belongs to (either end may be open)."""

    plan_id: int
    title: str
    start: dt.date | None = None
    end: dt.date | None = None

    def contains(self, day: dt.date) -> bool:
        return (self.start is None or day >= self.start) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class EventFigures:
    """What the checks need to know about the records behind an event."""

    listed: int = 0
    listed_present: int = 0
    present_by_point: dict[str, int] = field(default_factory=dict)
