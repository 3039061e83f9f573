"""Rules of a banner placement, free of the database.

:func:`check_placement` returns every problem of one placement as
:class:`Problem` items: errors block saving (end before start, quantity below
1, taken down before it went up), warnings are shown and may be accepted
(dates outside the plan's display window, the same slogan at the same place in
an overlapping period). An LED screen has no printed size: a size typed for it
is dropped by :func:`tidy_draft`, which is not an error.

:func:`placement_state` says where a placement stands on a given day, which is
what the timeline colours and the "up today" filter use.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.domain.enums import BannerForm, PlacementStatus
from vnhr_desktop.domain.text import clean, clean_line, fold

ERROR = "error"
WARNING = "warning"

FORMS = tuple(f.value for f in BannerForm)
STATUSES = tuple(s.value for s in PlacementStatus)
# On documents: "Kế hoạch" (the generic label of "planned") would read as "plan" here.
STATUS_LABELS = {"planned": "Chưa treo", "up": "Đang treo", "removed": "Đã tháo"}


@dataclass(frozen=True)
class PlacementDraft:
    """What the placement form holds (ids, not records)."""

    slogan_id: int | None
    location: str
    plan_id: int | None = None
    form: str = BannerForm.BANNER.value
    commune: str = ""
    size_text: str = ""
    quantity: int = 1
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    agency_id: int | None = None
    status: str = PlacementStatus.PLANNED.value
    hung_on: dt.date | None = None
    removed_on: dt.date | None = None
    note: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Problem:
    level: str
    field: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.level == ERROR


@dataclass(frozen=True)
class Neighbour:
    """Another placement, as far as the overlap rule needs it."""

    id: int
    slogan_id: int
    location: str
    commune: str
    start_date: dt.date | None
    end_date: dt.date | None


_SIZE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(m|cm)?\s*[x×X*]\s*(\d+(?:[.,]\d+)?)\s*(m|cm)?\s*$")


def _number(text: str) -> str:
    value = text.replace(".", ",")
    if "," in value:
        value = value.rstrip("0").rstrip(",")
    return value


def normalise_size(text: str | None) -> str:
    """ "0.8x6m" -> "0,8 x 6 m", "80 x 600 cm" stays in cm; anything else is
    kept as typed (one line)."""
    value = clean_line(text)
    match = _SIZE.match(value)
    if not match:
        return value
    first, unit1, second, unit2 = match.groups()
    if unit1 and unit2 and unit1 != unit2:
        return value
    unit = unit2 or unit1 or "m"
    return f"{_number(first)} x {_number(second)} {unit}"


def tidy_draft(draft: PlacementDraft) -> PlacementDraft:
    """Clean every text field; an LED screen keeps no size; a planned placement
    keeps no dates hung or removed, one that is up no date removed."""
    size = "" if draft.form == BannerForm.LED else normalise_size(draft.size_text)
    hung, removed = draft.hung_on, draft.removed_on
    if draft.status == PlacementStatus.PLANNED:
        hung = removed = None
    elif draft.status == PlacementStatus.UP:
        removed = None
    return replace(
        draft,
        location=clean_line(draft.location),
        commune=clean_line(draft.commune),
        size_text=size,
        note=clean(draft.note),
        hung_on=hung,
        removed_on=removed,
    )


def location_key(location: str, commune: str = "") -> tuple[str, str]:
    """Two placements are at the same place when their folded locations match
    and their communes do not differ (an empty commune matches any)."""
    return fold(re.sub(r"[^\w\s]", " ", location or "")), fold(commune)


def same_place(a: tuple[str, str], b: tuple[str, str]) -> bool:
    return a[0] == b[0] and (not a[1] or not b[1] or a[1] == b[1])


def overlaps(a_start, a_end, b_start, b_end) -> bool:
    """Closed periods; a missing end means open-ended."""
    lo = max(d for d in (a_start, b_start, dt.date.min) if d is not None)
    hi = min(d for d in (a_end, b_end, dt.date.max) if d is not None)
    return lo <= hi


def check_placement(
    draft: PlacementDraft,
    window: tuple[dt.date | None, dt.date | None] = (None, None),
    neighbours: Iterable[Neighbour] = (),
    today: dt.date | None = None,
) -> list[Problem]:
    """Every problem of ``draft`` (already tidied), errors first."""
    errors: list[Problem] = []
    warnings: list[Problem] = []
    if draft.slogan_id is None:
        errors.append(Problem(ERROR, "slogan_id", "Chưa chọn khẩu hiệu."))
    if not clean_line(draft.location):
        errors.append(Problem(ERROR, "location", "Chưa nhập địa điểm treo."))
    if draft.form not in FORMS:
        errors.append(Problem(ERROR, "form", f"Hình thức '{draft.form}' không có."))
    if draft.status not in STATUSES:
        errors.append(Problem(ERROR, "status", f"Trạng thái '{draft.status}' không có."))
    if draft.quantity is None or draft.quantity < 1:
        errors.append(Problem(ERROR, "quantity", "Số lượng phải từ 1 trở lên."))
    if draft.start_date and draft.end_date and draft.end_date < draft.start_date:
        errors.append(
            Problem(
                ERROR,
                "end_date",
                f"Ngày kết thúc ({fmt_date(draft.end_date)}) trước ngày bắt đầu ({fmt_date(draft.start_date)}).",
            )
        )
    if (
        draft.status == PlacementStatus.REMOVED
        and draft.hung_on
        and draft.removed_on
        and draft.removed_on < draft.hung_on
    ):
        errors.append(
            Problem(
                ERROR,
                "removed_on",
                f"Ngày tháo ({fmt_date(draft.removed_on)}) trước ngày treo ({fmt_date(draft.hung_on)}).",
            )
        )
    today = today or dt.date.today()
    if draft.hung_on and draft.start_date and draft.hung_on < draft.start_date:
        warnings.append(
            Problem(
                WARNING,
                "hung_on",
                f"Ngày treo ({fmt_date(draft.hung_on)}) trước ngày bắt đầu treo dự kiến "
                f"({fmt_date(draft.start_date)}).",
            )
        )
    if draft.hung_on and draft.hung_on > today:
        warnings.append(
            Problem(
                WARNING,
                "hung_on",
                f"Ngày treo ({fmt_date(draft.hung_on)}) là ngày chưa tới (hôm nay {fmt_date(today)}).",
            )
        )
    first, last = window
    outside = [d for d in (draft.start_date, draft.end_date) if d and ((first and d < first) or (last and d > last))]
    if outside:
        span = f"{fmt_date(first) or '...'} - {fmt_date(last) or '...'}"
        warnings.append(
            Problem(
                WARNING,
                "start_date" if outside[0] == draft.start_date else "end_date",
                f"Thời gian treo nằm ngoài thời gian treo của kế hoạch ({span}).",
            )
        )
    here = location_key(draft.location, draft.commune)
    for other in neighbours:
        if other.id == draft.id or other.slogan_id != draft.slogan_id:
            continue
        if same_place(here, location_key(other.location, other.commune)) and overlaps(
            draft.start_date, draft.end_date, other.start_date, other.end_date
        ):
            period = f"{fmt_date(other.start_date) or '...'} - {fmt_date(other.end_date) or '...'}"
            warnings.append(
                Problem(
                    WARNING,
                    "location",
                    f"Khẩu hiệu này đã được xếp treo tại {other.location} trong thời gian trùng ({period}).",
                )
            )
            break
    return errors + warnings


# -- where a placement stands on a day ------------------------------------------

UPCOMING = "upcoming"  # planned, not due yet
LATE = "late"  # planned, should be up by now
UP = "up"  # up, within its period
OVERDUE = "overdue"  # up, its period is over: should come down
REMOVED = "removed"  # taken down


def placement_state(status: str, start: dt.date | None, end: dt.date | None, today: dt.date) -> str:
    if status == PlacementStatus.REMOVED:
        return REMOVED
    if status == PlacementStatus.UP:
        return OVERDUE if end is not None and end < today else UP
    return LATE if start is not None and start <= today else UPCOMING
