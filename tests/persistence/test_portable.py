"""What must be the same on SQLite and PostgreSQL: dates, times and booleans
read back as written, lists sorted by the Vietnamese sort key in the same
order, and another writer's lock turning into the one busy line."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select, text, update

from vnhr_desktop.errors import DatabaseBusy
from vnhr_desktop.persistence import models as m
from vnhr_desktop.services.listing import LISTS
from vnhr_desktop.services.paging import ListRequest
from vnhr_desktop.services.participants import ParticipantData, save_participant

NAMES = [
    "Đặng Văn An",
    "Đỗ Thị Ánh",
    "Lê Thị Ả",
    "Lê Thị Ạ",
    "Lê Văn Ân",
    "Nguyễn Văn Ba",
    "Nguyễn văn Bá",
    "Ông Văn Ơn",
    "Trần Thị Yến",
    "Ksor H'Bia",
    "Thạch Thị Sà Ry",
    "Y Ngọc",
    "An Văn Z",
    "Âu Thị Hà",
]


def test_dates_times_and_booleans_round_trip(db, engine_name):
    starts = dt.datetime(2024, 12, 9, 8, 0, 0)
    ends = dt.datetime(2024, 12, 9, 11, 30, 15)
    before = dt.datetime.now(dt.UTC).replace(tzinfo=None) - dt.timedelta(minutes=5)
    with db.session() as s:
        event = m.TrainingEvent(title="Hội thảo", starts_at=starts, ends_at=ends)
        s.add(event)
        s.flush()
        s.add(m.BridgePoint(event_id=event.id, name="Hội trường", is_main=True))
        s.add(m.BridgePoint(event_id=event.id, name="Điểm cầu xã", is_main=False))
        plan = m.Plan(title="Kế hoạch", issued_on=dt.date(2024, 2, 29))
        s.add(plan)
        s.flush()
        event_id, plan_id = event.id, plan.id
    with db.Session() as s:
        event = s.get(m.TrainingEvent, event_id)
        assert (event.starts_at, event.ends_at) == (starts, ends)
        assert type(event.starts_at) is dt.datetime and event.starts_at.tzinfo is None
        # the server's own CURRENT_TIMESTAMP: naive UTC on both engines
        assert event.created_at.tzinfo is None
        assert before <= event.created_at <= before + dt.timedelta(minutes=10), engine_name
        assert s.get(m.Plan, plan_id).issued_on == dt.date(2024, 2, 29)
        flags = s.execute(select(m.BridgePoint.name, m.BridgePoint.is_main).order_by(m.BridgePoint.id)).all()
        assert flags == [("Hội trường", True), ("Điểm cầu xã", False)]
        assert all(type(f) is bool for _n, f in flags)
        mains = s.scalars(select(m.BridgePoint.name).where(m.BridgePoint.is_main.is_(True))).all()
        assert mains == ["Hội trường"]


def test_sort_key_orders_the_same_on_both_engines(db):
    with db.session() as s:
        event = m.TrainingEvent(title="Hội nghị")
        s.add(event)
        s.flush()
        for name in NAMES:
            save_participant(s, event.id, ParticipantData(name))
        event_id = event.id
    with db.Session() as s:
        rows = s.execute(
            select(m.Participant.full_name, m.Participant.sort_key).order_by(m.Participant.sort_key, m.Participant.id)
        ).all()
        listed = [r.full_name for r in LISTS["participants"].query(s, ListRequest(filters={"event_id": str(event_id)}))]
    # byte order of the sort key, as SQLite's BINARY collation and Python compare it
    assert [r.full_name for r in rows] == [n for n, _k in sorted(rows, key=lambda r: r.sort_key.encode())]
    assert listed == [r.full_name for r in rows]


def test_another_writers_lock_is_the_busy_line(db, engine_name):
    """A row held by another connection's open transaction: past the lock
    wait the unit of work fails with DatabaseBusy, and nothing changes."""
    with db.session() as s:
        s.add(m.Plan(title="Kế hoạch A"))
    if engine_name == "sqlite":
        pytest.skip("SQLite's own busy handling is tested in tests/reliability")
    holder = db.engine.connect()
    holder.begin()
    holder.execute(update(m.Plan).values(title="Kế hoạch B"))
    try:
        with pytest.raises(DatabaseBusy), db.session() as s:
            s.execute(text("SET LOCAL lock_timeout = 200"))
            s.execute(update(m.Plan).values(title="Kế hoạch C"))
    finally:
        holder.rollback()
        holder.close()
    with db.Session() as s:
        assert s.scalars(select(m.Plan.title)).all() == ["Kế hoạch A"]


def test_concurrent_units_of_work_on_the_server_both_commit(db, engine_name):
    """Two threads (two connections) writing different rows at once."""
    if engine_name == "sqlite":
        pytest.skip("SQLite serialises writers; see tests/reliability")
    errors: list[BaseException] = []

    def write(title: str) -> None:
        try:
            for i in range(10):
                with db.session() as s:
                    s.add(m.Plan(title=f"{title} {i}"))
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(t,)) for t in ("Một", "Hai")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.Session() as s:
        assert len(s.scalars(select(m.Plan.id)).all()) == 20
