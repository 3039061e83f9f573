"""The document number register (sổ đăng ký văn bản đi).

Numbers run per issuing body per calendar year from 01, are given only when a
document is issued, and a number is unique within its issuer's year (a unique
constraint backs this up in the database).
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from vnhr_desktop.domain.numbering import number_symbol, symbol
from vnhr_desktop.domain.printouts.register import RegisterEntry
from vnhr_desktop.domain.text import clean
from vnhr_desktop.errors import NotFound, UserError, ValidationError
from vnhr_desktop.persistence.models import DocumentRegister, Issuer

log = logging.getLogger(__name__)
# Numbers taken by another PC between reading the series and writing: try the next.
_ATTEMPTS = 20


@dataclass(frozen=True)
class IssuePreview:
    """What an issue dialog shows before anything is written: "Số sẽ cấp: 14/BC-BCĐNQ"."""

    issuer_name: str
    year: int
    number: int
    number_symbol: str


def preview(session: Session, issuer: Issuer, doc_kind: str, year: int, number: int | None = None) -> IssuePreview:
    """``number`` (or the next free one of the issuer's series in ``year``) with its symbol."""
    given = number or next_number(session, issuer.id, year)
    return IssuePreview(issuer.name, year, given, number_symbol(given, symbol(doc_kind, issuer.code)))


def next_number(session: Session, issuer_id: int, year: int) -> int:
    current = session.scalar(
        select(func.max(DocumentRegister.number)).where(
            DocumentRegister.issuer_id == issuer_id, DocumentRegister.year == year
        )
    )
    return (current or 0) + 1


def is_taken(
    session: Session, issuer_id: int, year: int, number: int, exclude_doc: tuple[str, int] | None = None
) -> bool:
    stmt = select(DocumentRegister).where(
        DocumentRegister.issuer_id == issuer_id,
        DocumentRegister.year == year,
        DocumentRegister.number == number,
    )
    row = session.scalar(stmt)
    if row is None:
        return False
    return exclude_doc is None or (row.doc_kind, row.doc_id) != exclude_doc


def assign_number(
    session: Session,
    issuer_id: int,
    doc_kind: str,
    doc_id: int,
    issued_on: dt.date,
    title: str,
    number: int | None = None,
    signer_name: str = "",
    recipients: str = "",
) -> DocumentRegister:
    """Give ``doc`` the next number of its issuer's series in the year of ``issued_on``
    (or record an explicit ``number`` for a document issued outside the app).

    Two officers issuing at the same moment on a shared database get distinct,
    consecutive numbers: the issuer's row is locked for the rest of the unit of
    work (SELECT … FOR UPDATE where the engine has row locks; a SQLite write
    transaction already runs alone), and should a number still be taken when it
    is written (the unique issuer/year/number), the next free one is taken."""
    if number is not None and number < 1:
        raise ValidationError("Số văn bản bắt đầu từ 01.", {"number": "Số văn bản bắt đầu từ 01."})
    issuer = session.get(Issuer, issuer_id, with_for_update=True)
    if issuer is None:
        raise NotFound("Không tìm thấy cơ quan ban hành.")
    year = issued_on.year
    sym = symbol(doc_kind, issuer.code)
    message = f"Số {number_symbol(number or 0, sym)} đã được dùng trong năm {year}."
    taken = ValidationError(message, {"number": "trùng số"})
    if number is not None and is_taken(session, issuer_id, year, number):
        raise taken
    for attempt in range(_ATTEMPTS):
        given = next_number(session, issuer_id, year) if number is None else number
        entry = DocumentRegister(
            issuer_id=issuer_id,
            year=year,
            number=given,
            symbol=sym,
            doc_kind=doc_kind,
            doc_id=doc_id,
            issued_on=issued_on,
            title=clean(title),
            signer_name=clean(signer_name),
            recipients=clean(recipients),
        )
        try:
            with session.begin_nested():
                session.add(entry)
                session.flush()
        except IntegrityError:
            if number is not None:
                raise taken from None
            log.info("register number %s/%s was taken meanwhile (attempt %s)", given, year, attempt + 1)
            continue
        return entry
    raise UserError("Sổ đăng ký văn bản đang được nhiều máy cùng ghi; hãy ban hành lại.")


def find_entry(session: Session, doc_kind: str, doc_id: int) -> DocumentRegister | None:
    return session.scalar(
        select(DocumentRegister).where(DocumentRegister.doc_kind == doc_kind, DocumentRegister.doc_id == doc_id)
    )


def register_entries(session: Session, issuer_id: int, year: int) -> list[RegisterEntry]:
    rows = session.scalars(
        select(DocumentRegister)
        .where(DocumentRegister.issuer_id == issuer_id, DocumentRegister.year == year)
        .order_by(DocumentRegister.number)
    )
    return [
        RegisterEntry(
            id=r.id,
            issuer_id=r.issuer_id,
            year=r.year,
            number=r.number,
            symbol=r.symbol,
            number_symbol=number_symbol(r.number, r.symbol),
            doc_kind=r.doc_kind,
            doc_id=r.doc_id,
            issued_on=r.issued_on,
            title=r.title,
            signer_name=r.signer_name,
            recipients=r.recipients,
        )
        for r in rows
    ]
