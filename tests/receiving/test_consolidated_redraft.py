""" "Soạn lại từ số liệu" on a consolidated draft composes the consolidation
again (the units' reports received since, the missing units, the totals) and
the office's own records after it, instead of replacing it with own-records
text; the unit figures behind the annex follow, so text and annex agree."""

from __future__ import annotations

import datetime as dt

import pytest

from vnhr_desktop.errors import UserError
from vnhr_desktop.services.consolidated_report import (
    HEAD_MISSING,
    HEAD_TOTALS,
    HEAD_UNITS,
    compose_consolidated,
    load_consolidated,
)
from vnhr_desktop.services.receiving import receive_packages
from vnhr_desktop.services.reports import create_report, issue_report, redraft, redraft_preview, report_edit

TODAY = dt.date(2025, 1, 8)


def test_redraft_composes_the_consolidation_again(province, two_packages):
    db, office = province
    cat, long_hoa = two_packages
    with db.session() as s:
        receive_packages(s, [cat], today=TODAY)
    with db.session() as s:
        report_id = compose_consolidated(s, office.plan_id, today=TODAY)
    with db.Session() as s:
        composed = report_edit(s, report_id).sections
        own_headings = [h for h, _ in composed[3:]]
    assert [h for h, _ in composed[:3]] == [HEAD_TOTALS, HEAD_UNITS, HEAD_MISSING] and own_headings
    assert "Ủy ban nhân dân xã Long Hòa" in dict(composed)[HEAD_MISSING]

    with db.session() as s:  # a later unit report arrives while the report is a draft
        receive_packages(s, [long_hoa], today=TODAY)
    with db.Session() as s:
        now, new = redraft_preview(s, report_id, today=TODAY)
        assert now == composed and len(load_consolidated(s, report_id).units) == 1  # nothing written
    with db.session() as s:
        redraft(s, report_id, today=TODAY)
    with db.Session() as s:
        sections = report_edit(s, report_id).sections
        view = load_consolidated(s, report_id)
    assert sections == new
    assert [h for h, _ in sections] == [HEAD_TOTALS, HEAD_UNITS, HEAD_MISSING, *own_headings]
    text = dict(sections)
    assert "đã nhận báo cáo của 2/4 đơn vị" in text[HEAD_TOTALS]
    assert "Ủy ban nhân dân xã Long Hòa (Báo cáo số" in text[HEAD_UNITS]
    assert "Ủy ban nhân dân xã Long Hòa" not in text[HEAD_MISSING]
    assert {u.name for u in view.units} == {"Công an tỉnh Trà Vinh", "Ủy ban nhân dân xã Long Hòa"}
    assert view.totals["media"] == 1 + 3 + 5  # own records, then the two units


def test_an_ordinary_report_is_redrafted_from_own_records_only(province, two_packages):
    db, office = province
    with db.session() as s:
        receive_packages(s, list(two_packages), today=TODAY)
    with db.session() as s:
        report_id = create_report(s, office.plan_id, None, None, title="Báo cáo kết quả", today=TODAY)
        redraft(s, report_id, today=TODAY)
        headings = [h for h, _ in report_edit(s, report_id).sections]
    assert HEAD_UNITS not in headings and HEAD_MISSING not in headings


def test_an_issued_consolidated_report_is_not_redrafted(province, two_packages):
    db, office = province
    with db.session() as s:
        receive_packages(s, [two_packages[0]], today=TODAY)
    with db.session() as s:
        report_id = compose_consolidated(s, office.plan_id, today=TODAY)
        issue_report(s, report_id, dt.date(2025, 1, 9))
    with db.session() as s, pytest.raises(UserError):
        redraft(s, report_id, today=TODAY)
