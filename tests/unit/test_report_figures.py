"""Figures of a result report computed from records that match seed 000."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.report_seed import EMBASSY, NGOS, PERIOD, WEBSITE, enter_seed_000
from vnhr_desktop.services.event_stats import plan_event_summary
from vnhr_desktop.services.report_figures import compute_figures, figures_from_json, figures_to_json

TODAY = dt.date(2020, 12, 16)


@pytest.fixture
def seeded(db):
    with db.session() as s:
        seed = enter_seed_000(s)
    with db.Session() as s:
        yield s, seed, compute_figures(s, seed.plan_id, *PERIOD, today=TODAY)


def test_media_counted_by_kind_and_channel_with_their_records(seeded):
    _s, seed, f = seeded
    total = f.media_total()
    assert total.quantity == 12 and total.items == 12
    assert (total.first_on, total.last_on) == (dt.date(2020, 12, 1), dt.date(2020, 12, 15))
    assert [(m.kind, m.quantity) for m in f.media_by_kind()] == [("news", 6), ("article", 6)]
    assert [(m.channel, m.quantity) for m in f.media_by_channel()] == [(WEBSITE, 12)]
    assert sorted(total.ids) == sorted(seed.media_ids)


def test_media_outside_the_period_or_plan_is_left_out(db):
    from vnhr_desktop.services.media import MediaInput, add_media

    with db.session() as s:
        seed = enter_seed_000(s)
        add_media(s, MediaInput("news", "Tin tháng 1", dt.date(2021, 1, 5), WEBSITE, plan_id=seed.plan_id))
        add_media(s, MediaInput("news", "Tin không thuộc kế hoạch", dt.date(2020, 12, 5), WEBSITE))
    with db.Session() as s:
        assert compute_figures(s, seed.plan_id, *PERIOD).media_total().quantity == 12


def test_events_come_from_event_stats(seeded):
    s, seed, f = seeded
    summary = plan_event_summary(s, seed.plan_id, *PERIOD)
    t = f.event_totals
    assert (t.events_held, t.outside_events, t.staff_sent) == (2, 3, 3)
    assert t.participants_reached == summary.participants_reached == 13 + 36
    assert sum(e.reached for e in f.events) == t.participants_reached
    conference = next(e for e in f.events if e.id == seed.conference_id)
    assert conference.held_on == dt.date(2020, 12, 3)
    assert conference.organisations == len(NGOS) + 1 == 13
    seminar = next(e for e in f.events if e.id == seed.seminar_id)
    assert seminar.kind == "seminar" and seminar.reached == 36
    assert [b.reported for b in seminar.bridge_points] == [36]
    training = next(o for o in f.outside if o.id == seed.outside_ids[0])
    assert training.held_on == dt.date(2020, 11, 19) and training.staff_sent == 1
    assert EMBASSY  # the embassy is one of the 13 organisations


def test_tasks_by_agency_and_overdue(seeded):
    _s, seed, f = seeded
    lines = {t.agency: t for t in f.tasks}
    assert lines["Văn phòng Sở Ngoại vụ"].done == 1
    snv = lines["Sở Ngoại vụ"]
    assert (snv.total, snv.done, snv.in_progress, snv.overdue) == (2, 1, 1, 0)
    later = compute_figures(_s, seed.plan_id, *PERIOD, today=dt.date(2021, 1, 10))
    # overdue is counted against the end of the period, not a later day
    assert {t.agency: t.overdue for t in later.tasks}["Sở Ngoại vụ"] == 0
    late = compute_figures(_s, seed.plan_id, PERIOD[0], dt.date(2020, 12, 20), today=dt.date(2021, 1, 10))
    assert {t.agency: t.overdue_ids for t in late.tasks}["Sở Ngoại vụ"] == (seed.task_ids[2],)


def test_chart_without_targets_compares_planned_and_done(seeded):
    _s, _seed, f = seeded
    assert f.targets == ()
    tasks = next(c for c in f.chart if c.record_kind == "plan_task")
    assert (tasks.target, tasks.achieved) == (3, 2)
    invited = next(c for c in f.chart if c.record_kind == "training_event")
    assert (invited.target, invited.achieved) == (40, 36)


def test_plan_targets_are_used_when_the_plan_has_them(db):
    from vnhr_desktop.persistence.models import Plan, Target

    with db.session() as s:
        seed = enter_seed_000(s)
        plan = s.get(Plan, seed.plan_id)
        plan.targets.append(
            Target(position=0, description="Cán bộ được tập huấn", target_value=100, unit="percent", achieved_value=92)
        )
    with db.Session() as s:
        f = compute_figures(s, seed.plan_id, *PERIOD)
        assert [(t.description, t.target, t.achieved, t.unit) for t in f.chart] == [
            ("Cán bộ được tập huấn", 100, 92, "percent")
        ]
        assert f.chart == f.targets


def test_json_round_trip_is_exact(seeded):
    _s, _seed, f = seeded
    text = figures_to_json(f)
    back = figures_from_json(text)
    assert back == f
    assert isinstance(back.media[0].ids, tuple) and isinstance(back.period_start, dt.date)
