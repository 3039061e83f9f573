"""Which agencies' results are in, against the plan's report deadline."""

from __future__ import annotations

import datetime as dt

from tests.report_seed import enter_seed_000
from vnhr_desktop.persistence.models import PlanTask
from vnhr_desktop.services.completeness import (
    IN,
    LATE,
    NONE,
    PARTIAL,
    agency_status,
    deadline_level,
    plan_completeness,
)

D = dt.date


def by_agency(result):
    return {a.agency: a for a in result.agencies}


def test_before_the_deadline(db):
    with db.session() as s:
        seed = enter_seed_000(s)
        c = plan_completeness(s, seed.plan_id, today=D(2020, 12, 12))
    assert (c.deadline, c.days_left, c.level) == (D(2020, 12, 16), 4, "close")
    agencies = by_agency(c)
    assert agencies["Văn phòng Sở Ngoại vụ"].status == IN
    snv = agencies["Sở Ngoại vụ"]
    assert (snv.status, snv.tasks, snv.done, snv.last_done_on) == (PARTIAL, 2, 1, D(2020, 12, 9))
    assert c.reported == 1


def test_after_the_deadline_missing_results_are_late(db):
    with db.session() as s:
        seed = enter_seed_000(s)
        c = plan_completeness(s, seed.plan_id, today=D(2020, 12, 20))
        assert (c.days_left, c.level) == (-4, "past")
        assert by_agency(c)["Sở Ngoại vụ"].status == LATE
        task = s.get(PlanTask, seed.task_ids[2])
        task.status, task.done_on = "done", D(2020, 12, 18)
        s.flush()
        late = by_agency(plan_completeness(s, seed.plan_id, today=D(2020, 12, 20)))["Sở Ngoại vụ"]
        assert late.status == LATE and late.last_done_on == D(2020, 12, 18)
        task.done_on = D(2020, 12, 16)
        s.flush()
        assert by_agency(plan_completeness(s, seed.plan_id, today=D(2020, 12, 20)))["Sở Ngoại vụ"].status == IN


def test_status_rules_and_levels():
    assert agency_status(0, 2, None, D(2025, 1, 1), D(2024, 12, 1)) == NONE
    assert agency_status(0, 2, None, None, D(2030, 1, 1)) == NONE
    assert [deadline_level(n) for n in (None, -1, 0, 7, 8)] == [None, "past", "close", "close", "ok"]


def test_sample_campaign(sample_db):
    from vnhr_desktop.persistence.models import Plan

    with sample_db.Session() as s:
        plan = s.query(Plan).filter_by(number=27).one()
        c = plan_completeness(s, plan.id, today=D(2024, 12, 20))
    assert c.deadline == D(2024, 12, 25) and c.days_left == 5 and c.level == "close"  # agencies report by
    statuses = {a.agency: a.status for a in c.agencies}
    assert len(statuses) == 9  # six departments and three communes lead the district's tasks
    assert statuses["Trung tâm Văn hóa, Thông tin và Thể thao huyện"] == IN  # its task is done
    assert statuses["Công an huyện"] == NONE and statuses["Ủy ban nhân dân xã Song Lộc"] == NONE
    received = {a.agency: a.report_received_on for a in c.agencies if a.report_received_on}
    assert received == {"Phòng Tư pháp": D(2024, 12, 18), "Ủy ban nhân dân thị trấn Châu Thành": D(2024, 12, 20)}
    assert statuses["Phòng Tư pháp"] == IN and c.reported == 3
