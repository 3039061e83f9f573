"""The version checks on PostgreSQL, where two PCs' transactions really run side
by side (a plain engine over the models' tables; skipped without a server)."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from tests.persistence.pg_scratch import scratch_database
from vnhr_desktop.errors import StaleRecord
from vnhr_desktop.persistence.models import MediaOutput
from vnhr_desktop.services.record_versions import claim, loaded


@pytest.fixture
def two_pcs(pg_server):
    with scratch_database(pg_server, "versions") as url:
        engines = [create_engine(url), create_engine(url)]
        yield [sessionmaker(e, expire_on_commit=False) for e in engines]
        for e in engines:
            e.dispose()


def _add(Session) -> int:
    with Session.begin() as s:
        row = MediaOutput(kind="news", title="Tin", published_on=dt.date(2026, 12, 1))
        s.add(row)
        s.flush()
        return row.id


def test_the_orm_refuses_an_update_of_a_row_changed_after_it_was_read(two_pcs):
    a, b = two_pcs
    media_id = _add(a)
    with a() as s:
        row = s.get_one(MediaOutput, media_id)
        with b.begin() as s2:
            s2.get_one(MediaOutput, media_id).title = "Máy B"
        row.title = "Máy A"
        with pytest.raises(StaleDataError):
            s.flush()
        s.rollback()
    with a() as s:
        assert s.get_one(MediaOutput, media_id).title == "Máy B"


def test_an_editor_save_from_an_older_copy_is_refused(two_pcs):
    a, b = two_pcs
    media_id = _add(a)
    with a() as s:
        opened_a = loaded(s, "media_output", media_id, "Tin")
    with b() as s:
        opened_b = loaded(s, "media_output", media_id, "Tin")
    with b.begin() as s:
        claim(s, opened_b)
        s.get_one(MediaOutput, media_id).title = "Máy B"
    refusal = r"^«Tin» vừa được sửa trên máy khác lúc \d\d:\d\d; hãy mở lại\.$"
    with pytest.raises(StaleRecord, match=refusal), a.begin() as s:
        claim(s, opened_a)
    with a() as s:
        assert s.get_one(MediaOutput, media_id).title == "Máy B"


def test_a_claim_holds_the_row_until_its_save_commits(two_pcs):
    """Two saves from the same copy at the same moment: the row lock makes the
    second wait for the first, then see its version and refuse."""
    a, b = two_pcs
    media_id = _add(a)
    with a() as s:
        opened = loaded(s, "media_output", media_id, "Tin")
    first = b()
    first.begin()
    claim(first, opened)  # holds the row (SELECT … FOR UPDATE)
    import threading

    outcome: list[BaseException | None] = []

    def second() -> None:
        try:
            with a.begin() as s:
                claim(s, opened)
            outcome.append(None)
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            outcome.append(exc)

    thread = threading.Thread(target=second)
    thread.start()
    thread.join(0.5)
    assert thread.is_alive()  # waiting for the first save's row lock
    first.commit()
    first.close()
    thread.join(30)
    assert len(outcome) == 1 and isinstance(outcome[0], StaleRecord)
