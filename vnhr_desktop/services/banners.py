"""Banner placements: add, check, copy, add many at once, tick off as hung or
taken down.

Every write goes through :func:`domain.banner_rules.tidy_draft` and
:func:`domain.banner_rules.check_placement`: errors raise
:class:`PlacementRejected` and nothing is written; warnings are returned so the
caller can show them (the GUI asks before saving, see :func:`check`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.banner_rules import (
    Neighbour,
    PlacementDraft,
    Problem,
    check_placement,
    tidy_draft,
)
from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.domain.enums import PlacementStatus
from vnhr_desktop.domain.text import clean_line, sort_key
from vnhr_desktop.errors import NotFound, ValidationError
from vnhr_desktop.persistence.models import Agency, BannerPlacement, Plan, Slogan

NFC_EXEMPT = {
    "set_status": "status is a code from PlacementStatus, never text typed by a user",
}

_FIELDS = tuple(f.name for f in fields(PlacementDraft) if f.name != "id")


class PlacementRejected(ValidationError):
    """A placement (or a batch) with errors; ``problems`` lists them all."""

    def __init__(self, problems: Sequence[Problem], prefix: str = ""):
        errors = [p for p in problems if p.is_error]
        text = " ".join(dict.fromkeys(p.message for p in errors))
        super().__init__(f"{prefix}{text}", {p.field: p.message for p in errors})
        self.problems = list(problems)


@dataclass(frozen=True)
class Place:
    location: str
    commune: str = ""


@dataclass(frozen=True)
class SaveResult:
    ids: list[int]
    warnings: list[Problem]


def plan_window(session: Session, plan_id: int | None) -> tuple[dt.date | None, dt.date | None]:
    """The plan's display window (from - to), else its period; (None, None) without a plan."""
    if plan_id is None:
        return None, None
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"Không có kế hoạch số {plan_id}.")
    return (plan.display_start or plan.period_start, plan.display_end or plan.period_end)


def get_placement(session: Session, placement_id: int) -> PlacementDraft:
    row = session.get(BannerPlacement, placement_id)
    if row is None:
        raise NotFound(f"Không có vị trí treo số {placement_id}.")
    return PlacementDraft(id=row.id, **{name: getattr(row, name) for name in _FIELDS})


def _neighbours(session: Session, slogan_ids: Iterable[int | None]) -> list[Neighbour]:
    ids = {i for i in slogan_ids if i is not None}
    if not ids:
        return []
    stmt = select(
        BannerPlacement.id,
        BannerPlacement.slogan_id,
        BannerPlacement.location,
        BannerPlacement.commune,
        BannerPlacement.start_date,
        BannerPlacement.end_date,
    )
    stmt = stmt.where(BannerPlacement.slogan_id.in_(ids), BannerPlacement.status != PlacementStatus.REMOVED.value)
    return [Neighbour(*row) for row in session.execute(stmt)]


def _check_refs(session: Session, draft: PlacementDraft) -> list[Problem]:
    problems = []
    if draft.slogan_id is not None and session.get(Slogan, draft.slogan_id) is None:
        problems.append(Problem("error", "slogan_id", f"Không có khẩu hiệu số {draft.slogan_id}."))
    if draft.agency_id is not None and session.get(Agency, draft.agency_id) is None:
        problems.append(Problem("error", "agency_id", f"Không có đơn vị số {draft.agency_id}."))
    return problems


def _slogan(session: Session, slogan_id: int | None) -> Slogan:
    """The slogan of a placement that passed the checks (which refuse a missing one)."""
    slogan = session.get(Slogan, slogan_id) if slogan_id is not None else None
    if slogan is None:
        raise ValidationError(f"Không có khẩu hiệu số {slogan_id}." if slogan_id else "Chưa chọn khẩu hiệu.")
    return slogan


def _with_dates(draft: PlacementDraft, today: dt.date) -> PlacementDraft:
    """A placement marked up or taken down without its date gets today's."""
    if draft.status == PlacementStatus.UP and draft.hung_on is None:
        draft = replace(draft, hung_on=today)
    if draft.status == PlacementStatus.REMOVED and draft.removed_on is None:
        draft = replace(draft, removed_on=today)
    return draft


def check(session: Session, draft: PlacementDraft, today: dt.date | None = None) -> list[Problem]:
    """Every problem of ``draft`` as it would be saved (nothing is written)."""
    draft = _with_dates(tidy_draft(draft), today or dt.date.today())
    return _check_refs(session, draft) + check_placement(
        draft, plan_window(session, draft.plan_id), _neighbours(session, [draft.slogan_id])
    )


def _apply(row: BannerPlacement, draft: PlacementDraft) -> None:
    for name in _FIELDS:
        setattr(row, name, getattr(draft, name))


def save_placement(session: Session, draft: PlacementDraft, today: dt.date | None = None) -> SaveResult:
    """Insert (``draft.id`` None) or update one placement; returns its id and the
    warnings that were accepted. Raises :class:`PlacementRejected` on errors."""
    draft = _with_dates(tidy_draft(draft), today or dt.date.today())
    problems = check(session, draft, today)
    if any(p.is_error for p in problems):
        raise PlacementRejected(problems)
    if draft.id is None:
        row = BannerPlacement()
        session.add(row)
    else:
        found = session.get(BannerPlacement, draft.id)
        if found is None:
            raise NotFound(f"Không có vị trí treo số {draft.id}.")
        row = found
    _apply(row, draft)
    row.slogan = _slogan(session, draft.slogan_id)
    session.flush()
    return SaveResult([row.id], problems)


def bulk_drafts(template: PlacementDraft, slogan_ids: Sequence[int], places: Sequence[Place]) -> list[PlacementDraft]:
    """One draft per slogan and place (one slogan at many places, many slogans
    at one place, or both), every other field from ``template``."""
    return [
        replace(template, id=None, slogan_id=sid, location=place.location, commune=place.commune)
        for sid in slogan_ids
        for place in places
    ]


def preview_bulk(
    session: Session, drafts: Sequence[PlacementDraft], today: dt.date | None = None
) -> list[list[Problem]]:
    """The problems of each draft of a batch, also checking the batch's rows
    against each other (the same slogan twice at one place)."""
    today = today or dt.date.today()
    tidy = [_with_dates(tidy_draft(d), today) for d in drafts]
    existing = _neighbours(session, [d.slogan_id for d in tidy])
    batch = [
        Neighbour(-(i + 1), d.slogan_id, d.location, d.commune, d.start_date, d.end_date)
        for i, d in enumerate(tidy)
        if d.slogan_id is not None
    ]
    out = []
    for i, draft in enumerate(tidy):
        own_id = -(i + 1)
        own = replace(draft, id=own_id)
        window = plan_window(session, draft.plan_id)
        earlier = [n for n in batch if n.id > own_id]  # rows before this one
        out.append(_check_refs(session, draft) + check_placement(own, window, existing + earlier))
    return out


def bulk_add(session: Session, drafts: Sequence[PlacementDraft], today: dt.date | None = None) -> SaveResult:
    """Insert every draft or none: any error rejects the whole batch."""
    if not drafts:
        raise ValidationError("Chưa chọn khẩu hiệu hoặc địa điểm nào.")
    today = today or dt.date.today()
    problems = preview_bulk(session, drafts, today)
    flat = [p for row in problems for p in row]
    if any(p.is_error for p in flat):
        bad = next(i for i, row in enumerate(problems) if any(p.is_error for p in row))
        raise PlacementRejected(flat, f"Dòng {bad + 1}: ")
    ids = []
    for draft in drafts:
        draft = _with_dates(tidy_draft(draft), today)
        row = BannerPlacement()
        _apply(row, draft)
        row.slogan = _slogan(session, draft.slogan_id)
        session.add(row)
        session.flush()
        ids.append(row.id)
    return SaveResult(ids, [p for p in flat if not p.is_error])


def copy_placement(session: Session, placement_id: int) -> int:
    """A new planned row with the same fields (not yet hung)."""
    draft = get_placement(session, placement_id)
    copy = replace(draft, id=None, status=PlacementStatus.PLANNED.value, hung_on=None, removed_on=None)
    row = BannerPlacement()
    _apply(row, tidy_draft(copy))
    row.slogan = _slogan(session, copy.slogan_id)
    session.add(row)
    session.flush()
    return row.id


def set_status(session: Session, placement_ids: Iterable[int], status: str, on: dt.date | None = None) -> int:
    """Tick off several rows at once: "up" on ``on`` (today), "removed" on
    ``on``, or back to "planned". Returns how many rows changed.

    Rows already in that state are left as they are: a tick made from a list
    loaded before another PC recorded the same thing keeps that PC's date."""
    on = on or dt.date.today()
    if status not in {s.value for s in PlacementStatus}:
        raise ValidationError(f"Trạng thái '{status}' không có.")
    rows = list(session.scalars(select(BannerPlacement).where(BannerPlacement.id.in_(list(placement_ids)))))
    rows = [r for r in rows if r.status != status]
    if status == PlacementStatus.REMOVED:
        early = [r for r in rows if r.hung_on and r.hung_on > on]
        if early:
            raise ValidationError(
                f"Không ghi tháo ngày {fmt_date(on)} được: có băng rôn treo từ "
                f"{fmt_date(early[0].hung_on)} ({early[0].location})."
            )
    for row in rows:
        if status == PlacementStatus.UP:
            row.hung_on, row.removed_on = on, None
        elif status == PlacementStatus.REMOVED:
            row.removed_on = on
        else:
            row.hung_on = row.removed_on = None
        row.status = status
    session.flush()
    return len(rows)


def delete_placements(session: Session, placement_ids: Iterable[int]) -> int:
    rows = list(session.scalars(select(BannerPlacement).where(BannerPlacement.id.in_(list(placement_ids)))))
    for row in rows:
        session.delete(row)
    session.flush()
    return len(rows)


def known_places(session: Session) -> list[Place]:
    """Every (location, commune) used so far, for pick lists."""
    stmt = select(BannerPlacement.location, BannerPlacement.commune).distinct()
    seen, out = set(), []
    for location, commune in sorted(session.execute(stmt), key=lambda r: sort_key(r[0])):
        key = (clean_line(location), clean_line(commune))
        if key not in seen:
            seen.add(key)
            out.append(Place(*key))
    return out


def known_communes(session: Session) -> list[str]:
    stmt = select(BannerPlacement.commune).where(BannerPlacement.commune != "").distinct()
    return sorted(session.scalars(stmt), key=sort_key)


def agency_choices(session: Session) -> list[tuple[int, str]]:
    return [(a.id, a.name) for a in session.scalars(select(Agency).order_by(Agency.sort_key))]
