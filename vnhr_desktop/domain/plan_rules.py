"""Checks of a plan before it is saved or issued, with the Vietnamese message the
editor shows next to the field. Errors stop the save; warnings are shown and the
save goes on.

Field keys: header fields by name ("title", "period_end", "number", ...);
tasks as "task:<index>:<field>", targets as "target:<index>:<field>".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.domain.enums import PlanKind, PlanStatus, TargetUnit
from vnhr_desktop.domain.plan_data import PlanDetail
from vnhr_desktop.errors import ValidationError

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Finding:
    field: str
    message: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def task_key(index: int, name: str) -> str:
    return f"task:{index}:{name}"


def target_key(index: int, name: str) -> str:
    return f"target:{index}:{name}"


def _span(start: dt.date | None, end: dt.date | None) -> str:
    return f"{fmt_date(start) or '...'} - {fmt_date(end) or '...'}"


def _header(plan: PlanDetail, today: dt.date, number_taken: bool) -> list[Finding]:
    out: list[Finding] = []
    if len(plan.title) < 5:
        out.append(Finding("title", "Cần nhập trích yếu của kế hoạch (nội dung chính)."))
    if plan.kind == PlanKind.OWN and plan.issuer_id is None:
        out.append(Finding("issuer", "Chọn cơ quan ban hành (để lập ký hiệu và cấp số)."))
    if plan.kind == PlanKind.RECEIVED:
        if not plan.issuer_name:
            out.append(Finding("issuer", "Nhập cơ quan ban hành kế hoạch cấp trên."))
        if plan.number is None:
            out.append(Finding("number", "Nhập số của kế hoạch nhận được.", WARNING))
        if plan.issued_on is None:
            out.append(Finding("issued_on", "Nhập ngày ban hành của kế hoạch nhận được.", WARNING))
    if plan.number is not None and plan.number < 1:
        out.append(Finding("number", "Số văn bản bắt đầu từ 01."))
    if number_taken:
        out.append(
            Finding("number", f"Số {plan.number_symbol} đã được dùng trong năm {plan.document_year}; chọn số khác.")
        )
    if plan.period_start and plan.period_end and plan.period_end < plan.period_start:
        out.append(Finding("period_end", f"Ngày kết thúc phải sau ngày bắt đầu ({fmt_date(plan.period_start)})."))
    if plan.display_start and plan.display_end and plan.display_end < plan.display_start:
        out.append(
            Finding(
                "display_end", f"Ngày kết thúc treo khẩu hiệu phải sau ngày bắt đầu ({fmt_date(plan.display_start)})."
            )
        )
    if plan.status == PlanStatus.DRAFT and plan.report_deadline and plan.report_deadline < today:
        out.append(
            Finding(
                "report_deadline",
                f"Hạn báo cáo {fmt_date(plan.report_deadline)} đã qua; kiểm tra lại trước khi ban hành.",
                WARNING,
            )
        )
    if plan.agencies_report_by and plan.report_deadline and plan.agencies_report_by > plan.report_deadline:
        out.append(
            Finding(
                "agencies_report_by",
                "Hạn các cơ quan, đơn vị báo cáo về đơn vị mình sau hạn đơn vị báo cáo cấp trên.",
                WARNING,
            )
        )
    if plan.report_deadline and plan.period_start and plan.report_deadline < plan.period_start:
        out.append(Finding("report_deadline", "Hạn báo cáo trước ngày bắt đầu thực hiện kế hoạch.", WARNING))
    return out


def _tasks(plan: PlanDetail) -> list[Finding]:
    out: list[Finding] = []
    for i, task in enumerate(plan.tasks):
        if not task.content:
            out.append(Finding(task_key(i, "content"), f"Nhiệm vụ {i + 1}: cần nhập nội dung."))
        if not task.lead_agency:
            out.append(Finding(task_key(i, "lead_agency"), f"Nhiệm vụ {i + 1} chưa có cơ quan chủ trì.", WARNING))
        due = task.due_date
        if due and plan.issued_on and due < plan.issued_on:
            out.append(
                Finding(
                    task_key(i, "due_date"),
                    f"Nhiệm vụ {i + 1}: thời hạn {fmt_date(due)} trước ngày ban hành kế hoạch "
                    f"({fmt_date(plan.issued_on)}).",
                    WARNING,
                )
            )
        elif due and ((plan.period_start and due < plan.period_start) or (plan.period_end and due > plan.period_end)):
            out.append(
                Finding(
                    task_key(i, "due_date"),
                    f"Nhiệm vụ {i + 1}: thời hạn {fmt_date(due)} nằm ngoài thời gian thực "
                    f"hiện kế hoạch ({_span(plan.period_start, plan.period_end)}).",
                    WARNING,
                )
            )
    return out


def _targets(plan: PlanDetail) -> list[Finding]:
    out: list[Finding] = []
    for i, target in enumerate(plan.targets):
        if not target.description:
            out.append(Finding(target_key(i, "description"), f"Chỉ tiêu {i + 1}: cần nhập nội dung."))
        if target.target_value is None or target.target_value <= 0:
            out.append(Finding(target_key(i, "target_value"), f"Chỉ tiêu {i + 1}: giá trị chỉ tiêu phải lớn hơn 0."))
        elif target.unit == TargetUnit.PERCENT and target.target_value > 100:
            out.append(
                Finding(
                    target_key(i, "target_value"), f"Chỉ tiêu {i + 1}: chỉ tiêu phần trăm không được vượt quá 100 %."
                )
            )
        achieved = target.achieved_value
        if achieved is not None and achieved < 0:
            out.append(Finding(target_key(i, "achieved_value"), f"Chỉ tiêu {i + 1}: kết quả đạt được không được âm."))
        elif achieved is not None and target.unit == TargetUnit.PERCENT and achieved > 100:
            out.append(
                Finding(target_key(i, "achieved_value"), f"Chỉ tiêu {i + 1}: tỷ lệ đạt được không được vượt quá 100 %.")
            )
    return out


def check_plan(plan: PlanDetail, today: dt.date | None = None, *, number_taken: bool = False) -> list[Finding]:
    """Every finding for ``plan`` (cleaned by the caller), errors and warnings."""
    today = today or dt.date.today()
    return _header(plan, today, number_taken) + _tasks(plan) + _targets(plan)


def errors_of(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]


def warnings_of(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if not f.is_error]


def raise_errors(findings: list[Finding]) -> None:
    """Raise ValidationError carrying every error, field by field."""
    errors = errors_of(findings)
    if errors:
        fields: dict[str, str] = {}
        for f in errors:
            fields.setdefault(f.field, f.message)
        raise ValidationError("Kế hoạch chưa hợp lệ: " + " ".join(fields.values()), fields)
