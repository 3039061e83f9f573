"""The reporting dashboard of a plan at the receiving office: who was expected
to report, who reported on time or late, and who has not (built by
services/reporting_rates.py, printed as a workbook and as a reminder)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

ON_TIME, LATE, MISSING, OUTSIDE = "on_time", "late", "missing", "outside"
STATUS_TEXT = {ON_TIME: "Đúng hạn", LATE: "Trễ hạn", MISSING: "Chưa báo cáo", OUTSIDE: "Ngoài danh sách"}


@dataclass(frozen=True)
class UnitStatus:
    code: str
    name: str
    status: str
    received_id: int | None = None
    number_symbol: str = ""
    issued_on: dt.date | None = None
    sent_on: dt.date | None = None
    received_on: dt.date | None = None
    days_late: int = 0
    values: dict[str, float] | None = None

    @property
    def status_text(self) -> str:
        text = STATUS_TEXT[self.status]
        return f"{text} {self.days_late} ngày" if self.status == LATE else text


@dataclass(frozen=True)
class PlanDashboard:
    plan_id: int
    plan_title: str
    plan_reference: str
    deadline: dt.date | None
    today: dt.date
    units: tuple[UnitStatus, ...]
    outside: tuple[UnitStatus, ...]
    office_name: str
    place: str
    header_body: str
    header_parent: str
    issuer_code: str
    signer_authority: str
    signer_title: str
    signer_name: str

    def _count(self, status: str) -> int:
        return sum(u.status == status for u in self.units)

    @property
    def expected(self) -> int:
        return len(self.units)

    @property
    def on_time(self) -> int:
        return self._count(ON_TIME)

    @property
    def late(self) -> int:
        return self._count(LATE)

    @property
    def missing(self) -> int:
        return self._count(MISSING)

    @property
    def received(self) -> int:
        return self.on_time + self.late

    @property
    def reporting_rate(self) -> float:
        return 100.0 * self.received / self.expected if self.expected else 0.0

    @property
    def on_time_rate(self) -> float:
        return 100.0 * self.on_time / self.expected if self.expected else 0.0

    @property
    def missing_units(self) -> tuple[UnitStatus, ...]:
        return tuple(u for u in self.units if u.status == MISSING)

    @property
    def reported_units(self) -> tuple[UnitStatus, ...]:
        return tuple(u for u in self.units if u.status in (ON_TIME, LATE))


@dataclass(frozen=True)
class IssuedReminderView:
    """A reminder issued with a number from the register, and the dashboard of
    its issue day (``board.today``) that it prints."""

    id: int
    number: int
    symbol: str
    issued_on: dt.date
    board: PlanDashboard

    @property
    def number_symbol(self) -> str:
        return f"{self.number:02d}/{self.symbol}"
