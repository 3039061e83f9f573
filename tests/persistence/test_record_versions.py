"""Two PCs editing the same record: two Database objects on one file stand for
two PCs. The second save from an older copy is refused with one line naming the
record and the time of the other save, and nothing is overwritten."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import select

from vnhr_desktop.errors import StaleRecord
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.models import MediaOutput, Participant
from vnhr_desktop.services.media import MediaInput, add_media, get_media, update_media
from vnhr_desktop.services.record_versions import claim, loaded, local_hhmm

LINE = re.compile(r"^«(.+)» vừa được sửa trên máy khác lúc (\d\d:\d\d); hãy mở lại\.$")


@pytest.fixture
def two_pcs(sample_db):
    other = open_database(sample_db.paths)
    yield sample_db, other
    other.close()


def _media(db) -> int:
    with db.session() as s:
        return add_media(s, MediaInput(kind="news", title="Tin về Ngày Nhân quyền", published_on=dt.date(2026, 12, 1)))


def test_second_save_from_an_older_copy_is_refused_and_keeps_the_first(two_pcs):
    a, b = two_pcs
    media_id = _media(a)
    with a.Session() as s:  # PC A opens the editor
        a_copy = get_media(s, media_id)
        a_version = loaded(s, "media_output", media_id, a_copy.title)
    with b.Session() as s:  # PC B opens, edits and saves
        b_version = loaded(s, "media_output", media_id, "Tin về Ngày Nhân quyền")
        b_copy = get_media(s, media_id)
    with b.session() as s:
        claim(s, b_version)
        update_media(s, media_id, MediaInput(**{**b_copy.__dict__, "title": "Tin của máy B"}))
    with pytest.raises(StaleRecord) as refused, a.session() as s:  # PC A saves its older copy
        claim(s, a_version)
        update_media(s, media_id, MediaInput(**{**a_copy.__dict__, "title": "Tin của máy A"}))
    found = LINE.match(refused.value.message)
    assert found, refused.value.message
    assert found.group(1) == "Tin về Ngày Nhân quyền"
    with a.Session() as s:
        row = s.get_one(MediaOutput, media_id)
        assert row.title == "Tin của máy B"
        assert found.group(2) == local_hhmm(row.updated_at)


def test_a_save_from_the_current_copy_goes_through_and_moves_the_version_on(two_pcs):
    a, b = two_pcs
    media_id = _media(a)
    with a.Session() as s:
        first = loaded(s, "media_output", media_id, "Tin")
    with a.session() as s:
        claim(s, first)
    with b.Session() as s:
        after = loaded(s, "media_output", media_id, "Tin")
    assert after.version > first.version
    with b.session() as s:  # B's copy is current: its save goes through
        claim(s, after)


def test_changing_only_a_part_of_a_plan_counts_as_a_change_of_the_plan(two_pcs):
    """A task edited on PC B (the plan's own columns untouched) still refuses PC A's whole-plan save."""
    from vnhr_desktop.services.plans import get_plan, save_plan

    a, b = two_pcs
    with a.Session() as s:
        from vnhr_desktop.persistence.models import PlanTask

        plan_id = s.scalars(select(PlanTask.plan_id).order_by(PlanTask.id)).first()
        a_plan = get_plan(s, plan_id)
        a_version = loaded(s, "plan", plan_id, a_plan.title)
    with b.Session() as s:
        b_plan = get_plan(s, plan_id)
        b_version = loaded(s, "plan", plan_id, b_plan.title)
    assert b_plan.tasks
    first_task = b_plan.tasks[0]
    edited_task = type(first_task)(**{**first_task.__dict__, "note": "Ghi chú của máy B"})
    with b.session() as s:
        claim(s, b_version)
        save_plan(s, type(b_plan)(**{**b_plan.__dict__, "tasks": (edited_task, *b_plan.tasks[1:])}))
    with pytest.raises(StaleRecord), a.session() as s:
        claim(s, a_version)
        save_plan(s, type(a_plan)(**{**a_plan.__dict__, "title": "Tiêu đề của máy A"}))
    with a.Session() as s:
        stored = get_plan(s, plan_id)
    assert stored.title == b_plan.title
    assert stored.tasks[0].note == "Ghi chú của máy B"


def test_a_tick_in_the_list_moves_the_participant_on_for_an_open_editor(two_pcs):
    from vnhr_desktop.services.participants import set_attendance

    a, b = two_pcs
    with a.Session() as s:
        person = s.scalars(select(Participant).where(Participant.attended.is_(False))).first()
        opened = loaded(s, "participant", person.id, person.full_name)
    with b.session() as s:
        assert set_attendance(s, person.event_id, [person.id], True) == 1
    with pytest.raises(StaleRecord), a.session() as s:
        claim(s, opened)
    with b.session() as s:  # the same tick again writes nothing (it never undoes a newer value)
        assert set_attendance(s, person.event_id, [person.id], True) == 0


def test_a_status_tick_from_an_older_list_keeps_the_other_pcs_date(two_pcs):
    from vnhr_desktop.persistence.models import BannerPlacement
    from vnhr_desktop.services.banners import set_status

    a, b = two_pcs
    with a.Session() as s:
        placement_id = s.scalars(select(BannerPlacement.id).where(BannerPlacement.status == "planned")).first()
    with b.session() as s:  # PC B records it hung on the 1st
        assert set_status(s, [placement_id], "up", dt.date(2026, 12, 1)) == 1
    with a.session() as s:  # PC A, from a list still showing it planned, ticks it up on the 3rd
        assert set_status(s, [placement_id], "up", dt.date(2026, 12, 3)) == 0
    with a.Session() as s:
        assert s.get_one(BannerPlacement, placement_id).hung_on == dt.date(2026, 12, 1)


def test_a_part_changed_by_any_service_moves_its_record_on(two_pcs):
    """A task ticked done in the due list (not through the plan editor) still
    refuses a save of the whole plan opened before; so do bridge point counts
    taken from the list for an open event."""
    from vnhr_desktop.persistence.models import BridgePoint, PlanTask, TrainingEvent
    from vnhr_desktop.services.due_tasks import mark_task_done
    from vnhr_desktop.services.events import actual_from_list

    a, b = two_pcs
    with a.Session() as s:
        task = s.scalars(select(PlanTask).where(PlanTask.status != "done").order_by(PlanTask.id)).first()
        plan_opened = loaded(s, "plan", task.plan_id, "Kế hoạch")
        event_id = s.scalars(select(BridgePoint.event_id).order_by(BridgePoint.id)).first()
        event_opened = loaded(s, "training_event", event_id, "Hội nghị")
        s.get_one(TrainingEvent, event_id)
    with b.session() as s:
        mark_task_done(s, task.id, dt.date(2026, 12, 1))
        for point in s.scalars(select(BridgePoint).where(BridgePoint.event_id == event_id)):
            point.actual_count = (point.actual_count or 0) + 1000  # differs from the list for sure
    with b.session() as s:
        actual_from_list(s, event_id)
    with pytest.raises(StaleRecord), a.session() as s:
        claim(s, plan_opened)
    with pytest.raises(StaleRecord), a.session() as s:
        claim(s, event_opened)


def test_a_new_record_with_its_parts_and_a_deleted_record_save_as_before(db):
    from vnhr_desktop.domain.plan_data import PlanDetail, TaskItem
    from vnhr_desktop.services.issuers import IssuerData, save_issuer
    from vnhr_desktop.services.plans import delete_plan, get_plan, save_plan

    with db.session() as s:
        issuer_id = save_issuer(s, IssuerData(name="Ban Chỉ đạo huyện", code="BCĐ")).id
        plan_id, _ = save_plan(
            s,
            PlanDetail(
                title="Kế hoạch mới",
                issuer_id=issuer_id,
                period_start=dt.date(2026, 1, 1),
                period_end=dt.date(2026, 12, 31),
                tasks=(TaskItem(content="Việc một"), TaskItem(content="Việc hai")),
            ),
            today=dt.date(2026, 1, 1),
        )
    with db.Session() as s:
        first = loaded(s, "plan", plan_id, "Kế hoạch mới")
        detail = get_plan(s, plan_id)
    with db.session() as s:
        claim(s, first)
        save_plan(s, type(detail)(**{**detail.__dict__, "tasks": detail.tasks[1:]}), today=dt.date(2026, 1, 1))
    with db.session() as s:
        delete_plan(s, plan_id)
