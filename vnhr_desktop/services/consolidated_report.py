"""The consolidated report (báo cáo tổng hợp) of a plan: the office's own records
plus the figures of the units that reported on it.

    report_id = compose_consolidated(session, plan_id, today=date.today())
    view = load_consolidated(session, report_id)     # for the PDF and the annex workbook

The report is an ordinary draft report of the plan (it is edited, issued and
packaged like any other); what it adds is a :class:`Consolidation` holding the
unit figures as they were when composed (or last refreshed while a draft), and
sections drafted from them: the totals, highlights per unit as editable text,
and the units that did not report, by name. Its package's data.json carries
them under ``consolidated``, so the level above adds up the totals.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from vnhr_desktop.domain.dates import fmt_date, fmt_int, fmt_percent
from vnhr_desktop.domain.enums import ReportStatus
from vnhr_desktop.domain.main_figures import MAIN_FIGURES, add_values, values_from_figures
from vnhr_desktop.domain.printouts.consolidated import ConsolidatedView, UnitFigures
from vnhr_desktop.errors import NotFound, UserError
from vnhr_desktop.persistence.models import Consolidation, Plan, Report, ReportSection
from vnhr_desktop.services.report_figures import compute_figures, figures_to_data
from vnhr_desktop.services.report_view import load_report
from vnhr_desktop.services.reporting_rates import plan_dashboard
from vnhr_desktop.services.reports import create_report

HEAD_TOTALS = "Kết quả chung"
HEAD_UNITS = "Kết quả của các đơn vị"
HEAD_MISSING = "Đơn vị chưa báo cáo"


def _figure_text(values: dict[str, float], keys: Iterable[str] | None = None) -> str:
    parts = [f"{MAIN_FIGURES[k].lower()}: {fmt_int(values[k])}" for k in (keys or MAIN_FIGURES) if values.get(k)]
    return "; ".join(parts)


def _sections(data: dict[str, Any], office: str) -> list[tuple[str, str]]:
    totals = data["totals"]
    expected, received = data["expected"], len(data["units"])
    rate = fmt_percent(100.0 * received / expected if expected else 0.0)
    lines = [
        f"{office} đã nhận báo cáo của {received}/{expected} đơn vị (tỷ lệ {rate}; đúng hạn {data['on_time']}, "
        f"trễ hạn {data['late']} đơn vị). Tổng hợp kết quả của các đơn vị và của {office}:"
    ]
    lines += [f"- {label}: {fmt_int(totals[k])}." for k, label in MAIN_FIGURES.items() if totals.get(k)]
    if len(lines) == 1:
        lines.append("- Chưa ghi nhận kết quả trong kỳ báo cáo.")
    units = []
    for u in data["units"]:
        what = _figure_text(u["values"], ("media", "banners", "events", "participants")) or "chưa có số liệu"
        ref = f" (Báo cáo số {u['number_symbol']} ngày {fmt_date(_date(u['issued_on']))})" if u["number_symbol"] else ""
        units.append(f"- {u['name']}{ref}: {what}.")
    if not units:
        units.append("- Chưa nhận được báo cáo của đơn vị nào.")
    missing = data["missing"]
    if missing:
        names = ", ".join(m["name"] for m in missing)
        gone = f"Đến ngày {fmt_date(_date(data['as_of']))}, còn {len(missing)} đơn vị chưa gửi báo cáo: {names}."
    else:
        gone = "Tất cả các đơn vị đã gửi báo cáo."
    return [(HEAD_TOTALS, "\n".join(lines)), (HEAD_UNITS, "\n".join(units)), (HEAD_MISSING, gone)]


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def consolidation_data(
    session: Session, plan_id: int, start: dt.date | None, end: dt.date | None, today: dt.date
) -> dict[str, Any]:
    """Own values, each reporting unit's values, totals and missing units, as plain JSON data."""
    board = plan_dashboard(session, plan_id, today=today)
    own = values_from_figures(figures_to_data(compute_figures(session, plan_id, start, end, today=today)))
    units: list[dict[str, Any]] = [
        {
            "code": u.code,
            "name": u.name,
            "number_symbol": u.number_symbol,
            "issued_on": u.issued_on.isoformat() if u.issued_on else None,
            "status": u.status,
            "values": {k: (u.values or {}).get(k, 0) for k in MAIN_FIGURES},
        }
        for u in board.reported_units
    ]
    unit_values: list[dict[str, float]] = [u["values"] for u in units]
    return {
        "as_of": today.isoformat(),
        "expected": board.expected,
        "on_time": board.on_time,
        "late": board.late,
        "own": own,
        "units": units,
        "totals": add_values(own, *unit_values),
        "missing": [{"code": u.code, "name": u.name} for u in board.missing_units],
    }


def _office(session: Session, report: Report) -> str:
    from vnhr_desktop.services.reports import reporter_name

    return reporter_name(session, report.issuer)


def _apply(session: Session, report: Report, data: dict[str, Any], keep_sections: bool) -> None:
    row = session.get(Consolidation, report.id) or Consolidation(report_id=report.id, plan_id=report.plan_id)
    row.data_json = json.dumps(data, ensure_ascii=False, sort_keys=True)
    session.add(row)
    ours = _sections(data, _office(session, report))
    rest = [(s.heading, s.body) for s in report.sections if s.heading not in (HEAD_TOTALS, HEAD_UNITS, HEAD_MISSING)]
    report.sections.clear()
    for i, (heading, body) in enumerate([*ours, *rest] if keep_sections else ours):
        report.sections.append(ReportSection(position=i, heading=heading, body=body))
    session.flush()


def compose_consolidated(
    session: Session,
    plan_id: int,
    period_start: dt.date | None = None,
    period_end: dt.date | None = None,
    *,
    issuer_id: int | None = None,
    today: dt.date | None = None,
) -> int:
    """A draft consolidated report of ``plan_id`` (period defaults to the plan's)."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch số {plan_id}.")
    today = today or dt.date.today()
    start, end = period_start or plan.period_start, period_end or plan.period_end
    report_id = create_report(
        session, plan_id, start, end, title=f"Tổng hợp kết quả {_lower(plan.title)}", issuer_id=issuer_id, today=today
    )
    report = session.get_one(Report, report_id)
    _apply(session, report, consolidation_data(session, plan_id, start, end, today), keep_sections=True)
    return report_id


def refresh_consolidated(session: Session, report_id: int, *, today: dt.date | None = None) -> None:
    """Take in the reports received since the draft was composed (drafts only)."""
    report = session.get(Report, report_id)
    if report is None or report.plan_id is None or session.get(Consolidation, report_id) is None:
        raise NotFound(f"Không có báo cáo tổng hợp số {report_id}.")
    if report.status != ReportStatus.DRAFT:
        raise UserError("Báo cáo tổng hợp đã ban hành nên giữ nguyên số liệu đã tổng hợp.")
    data = consolidation_data(session, report.plan_id, report.period_start, report.period_end, today or dt.date.today())
    _apply(session, report, data, keep_sections=True)


def recompose_sections(
    session: Session, report: Report, own_sections: list[tuple[str, str]], today: dt.date | None, *, write: bool
) -> list[tuple[str, str]]:
    """The sections a redraft ("Soạn lại từ số liệu") writes. For a consolidated
    draft: the consolidation composed again from the units' reports received so
    far (totals, highlights per unit, missing units), then ``own_sections``
    drafted from the office's own records, as composing it would; with
    ``write`` the unit figures behind its annex are refreshed too, so text and
    annex agree. Any other report: ``own_sections``."""
    row = session.get(Consolidation, report.id)
    if row is None or report.plan_id is None:
        return own_sections
    data = consolidation_data(session, report.plan_id, report.period_start, report.period_end, today or dt.date.today())
    if write:
        row.data_json = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return [*_sections(data, _office(session, report)), *own_sections]


def consolidation_snapshot(session: Session, report_id: int) -> str | None:
    """The unit figures behind a consolidated report as stored (None for any other
    report), for undoing a redraft with :func:`restore_consolidation`."""
    row = session.get(Consolidation, report_id)
    return row.data_json if row is not None else None


def restore_consolidation(session: Session, report_id: int, snapshot: str | None) -> None:
    row = session.get(Consolidation, report_id)
    if row is not None and snapshot is not None:
        row.data_json = snapshot
        session.flush()


def is_consolidated(session: Session, report_id: int) -> bool:
    return session.get(Consolidation, report_id) is not None


def load_consolidated(session: Session, report_id: int) -> ConsolidatedView:
    row = session.get(Consolidation, report_id)
    if row is None:
        raise NotFound(f"Báo cáo số {report_id} không phải báo cáo tổng hợp.")
    data = json.loads(row.data_json)
    return ConsolidatedView(
        report=load_report(session, report_id),
        as_of=dt.date.fromisoformat(data["as_of"]),
        expected=data["expected"],
        on_time=data["on_time"],
        late=data["late"],
        totals=data["totals"],
        own=data["own"],
        units=tuple(
            UnitFigures(u["code"], u["name"], u["number_symbol"], _date(u["issued_on"]), u["status"], u["values"])
            for u in data["units"]
        ),
        missing=tuple((m["code"], m["name"]) for m in data["missing"]),
    )


def _lower(text: str) -> str:
    from vnhr_desktop.domain.text import lower_first

    return lower_first(text)


def latest_consolidated(session: Session, plan_id: int) -> int | None:
    """The newest consolidated report of a plan, if any."""
    from sqlalchemy import select

    return session.scalar(
        select(Consolidation.report_id).where(Consolidation.plan_id == plan_id).order_by(Consolidation.report_id.desc())
    )
