"""Issuing the reminder (công văn đôn đốc) to the units that have not reported
on a plan: it takes the next number of the issuing office's series from the
register (sổ đăng ký văn bản đi, kind "dispatch"), and the dashboard of the issue
day is kept with it, so the issued document prints the same whatever arrives
later. A draft (``export reminder``) stays unnumbered with today's figures.

    view = issue_reminder(session, plan_id, date(2025, 1, 20))
    view.number_symbol   # "03/BCĐNQ"
"""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.printouts.reporting import IssuedReminderView, PlanDashboard
from vnhr_desktop.errors import NotFound, UserError, ValidationError
from vnhr_desktop.persistence.models import IssuedReminder, Issuer, Plan
from vnhr_desktop.services import register
from vnhr_desktop.services.figures_codec import decode, encode
from vnhr_desktop.services.reporting_rates import issuing_office, plan_dashboard

KIND = "dispatch"


def _office(session: Session, plan_id: int) -> tuple[Plan, Issuer]:
    plan = session.get(Plan, plan_id)
    if plan is None:
        raise NotFound(f"Không tìm thấy kế hoạch số {plan_id}.")
    issuer = issuing_office(session, plan)
    if issuer is None:
        raise ValidationError(
            "Chưa có cơ quan ban hành của đơn vị; hãy khai báo trong “Cơ quan ban hành” rồi ban hành lại.",
            {"issuer": "Chưa có."},
        )
    return plan, issuer


def preview_reminder_number(
    session: Session, plan_id: int, issued_on: dt.date, number: int | None = None
) -> register.IssuePreview:
    """The number the reminder would get if issued on ``issued_on`` (``number``, or the next one)."""
    _plan, issuer = _office(session, plan_id)
    return register.preview(session, issuer, KIND, issued_on.year, number)


def issue_reminder(session: Session, plan_id: int, issued_on: dt.date, number: int | None = None) -> IssuedReminderView:
    """Issue the reminder of ``plan_id`` on ``issued_on`` (the next number, or ``number``)."""
    plan, issuer = _office(session, plan_id)
    board = plan_dashboard(session, plan_id, today=issued_on)
    if not board.expected:
        raise UserError("Kế hoạch chưa có danh sách đơn vị phải báo cáo; hãy lập danh sách trước khi đôn đốc.")
    if not board.missing:
        raise UserError("Mọi đơn vị trong danh sách đã gửi báo cáo; không cần công văn đôn đốc.")
    row = IssuedReminder(
        plan_id=plan.id,
        issuer_id=issuer.id,
        issued_on=issued_on,
        board_json=json.dumps(encode(board), ensure_ascii=False),
    )
    session.add(row)
    session.flush()
    entry = register.assign_number(
        session,
        issuer.id,
        KIND,
        row.id,
        issued_on,
        f"V/v đôn đốc gửi báo cáo kết quả thực hiện {board.plan_reference or 'kế hoạch'}",
        number=number,
        signer_name=board.signer_name,
        recipients="; ".join(u.name for u in board.missing_units),
    )
    row.number, row.symbol = entry.number, entry.symbol
    session.flush()
    return _view(row)


def _view(row: IssuedReminder) -> IssuedReminderView:
    board = decode(PlanDashboard, json.loads(row.board_json))
    return IssuedReminderView(row.id, row.number, row.symbol, row.issued_on, board)


def load_issued_reminder(session: Session, reminder_id: int) -> IssuedReminderView:
    row = session.get(IssuedReminder, reminder_id)
    if row is None:
        raise NotFound(f"Không tìm thấy công văn đôn đốc số hiệu {reminder_id}.")
    return _view(row)


def latest_reminder(session: Session, plan_id: int) -> IssuedReminderView | None:
    """The plan's last issued reminder, if any."""
    row = session.scalar(
        select(IssuedReminder)
        .where(IssuedReminder.plan_id == plan_id)
        .order_by(IssuedReminder.issued_on.desc(), IssuedReminder.id.desc())
        .limit(1)
    )
    return _view(row) if row is not None else None
