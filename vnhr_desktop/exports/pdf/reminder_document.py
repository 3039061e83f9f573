"""The reminder (công văn đôn đốc) to the units that have not reported on a plan:
an NĐ30 dispatch on the shared document builder, addressed to the missing
units, naming the plan, the deadline, the reporting rate so far and the date by
which to send. A draft leaves the number for the clerk; an issued reminder
carries its number from the register and prints the dashboard of its issue day.

    vnhr-desktop export reminder PLAN_ID --out don-doc.pdf            # draft, today's figures
    vnhr-desktop issue reminder PLAN_ID                               # number from the register
    vnhr-desktop export issued-reminder REMINDER_ID --out don-doc.pdf
"""

from __future__ import annotations

import datetime as dt

from vnhr_desktop.domain.dates import fmt_date, fmt_percent
from vnhr_desktop.domain.printouts.reporting import IssuedReminderView, PlanDashboard
from vnhr_desktop.domain.text import lower_first as _lower
from vnhr_desktop.exports.pdf.document import NDDocument
from vnhr_desktop.exports.pdf.model import HeaderInfo, Signature

REPLY_DAYS = 7


def reply_by(board: PlanDashboard) -> dt.date:
    """The deadline if it is still ahead, otherwise a week from today."""
    if board.deadline and board.deadline >= board.today:
        return board.deadline
    return board.today + dt.timedelta(days=REPLY_DAYS)


def _unit_line(code: str, name: str) -> str:
    return f"{name} (mã {code})" if code else name


def build_issued_reminder_pdf(reminder: IssuedReminderView) -> bytes:
    return build_reminder_pdf(reminder.board, number=reminder.number, symbol=reminder.symbol)


def build_reminder_pdf(board: PlanDashboard, number: int | None = None, symbol: str | None = None) -> bytes:
    header = HeaderInfo(
        issuing_body=board.header_body,
        parent_body=board.header_parent,
        symbol=symbol or board.issuer_code or "VP",
        number=number,
        place=board.place,
        issued_on=board.today,
        subject="đôn đốc gửi báo cáo kết quả thực hiện kế hoạch",
    )
    missing = board.missing_units
    addressees = (
        [_unit_line(u.code, u.name) for u in missing]
        if len(missing) <= 6
        else ["Các đơn vị có tên tại danh sách dưới đây"]
    )
    doc = NDDocument(header, kinh_gui=addressees)
    deadline = f"trước ngày {fmt_date(board.deadline)}" if board.deadline else "theo yêu cầu"
    doc.paragraph(
        f"Thực hiện {board.plan_reference} về việc {_lower(board.plan_title)}, các cơ quan, đơn vị, địa phương "
        f"gửi báo cáo kết quả thực hiện về {board.office_name} {deadline}."
    )
    doc.paragraph(
        f"Đến ngày {fmt_date(board.today)}, {board.office_name} đã nhận được báo cáo của {board.received}/"
        f"{board.expected} đơn vị (tỷ lệ {fmt_percent(board.reporting_rate)}; đúng hạn {board.on_time} đơn vị, "
        f"tỷ lệ {fmt_percent(board.on_time_rate)}). Còn {len(missing)} đơn vị chưa gửi báo cáo, gồm:"
    )
    for u in missing:
        doc.bullet(_unit_line(u.code, u.name))
    doc.paragraph(
        f"Để kịp thời tổng hợp, báo cáo cấp trên, {board.office_name} đề nghị các đơn vị nêu trên khẩn trương "
        f"hoàn thành và gửi báo cáo (bản giấy và gói dữ liệu trên ổ USB) về {board.office_name} "
        f"trước ngày {fmt_date(reply_by(board))}."
    )
    doc.paragraph("Trân trọng./.")
    doc.signature(
        Signature.of(board.signer_authority, board.signer_title, board.signer_name),
        recipients=["Như trên", "Lưu: VT"],
    )
    return doc.build()
