"""Result reports (Báo cáo kết quả): compose, edit, issue, submit.

A draft report belongs to a plan and a period. :func:`create_report` computes the
figures from the records and drafts the sections in plain Vietnamese; the
officer edits everything while it is a draft (:func:`update_report`, or
:func:`redraft` to start the text again from fresh figures).
:func:`issue_report` gives it a number from the register and freezes the figures
into ``Report.figures_json``; from then on :func:`report_figures` returns those
frozen figures and the report's text cannot change. :func:`mark_submitted`
records the day the package went out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.domain.enums import ReportStatus
from vnhr_desktop.domain.numbering import number_symbol, symbol
from vnhr_desktop.domain.text import clean, clean_line, lower_first
from vnhr_desktop.errors import NotFound, UserError, ValidationError
from vnhr_desktop.persistence.models import Issuer, Plan, Report, ReportSection
from vnhr_desktop.services.office import get_profile
from vnhr_desktop.services.register import assign_number
from vnhr_desktop.services.report_figures import (
    ReportFigures,
    compute_figures,
    figures_from_json,
    figures_to_json,
)
from vnhr_desktop.services.report_text import draft_sections

DOC_KIND = "report"


@dataclass(frozen=True)
class ReportEdit:
    """Everything the officer may change on a draft. ``sections`` are
    (heading, body) pairs in order; an empty heading is a plain paragraph."""

    title: str
    period_start: dt.date | None
    period_end: dt.date | None
    addressee: str = ""
    opening: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    recipients: str = ""
    sections: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class ReportState:
    """Where a report stands, for the composer and the figures panel."""

    draft: bool
    label: str  # "05/BC-UBND", empty while a draft
    frozen: bool  # figures frozen when issued
    issued_on: dt.date | None


def _get(session: Session, report_id: int) -> Report:
    report = session.get(Report, report_id)
    if report is None:
        raise NotFound(f"Không tìm thấy báo cáo số {report_id}.")
    return report


def _require_draft(report: Report) -> None:
    if report.status != ReportStatus.DRAFT:
        raise UserError("Báo cáo đã ban hành nên không sửa được nội dung và số liệu.")


def plan_reference(plan: Plan) -> str:
    """ "Kế hoạch số 12/KH-BCĐNQ ngày 05/11/2024 của Ban Chỉ đạo ..."."""
    parts = ["Kế hoạch"]
    if plan.number is not None and plan.symbol:
        parts.append(f"số {number_symbol(plan.number, plan.symbol)}")
    if plan.issued_on:
        parts.append(f"ngày {fmt_date(plan.issued_on)}")
    owner = plan.issuer_name or (plan.issuer.name if plan.issuer else "")
    if owner:
        parts.append(f"của {owner}")
    return " ".join(parts)


def reporting_issuer(session: Session, plan: Plan, issuer_id: int | None = None) -> Issuer | None:
    """The body that signs the report: the one asked for, the plan's own issuer,
    or the office's first own issuer (a received plan is reported on by us)."""
    if issuer_id is not None:
        issuer = session.get(Issuer, issuer_id)
        if issuer is None:
            raise NotFound("Không tìm thấy cơ quan ban hành báo cáo.")
        return issuer
    if plan.kind == "own" and plan.issuer is not None and plan.issuer.own:
        return plan.issuer
    return session.scalar(select(Issuer).where(Issuer.own.is_(True)).order_by(Issuer.id))


def reporter_name(session: Session, issuer: Issuer | None) -> str:
    if issuer is not None:
        return issuer.name
    profile = get_profile(session)
    return profile.office_name if profile else ""


def opening_text(session: Session, plan: Plan, reporter: str) -> str:
    refs = []
    if plan.implements_plan_id:
        implemented = session.get(Plan, plan.implements_plan_id)
        if implemented is not None:
            refs.append(plan_reference(implemented))
    refs.append(f"{plan_reference(plan)} về việc {lower_first(plan.title)}")
    who = f", {reporter}" if reporter else ""
    return f"Thực hiện {'; '.join(refs)}{who} báo cáo kết quả thực hiện như sau:"


def _set_sections(report: Report, sections: Iterable[tuple[str, str]]) -> None:
    report.sections.clear()
    for i, (heading, body) in enumerate(sections):
        report.sections.append(ReportSection(position=i, heading=clean_line(heading), body=clean(body)))


def _check_period(start: dt.date | None, end: dt.date | None) -> None:
    if start and end and start > end:
        raise ValidationError("Ngày bắt đầu kỳ báo cáo phải trước ngày kết thúc.", {"period_end": "trước ngày bắt đầu"})


def create_report(
    session: Session,
    plan_id: int,
    period_start: dt.date | None,
    period_end: dt.date | None,
    *,
    title: str = "",
    addressee: str | None = None,
    recipients: str | None = None,
    issuer_id: int | None = None,
    today: dt.date | None = None,
) -> int:
    """A draft report for ``plan_id`` and the period, composed from the records."""
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound("Không tìm thấy kế hoạch.")
    _check_period(period_start, period_end)
    issuer = reporting_issuer(session, plan, issuer_id)
    profile = get_profile(session)
    reporter = reporter_name(session, issuer)
    title = clean_line(title) or f"Kết quả {lower_first(plan.title)}"
    addressee = clean_line(plan.report_to if addressee is None else addressee)
    signer = issuer if issuer is not None and issuer.signer_name else profile
    report = Report(
        plan_id=plan.id,
        status=ReportStatus.DRAFT,
        title=title,
        issuer=issuer,
        symbol=symbol(DOC_KIND, issuer.code) if issuer else "BC",
        period_start=period_start,
        period_end=period_end,
        addressee=addressee,
        opening=opening_text(session, plan, reporter),
        signer_authority=getattr(signer, "signer_authority", "") or "",
        signer_title=getattr(signer, "signer_title", "") or "",
        signer_name=getattr(signer, "signer_name", "") or "",
        recipients=clean(recipients)
        if recipients is not None
        else "\n".join((["Như trên"] if addressee else []) + ["Lưu: VT"]),
    )
    session.add(report)
    figures = compute_figures(session, plan.id, period_start, period_end, today=today)
    _set_sections(report, draft_sections(figures, plan_reference(plan), reporter, title, addressee))
    session.flush()
    return report.id


def _redrafted(
    session: Session, report: Report, today: dt.date | None, *, write: bool = False
) -> tuple[ReportFigures, list[tuple[str, str]]]:
    from vnhr_desktop.services.consolidated_report import recompose_sections  # builds on this module

    plan = session.get(Plan, report.plan_id) if report.plan_id else None
    if plan is None:
        raise UserError("Báo cáo chưa gắn với kế hoạch nào nên không tính được số liệu.")
    figures = compute_figures(session, plan.id, report.period_start, report.period_end, today=today)
    reporter = reporter_name(session, report.issuer)
    sections = draft_sections(figures, plan_reference(plan), reporter, report.title, report.addressee)
    return figures, recompose_sections(session, report, list(sections), today, write=write)


def redraft_preview(
    session: Session, report_id: int, *, today: dt.date | None = None
) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(sections now, sections a redraft would write), nothing written."""
    report = _get(session, report_id)
    _require_draft(report)
    _figures, sections = _redrafted(session, report, today)
    return tuple((s.heading, s.body) for s in report.sections), tuple(sections)


def redraft(session: Session, report_id: int, *, today: dt.date | None = None) -> ReportFigures:
    """Recompute a draft's figures and write its sections again from them (a
    consolidated draft is composed again: services/consolidated_report.py)."""
    report = _get(session, report_id)
    _require_draft(report)
    figures, sections = _redrafted(session, report, today, write=True)
    _set_sections(report, sections)
    session.flush()
    return figures


def update_report(session: Session, report_id: int, edit: ReportEdit) -> None:
    report = _get(session, report_id)
    _require_draft(report)
    if not clean_line(edit.title):
        raise ValidationError("Cần nhập trích yếu của báo cáo.", {"title": "bắt buộc"})
    _check_period(edit.period_start, edit.period_end)
    report.title = clean_line(edit.title)
    report.period_start, report.period_end = edit.period_start, edit.period_end
    report.addressee = clean_line(edit.addressee)
    report.opening = clean(edit.opening)
    report.signer_authority = clean_line(edit.signer_authority)
    report.signer_title = clean(edit.signer_title)
    report.signer_name = clean_line(edit.signer_name)
    report.recipients = clean(edit.recipients)
    _set_sections(report, edit.sections)
    session.flush()


def report_edit(session: Session, report_id: int) -> ReportEdit:
    r = _get(session, report_id)
    return ReportEdit(
        title=r.title,
        period_start=r.period_start,
        period_end=r.period_end,
        addressee=r.addressee,
        opening=r.opening,
        signer_authority=r.signer_authority,
        signer_title=r.signer_title,
        signer_name=r.signer_name,
        recipients=r.recipients,
        sections=tuple((s.heading, s.body) for s in r.sections),
    )


@dataclass(frozen=True)
class ReportRef:
    id: int
    label: str  # "05/BC-UBND" or "(dự thảo)"
    title: str
    period_start: dt.date | None
    period_end: dt.date | None


def overlapping_reports(session: Session, plan_id: int, start: dt.date | None, end: dt.date | None) -> list[ReportRef]:
    """The plan's reports whose period overlaps ``start``–``end`` (a second report
    for the same period is usually a mistake: the officer is warned)."""
    out = []
    for r in session.scalars(select(Report).where(Report.plan_id == plan_id).order_by(Report.id)):
        if start and r.period_end and r.period_end < start:
            continue
        if end and r.period_start and r.period_start > end:
            continue
        label = number_symbol(r.number, r.symbol) if r.number else "(dự thảo)"
        out.append(ReportRef(r.id, label, r.title, r.period_start, r.period_end))
    return out


def report_state(session: Session, report_id: int) -> ReportState:
    r = _get(session, report_id)
    return ReportState(
        draft=r.status == ReportStatus.DRAFT,
        label=number_symbol(r.number, r.symbol),
        frozen=bool(r.figures_json),
        issued_on=r.issued_on,
    )


def report_figures(session: Session, report_id: int, *, today: dt.date | None = None) -> ReportFigures:
    """The frozen figures of an issued report; live figures of a draft."""
    report = _get(session, report_id)
    if report.figures_json:
        return figures_from_json(report.figures_json)
    if report.plan_id is None:
        raise UserError("Báo cáo chưa gắn với kế hoạch nào nên không tính được số liệu.")
    return compute_figures(session, report.plan_id, report.period_start, report.period_end, today=today)


def figures_changed(session: Session, report_id: int, *, today: dt.date | None = None) -> bool:
    """True when an issued report's records have changed since its figures were frozen
    (the report keeps its frozen figures; the officer is only told)."""
    report = _get(session, report_id)
    if not report.figures_json or report.plan_id is None:
        return False
    frozen = figures_from_json(report.figures_json)
    live = compute_figures(session, report.plan_id, report.period_start, report.period_end, today=frozen.as_of or today)
    return replace(live, computed_on=None) != replace(frozen, computed_on=None)


def issue_report(
    session: Session, report_id: int, issued_on: dt.date, *, number: int | None = None, today: dt.date | None = None
) -> str:
    """Give the report its number and freeze its figures; returns "05/BC-UBND"."""
    report = _get(session, report_id)
    if report.status != ReportStatus.DRAFT:
        raise UserError(f"Báo cáo đã ban hành với số {number_symbol(report.number, report.symbol)}.")
    if report.issuer_id is None:
        raise ValidationError("Chọn cơ quan ban hành báo cáo trước khi cấp số.", {"issuer": "bắt buộc"})
    if report.plan_id is None:
        raise UserError("Báo cáo chưa gắn với kế hoạch nào.")
    if not report.signer_name:
        raise ValidationError("Cần nhập người ký báo cáo.", {"signer_name": "bắt buộc"})
    figures = compute_figures(session, report.plan_id, report.period_start, report.period_end, today=today or issued_on)
    entry = assign_number(
        session,
        report.issuer_id,
        DOC_KIND,
        report.id,
        issued_on,
        report.title,
        number=number,
        signer_name=report.signer_name,
        recipients=report.recipients,
    )
    report.number, report.symbol, report.issued_on = entry.number, entry.symbol, issued_on
    report.figures_json = figures_to_json(figures)
    report.status = ReportStatus.ISSUED
    session.flush()
    return number_symbol(entry.number, entry.symbol)


def mark_submitted(session: Session, report_id: int, on: dt.date) -> None:
    report = _get(session, report_id)
    if report.status == ReportStatus.DRAFT:
        raise UserError("Báo cáo chưa ban hành (chưa có số) nên chưa nộp được.")
    report.status = ReportStatus.SUBMITTED
    report.submitted_on = on
    session.flush()


def delete_report(session: Session, report_id: int) -> None:
    report = _get(session, report_id)
    _require_draft(report)
    session.delete(report)
    session.flush()
