"""The participant list of an event as a workbook (shared styles): one row per
person in Vietnamese order, the bridge point and whether they attended.

    export_participants_xlsx(session, event_id, Path("dai-bieu.xlsx"))
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.errors import NotFound

_BATCH = 2000


def _columns():
    from vnhr_desktop.exports.excel.workbook import SheetColumn

    return [
        SheetColumn("STT", 6, "int", "center"),
        SheetColumn("Họ và tên", 28),
        SheetColumn("Giới tính", 10),
        SheetColumn("Chức vụ", 24),
        SheetColumn("Đơn vị", 36),
        SheetColumn("Điện thoại", 15),
        SheetColumn("Điểm cầu", 28),
        SheetColumn("Có mặt", 9, align="center"),
    ]


def _rows(session: Session, event_id: int) -> Iterator[tuple]:
    from vnhr_desktop.persistence.models import BridgePoint, Participant

    stmt = (
        select(
            Participant.full_name,
            Participant.gender,
            Participant.position_title,
            Participant.agency_name,
            Participant.phone,
            BridgePoint.name,
            Participant.attended,
        )
        .outerjoin(BridgePoint, Participant.bridge_point_id == BridgePoint.id)
        .where(Participant.event_id == event_id)
        .order_by(Participant.sort_key, Participant.id)
        .execution_options(yield_per=_BATCH)
    )
    for number, (name, gender, position, unit, phone, point, attended) in enumerate(session.execute(stmt), 1):
        yield (number, name, vi_label(gender), position, unit, phone, point or "", "x" if attended else "")


def build_participants_workbook(session: Session, event_id: int):
    """The TableWorkbook (not yet saved)."""
    from vnhr_desktop.exports.excel.workbook import TableWorkbook
    from vnhr_desktop.exports.pdf.signin_sheets import time_line
    from vnhr_desktop.persistence.models import TrainingEvent
    from vnhr_desktop.services.participants import attendance_counts

    event = session.get(TrainingEvent, event_id)
    if event is None:
        raise NotFound(f"Không có hội nghị, sự kiện số {event_id}.")
    counts = attendance_counts(session, event_id)
    book = TableWorkbook()
    book.add_sheet(
        "Danh sách đại biểu",
        _columns(),
        _rows(session, event_id),
        title_lines=["DANH SÁCH ĐẠI BIỂU", event.title],
        subtitle_lines=[time_line(event.starts_at), f"Tổng số: {counts.listed} đại biểu; có mặt: {counts.present}."],
    )
    return book


def export_participants_xlsx(session: Session, event_id: int, out: Path) -> Path:
    """The exporter behind ``vnhr-desktop export participants EVENT_ID --out FILE.xlsx``."""
    return build_participants_workbook(session, event_id).save(Path(out))
