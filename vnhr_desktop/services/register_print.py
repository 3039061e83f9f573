"""What the printed register of outgoing documents (sổ đăng ký văn bản đi) of
one issuer and one year shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from vnhr_desktop.services.issuers import IssuerData, get_issuer
from vnhr_desktop.services.office import get_profile
from vnhr_desktop.services.register import RegisterEntry, register_entries

KIND_NAMES = {
    "plan": "Kế hoạch",
    "report": "Báo cáo",
    "notice": "Thông báo",
    "guide": "Hướng dẫn",
    "programme": "Chương trình",
    "decision": "Quyết định",
    "submission": "Tờ trình",
    "invitation": "Giấy mời",
    "minutes": "Biên bản",
    "dispatch": "Công văn",
}


@dataclass(frozen=True)
class RegisterPrint:
    issuer: IssuerData
    year: int
    entries: tuple[RegisterEntry, ...]
    place: str
    printed_on: dt.date

    def summary(self, entry: RegisterEntry) -> str:
        """ "Kế hoạch: Triển khai ..." (tên loại và trích yếu nội dung)."""
        kind = KIND_NAMES.get(entry.doc_kind, entry.doc_kind)
        return f"{kind}: {entry.title}" if entry.title else kind


def register_print(
    session: Session, issuer_id: int, year: int | None = None, today: dt.date | None = None
) -> RegisterPrint:
    today = today or dt.date.today()
    year = year or today.year
    profile = get_profile(session)
    return RegisterPrint(
        issuer=get_issuer(session, issuer_id),
        year=year,
        entries=tuple(register_entries(session, issuer_id, year)),
        place=profile.place_name if profile else "",
        printed_on=today,
    )


def recipients_text(entry: RegisterEntry) -> str:
    return "; ".join(line.strip() for line in entry.recipients.split("\n") if line.strip())
