"""Plans: read one whole, save one whole (one transaction), delete, and the
small look-ups the editor needs. The register number of an own plan is given by
:mod:`services.plan_issue`; a save never changes it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import PlanKind, PlanStatus
from vnhr_desktop.domain.numbering import number_symbol, symbol
from vnhr_desktop.domain.plan_data import SECTIONS, PlanDetail, TargetItem, TaskItem
from vnhr_desktop.domain.plan_rules import Finding, check_plan, raise_errors, warnings_of
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.errors import NotFound, UserError
from vnhr_desktop.persistence.models import Issuer, Plan, PlanParagraph, PlanTask, Target
from vnhr_desktop.services import register
from vnhr_desktop.services.agencies import find_or_add_agency


@dataclass(frozen=True)
class PlanRef:
    """A plan in a picker (the "implements" choice)."""

    id: int
    number_symbol: str
    issued_on: dt.date | None
    issuer_name: str
    title: str


def load_plan(session: Session, plan_id: int) -> Plan:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"Không có kế hoạch số {plan_id}.")
    return plan


def get_plan(session: Session, plan_id: int) -> PlanDetail:
    p = load_plan(session, plan_id)
    sections = {name: tuple(x.text for x in p.paragraphs if x.section == name) for name in SECTIONS}
    tasks = tuple(
        TaskItem(
            id=t.id,
            content=t.content,
            lead_agency=t.lead_agency.name if t.lead_agency else "",
            cooperators=tuple(a.name for a in t.cooperators),
            due_date=t.due_date,
            status=t.status,
            note=t.note,
            done_on=t.done_on,
        )
        for t in p.tasks
    )
    targets = tuple(
        TargetItem(
            id=t.id,
            description=t.description,
            target_value=t.target_value,
            unit=t.unit,
            unit_label=t.unit_label,
            achieved_value=t.achieved_value,
        )
        for t in p.targets
    )
    return PlanDetail(
        id=p.id,
        kind=p.kind,
        status=p.status,
        number=p.number,
        symbol=p.symbol,
        issued_on=p.issued_on,
        issuer_id=p.issuer_id,
        issuer_name=p.issuer_name,
        title=p.title,
        implements_plan_id=p.implements_plan_id,
        implements_text=p.implements_text,
        period_start=p.period_start,
        period_end=p.period_end,
        display_start=p.display_start,
        display_end=p.display_end,
        report_deadline=p.report_deadline,
        report_to=p.report_to,
        agencies_report_by=p.agencies_report_by,
        agencies_report_to=p.agencies_report_to,
        note=p.note,
        signer_authority=p.signer_authority,
        signer_title=p.signer_title,
        signer_name=p.signer_name,
        recipients=tuple(line for line in p.recipients.split("\n") if line.strip()),
        opening=p.opening,
        closing=p.closing,
        tasks=tasks,
        targets=targets,
        year=p.year,
        **sections,
    )


def number_taken(session: Session, plan: PlanDetail) -> bool:
    """Whether another document already has ``plan``'s number and symbol in its year."""
    year = plan.document_year
    if plan.number is None or year is None or not plan.symbol:
        return False
    others = session.scalars(
        select(Plan).where(Plan.number == plan.number, Plan.symbol == plan.symbol, Plan.id != (plan.id or -1))
    )
    if any(o.year == year for o in others):
        return True
    if plan.kind == PlanKind.OWN and plan.issuer_id is not None:
        own_doc = ("plan", plan.id) if plan.id else None
        return register.is_taken(session, plan.issuer_id, year, plan.number, exclude_doc=own_doc)
    return False


def prepare(session: Session, plan: PlanDetail) -> PlanDetail:
    """``plan`` cleaned, with the symbol and issuer name of an own plan filled in and,
    for a plan already in the database, its number and status kept as the register has them."""
    plan = plan.cleaned()
    if plan.kind == PlanKind.OWN and plan.issuer_id is not None:
        issuer = session.get(Issuer, plan.issuer_id)
        if issuer is None:
            raise NotFound("Không tìm thấy cơ quan ban hành.")
        plan = replace(plan, symbol=symbol("plan", issuer.code), issuer_name=issuer.name)
    if plan.kind == PlanKind.OWN and plan.id is not None:
        stored = load_plan(session, plan.id)
        if stored.status != PlanStatus.DRAFT:
            # Corrections after issue keep the number, the date and the issuer.
            status = plan.status if plan.status != PlanStatus.DRAFT else stored.status
            plan = replace(
                plan,
                number=stored.number,
                issued_on=stored.issued_on,
                status=status,
                issuer_id=stored.issuer_id,
                symbol=stored.symbol,
                issuer_name=stored.issuer_name,
            )
        else:
            plan = replace(plan, number=None, issued_on=None, status=PlanStatus.DRAFT)
    elif plan.kind == PlanKind.OWN:
        plan = replace(plan, number=None, issued_on=None, status=PlanStatus.DRAFT)
    return plan


def check(session: Session, plan: PlanDetail, today: dt.date | None = None) -> list[Finding]:
    """Every finding for ``plan`` as it would be saved (errors and warnings)."""
    plan = prepare(session, plan)
    return check_plan(plan, today, number_taken=number_taken(session, plan))


def _write_children(session: Session, row: Plan, plan: PlanDetail) -> None:
    row.paragraphs.clear()
    row.tasks.clear()
    row.targets.clear()
    session.flush()
    for name in SECTIONS:
        for i, text in enumerate(plan.section(name)):
            row.paragraphs.append(PlanParagraph(section=name, position=i, text=text))
    for i, item in enumerate(plan.tasks):
        task = PlanTask(
            position=i,
            content=item.content,
            due_date=item.due_date,
            status=item.status,
            note=item.note,
            done_on=item.done_on,
        )
        if item.status == "done" and task.done_on is None:
            task.done_on = dt.date.today()
        if item.status != "done":
            task.done_on = None
        task.lead_agency = find_or_add_agency(session, item.lead_agency) if item.lead_agency else None
        task.cooperators = [find_or_add_agency(session, name) for name in item.cooperators]
        row.tasks.append(task)
    for i, target in enumerate(plan.targets):
        row.targets.append(
            Target(
                position=i,
                description=target.description,
                target_value=target.target_value,
                unit=target.unit,
                unit_label=target.unit_label,
                achieved_value=target.achieved_value,
            )
        )


_HEADER = (
    "kind",
    "status",
    "number",
    "symbol",
    "issued_on",
    "issuer_id",
    "issuer_name",
    "title",
    "implements_plan_id",
    "implements_text",
    "period_start",
    "period_end",
    "display_start",
    "display_end",
    "report_deadline",
    "report_to",
    "agencies_report_by",
    "agencies_report_to",
    "note",
    "signer_authority",
    "signer_title",
    "signer_name",
    "opening",
    "closing",
)


def save_plan(session: Session, plan: PlanDetail, today: dt.date | None = None) -> tuple[int, list[Finding]]:
    """Save the whole plan (header, sections, tasks, targets) in the caller's
    transaction. Raises ValidationError on errors; returns (id, warnings)."""
    plan = prepare(session, plan)
    findings = check_plan(plan, today, number_taken=number_taken(session, plan))
    raise_errors(findings)
    if plan.implements_plan_id is not None and plan.implements_plan_id == plan.id:
        raise UserError("Kế hoạch không thể thực hiện chính nó.")
    row = load_plan(session, plan.id) if plan.id else Plan(title=plan.title)
    for name in _HEADER:
        setattr(row, name, getattr(plan, name))
    row.recipients = "\n".join(plan.recipients)
    session.add(row)
    _write_children(session, row, plan)
    session.flush()
    if row.status != PlanStatus.DRAFT and row.kind == PlanKind.OWN:
        entry = register.find_entry(session, "plan", row.id)
        if entry is not None:  # keep the register line in step with the corrected plan
            entry.title, entry.signer_name = row.title, row.signer_name
            entry.recipients = row.recipients
    return row.id, warnings_of(findings)


def delete_plan(session: Session, plan_id: int) -> None:
    """Delete a draft or a received plan; an issued own plan keeps its register line."""
    row = load_plan(session, plan_id)
    if row.kind == PlanKind.OWN and row.status != PlanStatus.DRAFT:
        raise UserError(
            f"Kế hoạch {number_symbol(row.number, row.symbol)} đã ban hành và có số trong "
            "sổ đăng ký văn bản đi; không xóa được (có thể chuyển sang trạng thái hoàn thành)."
        )
    session.delete(row)
    session.flush()


def set_status(session: Session, plan_id: int, status: str) -> None:
    """Mark an issued plan done, or done back to issued (drafts are issued by plan_issue)."""
    row = load_plan(session, plan_id)
    status = clean_line(status)
    if status not in (PlanStatus.ISSUED, PlanStatus.DONE) or row.status == PlanStatus.DRAFT:
        raise UserError("Chỉ đổi được giữa 'đã ban hành' và 'hoàn thành'; dự thảo cần được ban hành trước.")
    row.status = status
    session.flush()


def received_plans(session: Session, exclude_id: int | None = None) -> list[PlanRef]:
    """Plans the office received, newest first (the "implements" picker)."""
    stmt = (
        select(Plan)
        .where(Plan.kind == PlanKind.RECEIVED, Plan.id != (exclude_id or -1))
        .order_by(Plan.issued_on.desc().nulls_last(), Plan.id.desc())
    )
    return [
        PlanRef(
            id=p.id,
            number_symbol=number_symbol(p.number, p.symbol) if p.symbol else "",
            issued_on=p.issued_on,
            issuer_name=p.issuer_name,
            title=p.title,
        )
        for p in session.scalars(stmt)
    ]


def plan_years(session: Session) -> list[int]:
    """Years that have plans, newest first (the year filter)."""
    stmt = select(Plan.year).distinct().where(Plan.year.is_not(None)).order_by(Plan.year.desc())
    return list(session.scalars(stmt))


def plan_period(session: Session, plan_id: int) -> tuple[dt.date | None, dt.date | None]:
    """The period a plan covers (start, end), either end may be unknown."""
    plan = load_plan(session, plan_id)
    return plan.period_start, plan.period_end
