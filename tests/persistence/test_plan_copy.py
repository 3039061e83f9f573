"""Copy a plan to next year: its own copies, dates one year on, anniversary wording updated."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from vnhr_desktop.persistence.models import (
    BannerPlacement,
    BridgePoint,
    Participant,
    Plan,
    PlanParagraph,
    PlanTask,
    Slogan,
    Target,
    TrainingEvent,
)
from vnhr_desktop.services import plans
from vnhr_desktop.services.plan_copy import copy_to_next_year

D = dt.date


def campaign_id(s) -> int:
    return s.scalar(select(Plan.id).where(Plan.symbol == "KH-BCĐNQ", Plan.number == 27))


def test_copy_moves_dates_and_wording(sample_db):
    with sample_db.session() as s:
        old_id = campaign_id(s)
        new_id = copy_to_next_year(s, old_id)
    with sample_db.Session() as s:
        old, new = plans.get_plan(s, old_id), plans.get_plan(s, new_id)
    assert new.status == "draft" and new.number is None and new.issued_on is None
    assert new.symbol == "KH-BCĐNQ" and new.issuer_id == old.issuer_id
    assert (new.period_start, new.period_end) == (D(2025, 11, 12), D(2025, 12, 31))
    assert (new.display_start, new.display_end, new.report_deadline) == (
        D(2025, 11, 20),
        D(2025, 12, 31),
        D(2025, 12, 30),
    )
    assert new.agencies_report_by == D(2025, 12, 25)
    assert "77 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2025)" in new.title
    everything = " ".join(
        [
            new.title,
            new.opening,
            new.closing,
            *new.purpose,
            *new.content,
            *new.organisation,
            *(t.content for t in new.tasks),
        ]
    )
    assert "76 năm" not in everything and "10/12/2024" not in everything
    assert "chậm nhất đến ngày 25 tháng 12 năm 2025" in " ".join(new.organisation)
    assert "trước ngày 30 tháng 12 năm 2025" in " ".join(new.organisation)
    assert "từ ngày 20 tháng 11 năm 2025 đến hết ngày 31 tháng 12 năm 2025" in " ".join(new.content)
    # next year implements next year's upper plan: the old reference is not carried over
    assert new.implements_plan_id is None and new.implements_text == "" and new.opening == ""
    assert [t.due_date for t in new.tasks] == [t.due_date.replace(year=t.due_date.year + 1) for t in old.tasks]
    assert {t.status for t in new.tasks} == {"not_started"}
    assert [t.lead_agency for t in new.tasks] == [t.lead_agency for t in old.tasks]
    assert [t.cooperators for t in new.tasks] == [t.cooperators for t in old.tasks]
    assert len(new.purpose) == len(old.purpose) and len(new.content) == len(old.content)
    assert "76 năm" in old.title and old.status == "issued" and old.number == 27


def test_copy_shares_nothing_with_the_old_plan(sample_db):
    with sample_db.session() as s:
        old_id = campaign_id(s)
        new_id = copy_to_next_year(s, old_id)

    def ids(s, model, plan_id):
        return set(s.scalars(select(model.id).where(model.plan_id == plan_id)))

    with sample_db.Session() as s:
        for model in (PlanParagraph, PlanTask, Slogan, BannerPlacement, TrainingEvent):
            old_ids, new_ids = ids(s, model, old_id), ids(s, model, new_id)
            assert old_ids and new_ids and not old_ids & new_ids, model.__name__
            assert len(old_ids) == len(new_ids), model.__name__
        slogans = s.scalars(select(Slogan).where(Slogan.plan_id == new_id)).all()
        assert {sl.year for sl in slogans} == {2025}
        placements = s.scalars(select(BannerPlacement).where(BannerPlacement.plan_id == new_id)).all()
        assert {p.slogan.plan_id for p in placements} == {new_id}
        assert {p.status for p in placements} == {"planned"} and all(p.hung_on is None for p in placements)
        assert min(p.start_date for p in placements) == D(2025, 11, 20)
        events = s.scalars(select(TrainingEvent).where(TrainingEvent.plan_id == new_id)).all()
        conference = next(e for e in events if e.kind == "training")
        assert conference.starts_at == dt.datetime(2025, 12, 5, 8, 0)
        assert conference.title.endswith("năm 2025")
        assert len(conference.bridge_points) == 9
        assert all(bp.actual_count is None for bp in conference.bridge_points)
        assert s.scalar(select(func.count(Participant.id)).where(Participant.event_id == conference.id)) == 0
        old_bp = set(s.scalars(select(BridgePoint.id).join(TrainingEvent).where(TrainingEvent.plan_id == old_id)))
        assert not old_bp & {bp.id for bp in conference.bridge_points}
    # editing the copy leaves the old plan as it was
    with sample_db.session() as s:
        s.get(Plan, new_id).tasks[0].content = "Nội dung mới"
        s.get(Plan, new_id).paragraphs[0].text = "Đoạn mới"
    with sample_db.Session() as s:
        assert s.get(Plan, old_id).tasks[0].content.startswith("Chủ trì, phối hợp với các cơ quan, đơn vị liên quan")
        assert s.get(Plan, old_id).paragraphs[0].text.startswith("Đẩy mạnh công tác thông tin")


def test_copy_of_a_plan_with_targets(sample_db):
    with sample_db.session() as s:
        old_id = s.scalar(select(Plan.id).where(Plan.number == 46))
        new_id = copy_to_next_year(s, old_id)
    with sample_db.Session() as s:
        old_targets = s.scalars(select(Target).where(Target.plan_id == old_id).order_by(Target.position)).all()
        new_targets = s.scalars(select(Target).where(Target.plan_id == new_id).order_by(Target.position)).all()
        assert [t.description for t in new_targets] == [t.description for t in old_targets]
        assert [t.target_value for t in new_targets] == [100, 100, 70, 90, 14]
        assert all(t.achieved_value is None for t in new_targets)
        assert s.get(Plan, new_id).year == 2024
