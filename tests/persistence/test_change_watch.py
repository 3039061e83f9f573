"""The light check for other PCs' changes: it reports the kinds of record another
process committed since the last look (to the same listeners as this process's
own commits), and nothing for this process's own commits or when nothing changed."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from vnhr_desktop.domain.changes import Change
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.models import ChangeMarker, MediaOutput, Participant
from vnhr_desktop.services.change_watch import other_changes


@pytest.fixture
def other_pc(sample_db):
    other = open_database(sample_db.paths)
    yield other
    other.close()


def _listen(database) -> list[Change]:
    seen: list[Change] = []
    database.on_commit(seen.append)
    return seen


def test_another_process_commit_is_reported_once(sample_db, other_pc):
    assert other_changes(sample_db) == Change()  # the starting point
    seen = _listen(sample_db)
    with other_pc.session() as session:
        session.scalars(select(MediaOutput)).first().title = "Sửa trên máy khác"
    change = other_changes(sample_db)
    assert change.kinds == {"media_output"}
    assert seen == [change]  # told to the listeners, like a change made here
    assert other_changes(sample_db) == Change()  # and only once


def test_own_commits_are_not_reported_again(sample_db):
    other_changes(sample_db)
    seen = _listen(sample_db)
    with sample_db.session() as session:
        session.scalars(select(MediaOutput)).first().title = "Sửa ở máy này"
    assert [c.kinds for c in seen] == [{"media_output"}]  # the commit's own notification
    assert other_changes(sample_db) == Change()


def test_both_own_and_other_changes_of_one_kind_are_reported(sample_db, other_pc):
    other_changes(sample_db)
    with other_pc.session() as session:
        session.scalars(select(MediaOutput)).first().title = "Máy khác"
    with sample_db.session() as session:
        session.scalars(select(MediaOutput)).first().channel = "Máy này"
    assert other_changes(sample_db).kinds == {"media_output"}


def test_bulk_writes_and_deletes_move_the_markers(sample_db, other_pc):
    from vnhr_desktop.services.participants import delete_participants, set_attendance

    other_changes(sample_db)
    with other_pc.Session() as session:
        person = session.scalars(select(Participant).where(Participant.attended.is_(False))).first()
    with other_pc.session() as session:
        set_attendance(session, person.event_id, [person.id], True)
    assert other_changes(sample_db).kinds == {"participant"}
    with other_pc.session() as session:
        delete_participants(session, person.event_id, [person.id])
    assert "participant" in other_changes(sample_db).kinds


def test_the_markers_stay_one_small_row_per_kind(sample_db):
    with sample_db.Session() as session:
        kinds = session.scalar(select(func.count()).select_from(ChangeMarker))
    assert kinds <= 30
