"""Issuing an own plan: the draft gets the next number of its issuer's series in
the year of the issue date (or a number the clerk gives), a line in the register
(sổ đăng ký văn bản đi), and the status "issued"."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import PlanKind, PlanStatus
from vnhr_desktop.domain.numbering import number_symbol
from vnhr_desktop.domain.plan_rules import check_plan, raise_errors
from vnhr_desktop.errors import UserError, ValidationError
from vnhr_desktop.persistence.models import Issuer
from vnhr_desktop.services import register
from vnhr_desktop.services.plans import get_plan, load_plan


def preview_number(
    session: Session, plan_id: int, issued_on: dt.date, number: int | None = None
) -> register.IssuePreview:
    """The number the plan would get if issued on ``issued_on`` (``number``, or the next one)."""
    plan = load_plan(session, plan_id)
    if plan.issuer_id is None:
        raise ValidationError("Chọn cơ quan ban hành trước khi ban hành.", {"issuer": "Chưa chọn."})
    return register.preview(session, session.get_one(Issuer, plan.issuer_id), "plan", issued_on.year, number)


def issue_plan(
    session: Session, plan_id: int, issued_on: dt.date, number: int | None = None, today: dt.date | None = None
) -> str:
    """Issue the draft ``plan_id``; returns its number and symbol ("13/KH-BCĐNQ")."""
    row = load_plan(session, plan_id)
    if row.kind != PlanKind.OWN:
        raise UserError("Chỉ kế hoạch của đơn vị mới được cấp số; kế hoạch nhận giữ số của cơ quan cấp trên.")
    if row.status != PlanStatus.DRAFT:
        raise UserError(
            f"Kế hoạch đã ban hành với số {number_symbol(row.number, row.symbol)}; sửa nội dung vẫn giữ nguyên số."
        )
    if row.issuer_id is None:
        raise ValidationError("Chọn cơ quan ban hành trước khi ban hành.", {"issuer": "Chưa chọn."})
    if row.period_end and issued_on > row.period_end:
        raise ValidationError(
            "Ngày ban hành sau ngày kết thúc kế hoạch.", {"issued_on": "Ngày ban hành sau ngày kết thúc kế hoạch."}
        )
    detail = get_plan(session, plan_id)
    findings = [f for f in check_plan(detail, today or issued_on) if f.field != "report_deadline"]
    raise_errors(findings)
    entry = register.assign_number(
        session,
        row.issuer_id,
        "plan",
        row.id,
        issued_on,
        row.title,
        number=number,
        signer_name=row.signer_name,
        recipients=row.recipients,
    )
    row.number = entry.number
    row.symbol = entry.symbol
    row.issued_on = issued_on
    row.status = PlanStatus.ISSUED
    session.flush()
    return number_symbol(row.number, row.symbol)
