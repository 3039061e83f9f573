"""The data layer tells, after each commit, which kinds of record changed and which ids."""

from vnhr_desktop.domain.changes import Change


def _listen(database):
    seen: list[Change] = []
    database.on_commit(seen.append)
    return seen


def _first_plan(database) -> int:
    from sqlalchemy import select

    from vnhr_desktop.persistence.models import Plan

    with database.Session() as session:
        return session.scalars(select(Plan.id).order_by(Plan.id)).first()


def test_a_changed_plan_is_named_with_its_id(sample_db):
    from vnhr_desktop.services.plans import set_status

    plan_id = _first_plan(sample_db)
    seen = _listen(sample_db)
    with sample_db.session() as session:
        set_status(session, plan_id, "done")
    assert len(seen) == 1
    assert seen[0].ids("plan") == {plan_id}


def test_a_delete_names_the_deleted_rows(sample_db):
    from sqlalchemy import select

    from vnhr_desktop.persistence.models import TrainingEvent
    from vnhr_desktop.services.events import delete_event

    with sample_db.Session() as session:
        event_id = session.scalars(select(TrainingEvent.id)).first()
    seen = _listen(sample_db)
    with sample_db.session() as session:
        delete_event(session, event_id)
    assert event_id in seen[-1].ids("training_event")
    assert seen[-1].touches("training_event")
    assert not seen[-1].touches("report")


def test_a_failed_unit_of_work_tells_nothing(sample_db):
    from vnhr_desktop.services.plans import set_status

    plan_id = _first_plan(sample_db)
    seen = _listen(sample_db)
    try:
        with sample_db.session() as session:
            set_status(session, plan_id, "done")
            raise RuntimeError("stop")
    except RuntimeError:
        pass
    assert seen == []
    with sample_db.session():
        pass
    assert seen == [Change()]
    assert not seen[0]
