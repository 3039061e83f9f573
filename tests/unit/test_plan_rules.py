"""Plan validation: the Vietnamese messages the editor shows next to each field."""

from __future__ import annotations

import datetime as dt

import pytest

from vnhr_desktop.domain.plan_data import PlanDetail, TargetItem, TaskItem, implements_reference, parse_number
from vnhr_desktop.domain.plan_rules import check_plan, errors_of, raise_errors, warnings_of
from vnhr_desktop.errors import ValidationError

D = dt.date
TODAY = D(2024, 11, 1)


def plan(**kw) -> PlanDetail:
    base = dict(
        title="Tuyên truyền Ngày Nhân quyền thế giới năm 2024",
        issuer_id=1,
        issuer_name="UBND",
        period_start=D(2024, 11, 5),
        period_end=D(2024, 12, 31),
    )
    base.update(kw)
    return PlanDetail(**base).cleaned()


def by_field(findings):
    return {f.field: f for f in findings}


def test_a_good_plan_has_no_findings():
    good = plan(
        tasks=(TaskItem("Treo băng rôn", "Phòng Văn hóa - Thông tin", due_date=D(2024, 11, 20)),),
        targets=(TargetItem("Cán bộ được tập huấn", 100, "percent", 92),),
        report_deadline=D(2025, 1, 1),
    )
    assert check_plan(good, TODAY) == []


def test_end_before_start_is_an_error():
    f = by_field(check_plan(plan(period_end=D(2024, 11, 1)), TODAY))["period_end"]
    assert f.is_error and f.message == "Ngày kết thúc phải sau ngày bắt đầu (05/11/2024)."


def test_due_outside_period_is_a_warning():
    p = plan(tasks=(TaskItem("Báo cáo kết quả", "Công an tỉnh", due_date=D(2025, 1, 1)),))
    f = by_field(check_plan(p, TODAY))["task:0:due_date"]
    assert not f.is_error
    assert "nằm ngoài thời gian thực hiện kế hoạch (05/11/2024 - 31/12/2024)" in f.message


def test_number_used_that_year_is_an_error():
    p = plan(number=5, symbol="KH-UBND", issued_on=D(2024, 11, 5))
    f = by_field(check_plan(p, TODAY, number_taken=True))["number"]
    assert f.is_error and f.message == "Số 05/KH-UBND đã được dùng trong năm 2024; chọn số khác."


def test_percent_target_above_100_is_an_error():
    p = plan(targets=(TargetItem("Tin giả được xử lý", 120, "percent"), TargetItem("Số tin, bài", 120, "count")))
    found = by_field(check_plan(p, TODAY))
    assert found["target:0:target_value"].is_error
    assert "không được vượt quá 100 %" in found["target:0:target_value"].message
    assert "target:1:target_value" not in found


def test_task_without_lead_agency_is_a_warning():
    f = by_field(check_plan(plan(tasks=(TaskItem("Viết bài tuyên truyền"),)), TODAY))["task:0:lead_agency"]
    assert not f.is_error and f.message == "Nhiệm vụ 1 chưa có cơ quan chủ trì."


def test_past_deadline_on_a_draft_is_a_warning_but_not_once_issued():
    late = plan(report_deadline=D(2024, 10, 1), period_start=D(2024, 9, 1))
    f = by_field(check_plan(late, TODAY))["report_deadline"]
    assert not f.is_error and "đã qua" in f.message
    issued = plan(report_deadline=D(2024, 10, 1), period_start=D(2024, 9, 1), status="issued")
    assert "report_deadline" not in by_field(check_plan(issued, TODAY))


def test_missing_title_and_issuer_stop_the_save():
    findings = check_plan(plan(title="", issuer_id=None), TODAY)
    assert {f.field for f in errors_of(findings)} == {"title", "issuer"}
    with pytest.raises(ValidationError) as info:
        raise_errors(findings)
    assert set(info.value.fields) == {"title", "issuer"}
    assert warnings_of(findings) == []


def test_cleaning_drops_empty_paragraphs_and_recipients_and_normalises():
    p = PlanDetail(
        title="  Kế hoạch  ",
        purpose=("Mục đích 1", "  ", "Mục đích 2"),
        recipients=("Như trên;", "", "Lưu: VT"),
        tasks=(TaskItem("x", "Công an tỉnh", cooperators=("Công an tỉnh", "Báo Trà Vinh", "")),),
    )
    c = p.cleaned()
    assert c.title == "Kế hoạch" and c.purpose == ("Mục đích 1", "Mục đích 2")
    assert c.recipients == ("Như trên;", "Lưu: VT")
    assert c.tasks[0].cooperators == ("Báo Trà Vinh",)


def test_target_share_and_number_parsing():
    assert TargetItem("x", 90, "percent", 78).percent_of_target == pytest.approx(86.666, rel=1e-3)
    assert TargetItem("x", 90, "percent").percent_of_target is None
    assert [parse_number(t) for t in ("85", "85,5", "1.234", "1.234,5", "", "100 %")] == [
        85,
        85.5,
        1234,
        1234.5,
        None,
        100,
    ]
    with pytest.raises(ValueError):
        parse_number("abc")


def test_implements_reference():
    assert implements_reference(
        "05/KH-BCĐNQ", D(2024, 10, 14), "Ban Chỉ đạo Nhân quyền Chính phủ", "Triển khai đợt cao điểm tuyên truyền"
    ) == (
        "Kế hoạch số 05/KH-BCĐNQ ngày 14 tháng 10 năm 2024 của Ban Chỉ đạo Nhân quyền Chính phủ "
        "về việc triển khai đợt cao điểm tuyên truyền"
    )
