"""``data.json`` of a submission package as plain data: what the receiving
office can read by machine (format version, office, plan, period, the report,
its frozen figures and the records behind them).

Dates stay dates here; the package writer turns the whole tree into JSON
(dataclasses become objects with their field names, in field order). A field
added to one of these classes, with a default, appears in every new package.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# 2: the sender, the upper plan and the consolidated units (docs/package-format.md).
DATA_FORMAT = 2
DATA_KIND = "vnhr-desktop/bao-cao-ket-qua"


@dataclass(frozen=True)
class PackageOffice:
    name: str
    parent_body: str = ""
    level: str = ""
    place: str = ""
    reporting_body: str = ""


@dataclass(frozen=True)
class PackagePlan:
    id: int
    kind: str
    number: int | None
    symbol: str
    number_symbol: str
    issued_on: dt.date | None
    issuer: str
    title: str
    period_start: dt.date | None
    period_end: dt.date | None
    report_deadline: dt.date | None
    report_to: str


@dataclass(frozen=True)
class PackagePeriod:
    start: dt.date | None
    end: dt.date | None


@dataclass(frozen=True)
class PackageSection:
    heading: str
    body: str


@dataclass(frozen=True)
class PackageSigner:
    authority: str
    title: str
    name: str


@dataclass(frozen=True)
class PackageReport:
    id: int
    number: int | None
    symbol: str
    number_symbol: str
    issued_on: dt.date | None
    status: str
    title: str
    addressee: str
    opening: str
    sections: tuple[PackageSection, ...]
    signer: PackageSigner
    recipients: tuple[str, ...]


@dataclass(frozen=True)
class PackageData:
    """The whole of ``data.json``. ``figures`` and ``records`` are already in
    their JSON form (the figures codec and the records behind the figures)."""

    app_version: str
    created_on: dt.date
    office: PackageOffice
    plan: PackagePlan | None
    period: PackagePeriod
    report: PackageReport
    figures_frozen: bool
    figures: dict = field(default_factory=dict)
    records: dict = field(default_factory=dict)
    # In JSON form, like the figures: who sent it (name, unit code, parent body),
    # the plan that the report's plan implements, and, for a consolidated report,
    # every unit's figures (left out of data.json when None).
    sender: dict = field(default_factory=dict)
    upper_plan: dict | None = None
    consolidated: dict | None = None
    format: int = DATA_FORMAT
    kind: str = DATA_KIND
