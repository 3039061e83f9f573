"""The number a draft report will be given when issued on a day, for the issue
dialog to show ("Số sẽ cấp: 14/BC-BCĐNQ") before anything is written."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from vnhr_desktop.persistence.models import Issuer, Report
from vnhr_desktop.services.register import preview

DOC_KIND = "report"


def number_to_give(session: Session, report_id: int, issued_on: dt.date, number: int | None = None) -> str:
    """ "14/BC-BCĐNQ": ``number`` or the next free one of the issuer's series in
    the year of ``issued_on``; "" when the report has no issuer yet."""
    report = session.get(Report, report_id)
    issuer = session.get(Issuer, report.issuer_id) if report is not None and report.issuer_id else None
    if issuer is None:
        return ""
    return preview(session, issuer, DOC_KIND, issued_on.year, number).number_symbol
