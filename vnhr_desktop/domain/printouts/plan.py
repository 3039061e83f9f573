"""A plan as its printout (Kế hoạch PDF, task workbook) shows it."""

from __future__ import annotations

from dataclasses import dataclass

from vnhr_desktop.domain.plan_data import PlanDetail


@dataclass(frozen=True)
class PlanPrint:
    plan: PlanDetail
    issuing_body: str
    parent_body: str
    place: str
    slogans: tuple[str, ...]
    office_name: str = ""

    @property
    def issuer_display(self) -> str:
        """The issuer as written in running text ("Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh")."""
        return self.plan.issuer_name or self.office_name
