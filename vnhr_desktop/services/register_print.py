"""Builds what the printed register of outgoing documents (sổ đăng ký văn bản đi)
of one issuer and one year shows (:class:`domain.printouts.register.RegisterPrint`)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from vnhr_desktop.domain.printouts.register import RegisterPrint
from vnhr_desktop.services.issuers import get_issuer
from vnhr_desktop.services.office import get_profile
from vnhr_desktop.services.register import register_entries


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
