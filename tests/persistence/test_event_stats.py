"""The figures the result report counts: per event and per plan."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from vnhr_desktop.persistence.models import Plan, TrainingEvent
from vnhr_desktop.services.event_stats import bridge_figures, event_stats, plan_event_summary


def _conference(s):
    return s.scalars(select(TrainingEvent).where(TrainingEvent.kind == "training")).one()


def test_event_stats_of_the_sample_conference(sample_db):
    with sample_db.Session() as s:
        event = _conference(s)
        stats = event_stats(s, event.id)
        points = bridge_figures(s, event.id)
    assert stats.invited == 320 and stats.registered == 80
    assert stats.attended == 68 and stats.absent == 12  # every 7th person absent
    assert stats.bridge_expected == 320 and stats.bridge_actual == 301
    assert stats.present_total == 301
    assert round(stats.attendance_rate, 1) == 94.1  # 301 of 320 invited
    assert sum(p.registered for p in stats.by_agency) == 80
    assert {p.label: p.registered for p in stats.by_gender} == {"male": 40, "female": 40}
    assert [p.registered for p in stats.by_bridge_point] == [9] * 8 + [8]
    assert points[0].name == "Hội trường UBND huyện" and points[0].is_main
    assert (points[0].expected, points[0].actual, points[0].listed) == (120, 114, 9)
    assert sum(p.listed_present for p in points) == 68


def test_plan_event_summary(sample_db):
    with sample_db.Session() as s:
        plan_id = _conference(s).plan_id
        summary = plan_event_summary(s, plan_id)
        december = plan_event_summary(s, plan_id, dt.date(2024, 12, 1), dt.date(2024, 12, 31))
        plan = s.get(Plan, plan_id)
    assert summary.events_held == 2 and summary.events_by_kind == {"training": 1, "seminar": 1}
    assert summary.participants_reached == 301 + 42
    assert summary.outside_events == 2 and summary.staff_sent == 5
    assert summary.staff_names == [
        "Nguyễn Thị Thu Hạnh, Chuyên viên Phòng Tư pháp; Thạch Văn Sang, Cán bộ Công an huyện",
        "Lãnh đạo Công an huyện; Lãnh đạo Phòng Văn hóa và Thông tin; Chuyên viên Phòng Tư pháp",
    ]
    assert len(summary.lines) == 4 and {line.present for line in summary.lines} >= {301, 42}
    assert december.outside_events == 1 and december.staff_sent == 3
    assert plan.title


def test_empty_event(db):
    with db.session() as s:
        event = TrainingEvent(title="Hội nghị mới", starts_at=dt.datetime(2025, 1, 5, 8))
        s.add(event)
        s.flush()
        stats = event_stats(s, event.id)
    assert (stats.registered, stats.attended, stats.present_total, stats.attendance_rate) == (0, 0, 0, None)
