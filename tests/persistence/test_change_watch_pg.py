"""The change markers on PostgreSQL: two Database objects over one server
database (a plain engine over the models' tables; skipped without a server)."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import create_engine, select

from tests.persistence.pg_scratch import scratch_database
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import Database
from vnhr_desktop.persistence.engine import make_sessionmaker
from vnhr_desktop.persistence.models import ChangeMarker, MediaOutput


@pytest.fixture
def two_pcs(tmp_path, pg_server):
    with scratch_database(pg_server, "markers") as url:
        pcs = []
        for name in ("a", "b"):
            engine = create_engine(url)
            pcs.append(
                Database(paths=DataPaths(tmp_path / name, url), engine=engine, Session=make_sessionmaker(engine))
            )
        yield pcs
        for pc in pcs:
            pc.close()


def _add_media(database, title: str) -> None:
    with database.session() as s:
        s.add(MediaOutput(kind="news", title=title, published_on=dt.date(2026, 12, 1)))


def test_another_pcs_commit_is_reported_and_own_commits_are_not(two_pcs):
    a, b = two_pcs
    a.poll_changes()
    _add_media(a, "Tin máy A")
    assert not a.poll_changes()
    _add_media(b, "Tin máy B")
    assert a.poll_changes().kinds == {"media_output"}
    assert not a.poll_changes()


def test_many_commits_at_once_from_two_pcs_count_every_one(two_pcs):
    """The first commits of a kind add its marker row at the same moment on both
    PCs; every commit still counts once."""
    a, b = two_pcs
    start = threading.Barrier(2)
    errors: list[BaseException] = []

    def work(database, prefix: str) -> None:
        try:
            start.wait()
            for n in range(20):
                _add_media(database, f"{prefix} {n}")
        except BaseException as exc:  # noqa: BLE001 - handed to the test thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(pc, name)) for pc, name in ((a, "A"), (b, "B"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []
    with a.Session() as s:
        assert s.scalar(select(ChangeMarker.serial).where(ChangeMarker.kind == "media_output")) == 40
        assert len(s.scalars(select(MediaOutput.id)).all()) == 40
