"""A plan as the editor, the services and the printouts see it: plain frozen
dataclasses, no database objects. Agencies travel by name so that the editor
can add a new one by typing it; the service finds or creates it on save."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from vnhr_desktop.domain.dates import date_words
from vnhr_desktop.domain.enums import PlanKind, PlanStatus, TargetUnit, TaskStatus
from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.domain.text import clean, clean_line

SECTIONS = ("purpose", "content", "organisation")
SECTION_TITLES = {
    "purpose": "Mục đích, yêu cầu",
    "content": "Nội dung",
    "organisation": "Tổ chức thực hiện",
}


@dataclass(frozen=True)
class TaskItem:
    content: str
    lead_agency: str = ""
    cooperators: tuple[str, ...] = ()
    due_date: dt.date | None = None
    status: str = TaskStatus.NOT_STARTED
    note: str = ""
    done_on: dt.date | None = None
    id: int | None = None

    def cleaned(self) -> TaskItem:
        seen: list[str] = []
        for name in self.cooperators:
            name = clean_line(name)
            if name and name not in seen and name != clean_line(self.lead_agency):
                seen.append(name)
        return replace(
            self,
            content=clean(self.content),
            lead_agency=clean_line(self.lead_agency),
            cooperators=tuple(seen),
            note=clean(self.note),
        )


@dataclass(frozen=True)
class TargetItem:
    description: str
    target_value: float = 100.0
    unit: str = TargetUnit.PERCENT
    achieved_value: float | None = None
    id: int | None = None
    unit_label: str = ""  # the free unit of a count: "băng rôn", "lượt người"

    @property
    def shown_unit(self) -> str:
        """ "percent", the free unit, or "count" (see domain.target_units)."""
        from vnhr_desktop.domain.target_units import shown_unit

        return shown_unit(self.unit, self.unit_label)

    @property
    def percent_of_target(self) -> float | None:
        """Achieved as a percentage of the target (85 of 100 % -> 85.0)."""
        if self.achieved_value is None or not self.target_value:
            return None
        return self.achieved_value / self.target_value * 100.0

    def cleaned(self) -> TargetItem:
        label = "" if self.unit == TargetUnit.PERCENT else clean_line(self.unit_label)
        return replace(self, description=clean(self.description), unit_label=label)


@dataclass(frozen=True)
class PlanDetail:
    title: str
    kind: str = PlanKind.OWN
    status: str = PlanStatus.DRAFT
    number: int | None = None
    symbol: str = ""
    issued_on: dt.date | None = None
    issuer_id: int | None = None
    issuer_name: str = ""
    implements_plan_id: int | None = None
    implements_text: str = ""
    period_start: dt.date | None = None
    period_end: dt.date | None = None
    display_start: dt.date | None = None
    display_end: dt.date | None = None
    report_deadline: dt.date | None = None  # we report to ``report_to`` by this day
    report_to: str = ""
    agencies_report_by: dt.date | None = None  # our agencies report to ``agencies_report_to`` (us) by this day
    agencies_report_to: str = ""
    note: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: tuple[str, ...] = ()
    opening: str = ""
    closing: str = ""
    purpose: tuple[str, ...] = ()
    content: tuple[str, ...] = ()
    organisation: tuple[str, ...] = ()
    tasks: tuple[TaskItem, ...] = ()
    targets: tuple[TargetItem, ...] = ()
    id: int | None = None
    year: int | None = field(default=None, compare=False)

    def section(self, name: str) -> tuple[str, ...]:
        """The paragraphs of one of SECTIONS."""
        sections = {"purpose": self.purpose, "content": self.content, "organisation": self.organisation}
        return sections[name]

    @property
    def number_symbol(self) -> str:
        return number_symbol(self.number, self.symbol) if self.symbol else ""

    @property
    def document_year(self) -> int | None:
        """The year whose register holds (or will hold) the number."""
        anchor = self.issued_on or self.period_start or self.period_end
        return anchor.year if anchor else self.year

    def cleaned(self) -> PlanDetail:
        lines = tuple(clean_line(r) for r in self.recipients if clean_line(r))
        return replace(
            self,
            title=clean_line(self.title),
            symbol=clean_line(self.symbol),
            issuer_name=clean_line(self.issuer_name),
            implements_text=clean_line(self.implements_text),
            report_to=clean_line(self.report_to),
            agencies_report_to=clean_line(self.agencies_report_to),
            note=clean(self.note),
            signer_authority=clean_line(self.signer_authority),
            signer_title=clean(self.signer_title),
            signer_name=clean_line(self.signer_name),
            recipients=lines,
            opening=clean(self.opening),
            closing=clean(self.closing),
            purpose=_paragraphs(self.purpose),
            content=_paragraphs(self.content),
            organisation=_paragraphs(self.organisation),
            tasks=tuple(t.cleaned() for t in self.tasks),
            targets=tuple(t.cleaned() for t in self.targets),
        )


def _paragraphs(texts: Iterable[str]) -> tuple[str, ...]:
    return tuple(clean(t) for t in texts if clean(t))


_THOUSANDS = re.compile(r"^\d{1,3}(\.\d{3})+$")


def parse_number(text: str | None) -> float | None:
    """ "85" / "85,5" / "1.234" / "1.234,5" (Vietnamese) or "85.5"; ``None`` when empty.

    Raises ``ValueError`` for text that is not a number."""
    s = clean_line(text).replace(" ", "").rstrip("%")
    if not s:
        return None
    if "," in s:
        s = s.replace(".", "").replace(",", ".")
    elif _THOUSANDS.match(s):
        s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        raise ValueError(f"Không phải là số: {clean_line(text)}") from None


def lower_first(text: str) -> str:
    return text[:1].lower() + text[1:] if text else text


def implements_reference(
    number_symbol_text: str, issued_on: dt.date | None, issuer_name: str, title: str, kind_name: str = "Kế hoạch"
) -> str:
    """ "Kế hoạch số 05/KH-BCĐNQ ngày 14 tháng 10 năm 2024 của Ban Chỉ đạo Nhân quyền
    Chính phủ về việc triển khai ..." - the reference a plan implements."""
    parts = [kind_name]
    if clean_line(number_symbol_text):
        parts.append(f"số {clean_line(number_symbol_text)}")
    if issued_on:
        parts.append(date_words(issued_on))
    if clean_line(issuer_name):
        parts.append(f"của {clean_line(issuer_name)}")
    if clean_line(title):
        parts.append(f"về việc {lower_first(clean_line(title))}")
    return " ".join(parts)


def default_opening(plan: PlanDetail) -> str:
    """The "Thực hiện ..." opening printed when the officer has not written one."""
    who = plan.issuer_name or "cơ quan"
    if plan.implements_text:
        return f"Thực hiện {plan.implements_text}, {who} xây dựng Kế hoạch thực hiện như sau:"
    return f"{who} xây dựng Kế hoạch thực hiện như sau:"
