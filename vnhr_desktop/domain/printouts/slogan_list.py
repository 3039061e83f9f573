"""The official slogan list of a plan (danh mục khẩu hiệu), as plain frozen
data: every slogan of the plan, whether or not it has placements yet."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

TITLE = "Danh mục khẩu hiệu tuyên truyền"


@dataclass(frozen=True)
class SloganList:
    plan_title: str
    plan_number_symbol: str  # "" for a draft
    plan_issued_on: dt.date | None
    plan_year: int | None
    issuer_name: str
    slogans: tuple[str, ...]
    title: str = TITLE
