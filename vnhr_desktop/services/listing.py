"""The lists behind the four tabs and ``vnhr-desktop list KIND``.

Each list has a row dataclass (what a table shows and ``--json`` prints) and a
``query``/``count`` pair on a :class:`ListRequest`.
"""

from __future__ import annotations

import datetime as dt
from abc import ABC, abstractmethod
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.persistence import search_index
from vnhr_desktop.persistence.models import (
    Agency,
    BannerPlacement,
    BridgePoint,
    Participant,
    Plan,
    Report,
    Slogan,
    TrainingEvent,
)
from vnhr_desktop.services.list_rows import PLAN_ROW_COLUMNS, PlanRow, Row, plan_row
from vnhr_desktop.services.paging import (
    AnySelect,
    ListRequest,
    Page,
    apply_order,
    apply_search,
    apply_window,
    count_rows,
    indexed,
    keyset_select,
    order_terms,
)


@dataclass(frozen=True)
class SloganRow(Row):
    id: int
    title: str
    plan_id: int | None
    year: int | None
    active: bool
    source: str = ""
    placements: int = 0


@dataclass(frozen=True)
class PlacementRow(Row):
    id: int
    title: str
    slogan_id: int
    form: str
    location: str
    commune: str
    size_text: str
    quantity: int
    start_date: dt.date | None
    end_date: dt.date | None
    status: str
    plan_id: int | None = None
    agency_id: int | None = None
    agency: str = ""
    hung_on: dt.date | None = None
    removed_on: dt.date | None = None
    note: str = ""


@dataclass(frozen=True)
class EventRow(Row):
    id: int
    title: str
    kind: str
    starts_at: dt.datetime | None
    venue: str
    format: str
    plan_id: int | None
    participants: int
    attended: int


@dataclass(frozen=True)
class ReportRow(Row):
    id: int
    title: str
    number: int | None
    symbol: str
    number_symbol: str
    issued_on: dt.date | None
    status: str
    period_start: dt.date | None
    period_end: dt.date | None
    plan_id: int | None


@dataclass(frozen=True)
class ParticipantRow(Row):
    id: int
    title: str
    full_name: str
    gender: str | None
    position_title: str
    agency: str
    phone: str
    bridge_point: str
    attended: bool


ALL = ListRequest()


class ListSpec(ABC):
    """One list: its base statement, search column, sortable columns, row maker."""

    search_columns: tuple[Any, ...]
    sortable: dict[str, Any] = {}
    default_order: list[Any] = []

    @abstractmethod
    def base(self, request: ListRequest) -> AnySelect: ...

    @abstractmethod
    def make_row(self, record: Sequence[Any]) -> Row:
        """One list row from a result row (the values ``base`` selects, in order)."""

    def _filtered(self, session: Session, request: ListRequest) -> AnySelect:
        first = order_terms(request, self.sortable, self.default_order)[0].column
        return apply_search(self.base(request), self.search_columns[0], request.search, session, indexed(first))

    def query(self, session: Session, request: ListRequest = ALL) -> list[Row]:
        if request.after is not None or request.from_end:
            return self.page(session, request).rows
        stmt = self._filtered(session, request)
        stmt = apply_window(apply_order(stmt, request, self.sortable, self.default_order), request)
        return [self.make_row(r) for r in session.execute(stmt)]

    def page(self, session: Session, request: ListRequest = ALL) -> Page:
        """One page by keyset: the rows after ``request.after`` (or the last
        page with ``from_end``), with the sort keys of its first and last row."""
        stmt, n, reverse = keyset_select(self._filtered(session, request), request, self.sortable, self.default_order)
        records = list(session.execute(stmt))
        if reverse:
            records.reverse()
        rows = [self.make_row(tuple(r)[:-n]) for r in records]
        if not records:
            return Page(rows, None, None)
        return Page(rows, tuple(records[0])[-n:], tuple(records[-1])[-n:])

    def count(self, session: Session, request: ListRequest = ALL, cap: int | None = None) -> int:
        """The rows of the list; with ``cap`` (lists show "more than ``cap``"),
        any number above ``cap`` comes back as ``cap + 1``."""
        table = self.search_columns[0].table.name
        if self.base(request).whereclause is None and search_index.can_serve(session, table, request.search):
            # Every record is one row of the list: the index alone counts the matches.
            return search_index.match_count(session, table, request.search, cap)
        return count_rows(session, self._filtered(session, request), cap)


class PlanList(ListSpec):
    search_columns = (Plan.search_key,)
    sortable = {
        "number_symbol": Plan.number,
        "issued_on": Plan.issued_on,
        "title": Plan.title,
        "kind": Plan.kind,
        "status": Plan.status,
        "report_deadline": Plan.report_deadline,
        "days_left": Plan.report_deadline,
    }
    default_order = [Plan.issued_on.desc().nulls_first(), Plan.id.desc()]

    def base(self, request: ListRequest) -> AnySelect:
        stmt = select(Plan)
        f = request.filters
        if f.get("year"):
            stmt = stmt.where(Plan.year == int(f["year"]))
        if f.get("kind"):
            stmt = stmt.where(Plan.kind == f["kind"])
        if f.get("status"):
            stmt = stmt.where(Plan.status == f["status"])
        return stmt

    def make_row(self, r: Sequence[Any]) -> PlanRow:
        p = r[0]
        return plan_row(*(getattr(p, name) for name in PLAN_ROW_COLUMNS))


class SloganList(ListSpec):
    """Filters: plan_id, year, active (True/False)."""

    search_columns = (Slogan.search_key,)
    sortable = {"title": Slogan.text, "year": Slogan.year, "active": Slogan.active, "source": Plan.number}
    default_order = [Slogan.year.desc(), Slogan.plan_id, Slogan.position, Slogan.id]

    def base(self, request: ListRequest) -> AnySelect:
        used = select(func.count(BannerPlacement.id)).where(BannerPlacement.slogan_id == Slogan.id).scalar_subquery()
        stmt = select(Slogan, Plan.number, Plan.symbol, used).outerjoin(Plan, Slogan.plan_id == Plan.id)
        f = request.filters
        if f.get("plan_id"):
            stmt = stmt.where(Slogan.plan_id == int(f["plan_id"]))
        if f.get("year"):
            stmt = stmt.where(Slogan.year == int(f["year"]))
        if f.get("active") is not None:
            stmt = stmt.where(Slogan.active.is_(bool(f["active"])))
        return stmt

    def make_row(self, r: Sequence[Any]) -> SloganRow:
        s, number, symbol, used = r
        return SloganRow(
            id=s.id,
            title=s.text,
            plan_id=s.plan_id,
            year=s.year,
            active=s.active,
            source=number_symbol(number, symbol) if symbol else "",
            placements=used or 0,
        )


class PlacementList(ListSpec):
    """Filters: plan_id, slogan_id, status, agency_id, commune, form; ``up_today``
    (hanging on ``today``); ``state`` "late" (planned, due by ``today``) or
    "overdue" (up after its end). ``today`` defaults to the real date."""

    search_columns = (BannerPlacement.search_key,)
    sortable = {
        "title": Slogan.text,
        "form": BannerPlacement.form,
        "location": BannerPlacement.location,
        "commune": BannerPlacement.commune,
        "quantity": BannerPlacement.quantity,
        "start_date": BannerPlacement.start_date,
        "end_date": BannerPlacement.end_date,
        "status": BannerPlacement.status,
        "agency": Agency.sort_key,
        "hung_on": BannerPlacement.hung_on,
        "removed_on": BannerPlacement.removed_on,
    }
    default_order = [BannerPlacement.start_date, BannerPlacement.id]

    def base(self, request: ListRequest) -> AnySelect:
        stmt = (
            select(BannerPlacement, Slogan.text, Agency.name)
            .join(Slogan, BannerPlacement.slogan_id == Slogan.id)
            .outerjoin(Agency, BannerPlacement.agency_id == Agency.id)
        )
        f = request.filters
        today = f.get("today") or dt.date.today()
        for key, column in (
            ("plan_id", BannerPlacement.plan_id),
            ("slogan_id", BannerPlacement.slogan_id),
            ("agency_id", BannerPlacement.agency_id),
        ):
            if f.get(key):
                stmt = stmt.where(column == int(f[key]))
        for key, text_column in (
            ("status", BannerPlacement.status),
            ("form", BannerPlacement.form),
            ("commune", BannerPlacement.commune),
        ):
            if f.get(key):
                stmt = stmt.where(text_column == f[key])
        if f.get("up_today"):
            stmt = stmt.where(
                BannerPlacement.status == "up", or_(BannerPlacement.hung_on.is_(None), BannerPlacement.hung_on <= today)
            )
        if f.get("state") == "late":
            stmt = stmt.where(BannerPlacement.status == "planned", BannerPlacement.start_date <= today)
        elif f.get("state") == "overdue":
            stmt = stmt.where(BannerPlacement.status == "up", BannerPlacement.end_date < today)
        return stmt

    def make_row(self, r: Sequence[Any]) -> PlacementRow:
        b, text, agency = r
        return PlacementRow(
            id=b.id,
            title=text,
            slogan_id=b.slogan_id,
            form=b.form,
            location=b.location,
            commune=b.commune,
            size_text=b.size_text,
            quantity=b.quantity,
            start_date=b.start_date,
            end_date=b.end_date,
            status=b.status,
            plan_id=b.plan_id,
            agency_id=b.agency_id,
            agency=agency or "",
            hung_on=b.hung_on,
            removed_on=b.removed_on,
            note=b.note,
        )


class EventList(ListSpec):
    search_columns = (TrainingEvent.search_key,)
    sortable = {
        "title": TrainingEvent.title,
        "kind": TrainingEvent.kind,
        "starts_at": TrainingEvent.starts_at,
        "venue": TrainingEvent.venue,
        "format": TrainingEvent.format,
    }
    default_order = [TrainingEvent.starts_at.desc(), TrainingEvent.id.desc()]

    def base(self, request: ListRequest) -> AnySelect:
        total = select(func.count(Participant.id)).where(Participant.event_id == TrainingEvent.id).scalar_subquery()
        attended = (
            select(func.count(Participant.id))
            .where(Participant.event_id == TrainingEvent.id, Participant.attended.is_(True))
            .scalar_subquery()
        )
        stmt = select(TrainingEvent, total, attended)
        if request.filters.get("plan_id"):
            stmt = stmt.where(TrainingEvent.plan_id == int(request.filters["plan_id"]))
        return stmt

    def make_row(self, r: Sequence[Any]) -> EventRow:
        e, total, attended = r
        return EventRow(
            id=e.id,
            title=e.title,
            kind=e.kind,
            starts_at=e.starts_at,
            venue=e.venue,
            format=e.format,
            plan_id=e.plan_id,
            participants=total or 0,
            attended=attended or 0,
        )


class ReportList(ListSpec):
    search_columns = (Report.search_key,)
    sortable = {
        "title": Report.title,
        "number_symbol": Report.number,
        "issued_on": Report.issued_on,
        "status": Report.status,
        "period_start": Report.period_start,
    }
    default_order = [Report.issued_on.desc().nulls_first(), Report.id.desc()]

    def base(self, request: ListRequest) -> AnySelect:
        return select(Report)

    def make_row(self, r: Sequence[Any]) -> ReportRow:
        p = r[0]
        return ReportRow(
            id=p.id,
            title=p.title,
            number=p.number,
            symbol=p.symbol,
            number_symbol=number_symbol(p.number, p.symbol) if p.symbol else "",
            issued_on=p.issued_on,
            status=p.status,
            period_start=p.period_start,
            period_end=p.period_end,
            plan_id=p.plan_id,
        )


class ParticipantList(ListSpec):
    search_columns = (Participant.search_key,)
    sortable = {
        "full_name": Participant.sort_key,
        "title": Participant.sort_key,
        "gender": Participant.gender,
        "position_title": Participant.position_title,
        "agency": Participant.agency_name,
        "bridge_point": BridgePoint.name,
        "attended": Participant.attended,
    }
    default_order = [Participant.sort_key, Participant.id]

    def base(self, request: ListRequest) -> AnySelect:
        stmt = select(Participant, BridgePoint.name).outerjoin(
            BridgePoint, Participant.bridge_point_id == BridgePoint.id
        )
        f = request.filters
        if f.get("event_id") is not None:
            stmt = stmt.where(Participant.event_id == int(f["event_id"]))
        if f.get("bridge_point_id"):
            stmt = stmt.where(Participant.bridge_point_id == int(f["bridge_point_id"]))
        if f.get("attended") is not None:
            stmt = stmt.where(Participant.attended.is_(bool(f["attended"])))
        return stmt

    def make_row(self, r: Sequence[Any]) -> ParticipantRow:
        p, bp = r
        return ParticipantRow(
            id=p.id,
            title=p.full_name,
            full_name=p.full_name,
            gender=p.gender,
            position_title=p.position_title,
            agency=p.agency_name,
            phone=p.phone,
            bridge_point=bp or "",
            attended=p.attended,
        )


LISTS: dict[str, ListSpec] = {
    "plans": PlanList(),
    "slogans": SloganList(),
    "placements": PlacementList(),
    "events": EventList(),
    "reports": ReportList(),
    "participants": ParticipantList(),
}


def plan_rows(session: Session) -> list[PlanRow]:
    """Every plan as the plans list shows it (in its default order), for pick lists."""
    return [row for row in LISTS["plans"].query(session) if isinstance(row, PlanRow)]
