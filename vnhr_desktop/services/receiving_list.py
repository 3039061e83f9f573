"""The received reports as plain rows (``list received``, the "Báo cáo nhận" view),
and the files kept with each."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.errors import NotFound
from vnhr_desktop.persistence.models import ReceivedBlob, ReceivedFile, ReceivedReport


@dataclass(frozen=True)
class ReceivedRow:
    id: int
    title: str
    unit_code: str
    unit_name: str
    number_symbol: str
    issued_on: dt.date | None
    period_start: dt.date | None
    period_end: dt.date | None
    received_on: dt.date
    sent_on: dt.date | None
    superseded: bool
    plan_id: int | None
    plan_text: str
    upper_plan_text: str
    values: dict[str, float]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "number_symbol": self.number_symbol,
            "issued_on": _iso(self.issued_on),
            "period_start": _iso(self.period_start),
            "period_end": _iso(self.period_end),
            "received_on": _iso(self.received_on),
            "superseded": self.superseded,
        }


_COLUMNS = (
    ReceivedReport.id,
    ReceivedReport.title,
    ReceivedReport.unit_code,
    ReceivedReport.unit_name,
    ReceivedReport.number,
    ReceivedReport.symbol,
    ReceivedReport.issued_on,
    ReceivedReport.period_start,
    ReceivedReport.period_end,
    ReceivedReport.received_on,
    ReceivedReport.sent_on,
    ReceivedReport.superseded_by_id,
    ReceivedReport.plan_id,
    ReceivedReport.plan_text,
    ReceivedReport.upper_plan_text,
    ReceivedReport.values_json,
)


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _row(r: Any) -> ReceivedRow:  # a result row of the list's columns
    return ReceivedRow(
        id=r.id,
        title=r.title,
        unit_code=r.unit_code,
        unit_name=r.unit_name,
        number_symbol=number_symbol(r.number, r.symbol) if r.symbol else "",
        issued_on=r.issued_on,
        period_start=r.period_start,
        period_end=r.period_end,
        received_on=r.received_on,
        sent_on=r.sent_on,
        superseded=r.superseded_by_id is not None,
        plan_id=r.plan_id,
        plan_text=r.plan_text,
        upper_plan_text=r.upper_plan_text,
        values=json.loads(r.values_json or "{}"),
    )


def list_received(session: Session, plan_id: int | None = None, *, current_only: bool = False) -> list[ReceivedRow]:
    """Received reports, newest first (all plans, or those matched to ``plan_id``)."""
    stmt = select(*_COLUMNS).order_by(ReceivedReport.received_on.desc(), ReceivedReport.id.desc())
    if plan_id is not None:
        stmt = stmt.where(ReceivedReport.plan_id == plan_id)
    if current_only:
        stmt = stmt.where(ReceivedReport.superseded_by_id.is_(None))
    return [_row(r) for r in session.execute(stmt)]


def received_file(session: Session, received_id: int, name: str) -> bytes:
    data = session.scalar(
        select(ReceivedBlob.data)
        .join(ReceivedFile, ReceivedFile.sha256 == ReceivedBlob.sha256)
        .where(ReceivedFile.received_report_id == received_id, ReceivedFile.name == name)
    )
    if data is None:
        raise NotFound(f"Không có tệp {name} của báo cáo nhận số {received_id}.")
    return data


def save_received_file(session: Session, received_id: int, name: str, folder: str | Path) -> Path:
    """Write a kept file (bao-cao.pdf, phu-luc.xlsx) into ``folder`` to open it;
    returns the path. The name carries the unit and the report number."""
    from vnhr_desktop.exports.package import package_folder_name
    from vnhr_desktop.exports.safe_write import write_bytes

    row = session.get(ReceivedReport, received_id)
    if row is None:
        raise NotFound(f"Không có báo cáo nhận số {received_id}.")
    stem = package_folder_name(number_symbol(row.number, row.symbol), row.issued_on)
    code = "".join(ch for ch in row.unit_code if ch.isalnum()) or str(row.id)
    return write_bytes(Path(folder) / f"{code}_{stem}_{name}", received_file(session, received_id, name))
