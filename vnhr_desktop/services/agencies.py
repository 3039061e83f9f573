"""Agencies (cơ quan, đơn vị) that lead or join plan tasks: pick one from the
list or add one by typing its name."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import AgencyKind
from vnhr_desktop.domain.text import clean_line, fold, like_pattern, normalise_for_duplicates
from vnhr_desktop.errors import ValidationError
from vnhr_desktop.persistence.models import Agency


@dataclass(frozen=True)
class AgencyRef:
    id: int
    name: str
    short_code: str
    kind: str


def _ref(a: Agency) -> AgencyRef:
    return AgencyRef(id=a.id, name=a.name, short_code=a.short_code, kind=a.kind)


def list_agencies(session: Session, search: str = "") -> list[AgencyRef]:
    """All agencies in Vietnamese alphabetical order (optionally searched without tone marks)."""
    stmt = select(Agency).order_by(Agency.sort_key, Agency.id)
    rows = session.scalars(stmt)
    key = fold(search)
    return [_ref(a) for a in rows if not key or key in a.search_key]


def find_agency(session: Session, name: str) -> Agency | None:
    """The agency called ``name``, ignoring case, spacing and trailing punctuation."""
    wanted = normalise_for_duplicates(name)
    if not wanted:
        return None
    exact = session.scalar(select(Agency).where(Agency.name == clean_line(name)))
    if exact is not None:
        return exact
    pattern = like_pattern(wanted)
    for agency in session.scalars(select(Agency).where(Agency.search_key.like(pattern, escape="\\"))):
        if normalise_for_duplicates(agency.name) == wanted:
            return agency
    return None


def find_or_add_agency(session: Session, name: str, kind: str = AgencyKind.DEPARTMENT) -> Agency:
    """The agency called ``name``; a new one is added when there is none."""
    text = clean_line(name).strip(" ;,.")
    if len(text) < 2:
        raise ValidationError("Tên cơ quan quá ngắn.", {"agency": "Tên cơ quan quá ngắn."})
    found = find_agency(session, text)
    if found is not None:
        return found
    agency = Agency(name=text, kind=kind)
    session.add(agency)
    session.flush()
    return agency
