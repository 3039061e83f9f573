"""Tasks due soon and overdue across plans, grouped by lead agency."""

from __future__ import annotations

import datetime as dt

from vnhr_desktop.domain.text import sort_key
from vnhr_desktop.services.due_tasks import NO_AGENCY, due_counts, due_summary, mark_task_done

D = dt.date


def test_grouped_by_agency_with_counts(sample_db):
    with sample_db.Session() as s:
        summary = due_summary(s, D(2024, 12, 5), 7)
        assert due_counts(s, D(2024, 12, 5), 7) == (summary.due_soon, summary.overdue) == (1, 1)
    groups = {g.agency: g for g in summary.groups}
    assert set(groups) == {"Phòng Giáo dục và Đào tạo", "Phòng Văn hóa và Thông tin"}
    soon = groups["Phòng Giáo dục và Đào tạo"].tasks[0]
    late = groups["Phòng Văn hóa và Thông tin"].tasks[0]
    assert (soon.due_date, soon.days_left, soon.overdue) == (D(2024, 12, 10), 5, False)
    assert (late.due_date, late.days_left, late.overdue) == (D(2024, 11, 20), -15, True)
    assert soon.plan_label == "27/KH-BCĐNQ"


def test_window_done_tasks_and_drafts(sample_db):
    with sample_db.Session() as s:
        wide = due_summary(s, D(2024, 12, 5), 30)
        assert [g.agency for g in wide.groups] == sorted([g.agency for g in wide.groups], key=sort_key)
        # by 04/01/2025: Giáo dục, Dân tộc, Đa Lộc, Song Lộc and Công an huyện; done tasks are left out
        assert wide.due_soon == 5 and wide.overdue == 1
        assert due_summary(s, D(2024, 11, 1), 0).groups == ()
    with sample_db.session() as s:
        task_id = wide.groups[-1].tasks[0].task_id
        mark_task_done(s, task_id, D(2024, 12, 5))
    with sample_db.Session() as s:
        assert due_summary(s, D(2024, 12, 5), 30).due_soon + due_summary(s, D(2024, 12, 5), 30).overdue == 5


def test_tasks_without_agency_come_last(db):
    from vnhr_desktop.domain.plan_data import PlanDetail, TaskItem
    from vnhr_desktop.services import plans
    from vnhr_desktop.services.issuers import IssuerData, save_issuer
    from vnhr_desktop.services.plan_issue import issue_plan

    with db.session() as s:
        issuer = save_issuer(s, IssuerData(name="Ủy ban nhân dân huyện Châu Thành", code="UBND")).id
        plan_id, _ = plans.save_plan(
            s,
            PlanDetail(
                title="Kế hoạch tuyên truyền",
                issuer_id=issuer,
                period_start=D(2024, 11, 1),
                period_end=D(2024, 12, 31),
                tasks=(
                    TaskItem("Không ai chủ trì", due_date=D(2024, 11, 10)),
                    TaskItem("Ấp Phú Hòa", "Ủy ban nhân dân xã Đa Lộc", due_date=D(2024, 11, 12)),
                ),
            ),
            today=D(2024, 11, 1),
        )
        draft_summary = due_summary(s, D(2024, 11, 9), 7)
        issue_plan(s, plan_id, D(2024, 11, 1))
        summary = due_summary(s, D(2024, 11, 9), 7)
    assert draft_summary.groups == ()  # drafts are not followed up yet
    assert [g.agency for g in summary.groups] == ["Ủy ban nhân dân xã Đa Lộc", NO_AGENCY]


def test_counts_come_from_sql_and_rows_are_capped(sample_db):
    with sample_db.Session() as s:
        full = due_summary(s, D(2025, 3, 1), 7)
        capped = due_summary(s, D(2025, 3, 1), 7, limit=2)
    assert capped.overdue == full.overdue and capped.due_soon == full.due_soon
    assert sum(len(g.tasks) for g in capped.groups) == 2
    assert capped.hidden == full.overdue + full.due_soon - 2
    latest = max(t.due_date for g in full.groups for t in g.tasks)
    assert latest in {t.due_date for g in capped.groups for t in g.tasks}
