"""One report as the printouts and the submission package see it: plain data,
no ORM objects, figures frozen (issued) or live (draft)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vnhr_desktop.domain.report_figures import ReportFigures


@dataclass(frozen=True)
class ReportView:
    id: int
    status: str
    title: str
    number: int | None
    symbol: str
    number_symbol: str
    issued_on: dt.date | None
    submitted_on: dt.date | None
    period_start: dt.date | None
    period_end: dt.date | None
    addressee: str
    opening: str
    sections: tuple[tuple[str, str], ...]
    signer_authority: str
    signer_title: str
    signer_name: str
    recipients: tuple[str, ...]
    reporter: str
    header_body: str
    header_parent: str
    place: str
    office_name: str
    plan_id: int | None
    plan_reference: str
    plan_title: str
    plan_report_deadline: dt.date | None
    figures: ReportFigures
    frozen: bool

    @property
    def year(self) -> int:
        return (self.issued_on or self.period_end or dt.date.today()).year
