"""The printed reminder of due and overdue tasks, per lead agency: what the
due-tasks list says, as plain frozen data (built by services.due_list,
rendered by exports/pdf/due_list.py and exports/excel/due_list_workbook.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


def days_phrase(days_left: int) -> str:
    """ "Quá hạn 3 ngày", "Đến hạn hôm nay", "Còn 2 ngày"."""
    if days_left < 0:
        return f"Quá hạn {-days_left} ngày"
    if days_left == 0:
        return "Đến hạn hôm nay"
    return f"Còn {days_left} ngày"


@dataclass(frozen=True)
class DueLine:
    content: str
    plan_label: str
    due_date: dt.date
    days_left: int
    status: str

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    @property
    def days_text(self) -> str:
        return days_phrase(self.days_left)


@dataclass(frozen=True)
class DueAgency:
    agency: str
    lines: tuple[DueLine, ...]

    @property
    def overdue(self) -> int:
        return sum(1 for line in self.lines if line.overdue)

    @property
    def due_soon(self) -> int:
        return len(self.lines) - self.overdue

    @property
    def summary(self) -> str:
        parts = []
        if self.overdue:
            parts.append(f"{self.overdue} quá hạn")
        if self.due_soon:
            parts.append(f"{self.due_soon} sắp đến hạn")
        return ", ".join(parts)


@dataclass(frozen=True)
class DueList:
    issuer_header: str
    place_name: str
    today: dt.date
    days: int
    agencies: tuple[DueAgency, ...]
    title: str = ""  # a title of its own (the late agencies of a plan); "" for the usual one
    scope: str = ""

    @property
    def overdue(self) -> int:
        return sum(a.overdue for a in self.agencies)

    @property
    def due_soon(self) -> int:
        return sum(a.due_soon for a in self.agencies)

    @property
    def scope_line(self) -> str:
        """ "(Tính đến ngày 05/12/2024: nhiệm vụ quá hạn và đến hạn trong 7 ngày tới)"."""
        if self.scope:
            return self.scope
        if self.days == 0:
            return f"(Tính đến ngày {self.today:%d/%m/%Y}: nhiệm vụ quá hạn và đến hạn hôm nay)"
        return f"(Tính đến ngày {self.today:%d/%m/%Y}: nhiệm vụ quá hạn và đến hạn trong {self.days} ngày tới)"
