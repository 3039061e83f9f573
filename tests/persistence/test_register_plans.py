"""Issuing plans through the register (reference/document-format.md, Numbers and symbols)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from vnhr_desktop.domain.plan_data import PlanDetail
from vnhr_desktop.errors import UserError, ValidationError
from vnhr_desktop.persistence.models import DocumentRegister, Plan
from vnhr_desktop.services import plans
from vnhr_desktop.services.issuers import IssuerData, register_years, save_issuer
from vnhr_desktop.services.plan_issue import issue_plan, preview_number
from vnhr_desktop.services.register import register_entries

D = dt.date


@pytest.fixture
def two_issuers(db):
    with db.session() as s:
        ubnd = save_issuer(s, IssuerData(name="Ủy ban nhân dân huyện Châu Thành", code="UBND")).id
        bcd = save_issuer(s, IssuerData(name="Ban Chỉ đạo về Nhân quyền huyện Châu Thành", code="BCĐNQ")).id
    return ubnd, bcd


def make_draft(
    db, issuer_id, title="Kế hoạch tuyên truyền", start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31)
) -> int:
    with db.session() as s:
        plan_id, _ = plans.save_plan(
            s, PlanDetail(title=title, issuer_id=issuer_id, period_start=start, period_end=end), today=start
        )
    return plan_id


def issue(db, plan_id, day, number=None) -> str:
    with db.session() as s:
        return issue_plan(s, plan_id, day, number)


def test_drafts_have_no_number(db, two_issuers):
    ubnd, _ = two_issuers
    plan_id = make_draft(db, ubnd)
    with db.Session() as s:
        row = s.get(Plan, plan_id)
        assert row.number is None and row.status == "draft" and row.symbol == "KH-UBND"
        assert s.scalar(select(DocumentRegister.id)) is None
    # a number typed into a draft is not kept: numbers come from the register only
    with db.session() as s:
        detail = plans.get_plan(s, plan_id)
        plans.save_plan(s, PlanDetail(**{**detail.__dict__, "number": 9, "status": "issued"}), today=D(2024, 1, 1))
    with db.Session() as s:
        assert s.get(Plan, plan_id).number is None and s.get(Plan, plan_id).status == "draft"


def test_zero_padded_numbers_and_separate_series(db, two_issuers):
    ubnd, bcd = two_issuers
    first = issue(db, make_draft(db, ubnd), D(2024, 3, 1))
    second = issue(db, make_draft(db, ubnd), D(2024, 4, 1))
    other = issue(db, make_draft(db, bcd), D(2024, 4, 2))
    assert (first, second, other) == ("01/KH-UBND", "02/KH-UBND", "01/KH-BCĐNQ")
    with db.Session() as s:
        assert [e.number_symbol for e in register_entries(s, ubnd, 2024)] == ["01/KH-UBND", "02/KH-UBND"]
        assert [e.number_symbol for e in register_entries(s, bcd, 2024)] == ["01/KH-BCĐNQ"]


def test_series_restarts_on_1_january(db, two_issuers):
    ubnd, _ = two_issuers
    for month in range(1, 11):
        issue(db, make_draft(db, ubnd), D(2024, month, 5))
    late = issue(db, make_draft(db, ubnd), D(2024, 12, 31))
    new_year = issue(db, make_draft(db, ubnd, start=D(2025, 1, 1), end=D(2025, 12, 31)), D(2025, 1, 1))
    assert late == "11/KH-UBND" and new_year == "01/KH-UBND"
    with db.Session() as s:
        assert register_years(s, ubnd) == [2025, 2024]


def test_number_and_symbol_unique_within_the_year(db, two_issuers):
    ubnd, _ = two_issuers
    issue(db, make_draft(db, ubnd), D(2024, 3, 1), number=7)
    clash = make_draft(db, ubnd)
    with pytest.raises(ValidationError, match="07/KH-UBND đã được dùng trong năm 2024"):
        issue(db, clash, D(2024, 5, 1), number=7)
    with db.Session() as s:
        assert s.get(Plan, clash).status == "draft"  # the failed issue left nothing behind
        assert preview_number(s, clash, D(2024, 5, 1)).number_symbol == "08/KH-UBND"
    assert issue(db, clash, D(2024, 5, 1)) == "08/KH-UBND"


def test_corrections_after_issue_keep_the_number(db, two_issuers):
    ubnd, bcd = two_issuers
    plan_id = make_draft(db, ubnd)
    issue(db, plan_id, D(2024, 3, 1))
    with db.session() as s:
        detail = plans.get_plan(s, plan_id)
        fixed = PlanDetail(
            **{
                **detail.__dict__,
                "title": "Kế hoạch tuyên truyền (sửa)",
                "number": 44,
                "issuer_id": bcd,
                "issued_on": D(2024, 9, 9),
                "status": "draft",
            }
        )
        plans.save_plan(s, fixed, today=D(2024, 3, 2))
    with db.Session() as s:
        row = s.get(Plan, plan_id)
        assert (row.number, row.symbol, row.issued_on, row.status) == (1, "KH-UBND", D(2024, 3, 1), "issued")
        assert row.title == "Kế hoạch tuyên truyền (sửa)"
        assert register_entries(s, ubnd, 2024)[0].title == "Kế hoạch tuyên truyền (sửa)"
    with pytest.raises(UserError, match="giữ nguyên số"):
        issue(db, plan_id, D(2024, 4, 1))


def test_received_plans_are_not_numbered_by_the_office(db, two_issuers):
    with db.session() as s:
        plan_id, _ = plans.save_plan(
            s,
            PlanDetail(
                title="Kế hoạch cấp trên",
                kind="received",
                number=5,
                symbol="KH-BCĐNQ",
                issued_on=D(2024, 10, 14),
                issuer_name="Ban Chỉ đạo Nhân quyền Chính phủ",
            ),
        )
    with pytest.raises(UserError, match="Chỉ kế hoạch của đơn vị"):
        issue(db, plan_id, D(2024, 10, 20))


def test_issue_refuses_a_plan_with_errors(db, two_issuers):
    ubnd, _ = two_issuers
    plan_id = make_draft(db, ubnd)
    with db.session() as s:
        s.get(Plan, plan_id).period_end = D(2023, 1, 1)
    with pytest.raises(ValidationError):
        issue(db, plan_id, D(2022, 12, 1))
    with db.Session() as s:
        assert s.scalar(select(DocumentRegister.id)) is None
