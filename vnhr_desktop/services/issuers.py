"""Issuing bodies (cơ quan ban hành): each keeps its own number series in the
register; their header lines head the printed documents."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.printouts.register import IssuerData
from vnhr_desktop.domain.text import clean, clean_line
from vnhr_desktop.errors import NotFound, ValidationError
from vnhr_desktop.persistence.models import DocumentRegister, Issuer

_FIELDS = ("name", "code", "header_lines", "parent_line", "own", "signer_authority", "signer_title", "signer_name")


def _data(row: Issuer) -> IssuerData:
    return IssuerData(id=row.id, **{f: getattr(row, f) for f in _FIELDS})


def list_issuers(session: Session, own_only: bool = False) -> list[IssuerData]:
    stmt = select(Issuer).order_by(Issuer.name)
    if own_only:
        stmt = stmt.where(Issuer.own.is_(True))
    return [_data(r) for r in session.scalars(stmt)]


def get_issuer(session: Session, issuer_id: int) -> IssuerData:
    row = session.get(Issuer, issuer_id)
    if row is None:
        raise NotFound(f"Không có cơ quan ban hành số {issuer_id}.")
    return _data(row)


def save_issuer(session: Session, data: IssuerData) -> IssuerData:
    """Add or update an issuer; the code is the issuer part of the symbol (UBND, BCĐNQ)."""
    name, code = clean_line(data.name), clean_line(data.code).replace(" ", "")
    errors: dict[str, str] = {}
    if len(name) < 3:
        errors["name"] = "Cần nhập tên cơ quan ban hành."
    if not code:
        errors["code"] = "Cần nhập chữ viết tắt dùng trong ký hiệu (ví dụ: UBND, BCĐNQ)."
    elif "/" in code:
        errors["code"] = "Chữ viết tắt không chứa dấu /."
    clash = session.scalar(select(Issuer).where(Issuer.name == name, Issuer.id != (data.id or -1)))
    if clash is not None:
        errors["name"] = "Đã có cơ quan ban hành cùng tên."
    if errors:
        raise ValidationError("Cơ quan ban hành chưa hợp lệ: " + " ".join(errors.values()), errors)
    row = session.get(Issuer, data.id) if data.id else None
    if data.id and row is None:
        raise NotFound(f"Không có cơ quan ban hành số {data.id}.")
    row = row or Issuer()
    row.name, row.code = name, code
    row.header_lines = clean(data.header_lines)
    row.parent_line = clean_line(data.parent_line)
    row.own = bool(data.own)
    row.signer_authority = clean_line(data.signer_authority)
    row.signer_title = clean(data.signer_title)
    row.signer_name = clean_line(data.signer_name)
    session.add(row)
    session.flush()
    return _data(row)


def register_years(session: Session, issuer_id: int | None = None) -> list[int]:
    """Years that have numbers in the register, newest first."""
    stmt = select(DocumentRegister.year).distinct().order_by(DocumentRegister.year.desc())
    if issuer_id is not None:
        stmt = stmt.where(DocumentRegister.issuer_id == issuer_id)
    return list(session.scalars(stmt))
