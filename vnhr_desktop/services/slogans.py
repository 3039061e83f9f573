"""The slogan library: slogans with their source plan and year, active or not.

A slogan is a duplicate of another when their
:func:`domain.text.normalise_for_duplicates` keys match in the same year (the
same official slogan comes back every year, once per year's plan). Pasted text
goes through :func:`preview_paste` (nothing is written) and then
:func:`add_many` with the lines the officer kept.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from vnhr_desktop.domain.slogan_text import (
    MAX_SLOGAN_LENGTH,
    MIN_SLOGAN_LENGTH,
    SloganCandidate,
    extract_candidates,
    mark_duplicates,
    tidy_slogan,
)
from vnhr_desktop.domain.text import normalise_for_duplicates
from vnhr_desktop.errors import NotFound, UserError, ValidationError
from vnhr_desktop.persistence.models import BannerPlacement, Plan, Slogan


@dataclass(frozen=True)
class SloganData:
    id: int | None
    text: str
    plan_id: int | None = None
    year: int | None = None
    active: bool = True


@dataclass(frozen=True)
class AddResult:
    added: list[int]
    skipped: list[str]


def _to_data(row: Slogan) -> SloganData:
    return SloganData(row.id, row.text, row.plan_id, row.year, row.active)


def get_slogan(session: Session, slogan_id: int) -> SloganData:
    row = session.get(Slogan, slogan_id)
    if row is None:
        raise NotFound(f"Không có khẩu hiệu số {slogan_id}.")
    return _to_data(row)


def plan_year(session: Session, plan_id: int | None) -> int | None:
    if plan_id is None:
        return None
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"Không có kế hoạch số {plan_id}.")
    anchor = plan.display_start or plan.issued_on or plan.period_start
    return anchor.year if anchor else plan.year


def library_keys(session: Session, year: int | None, exclude_id: int | None = None) -> dict[str, int]:
    """dedup key -> slogan id of the slogans of ``year``."""
    stmt = select(Slogan.dedup_key, Slogan.id)
    stmt = stmt.where(Slogan.year.is_(None) if year is None else Slogan.year == year)
    if exclude_id is not None:
        stmt = stmt.where(Slogan.id != exclude_id)
    return {key: sid for key, sid in session.execute(stmt)}


def _validated_text(text: str) -> str:
    value = tidy_slogan(text)
    if len(value) < MIN_SLOGAN_LENGTH:
        raise ValidationError("Chưa nhập nội dung khẩu hiệu.", {"text": "Chưa nhập nội dung khẩu hiệu."})
    if len(value) > MAX_SLOGAN_LENGTH:
        message = f"Khẩu hiệu dài quá {MAX_SLOGAN_LENGTH} ký tự."
        raise ValidationError(message, {"text": message})
    return value


def _refuse_duplicate(session: Session, text: str, year: int | None, exclude_id: int | None) -> None:
    found = library_keys(session, year, exclude_id).get(normalise_for_duplicates(text))
    if found is not None:
        where = f" năm {year}" if year else ""
        message = f"Khẩu hiệu này đã có trong danh mục{where} (số {found})."
        raise ValidationError(message, {"text": message})


def _next_position(session: Session, plan_id: int | None) -> int:
    stmt = select(func.max(Slogan.position))
    stmt = stmt.where(Slogan.plan_id.is_(None) if plan_id is None else Slogan.plan_id == plan_id)
    current = session.scalar(stmt)
    return 0 if current is None else current + 1


def add_slogan(session: Session, data: SloganData) -> int:
    """Add one slogan; the year defaults to the source plan's."""
    text = _validated_text(data.text)
    year = data.year if data.year is not None else plan_year(session, data.plan_id)
    _refuse_duplicate(session, text, year, None)
    row = Slogan(
        text=text, plan_id=data.plan_id, year=year, active=data.active, position=_next_position(session, data.plan_id)
    )
    session.add(row)
    session.flush()
    return row.id


def update_slogan(session: Session, data: SloganData) -> None:
    row = session.get(Slogan, data.id)
    if row is None:
        raise NotFound(f"Không có khẩu hiệu số {data.id}.")
    text = _validated_text(data.text)
    _refuse_duplicate(session, text, data.year, row.id)
    if row.plan_id != data.plan_id:
        row.position = _next_position(session, data.plan_id)
    row.text, row.plan_id, row.year, row.active = text, data.plan_id, data.year, data.active
    session.flush()
    # Placements keep the slogan text in their search key.
    for placement in session.scalars(select(BannerPlacement).where(BannerPlacement.slogan_id == row.id)):
        flag_modified(placement, "location")
    session.flush()


def set_active(session: Session, slogan_ids: Iterable[int], active: bool) -> int:
    count = 0
    for row in session.scalars(select(Slogan).where(Slogan.id.in_(list(slogan_ids)))):
        row.active = active
        count += 1
    session.flush()
    return count


def delete_slogan(session: Session, slogan_id: int) -> None:
    row = session.get(Slogan, slogan_id)
    if row is None:
        raise NotFound(f"Không có khẩu hiệu số {slogan_id}.")
    used = session.scalar(select(func.count(BannerPlacement.id)).where(BannerPlacement.slogan_id == slogan_id))
    if used:
        raise UserError(
            f'Khẩu hiệu đang được xếp treo ở {used} vị trí nên không xóa được; hãy chuyển sang "Ngừng dùng".'
        )
    session.delete(row)
    session.flush()


def preview_paste(
    session: Session, text: str, year: int | None, *, unquoted_lines: bool = False
) -> list[SloganCandidate]:
    """The slogans found in ``text``, duplicates of the ``year``'s library or of
    each other flagged. Writes nothing."""
    return mark_duplicates(extract_candidates(text, unquoted_lines=unquoted_lines), library_keys(session, year))


def add_many(
    session: Session, texts: Sequence[str], plan_id: int | None, year: int | None = None, active: bool = True
) -> AddResult:
    """Add the slogans kept from a paste, in order; duplicates (of the library or
    of each other) are skipped and returned in ``skipped``."""
    if year is None:
        year = plan_year(session, plan_id)
    keys = library_keys(session, year)
    added: list[int] = []
    skipped: list[str] = []
    position = _next_position(session, plan_id)
    for raw in texts:
        text = tidy_slogan(raw)
        key = normalise_for_duplicates(text)
        if not (MIN_SLOGAN_LENGTH <= len(text) <= MAX_SLOGAN_LENGTH) or key in keys:
            skipped.append(text)
            continue
        row = Slogan(text=text, plan_id=plan_id, year=year, active=active, position=position)
        session.add(row)
        session.flush()
        keys[key] = row.id
        added.append(row.id)
        position += 1
    return AddResult(added, skipped)


def slogan_choices(
    session: Session, plan_id: int | None = None, *, active_only: bool = True, include: Iterable[int] = ()
) -> list[tuple[int, str]]:
    """(id, text) for pick lists: the plan's slogans first in their order, then
    the rest of the library, newest year first. ``include`` keeps given ids even
    when they are no longer active (a placement's current slogan)."""
    stmt = select(Slogan.id, Slogan.text, Slogan.plan_id, Slogan.active)
    rows = session.execute(stmt.order_by(Slogan.year.desc(), Slogan.position, Slogan.id)).all()
    keep = set(include)
    chosen = [r for r in rows if r.active or not active_only or r.id in keep]
    first = [r for r in chosen if plan_id is not None and r.plan_id == plan_id]
    rest = [r for r in chosen if not (plan_id is not None and r.plan_id == plan_id)]
    return [(r.id, r.text) for r in first + rest]
