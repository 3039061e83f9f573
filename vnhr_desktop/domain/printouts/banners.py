"""The banner schedule of a plan (lịch treo băng rôn, khẩu hiệu) and the
print-shop sheets of its slogans, as their printouts show them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ScheduleRow:
    id: int
    slogan_id: int
    slogan: str
    form: str
    location: str
    commune: str
    size_text: str
    quantity: int
    start_date: dt.date | None
    end_date: dt.date | None
    agency: str
    status: str
    hung_on: dt.date | None
    removed_on: dt.date | None
    note: str

    @property
    def place(self) -> str:
        return f"{self.location}, {self.commune}" if self.commune else self.location


@dataclass(frozen=True)
class FormTotal:
    form: str
    label: str
    places: int
    quantity: int


@dataclass(frozen=True)
class BannerSchedule:
    plan_id: int
    plan_title: str
    plan_number_symbol: str
    plan_issued_on: dt.date | None
    plan_year: int | None
    issuer_name: str
    issuer_header: str
    place_name: str
    window: tuple[dt.date | None, dt.date | None]
    signer: tuple[str, str, str]
    rows: list[ScheduleRow]
    totals: list[FormTotal]
    slogans: list[tuple[int, str]]

    @property
    def total_places(self) -> int:
        return sum(t.places for t in self.totals)

    @property
    def total_quantity(self) -> int:
        return sum(t.quantity for t in self.totals)


@dataclass(frozen=True)
class SheetItem:
    form: str
    label: str
    size_text: str
    quantity: int


@dataclass(frozen=True)
class SheetSlogan:
    """One print-shop page: the slogan and what to print of it (LED screens
    show the slogan without printing and are left out)."""

    slogan_id: int
    text: str
    items: list[SheetItem]

    @property
    def quantity(self) -> int:
        return sum(i.quantity for i in self.items)


@dataclass(frozen=True)
class SloganSheets:
    """The print-shop sheets of a plan: one page per slogan, each page banded
    with ``plan_label`` ("Kế hoạch số 05/KH-UBND")."""

    plan_label: str
    title: str
    sheets: tuple[SheetSlogan, ...]
