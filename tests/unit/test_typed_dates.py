"""Dates typed the way officers type them; impossible days refused, never moved."""

import datetime as dt

import pytest

from vnhr_desktop.domain.banner_rules import PlacementDraft, check_placement
from vnhr_desktop.domain.dates import parse_typed_date

TODAY = dt.date(2024, 11, 18)


@pytest.mark.parametrize(
    "text",
    ["20/11/2024", "20/11", "20112024", "201124", "2011", "20-11-2024", "20.11.2024", "2024-11-20", " 20/11/2024 "],
)
def test_typed_forms(text):
    assert parse_typed_date(text, TODAY) == dt.date(2024, 11, 20)


def test_empty_is_no_date():
    assert parse_typed_date("", TODAY) is None and parse_typed_date("  ", TODAY) is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("31/11", "Không có ngày 31/11/2024: tháng 11 năm 2024 chỉ có 30 ngày."),
        ("29/02/2023", "chỉ có 28 ngày"),
        ("31112024", "chỉ có 30 ngày"),
        ("12/13/2024", "Không có tháng 13"),
        ("hai mươi", "Không hiểu ngày"),
    ],
)
def test_impossible_days_are_refused_with_a_message(text, words):
    with pytest.raises(ValueError) as caught:
        parse_typed_date(text, TODAY)
    assert words in str(caught.value)


def test_leap_day_is_a_day():
    assert parse_typed_date("29/02/2024", TODAY) == dt.date(2024, 2, 29)


def _draft(**changes):
    base = dict(
        slogan_id=1,
        location="Chợ Cầu Kè",
        plan_id=1,
        form="banner",
        quantity=1,
        start_date=dt.date(2024, 11, 20),
        end_date=dt.date(2024, 12, 31),
        status="up",
        hung_on=dt.date(2024, 11, 20),
    )
    return PlacementDraft(**(base | changes))


def test_hung_before_the_planned_start_or_on_a_future_day_is_a_warning():
    assert [p for p in check_placement(_draft(), today=dt.date(2024, 11, 25)) if p.field == "hung_on"] == []
    early = check_placement(_draft(hung_on=dt.date(2024, 11, 15)), today=dt.date(2024, 11, 25))
    assert [(p.level, p.field) for p in early] == [("warning", "hung_on")]
    assert "trước ngày bắt đầu treo dự kiến (20/11/2024)" in early[0].message
    future = check_placement(_draft(hung_on=dt.date(2024, 11, 30)), today=dt.date(2024, 11, 25))
    assert [(p.level, p.field) for p in future] == [("warning", "hung_on")]
    assert "chưa tới" in future[0].message


def test_task_due_before_the_plan_is_issued_is_a_warning():
    from vnhr_desktop.domain.plan_data import PlanDetail, TaskItem
    from vnhr_desktop.domain.plan_rules import check_plan

    plan = PlanDetail(
        title="Kế hoạch",
        issued_on=dt.date(2024, 11, 5),
        tasks=(TaskItem(content="Treo băng rôn", lead_agency="Phòng VH-TT", due_date=dt.date(2024, 11, 1)),),
    )
    found = [f for f in check_plan(plan) if f.field.endswith("due_date")]
    assert len(found) == 1 and not found[0].is_error
    assert "trước ngày ban hành kế hoạch (05/11/2024)" in found[0].message
