"""The progress list of the hanging (tình hình treo băng rôn) as plain frozen
data: the schedule with each placement's status, hung and removed dates, and
the totals by status and by commune. Status words are the app's own
(``banner_rules.STATUS_LABELS``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ProgressRow:
    slogan: str
    form_label: str
    place: str
    commune: str
    quantity: int
    start_date: dt.date | None
    end_date: dt.date | None
    status: str
    status_label: str
    hung_on: dt.date | None
    removed_on: dt.date | None
    agency: str


@dataclass(frozen=True)
class StatusCount:
    """Places and pieces of one status (or of one commune in one status)."""

    status: str
    label: str
    places: int
    quantity: int


@dataclass(frozen=True)
class CommuneTotal:
    commune: str
    counts: tuple[int, ...]  # places per status, in ``BannerProgress.statuses`` order
    places: int
    quantity: int


@dataclass(frozen=True)
class BannerProgress:
    plan_title: str
    plan_number_symbol: str
    plan_issued_on: dt.date | None
    plan_year: int | None
    issuer_name: str
    issuer_header: str
    place_name: str
    as_of: dt.date
    statuses: tuple[StatusCount, ...]  # every status, in order, with its totals
    rows: tuple[ProgressRow, ...]
    communes: tuple[CommuneTotal, ...]

    @property
    def total_places(self) -> int:
        return len(self.rows)

    @property
    def total_quantity(self) -> int:
        return sum(r.quantity for r in self.rows)
