"""Checks on a training event before it is saved and whenever it is shown.

Errors stop a save (no title, end before start, a negative count, two bridge
points with one name, two main halls). Warnings are shown but allowed: more
people attended than were invited, bridge-point numbers that do not add up,
an event outside its plan's period.
"""

from __future__ import annotations

from dataclasses import dataclass

from vnhr_desktop.domain.dates import fmt_date, fmt_int
from vnhr_desktop.domain.events import EventData, EventFigures, ParticipantData, PlanPeriod
from vnhr_desktop.domain.text import fold
from vnhr_desktop.errors import ValidationError

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Issue:
    severity: str
    field: str
    message: str

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR


def errors(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if i.is_error]


def warnings(issues: list[Issue]) -> list[Issue]:
    return [i for i in issues if not i.is_error]


def raise_for_errors(issues: list[Issue], what: str = "Thông tin hội nghị") -> None:
    """Raise ValidationError (fields -> first message) when any issue is an error."""
    bad = errors(issues)
    if not bad:
        return
    fields: dict[str, str] = {}
    for issue in bad:
        fields.setdefault(issue.field, issue.message)
    raise ValidationError(f"{what} chưa hợp lệ: " + " ".join(i.message for i in bad), fields)


def present_total(data: EventData, figures: EventFigures | None) -> int:
    """People who attended: the bridge-point counts or the participant list,
    whichever is larger (online points often have no list)."""
    listed = figures.listed_present if figures else 0
    return max(listed, data.bridge_actual_total())


def _basic_errors(data: EventData) -> list[Issue]:
    out: list[Issue] = []
    if len(data.title) < 3:
        out.append(Issue(ERROR, "title", "Cần nhập tên hội nghị, sự kiện."))
    if data.starts_at is None:
        out.append(Issue(ERROR, "starts_at", "Cần nhập ngày giờ bắt đầu."))
    elif data.ends_at is not None and data.ends_at < data.starts_at:
        out.append(Issue(ERROR, "ends_at", "Thời gian kết thúc trước thời gian bắt đầu."))
    for name, value, label in (
        ("invited_count", data.invited_count, "Số đại biểu mời"),
        ("staff_sent_count", data.staff_sent_count, "Số người được cử"),
    ):
        if value is not None and value < 0:
            out.append(Issue(ERROR, name, f"{label} không được âm."))
    for speaker in data.speakers:
        if not speaker.name:
            out.append(Issue(ERROR, "speakers", "Mỗi báo cáo viên cần có họ tên."))
            break
    return out


def _bridge_issues(data: EventData, figures: EventFigures | None) -> list[Issue]:
    out: list[Issue] = []
    seen: set[str] = set()
    for point in data.bridge_points:
        key = fold(point.name)
        if key in seen:
            out.append(Issue(ERROR, "bridge_points", f"Điểm cầu “{point.name}” bị nhập hai lần."))
        seen.add(key)
        for value in (point.expected_count, point.actual_count):
            if value is not None and value < 0:
                out.append(Issue(ERROR, "bridge_points", f"Số người ở điểm cầu “{point.name}” không được âm."))
                break
    mains = [p for p in data.bridge_points if p.is_main]
    if len(mains) > 1:
        out.append(Issue(ERROR, "bridge_points", "Chỉ một điểm cầu là điểm cầu trung tâm (hội trường chính)."))
    elif data.bridge_points and not mains:
        out.append(Issue(WARNING, "bridge_points", "Chưa chọn điểm cầu trung tâm (hội trường chính)."))
    expected = data.bridge_expected_total()
    if data.invited_count and expected and expected != data.invited_count:
        out.append(
            Issue(
                WARNING,
                "bridge_points",
                f"Tổng số dự kiến ở các điểm cầu ({fmt_int(expected)}) khác số đại biểu mời "
                f"({fmt_int(data.invited_count)}).",
            )
        )
    if figures:
        for point in data.bridge_points:
            listed = figures.present_by_point.get(point.name, 0)
            if point.actual_count is not None and listed > point.actual_count:
                out.append(
                    Issue(
                        WARNING,
                        "bridge_points",
                        f"Điểm cầu “{point.name}” ghi {fmt_int(point.actual_count)} người có mặt nhưng danh "
                        f"sách đã đánh dấu {fmt_int(listed)} người có mặt.",
                    )
                )
    return out


def validate_event(
    data: EventData, period: PlanPeriod | None = None, figures: EventFigures | None = None
) -> list[Issue]:
    """All issues of ``data`` (already cleaned), errors first."""
    out = _basic_errors(data)
    if not data.is_outside:
        out += _bridge_issues(data, figures)
        present = present_total(data, figures)
        if data.invited_count is not None and present > data.invited_count:
            out.append(
                Issue(
                    WARNING,
                    "invited_count",
                    f"Số người có mặt ({fmt_int(present)}) nhiều hơn số đại biểu mời ({fmt_int(data.invited_count)}).",
                )
            )
    else:
        if not data.host_body:
            out.append(Issue(WARNING, "host_body", "Chưa ghi cơ quan tổ chức sự kiện."))
        if not data.staff_sent_count:
            out.append(Issue(WARNING, "staff_sent_count", "Chưa ghi số người của cơ quan được cử tham dự."))
    if period is not None and data.starts_at is not None:
        day = data.starts_at.date()
        if not period.contains(day):
            span = f"{fmt_date(period.start) or '…'} - {fmt_date(period.end) or '…'}"
            out.append(
                Issue(
                    WARNING,
                    "plan_id",
                    f"Ngày {fmt_date(day)} nằm ngoài thời gian của kế hoạch ({span}).",
                )
            )
    return sorted(out, key=lambda i: 0 if i.is_error else 1)


def validate_participant(data: ParticipantData) -> list[Issue]:
    out: list[Issue] = []
    if not data.full_name:
        out.append(Issue(ERROR, "full_name", "Cần nhập họ và tên đại biểu."))
    elif len(data.full_name) > 200:
        out.append(Issue(ERROR, "full_name", "Họ và tên quá dài (tối đa 200 ký tự)."))
    if len(data.phone) > 40:
        out.append(Issue(ERROR, "phone", "Số điện thoại quá dài."))
    return out
