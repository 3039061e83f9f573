"""Row dataclasses of the lists that are also read without the ORM (the first
page painted at start-up), and the one function that makes each of them.
Standard library only: nothing here loads SQLAlchemy."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from vnhr_desktop.domain.dates import days_left
from vnhr_desktop.domain.numbering import number_symbol


def json_value(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


@dataclass(frozen=True)
class Row:
    def to_json(self) -> dict:
        return {k: json_value(v) for k, v in asdict(self).items()}


@dataclass(frozen=True)
class PlanRow(Row):
    id: int
    title: str
    number: int | None
    symbol: str
    number_symbol: str
    issued_on: dt.date | None
    kind: str
    status: str
    issuer_name: str
    report_deadline: dt.date | None
    days_left: int | None


# The plan columns a PlanRow is made of, in plan_row's argument order.
PLAN_ROW_COLUMNS = ("id", "title", "number", "symbol", "issued_on", "kind", "status", "issuer_name", "report_deadline")


def plan_row(id, title, number, symbol, issued_on, kind, status, issuer_name, report_deadline) -> PlanRow:  # noqa: A002
    return PlanRow(
        id=id,
        title=title,
        number=number,
        symbol=symbol,
        number_symbol=number_symbol(number, symbol) if symbol else "",
        issued_on=issued_on,
        kind=kind,
        status=status,
        issuer_name=issuer_name,
        report_deadline=report_deadline,
        days_left=days_left(report_deadline) if status != "done" else None,
    )
