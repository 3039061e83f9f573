"""The consolidated report of a receiving office: its own report plus every
reporting unit's main figures and the units that did not report (built by
services/consolidated_report.py, printed as an NĐ30 PDF and an annex workbook)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vnhr_desktop.domain.printouts.report import ReportView


@dataclass(frozen=True)
class UnitFigures:
    code: str
    name: str
    number_symbol: str
    issued_on: dt.date | None
    status: str
    values: dict[str, float]


@dataclass(frozen=True)
class ConsolidatedView:
    report: ReportView
    as_of: dt.date
    expected: int
    on_time: int
    late: int
    totals: dict[str, float]
    own: dict[str, float]
    units: tuple[UnitFigures, ...]
    missing: tuple[tuple[str, str], ...]  # (code, name)

    @property
    def received(self) -> int:
        return len(self.units)

    @property
    def reporting_rate(self) -> float:
        return 100.0 * self.received / self.expected if self.expected else 0.0
