"""What the printouts of one event show: the sign-in sheets (danh sách ký tên),
the participant list workbook and the attendance summary workbook."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vnhr_desktop.domain.dates import date_words

NO_POINT = "Chưa phân điểm cầu"


def time_line(starts_at: dt.datetime | None) -> str:
    """ "Thời gian: 14 giờ 00, ngày 12 tháng 12 năm 2024"."""
    if starts_at is None:
        return ""
    when = date_words(starts_at.date())
    if starts_at.time() != dt.time():
        when = f"{starts_at.hour:02d} giờ {starts_at.minute:02d}, {when}"
    return f"Thời gian: {when}"


@dataclass(frozen=True)
class SigninSection:
    """One bridge point's sheet; ``people`` are (name, position, unit) in
    Vietnamese order, ``blank_rows`` empty numbered rows for walk-ins."""

    point: str
    place: str = ""
    people: tuple[tuple[str, str, str], ...] = ()
    blank_rows: int = 0


@dataclass(frozen=True)
class SigninSheets:
    issuer: str
    event_title: str
    starts_at: dt.datetime | None
    venue: str
    sections: tuple[SigninSection, ...]


@dataclass(frozen=True)
class ParticipantList:
    """The participant list: one row per person in Vietnamese order, as
    (number, name, gender label, position, unit, phone, bridge point, "x" if present)."""

    event_title: str
    starts_at: dt.datetime | None
    listed: int
    present: int
    rows: tuple[tuple, ...]


@dataclass(frozen=True)
class CountPair:
    label: str
    registered: int
    attended: int


@dataclass(frozen=True)
class BridgeFigures:
    """A bridge point's entered numbers next to what its list says."""

    point_id: int
    name: str
    place: str
    is_main: bool
    expected: int | None
    actual: int | None
    listed: int
    listed_present: int


@dataclass(frozen=True)
class AttendanceSummary:
    """The attendance summary of an event: ``figures`` are (label, count, rate
    or None) lines; ``notes`` the warnings of the event's checks."""

    event_title: str
    starts_at: dt.datetime | None
    figures: tuple[tuple[str, int | None, float | None], ...]
    notes: tuple[str, ...]
    points: tuple[BridgeFigures, ...]
    by_agency: tuple[CountPair, ...]
    by_gender: tuple[CountPair, ...]
    registered: int
    attended: int

    @property
    def absent(self) -> int:
        return self.registered - self.attended
