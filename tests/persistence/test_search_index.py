"""The full-text index answers exactly what LIKE answers, stays in step with
every way rows are written, is built for existing databases, and is not
required (LIKE without FTS5)."""

from __future__ import annotations

import datetime as dt
import logging
import random
import sqlite3

import pytest
from sqlalchemy import delete, insert, select

from vnhr_desktop.domain.text import fold, fold_join, person_sort_key
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence import models as m
from vnhr_desktop.persistence import search_index
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.migrate import upgrade
from vnhr_desktop.services import sample_data as S
from vnhr_desktop.services.listing import LISTS
from vnhr_desktop.services.media import MEDIA_LIST
from vnhr_desktop.services.paging import ListRequest

rng = random.Random(2024)
SPECS = {
    "participants": LISTS["participants"],
    "plans": LISTS["plans"],
    "slogans": LISTS["slogans"],
    "placements": LISTS["placements"],
    "media": MEDIA_LIST,
}
ODD = ["50%", "a_b", 'say "hi"', "back\\slash", "Đoàn–Thanh niên", "ĐỨC", "  Văn   Đức  "]


def _name() -> str:
    female = rng.random() < 0.5
    return " ".join(
        (
            rng.choice(S.FAMILY),
            rng.choice(S.MIDDLE_F if female else S.MIDDLE_M),
            rng.choice(S.GIVEN_F if female else S.GIVEN_M),
        )
    )


def fill(db, people: int = 600) -> None:
    """Records written through the ORM (the flush hook) and by bulk insert."""
    with db.session() as s:
        for year in (2023, 2024):
            plan = m.Plan(kind="own", status="draft", title=f"{S.CAMPAIGN_TITLE} {rng.choice(ODD)} {year}")
            s.add(plan)
            s.flush()
            for i, task in enumerate(S.CAMPAIGN_TASKS):
                content = task[1]
                s.add(m.PlanTask(plan_id=plan.id, position=i, content=f"{content} {rng.choice(ODD)}"))
            for i, text in enumerate(S.SLOGANS[:6]):
                slogan = m.Slogan(text=f"{text} {rng.choice(ODD)}", plan_id=plan.id, year=year, position=i)
                s.add(slogan)
                s.flush()
                for loc, commune in S.LOCATIONS[:4]:
                    s.add(m.BannerPlacement(slogan_id=slogan.id, plan_id=plan.id, location=loc, commune=commune))
            for k in range(20):
                s.add(m.MediaOutput(plan_id=plan.id, kind="news", channel="Đài", title=f"Tin số {k} {rng.choice(ODD)}"))
            for e in range(3):
                event = m.TrainingEvent(title=f"Hội nghị {year} lần {e}", starts_at=dt.datetime(year, 12, 1 + e, 8))
                s.add(event)
                s.flush()
                for _ in range(people // 12):
                    s.add(
                        m.Participant(
                            event_id=event.id, full_name=_name(), agency_name=rng.choice(ODD + S.PARTICIPANT_AGENCIES)
                        )
                    )
        s.flush()
        event_id = s.scalar(select(m.TrainingEvent.id).limit(1))
        rows = []
        for _ in range(people // 2):
            name, agency = _name(), rng.choice(S.PARTICIPANT_AGENCIES)
            rows.append(
                dict(
                    event_id=event_id,
                    full_name=name,
                    agency_name=agency,
                    sort_key=person_sort_key(name),
                    name_key=fold(name),
                    search_key=fold_join(name, agency),
                )
            )
        s.execute(insert(m.Participant), rows)


def queries(db) -> list[str]:
    """Substrings of real keys (short, long, across fields), odd characters, misses."""
    out = ["", "a", "an", "ng", "duc", "nguyen van", "thi", "ubnd", " | ", "zzz", "%", "_", '"', "\\", "50%", "a_b"]
    out += ['"hi"', "đức", "ĐỨC", "van   duc", "xyzq"]
    with db.Session() as s:
        keys = [k for (k,) in s.execute(select(m.Participant.search_key))]
        keys += [k for (k,) in s.execute(select(m.Plan.search_key))]
        keys += [k for (k,) in s.execute(select(m.MediaOutput.search_key))]
    for _ in range(60):
        key = rng.choice(keys)
        start = rng.randrange(len(key))
        out.append(key[start : start + rng.randint(1, 14)])
    return out


def _ids(db, spec, request) -> tuple[list[int], int]:
    with db.Session() as s:
        return [r.id for r in spec.query(s, request)], spec.count(s, request)


def _without_index(monkeypatch):
    monkeypatch.setattr(search_index, "indexed_tables", lambda _session: frozenset())


@pytest.fixture
def filled(db):
    fill(db)
    return db


def test_index_gives_the_same_rows_as_like(filled, monkeypatch):
    served = 0
    expected = {}
    for q in queries(filled):
        for name, spec in SPECS.items():
            for sort in (None, "title"):
                request = ListRequest(search=q, sort=sort)
                expected[(q, name, sort)] = _ids(filled, spec, request)
                served += len(fold(q)) >= search_index.MIN_QUERY
    assert served > 100  # most queries really go through the index
    with monkeypatch.context() as patch:
        _without_index(patch)
        for (q, name, sort), got in expected.items():
            assert _ids(filled, SPECS[name], ListRequest(search=q, sort=sort)) == got, (q, name, sort)


@pytest.mark.sqlite_only  # the FTS5 index's own ways of answering
@pytest.mark.parametrize(
    "listed, walk_rows, sample", [(5000, 2000, 6000), (10, 0, 6000), (10, 0, 40), (10, 10**9, 6000)]
)
def test_many_matches_walk_the_sort_index_with_the_same_rows(filled, monkeypatch, listed, walk_rows, sample):
    """Walking the sort index, with the matches as ids (JSON or parameters) or,
    past ``LISTED``, matched again inside the statement (by phrase, or by the
    rarest trigrams and each row's key) or tested row by row by their key: the
    rows LIKE gives."""
    monkeypatch.setattr("vnhr_desktop.services.paging.WALK_ABOVE", 0)
    monkeypatch.setattr("vnhr_desktop.services.paging.WALK_ROWS", walk_rows)
    monkeypatch.setattr(search_index, "LISTED", listed)
    monkeypatch.setattr(search_index, "SAMPLE", sample)
    gathered = []
    original = search_index.candidate_ids
    monkeypatch.setattr(search_index, "candidate_ids", lambda *a: (gathered.append(original(*a)), gathered[-1])[1])
    spec = LISTS["participants"]
    queries = ("ngu", "van", "thi", "duc", "zzz", "nguyen van", "nguyen", "van t")
    filters = ({}, {"attended": False})
    walked = {
        (q, i): _ids(filled, spec, ListRequest(search=q, limit=50, filters=f))
        for q in queries
        for i, f in enumerate(filters)
    }
    assert any(c is not None for c in gathered) == (sample == 40)  # the rarest trigrams gathered the rows
    _without_index(monkeypatch)
    for (q, i), got in walked.items():
        assert _ids(filled, spec, ListRequest(search=q, limit=50, filters=filters[i])) == got, (q, i)


def _fts_equals_like(db) -> None:
    with db.engine.connect() as conn:
        for table in search_index.INDEXED_TABLES:
            fts = search_index.index_name(table)
            conn.exec_driver_sql(f"INSERT INTO {fts}({fts}, rank) VALUES ('integrity-check', 1)")
            for q in ("ngu", "van", "duc", "thi", "bao", "moi", "an |"):
                like = conn.exec_driver_sql(
                    f"SELECT id FROM {table} WHERE search_key LIKE ? ORDER BY id", (f"%{q}%",)
                ).fetchall()
                match = conn.exec_driver_sql(
                    f"SELECT rowid FROM {fts} WHERE {fts} MATCH ? ORDER BY rowid", (f'"{q}"',)
                ).fetchall()
                assert match == like, (table, q)


@pytest.mark.sqlite_only  # the FTS5 index itself
def test_index_follows_orm_edits_bulk_writes_and_deletes(filled):
    with filled.session() as s:
        person = s.scalar(select(m.Participant).limit(1))
        person.full_name = "Ksor Hờ Bia"
        plan = s.scalar(select(m.Plan).limit(1))
        plan.title = "Kế hoạch riêng về Quyền trẻ em"
        s.delete(s.scalar(select(m.MediaOutput).limit(1)))
    with filled.Session() as s:
        assert [r.title for r in LISTS["participants"].query(s, ListRequest(search="ho bia"))] == ["Ksor Hờ Bia"]
        assert [r.id for r in LISTS["plans"].query(s, ListRequest(search="quyen tre em"))] == [plan.id]
    with filled.session() as s:
        event_id = s.scalar(select(m.TrainingEvent.id).limit(1))
        s.execute(delete(m.Participant).where(m.Participant.event_id == event_id))
        s.execute(delete(m.PlanTask).where(m.PlanTask.position < 2))
    _fts_equals_like(filled)


def test_migration_builds_the_index_for_an_existing_database(tmp_path):
    paths = DataPaths(tmp_path / "d").ensure()
    upgrade(paths.database, None, target="0003")
    # Rows written as the app of revision 0003 wrote them (today's models have more columns).
    from vnhr_desktop.domain.text import fold_join, person_sort_key

    con = sqlite3.connect(paths.database)
    con.execute(
        "INSERT INTO training_event (id, kind, title, venue, format, organiser, chair, note, host_body, "
        "staff_names, search_key) VALUES (1, 'conference', 'Hội nghị', '', 'in_person', '', '', '', '', '', ?)",
        (fold_join("Hội nghị"),),
    )
    con.execute(
        "INSERT INTO participant (event_id, full_name, position_title, agency_name, phone, attended, sort_key, "
        "name_key, search_key) VALUES (1, 'Lò Văn Pẻo', '', 'UBND xã', '', 0, ?, ?, ?)",
        (person_sort_key("Lò Văn Pẻo"), fold_join("Lò Văn Pẻo"), fold_join("Lò Văn Pẻo", "UBND xã", "", "")),
    )
    con.commit()
    con.close()
    con = sqlite3.connect(paths.database)
    assert not con.execute("SELECT name FROM sqlite_master WHERE name = 'fts_participant'").fetchall()
    con.close()
    db = open_database(paths)
    try:
        assert search_index.INDEXED_TABLES[0] == "participant"
        with db.Session() as s:
            assert "participant" in search_index.indexed_tables(s)
            assert search_index.match_count(s, "participant", "van pe") == 1
            assert [r.full_name for r in LISTS["participants"].query(s, ListRequest(search="Văn Pẻo"))] == [
                "Lò Văn Pẻo"
            ]
    finally:
        db.close()


@pytest.mark.sqlite_only  # the FTS5 index itself
def test_ensure_puts_back_lost_triggers_and_rebuilds(filled):
    with filled.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER fts_participant_ai")
        conn.exec_driver_sql(
            "INSERT INTO participant (event_id, full_name, position_title, agency_name, phone, attended,"
            " sort_key, name_key, search_key) SELECT id, 'Hà Thị Mơ', '', '', '', 0, '', 'ha thi mo', 'ha thi mo'"
            " FROM training_event LIMIT 1"
        )
        assert search_index.ensure(search_index.runner(conn)) == ["participant"]
        assert search_index.ensure(search_index.runner(conn)) == []
    _fts_equals_like(filled)


def test_without_fts5_searches_use_like_and_say_so(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(search_index, "fts5_available", lambda _execute: False)
    caplog.set_level(logging.INFO)
    db = open_database(DataPaths(tmp_path / "d").ensure())
    try:
        fill(db, people=60)
        with db.Session() as s:
            assert search_index.indexed_tables(s) == frozenset()
            rows = LISTS["participants"].query(s, ListRequest(search="nguyen"))
            assert rows and all("nguyen" in fold(r.full_name + " " + r.agency) for r in rows)
        with db.engine.connect() as conn:
            names = [r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE name LIKE 'fts%'")]
        assert names == []
    finally:
        db.close()
    assert "searches use LIKE" in caplog.text
    assert "searching them with LIKE" in caplog.text


def test_matches_read_in_a_transaction_are_forgotten_when_rows_change(filled):
    spec = LISTS["participants"]
    with filled.session() as s:
        assert spec.count(s, ListRequest(search="ho bia")) == 0
        event_id = s.scalar(select(m.TrainingEvent.id).limit(1))
        s.add(m.Participant(event_id=event_id, full_name="Ksor Hờ Bia"))
        s.flush()
        assert spec.count(s, ListRequest(search="ho bia")) == 1
        s.execute(delete(m.Participant).where(m.Participant.full_name == "Ksor Hờ Bia"))
        assert [r.id for r in spec.query(s, ListRequest(search="ho bia"))] == []


def test_postgresql_searches_use_the_trigram_index(filled, engine_name):
    """On PostgreSQL each searchable table has a GIN trigram index on its
    search key, and a folded LIKE search can be answered from it."""
    if engine_name != "postgresql":
        pytest.skip("PostgreSQL's own index (SQLite uses FTS5)")
    with filled.engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT indexname FROM pg_indexes")}
        assert {search_index.trgm_index_name(t) for t in search_index.INDEXED_TABLES} <= names
        conn.exec_driver_sql("SET enable_seqscan = off")
        plan = "\n".join(
            r[0]
            for r in conn.exec_driver_sql("EXPLAIN SELECT id FROM participant WHERE search_key LIKE %s", ("%van%",))
        )
        assert "trgm_participant" in plan
    with filled.Session() as s:
        assert search_index.indexed_tables(s) == frozenset()
        like = s.scalars(select(m.Participant.id).where(m.Participant.search_key.like("%van%"))).all()
        listed = [r.id for r in LISTS["participants"].query(s, ListRequest(search="Văn"))]
        assert like and sorted(listed) == sorted(like)


@pytest.mark.parametrize("listed", [10_000, 7])
def test_capped_counts_stop_past_the_cap_and_equal_like_below_it(filled, monkeypatch, listed):
    """A list counted with ``cap`` gives the LIKE count when it is at most
    ``cap`` and ``cap + 1`` otherwise: through the index (ids read out or, past
    ``LISTED``, counted inside SQLite) and with filters (a limited count)."""
    monkeypatch.setattr(search_index, "LISTED", listed)
    spec = LISTS["participants"]
    requests = [
        ListRequest(search=q, filters=f)
        for q in ("ngu", "van", "thi", "duc", "zzz", "nguyen van")
        for f in ({}, {"attended": False})
    ]
    capped = {}
    with filled.Session() as s:
        for r in requests:
            for cap in (0, 5, 40, 10_000):
                capped[(requests.index(r), cap)] = spec.count(s, r, cap=cap)
    _without_index(monkeypatch)
    with filled.Session() as s:
        exact = [spec.count(s, r) for r in requests]
    assert any(n > 40 for n in exact) and any(n < 40 for n in exact)
    for (i, cap), got in capped.items():
        assert got == min(exact[i], cap + 1), (requests[i], cap)


@pytest.mark.sqlite_only  # the FTS5 index's own trigram lookups
def test_lookups_by_their_rarest_trigrams_give_the_rows_like_gives(filled, monkeypatch):
    """Candidates found by a few rare trigrams (no positions) and then tested by
    their key: the same rows and counts as LIKE, for every kind of query."""
    monkeypatch.setattr(search_index, "SAMPLE", 40)
    monkeypatch.setattr(search_index, "_PHRASE_NS", 1e9)  # always choose the trigrams when there are three
    chosen = []
    original = search_index.rare_trigrams
    monkeypatch.setattr(search_index, "rare_trigrams", lambda *a: (chosen.append(original(*a)), chosen[-1])[1])
    expected = {}
    for q in queries(filled):
        for name, spec in SPECS.items():
            expected[(q, name)] = _ids(filled, spec, ListRequest(search=q))
    assert sum(1 for c in chosen if c) >= 20  # most long queries really went by trigrams
    assert all(len(c) <= 4 for c in chosen if c)
    _without_index(monkeypatch)
    for (q, name), got in expected.items():
        assert _ids(filled, SPECS[name], ListRequest(search=q)) == got, (q, name)
