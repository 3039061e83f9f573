"""Two officers issuing at the same moment on one shared database get distinct,
consecutive numbers and none is lost: two real processes issue side by side,
on SQLite (one file, two processes) and on PostgreSQL (skipped without a server)."""

from __future__ import annotations

import datetime as dt
import multiprocessing

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker

from tests.persistence.pg_scratch import scratch_database
from vnhr_desktop.domain.plan_data import PlanDetail
from vnhr_desktop.persistence.models import DocumentRegister, Issuer, Plan
from vnhr_desktop.services import plans
from vnhr_desktop.services.issuers import IssuerData, save_issuer

PER_PROCESS = 25
DAY = dt.date(2024, 3, 1)


def _issue_plans(root: str, plan_ids: list[int], start) -> list[str]:
    """One PC: issue each plan in its own unit of work, as the issue dialog does."""
    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.services.plan_issue import issue_plan

    db = open_database(DataPaths(__import__("pathlib").Path(root)))
    start.wait()
    given = []
    for plan_id in plan_ids:
        with db.session() as session:
            given.append(issue_plan(session, plan_id, DAY))
    db.close()
    return given


def _assign_numbers(url: str, issuer_id: int, doc_ids: list[int], start) -> list[int]:
    from vnhr_desktop.services.register import assign_number

    engine = create_engine(url)
    Session = sessionmaker(engine)
    start.wait()
    given = []
    for doc_id in doc_ids:
        with Session.begin() as session:
            given.append(assign_number(session, issuer_id, "plan", doc_id, DAY, f"Kế hoạch {doc_id}").number)
    engine.dispose()
    return given


def _run_two(target, first_args: tuple, second_args: tuple) -> list[list]:
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager:
        start = manager.Event()
        with ctx.Pool(2) as pool:
            jobs = [pool.apply_async(target, (*args, start)) for args in (first_args, second_args)]
            start.set()
            return [job.get(timeout=300) for job in jobs]


@pytest.mark.sqlite_only  # one SQLite file shared by two processes
def test_two_processes_issuing_on_one_sqlite_file(db):
    with db.session() as s:
        issuer_id = save_issuer(s, IssuerData(name="Ban Chỉ đạo về Nhân quyền huyện", code="BCĐNQ")).id
    drafts = []
    with db.session() as s:
        for n in range(2 * PER_PROCESS):
            detail = PlanDetail(
                title=f"Kế hoạch tuyên truyền {n}",
                issuer_id=issuer_id,
                period_start=dt.date(2024, 1, 1),
                period_end=dt.date(2024, 12, 31),
            )
            drafts.append(plans.save_plan(s, detail, today=dt.date(2024, 1, 1))[0])
    root = str(db.paths.root)
    results = _run_two(_issue_plans, (root, drafts[0::2]), (root, drafts[1::2]))
    assert all(len(r) == PER_PROCESS for r in results)
    with db.Session() as s:
        numbers = sorted(s.scalars(select(DocumentRegister.number).where(DocumentRegister.issuer_id == issuer_id)))
        plan_numbers = sorted(s.scalars(select(Plan.number).where(Plan.id.in_(drafts))))
    assert numbers == list(range(1, 2 * PER_PROCESS + 1))
    assert plan_numbers == numbers
    printed = sorted(results[0] + results[1])
    assert len(set(printed)) == 2 * PER_PROCESS


def test_two_processes_issuing_on_postgresql(pg_server):
    with scratch_database(pg_server, "register") as url:
        engine = create_engine(url)
        with sessionmaker(engine).begin() as s:
            issuer = Issuer(name="Ủy ban nhân dân huyện", code="UBND")
            s.add(issuer)
            s.flush()
            issuer_id = issuer.id
        ids = list(range(1, 2 * PER_PROCESS + 1))
        results = _run_two(_assign_numbers, (url, issuer_id, ids[0::2]), (url, issuer_id, ids[1::2]))
        with sessionmaker(engine)() as s:
            numbers = sorted(s.scalars(select(DocumentRegister.number)))
            doc_ids = sorted(s.scalars(select(DocumentRegister.doc_id)))
        engine.dispose()
    assert sorted(results[0] + results[1]) == list(range(1, 2 * PER_PROCESS + 1))
    assert numbers == list(range(1, 2 * PER_PROCESS + 1))
    assert doc_ids == ids
