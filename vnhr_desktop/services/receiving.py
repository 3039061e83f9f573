"""Receiving units' report packages (issue 15): verify, preview, store.

    result = receive_packages(session, [Path("E:/")], today=date.today())
    result.accepted   # PackagePreview per sound package, with its outcome
    result.refused    # Refusal per refused package, with the reason

One call is one batch and one transaction (the caller's session): refused
packages write nothing; with ``dry_run`` nothing at all is added. A package
already received (same data.json) adds nothing. A later report of the same
unit for the same plan and an overlapping period supersedes the earlier one,
which stays in the history.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.domain.main_figures import values_of_package
from vnhr_desktop.domain.text import fold
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.imports.received_package import ReceivedPackage, find_packages, read_received_package
from vnhr_desktop.persistence.models import Plan, ReceivedBlob, ReceivedFile, ReceivedReport

NEW, DUPLICATE, REPLACES, OLDER = "new", "duplicate", "replaces", "older"
OUTCOME_TEXT = {
    NEW: "mới",
    DUPLICATE: "đã nhận trước đây, bỏ qua",
    REPLACES: "thay thế báo cáo nhận trước",
    OLDER: "cũ hơn báo cáo đã nhận, chỉ lưu vào lịch sử",
}


@dataclass(frozen=True)
class PackagePreview:
    source: str
    unit_code: str
    unit_name: str
    parent_body: str
    number_symbol: str
    issued_on: dt.date | None
    title: str
    period_start: dt.date | None
    period_end: dt.date | None
    plan_text: str
    upper_plan_text: str
    plan_id: int | None
    sent_on: dt.date | None
    values: dict[str, float]
    outcome: str
    received_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "unit_code": self.unit_code,
            "unit_name": self.unit_name,
            "number_symbol": self.number_symbol,
            "issued_on": _iso(self.issued_on),
            "title": self.title,
            "period_start": _iso(self.period_start),
            "period_end": _iso(self.period_end),
            "plan": self.plan_text,
            "upper_plan": self.upper_plan_text,
            "plan_id": self.plan_id,
            "sent_on": _iso(self.sent_on),
            "figures": self.values,
            "outcome": self.outcome,
            "id": self.received_id,
        }


@dataclass(frozen=True)
class Refusal:
    source: str
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {"source": self.source, "reason": self.reason}


@dataclass(frozen=True)
class ReceiveResult:
    accepted: tuple[PackagePreview, ...]
    refused: tuple[Refusal, ...]
    dry_run: bool
    counts: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "dry_run": self.dry_run,
            "accepted": [p.to_json() for p in self.accepted],
            "refused": [r.to_json() for r in self.refused],
            "counts": self.counts,
        }


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def unit_key(code: str, name: str) -> str:
    """How a unit is recognised: its code, or its name when it has no code."""
    return f"code:{fold(code)}" if code.strip() else f"name:{fold(name)}"


def plan_key(ref: dict[str, Any] | None) -> str:
    if not ref or not ref.get("number_symbol"):
        return f"text:{fold(ref.get('title', ''))}" if ref else ""
    return f"{fold(ref['number_symbol']).replace(' ', '')}|{ref.get('issued_on') or ''}"


def plan_text(ref: dict[str, Any] | None) -> str:
    """ "Kế hoạch số 12/KH-BCĐNQ ngày 05/11/2024 của Ban Chỉ đạo ..." (or its title)."""
    if not ref:
        return ""
    if not ref.get("number_symbol"):
        return str(ref.get("title", ""))
    parts = [f"Kế hoạch số {ref['number_symbol']}"]
    if ref.get("issued_on"):
        parts.append(f"ngày {fmt_date(_date(ref['issued_on']))}")
    if ref.get("issuer"):
        parts.append(f"của {ref['issuer']}")
    return " ".join(parts)


def our_plans(session: Session) -> dict[str, int]:
    """plan_key -> id of every numbered plan in this database."""
    rows = session.execute(select(Plan.id, Plan.number, Plan.symbol, Plan.issued_on).where(Plan.number.is_not(None)))
    out: dict[str, int] = {}
    for plan_id, number, symbol, issued_on in rows:
        ref = {"number_symbol": f"{number:02d}/{symbol}", "issued_on": _iso(issued_on)}
        out[plan_key(ref)] = plan_id
    return out


@dataclass
class _Current:
    """A stored report that is nobody's history yet (the fields that decide superseding)."""

    id: int
    unit_key: str
    plan_key: str
    period_start: dt.date | None
    period_end: dt.date | None
    issued_on: dt.date | None
    sent_on: dt.date | None
    number: int | None


def _overlaps(a: _Current, b: _Current) -> bool:
    lo = max(d for d in (a.period_start, b.period_start, dt.date.min) if d is not None)
    hi = min(d for d in (a.period_end, b.period_end, dt.date.max) if d is not None)
    return lo <= hi


def _order(row: _Current) -> tuple[dt.date, dt.date, int, int]:
    return (row.issued_on or dt.date.min, row.sent_on or dt.date.min, row.number or 0, row.id)


_CURRENT_COLUMNS = [c.name for c in dataclasses.fields(_Current)]


def _table(model: type[ReceivedReport] | type[ReceivedFile] | type[ReceivedBlob]) -> Table:
    table = model.__table__
    if not isinstance(table, Table):
        raise TypeError(f"{model.__name__} is not mapped to a table")
    return table


_REPORTS, _FILES, _BLOBS = _table(ReceivedReport), _table(ReceivedFile), _table(ReceivedBlob)
_INSERT_REPORTS = insert(_REPORTS)
_INSERT_FILES = insert(_FILES)
_SUPERSEDE = update(_REPORTS).where(_REPORTS.c.id == bindparam("old_id")).values(superseded_by_id=bindparam("by_id"))
# packages placed in memory before they are written (all in the one transaction),
# and at most this many bytes of new files held
CHUNK = 250
CHUNK_BYTES = 32 * 1024 * 1024


def _insert_blobs(session: Session, rows: list[dict[str, Any]]) -> None:
    """Add blobs, skipping any that another writer has just added (same SHA-256, same bytes)."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(_BLOBS).on_conflict_do_nothing(), rows)
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(_BLOBS).on_conflict_do_nothing(), rows)
    else:
        session.execute(insert(_BLOBS), rows)


@dataclass
class _Pending:
    source: str
    number_symbol: str
    row: dict[str, Any]
    values: dict[str, float]
    duplicate: bool
    files: dict[str, str]  # name -> SHA-256 of its blob


class _Batch:
    """One batch: what is stored already is read once; packages are then
    verified one by one and written a chunk at a time with a few bulk Core
    statements through the session, so the change reaches the other windows and
    PCs (no ORM objects, no flush per package; the data is NFC already).
    Each file's bytes are those read once, hashed and checked against the
    manifest; a blob already stored (same SHA-256) is not written again."""

    def __init__(self, session: Session, today: dt.date, dry_run: bool):
        self.session, self.today, self.dry_run = session, today, dry_run
        self.plans = our_plans(session)
        self.keys = set(session.scalars(select(ReceivedReport.package_key)))
        self.current: dict[tuple[str, str], list[_Current]] = defaultdict(list)
        columns = [getattr(ReceivedReport, c) for c in _CURRENT_COLUMNS]
        for values in session.execute(select(*columns).where(ReceivedReport.superseded_by_id.is_(None))):
            row = _Current(*values)
            self.current[(row.unit_key, row.plan_key)].append(row)
        self.seen_blobs: set[str] = set()  # stored already, or waiting in new_blobs
        self.new_blobs: dict[str, bytes] = {}  # the bytes of each blob first seen in this chunk
        self.new_bytes = 0
        self.pending: list[_Pending] = []
        self.previews: list[PackagePreview] = []
        self._plans_seen: dict[tuple[str, ...], tuple[str, str]] = {}
        self._dry_ids = 0

    def _plan(self, ref: dict[str, Any] | None) -> tuple[str, str]:
        """plan_key and plan_text of a plan reference (units of a campaign share theirs)."""
        if not ref:
            return plan_key(ref), plan_text(ref)
        ident = tuple(str(ref.get(k) or "") for k in ("number_symbol", "issued_on", "issuer", "title"))
        known = self._plans_seen.get(ident)
        if known is None:
            known = self._plans_seen[ident] = (plan_key(ref), plan_text(ref))
        return known

    def _match(self, plan: tuple[str, str], upper: tuple[str, str], data: dict[str, Any]) -> tuple[int | None, str]:
        """The id of our plan the package answers (its plan, or the upper plan), and the plan key."""
        for key in (plan[0], upper[0]):
            if key in self.plans:
                return self.plans[key], key
        return None, upper[0] if data.get("upper_plan") else plan[0]

    def _row(self, pkg: ReceivedPackage, values: dict[str, float]) -> dict[str, Any]:
        data = pkg.data
        sender, report, period = data["sender"], data["report"], data["period"]
        plan, upper = self._plan(data.get("plan")), self._plan(data.get("upper_plan"))
        plan_id, key = self._match(plan, upper, data)
        return dict(
            package_key=pkg.package_key,
            unit_code=sender["code"],
            unit_name=sender["name"],
            unit_key=unit_key(sender["code"], sender["name"]),
            parent_body=sender.get("parent_body", ""),
            plan_id=plan_id,
            plan_key=key,
            plan_text=plan[1],
            upper_plan_text=upper[1],
            title=report["title"],
            number=report["number"],
            symbol=report["symbol"],
            issued_on=_date(report["issued_on"]),
            period_start=_date(period["start"]),
            period_end=_date(period["end"]),
            sent_on=_date(data.get("created_on")),
            received_on=self.today,
            superseded_by_id=None,
            values_json=json.dumps(values, ensure_ascii=False, sort_keys=True),
            data_json=pkg.data_text,
        )

    def _write(self, fresh: list[_Pending]) -> list[int]:
        """Insert the reports, the blobs not stored yet and the files; the new ids in order."""
        if self.dry_run or not fresh:
            self.new_blobs, self.new_bytes = {}, 0
            ids = list(range(self._dry_ids - 1, self._dry_ids - 1 - len(fresh), -1))
            self._dry_ids -= len(fresh)
            return ids
        self.session.execute(_INSERT_REPORTS, [p.row for p in fresh])  # one executemany
        keys = [p.row["package_key"] for p in fresh]  # unique: the new ids are found by them
        stmt = select(_REPORTS.c.package_key, _REPORTS.c.id).where(_REPORTS.c.package_key.in_(keys))
        found = {key: new_id for key, new_id in self.session.execute(stmt)}
        ids = [found[k] for k in keys]
        files = [
            {"received_report_id": new_id, "name": name, "sha256": sha}
            for new_id, p in zip(ids, fresh, strict=True)
            for name, sha in p.files.items()
        ]
        blobs, self.new_blobs, self.new_bytes = self.new_blobs, {}, 0
        if blobs:
            stored = self.session.execute(select(_BLOBS.c.sha256).where(_BLOBS.c.sha256.in_(list(blobs)))).scalars()
            for sha in stored:
                blobs.pop(sha, None)
        if blobs:
            _insert_blobs(self.session, [{"sha256": k, "size": len(v), "data": v} for k, v in blobs.items()])
        self.session.execute(_INSERT_FILES, files)
        return ids

    def _place(self, new: _Current, superseded: dict[int, int]) -> str:
        """Supersede (or be superseded by) the unit's current report of the same plan and period."""
        current = self.current[(new.unit_key, new.plan_key)]
        clashing = [c for c in current if _overlaps(c, new)]
        if not clashing:
            current.append(new)
            return NEW
        newest = max(clashing, key=_order)
        if _order(new) < _order(newest):
            superseded[new.id] = newest.id
            return OLDER
        superseded.update((c.id, new.id) for c in clashing)
        current[:] = [c for c in current if c not in clashing] + [new]
        return REPLACES

    def add(self, pkg: ReceivedPackage) -> None:
        """Place one verified package in the chunk; only the bytes of a blob not seen yet stay in memory."""
        values = values_of_package(pkg.data)
        duplicate = pkg.package_key in self.keys
        self.keys.add(pkg.package_key)
        files = {}
        if not duplicate:
            for name, raw in pkg.files.items():
                sha = pkg.hashes.get(name) or hashlib.sha256(raw).hexdigest()
                files[name] = sha
                if sha not in self.seen_blobs:
                    self.seen_blobs.add(sha)
                    self.new_blobs[sha] = raw
                    self.new_bytes += len(raw)
        number_symbol = pkg.data["report"]["number_symbol"]
        self.pending.append(_Pending(str(pkg.source), number_symbol, self._row(pkg, values), values, duplicate, files))
        if len(self.pending) >= CHUNK or self.new_bytes >= CHUNK_BYTES:
            self.flush()

    def flush(self) -> None:
        """Write the pending packages and record their previews, in the order they came."""
        pending, self.pending = self.pending, []
        fresh = [p for p in pending if not p.duplicate]
        ids = iter(self._write(fresh))
        superseded: dict[int, int] = {}
        for p in pending:
            row, new_id = p.row, None
            if p.duplicate:
                outcome = DUPLICATE
            else:
                new_id = next(ids)
                outcome = self._place(_Current(new_id, *(row[c] for c in _CURRENT_COLUMNS[1:])), superseded)
            self.previews.append(self._preview(p, outcome, new_id))
        if superseded and not self.dry_run:
            self.session.execute(_SUPERSEDE, [{"old_id": k, "by_id": v} for k, v in superseded.items()])

    def _preview(self, p: _Pending, outcome: str, new_id: int | None) -> PackagePreview:
        row = p.row
        return PackagePreview(
            source=p.source,
            unit_code=row["unit_code"],
            unit_name=row["unit_name"],
            parent_body=row["parent_body"],
            number_symbol=p.number_symbol,
            issued_on=row["issued_on"],
            title=row["title"],
            period_start=row["period_start"],
            period_end=row["period_end"],
            plan_text=row["plan_text"],
            upper_plan_text=row["upper_plan_text"],
            plan_id=row["plan_id"],
            sent_on=row["sent_on"],
            values=p.values,
            outcome=outcome,
            received_id=new_id if new_id is not None and new_id > 0 else None,
        )


def receive_packages(
    session: Session,
    paths: list[Path],
    *,
    dry_run: bool = False,
    today: dt.date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> ReceiveResult:
    """Read every package under ``paths``; store the sound ones (unless ``dry_run``).
    ``progress(done, total)`` is called after each package."""
    batch = _Batch(session, today or dt.date.today(), dry_run)
    refused: list[Refusal] = []
    candidates = []
    for path in paths:
        found = find_packages(Path(path))
        if not found:
            refused.append(Refusal(str(path), "Không tìm thấy gói báo cáo nào trong thư mục này."))
        candidates.extend(found)
    for i, path in enumerate(candidates, 1):
        try:
            pkg = read_received_package(path)
        except ImportRejected as exc:
            refused.append(Refusal(str(path), exc.message))
        else:
            batch.add(pkg)
        if progress is not None:
            progress(i, len(candidates))
    batch.flush()
    accepted = batch.previews
    counts = {k: sum(p.outcome == k for p in accepted) for k in (NEW, DUPLICATE, REPLACES, OLDER)}
    counts["refused"] = len(refused)
    return ReceiveResult(tuple(accepted), tuple(refused), dry_run, counts)
