"""The same operations on the large dataset in SQLite and in PostgreSQL,
alternating engine run by run, and the PostgreSQL/SQLite ratio of each
(issue "Shared office database on PostgreSQL", goal: at most 2.0x):

- list pages: count plus the first and the last page of every list;
- search: count plus first page of each searchable list for a few queries;
- report composition: the figures of the ten largest plans;
- import: an Excel list of 2,000 participants into a new event;
- issuing: ten draft plans given their numbers from the register.

    python tests/bench/make_large_db.py /tmp/big                        # SQLite
    VNHR_DATABASE_URL=postgresql+psycopg://u:p@host/big \\
        python tests/bench/make_large_db.py /tmp/big-pg                 # PostgreSQL
    python tests/bench/bench_engines.py /tmp/big postgresql+psycopg://u:p@host/big [RUNS]

Both databases receive the imported events and the issued plans. Prints one
line per operation and writes them to tests/bench/results-engines.txt.
"""

from __future__ import annotations

import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from tests.bench.bench_participants import import_file, make_workbook  # noqa: E402
from vnhr_desktop.paths import DataPaths  # noqa: E402
from vnhr_desktop.persistence import models as m  # noqa: E402
from vnhr_desktop.persistence.database import Database, open_database  # noqa: E402
from vnhr_desktop.services.listing import LISTS  # noqa: E402
from vnhr_desktop.services.paging import ListRequest  # noqa: E402
from vnhr_desktop.services.report_figures import compute_figures  # noqa: E402

GOAL = 2.0
QUERIES = ("nguyen van", "quyen con nguoi", "tra vinh", "thi lan")
SEARCHABLE = ("plans", "participants", "placements", "slogans")
PAGE = 200
results: list[str] = []


def say(line: str) -> None:
    print(line, flush=True)
    results.append(line)


def list_pages(db: Database) -> None:
    with db.Session() as s:
        for spec in LISTS.values():
            spec.page(s, ListRequest(limit=PAGE))
            spec.page(s, ListRequest(limit=PAGE, from_end=True))


def search(db: Database) -> None:
    with db.Session() as s:
        for name in SEARCHABLE:
            for q in QUERIES:
                LISTS[name].page(s, ListRequest(search=q, limit=PAGE))


def report_composition(db: Database) -> None:
    with db.Session() as s:
        plan_ids = s.scalars(
            select(m.BannerPlacement.plan_id)
            .group_by(m.BannerPlacement.plan_id)
            .order_by(func.count().desc(), m.BannerPlacement.plan_id)
            .limit(10)
        ).all()
        for plan_id in plan_ids:
            compute_figures(s, plan_id, None, None, today=dt.date(2024, 12, 31))


def importing(db: Database, workbook: Path) -> None:
    import_file(db, workbook)


def issuing(db: Database) -> None:
    from vnhr_desktop.services.register import assign_number

    with db.session() as s:
        issuer = s.scalar(select(m.Issuer).where(m.Issuer.code == "BENCH"))
        if issuer is None:
            issuer = m.Issuer(name="Ban Chỉ đạo về Nhân quyền tỉnh (đo)", code="BENCH")
            s.add(issuer)
            s.flush()
        issuer_id = issuer.id
    for i in range(10):
        with db.session() as s:
            plan = m.Plan(title=f"Kế hoạch đo {i}", issuer_id=issuer_id)
            s.add(plan)
            s.flush()
            entry = assign_number(s, issuer_id, "plan", plan.id, dt.date(2024, 6, 1), plan.title)
            plan.number, plan.symbol, plan.issued_on = entry.number, entry.symbol, dt.date(2024, 6, 1)


def timed(fn, *args) -> float:
    started = time.perf_counter()
    fn(*args)
    return time.perf_counter() - started


def main(argv: list[str]) -> None:
    if len(argv) < 2:
        raise SystemExit("usage: python tests/bench/bench_engines.py SQLITE_DIR POSTGRES_URL [RUNS]")
    sqlite_dir, url = Path(argv[0]), argv[1]
    runs = int(argv[2]) if len(argv) > 2 else 3
    with tempfile.TemporaryDirectory() as work:
        workbook = make_workbook(Path(work) / "dai-bieu-2000.xlsx")
        engines = {
            "sqlite": open_database(DataPaths(sqlite_dir.resolve())),
            "postgresql": open_database(DataPaths(Path(work) / "pg-data", url)),
        }
        operations = {
            "list pages": list_pages,
            "search": search,
            "report composition": report_composition,
            "import 2,000 participants": lambda db: importing(db, workbook),
            "issuing 10 plans": issuing,
        }
        say(f"bench_engines {dt.datetime.now():%Y-%m-%d %H:%M}, {runs} runs, medians, engines alternating")
        worst = 0.0
        for label, op in operations.items():
            samples: dict[str, list[float]] = {"sqlite": [], "postgresql": []}
            for run in range(runs):
                order = ("sqlite", "postgresql") if run % 2 == 0 else ("postgresql", "sqlite")
                for name in order:
                    samples[name].append(timed(op, engines[name]))
            lite = statistics.median(samples["sqlite"])
            pg = statistics.median(samples["postgresql"])
            ratio = pg / lite if lite else float("inf")
            worst = max(worst, ratio)
            mark = "ok" if ratio <= GOAL else "OVER GOAL"
            say(f"{label:28s} sqlite {lite * 1000:9.1f} ms  postgresql {pg * 1000:9.1f} ms  ratio {ratio:5.2f}  {mark}")
        say(f"worst ratio {worst:.2f} (goal <= {GOAL})")
        for db in engines.values():
            db.close()
    (HERE / "results-engines.txt").write_text("\n".join(results) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
