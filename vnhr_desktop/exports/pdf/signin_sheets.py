"""Sign-in sheets (danh sách ký tên) for an event: one section per bridge
point, each on a new page with its own title block (event, time, bridge
point), then STT, Họ và tên, Chức vụ, Đơn vị, Ký tên with rows tall enough to
sign in and the header row repeated on every page. People are listed in
Vietnamese order (given name first). Built on the shared document builder.

    export_signin_pdf(session, event_id, Path("ky-ten.pdf"))
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.dates import date_words
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.errors import NotFound, UserError
from vnhr_desktop.exports.pdf.model import Column, PlainTitle

ROW_HEIGHT_MM = 13.0
TITLE = "Danh sách đại biểu ký tên"
NO_POINT = "Chưa phân điểm cầu"
COLUMNS = (
    Column("STT", align="center", width_mm=12),
    Column("Họ và tên", 1.45),
    Column("Chức vụ", 1.0),
    Column("Đơn vị", 1.45),
    Column("Ký tên", width_mm=30),
)


@dataclass(frozen=True)
class SigninSection:
    point: str
    place: str = ""
    people: list[tuple[str, str, str]] = field(default_factory=list)  # (name, position, unit)


@dataclass(frozen=True)
class SigninSheets:
    issuer: str
    event_title: str
    starts_at: dt.datetime | None
    venue: str
    sections: list[SigninSection]


def time_line(starts_at: dt.datetime | None) -> str:
    """ "Thời gian: 14 giờ 00, ngày 12 tháng 12 năm 2024"."""
    if starts_at is None:
        return ""
    when = date_words(starts_at.date())
    if starts_at.time() != dt.time():
        when = f"{starts_at.hour:02d} giờ {starts_at.minute:02d}, {when}"
    return f"Thời gian: {when}"


def signin_data(session: Session, event_id: int) -> SigninSheets:
    """What the sheets show, read with plain column queries (no ORM objects per person)."""
    from vnhr_desktop.persistence.models import BridgePoint, Participant, TrainingEvent
    from vnhr_desktop.services.office import get_profile

    event = session.get(TrainingEvent, event_id)
    if event is None:
        raise NotFound(f"Không có hội nghị, sự kiện số {event_id}.")
    points = session.execute(
        select(BridgePoint.id, BridgePoint.name, BridgePoint.place)
        .where(BridgePoint.event_id == event_id)
        .order_by(BridgePoint.position, BridgePoint.id)
    ).all()
    sections = {pid: SigninSection(name, place) for pid, name, place in points}
    loose = SigninSection(NO_POINT if points else (event.venue or ""), "")
    rows = session.execute(
        select(Participant.bridge_point_id, Participant.full_name, Participant.position_title, Participant.agency_name)
        .where(Participant.event_id == event_id)
        .order_by(Participant.sort_key, Participant.id)
    )
    for pid, name, position, unit in rows:
        sections.get(pid, loose).people.append((name, position, unit))
    chosen = [s for s in sections.values() if s.people] + ([loose] if loose.people else [])
    profile = get_profile(session)
    issuer = event.organiser or (profile.office_name if profile else "")
    return SigninSheets(issuer, event.title, event.starts_at, event.venue, chosen)


def section_title(sheets: SigninSheets, section: SigninSection) -> PlainTitle:
    lines = [sheets.event_title, time_line(sheets.starts_at)]
    if section.point:
        lines.append(f"Điểm cầu: {section.point}")
        if section.place and section.place != section.point:
            lines.append(f"Địa điểm: {section.place}")
    elif sheets.venue:
        lines.append(f"Địa điểm: {sheets.venue}")
    return PlainTitle(TITLE, tuple(line for line in lines if line), issuer=sheets.issuer, subtitle_italic=False)


def build_signin_pdf(sheets: SigninSheets) -> bytes:
    """The PDF bytes; one section per entry of ``sheets.sections``."""
    from vnhr_desktop.exports.pdf.document import PlainDocument

    if not sheets.sections:
        raise UserError("Hội nghị chưa có đại biểu nào trong danh sách; chưa in được danh sách ký tên.")
    doc = None
    for section in sheets.sections:
        title = section_title(sheets, section)
        if doc is None:
            doc = PlainDocument(title, author=clean_line(sheets.issuer))
        else:
            doc.section(title)
        rows = [(i, name, position, unit, "") for i, (name, position, unit) in enumerate(section.people, start=1)]
        doc.table(COLUMNS, rows, font_size=12, body_valign="MIDDLE", plain=True, min_row_height_mm=ROW_HEIGHT_MM)
        doc.paragraph(f"Tổng số: {len(rows)} đại biểu.", "note")
    return doc.build()


def export_signin_pdf(session: Session, event_id: int, out: Path) -> Path:
    """The exporter behind ``vnhr-desktop export signin EVENT_ID --out FILE.pdf``."""
    from vnhr_desktop.exports.safe_write import write_bytes

    return write_bytes(Path(out), build_signin_pdf(signin_data(session, event_id)))
