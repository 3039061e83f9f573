"""Ten years of records (issue "Ten years of records stay instant"), measured
side by side with their baselines in one run:

- start-up: ``--smoke`` on the large database against a bare four-tab window
  (median wall ratio) and the peak memory;
- search everywhere: count plus first page of each searchable list, through
  the full-text index, against the same searches with ``LIKE`` (p95);
- Tra cứu đại biểu: one person across all events (p95), index against LIKE;
- deep lists: the last pages of the 200,000-row participant list and of one
  event of 100,000 participants, by keyset, against ``OFFSET`` (p95);
- the big printouts, when tests/bench/bench_printouts.py is there (its own
  figures, printed as they come).

It also checks, on the large database, that the index gives the rows LIKE
gives and that the start-up page read without the ORM equals the ORM's page.

The large database is copied first (the event of 100,000 participants is
added to the copy), so DIR is left as it was.

    python tests/bench/make_large_db.py /tmp/big      # once
    python tests/bench/bench_scale.py /tmp/big [RUNS] [--skip-printouts]

Prints one line per figure and writes them to tests/bench/results-scale.txt.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

GOAL_MS = 30.0
PAGE = 200
PEOPLE_QUERIES = [
    "nguyen van duc",
    "thach minh sang",
    "kim thi",
    "le minh",
    "pham thi lan",
    "duong van loc",
    "huynh thanh tam",
]
# Looking something up: names, part of a name, an agency with a name, a plan's
# number, a place, a slogan's words, a news item's number.
LOOKUPS = {
    "participants": [
        "nguyen van duc",
        "thach minh sang",
        "kim thi",
        "son quoc",
        "duong van loc",
        "huynh thanh tam",
        "dang duc",
        "vo minh khai",
    ],
    "plans": ["dot 12 nam 2020", "nam 2018", "dot 37"],
    "placements": ["ao ba om", "nguyen dang", "dien bien phu"],
    "slogans": ["cam ket quoc te", "chung suc"],
    "media": ["so 4217", "so 12345", "so 3"],
}
# Searches that match a large part of a list (10 % to all of it).
BROAD = {
    "participants": ["phong van hoa", "nguyen", "van"],
    "placements": ["quyen con nguoi"],
    "media": ["tin tuyen truyen"],
}
lines: list[str] = []


def say(line: str) -> None:
    print(line, flush=True)
    lines.append(line)


def p95(samples: list[float]) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] * 1000


cpu: dict[int, float] = {}


class Samples:
    """Wall times (the figures) and, beside them, CPU times (process_time) of
    the same calls: on a shared machine the CPU time shows what the work itself
    costs, the wall time what the user waits."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def run(self, fn, *args):
        started, cpu_started = time.perf_counter(), time.process_time()
        value = fn(*args)
        self.wall.append(time.perf_counter() - started)
        self.cpu.append(time.process_time() - cpu_started)
        return value


def ms_line(name: str, samples: Samples, baseline: Samples | None = None) -> None:
    figure = p95(samples.wall)
    extra = f"; cpu p95 {p95(samples.cpu):.1f} ms"
    if baseline:
        extra += f"; baseline p95 {p95(baseline.wall):.1f} ms, cpu {p95(baseline.cpu):.1f} ms"
    say(f"{name}: p95 {figure:.1f} ms (goal {GOAL_MS:.0f} ms{extra}) {_ok(figure <= GOAL_MS)}")


# -- start-up ---------------------------------------------------------------
def bench_startup(data_dir: Path, runs: int) -> None:
    sys.path.insert(0, str(HERE))
    from bench_startup import timed as run_timed

    app = [sys.executable, "-m", "vnhr_desktop", "--data-dir", str(data_dir), "--smoke"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    run_timed(app)
    run_timed(bare)
    ratios, app_mem, bare_t = [], [], []
    for _ in range(runs):
        a, mem, _out = run_timed(app)
        b, _m, _o = run_timed(bare)
        ratios.append(a / b)
        app_mem.append(mem)
        bare_t.append(b)
    ratio = statistics.median(ratios)
    say(
        f"start-up: {ratio:.2f} x (goal 3.0 x; bare window {statistics.median(bare_t) * 1000:.0f} ms) "
        + _ok(ratio <= 3)
    )
    say(f"start-up peak memory: {max(app_mem):.0f} MiB (goal 110 MiB) " + _ok(max(app_mem) <= 110))


def _ok(good: bool) -> str:
    return "ok" if good else "OVER GOAL"


# -- the database side --------------------------------------------------------
def add_big_event(db) -> int:
    import random

    from sqlalchemy import insert

    from tests.bench.make_large_db import random_person
    from vnhr_desktop.domain.text import fold, fold_join, person_sort_key
    from vnhr_desktop.persistence import search_index
    from vnhr_desktop.persistence.models import Participant, TrainingEvent

    rng = random.Random(100_000)
    with db.session() as s:
        event = TrainingEvent(
            title="Hội nghị trực tuyến toàn tỉnh (100.000 đại biểu)", starts_at=dt.datetime(2025, 3, 1, 8)
        )
        s.add(event)
        s.flush()
        rows = []
        for i in range(100_000):
            female = i % 2
            name, agency = random_person(rng, bool(female))
            rows.append(
                dict(
                    event_id=event.id,
                    full_name=name,
                    gender="female" if female else "male",
                    position_title="Chuyên viên",
                    agency_name=agency,
                    attended=i % 4 != 0,
                    sort_key=person_sort_key(name),
                    name_key=fold(name),
                    search_key=fold_join(name, agency, "Chuyên viên"),
                )
            )
        for start in range(0, len(rows), 5000):
            s.execute(insert(Participant), rows[start : start + 5000])
        # What an import of this many rows does afterwards (services.participant_import).
        search_index.after_import(s, "participant", len(rows))
        return event.id


def _like_only():
    """A context in which searches do not use the index (the baseline)."""
    from contextlib import contextmanager

    from vnhr_desktop.persistence import search_index

    @contextmanager
    def ctx():
        original = search_index.indexed_tables
        search_index.indexed_tables = lambda _session: frozenset()
        try:
            yield
        finally:
            search_index.indexed_tables = original

    return ctx()


def _specs():
    from vnhr_desktop.services.listing import LISTS
    from vnhr_desktop.services.media import MEDIA_LIST

    return {**LISTS, "media": MEDIA_LIST}


def search_samples(db, runs: int, searches: dict, cold: bool = False) -> tuple[Samples, dict]:
    """Count (as the lists count: up to COUNT_CAP, then "more than") plus the
    first page of each search. ``cold``: the trigram statistics the index keeps
    per database are forgotten before each search, so their cost is counted."""
    from vnhr_desktop.persistence import search_index
    from vnhr_desktop.services.paging import COUNT_CAP, ListRequest

    samples, answers = Samples(), {}
    specs = _specs()
    for run in range(runs + 1):  # the first pass warms the caches and is not counted
        if run == 1:
            samples = Samples()
        for name, queries in searches.items():
            for q in queries:
                request = ListRequest(search=q, limit=PAGE)
                if cold:
                    search_index._sampled.clear()
                with db.Session() as s:
                    value = samples.run(
                        lambda r=request, sp=specs[name], s=s: (sp.count(s, r, cap=COUNT_CAP), sp.query(s, r))
                    )
                answers[(name, q)] = (value[0], [r.id for r in value[1]])
    return samples, answers


def people_samples(db, runs: int, cold: bool = False) -> tuple[Samples, dict]:
    from vnhr_desktop.persistence import search_index
    from vnhr_desktop.services.people import find_people

    samples, answers = Samples(), {}
    for run in range(runs + 1):  # the first pass warms the caches and is not counted
        if run == 1:
            samples = Samples()
        for q in PEOPLE_QUERIES:
            if cold:
                search_index._sampled.clear()
            with db.Session() as s:
                result = samples.run(find_people, s, q)
            answers[q] = result.people
    return samples, answers


def bench_search(db, runs: int) -> None:
    from vnhr_desktop.services.paging import ListRequest

    for label, searches in (("lookups", LOOKUPS), ("broad, 10-100 % of a list matches", BROAD)):
        samples, answers = search_samples(db, runs, searches)
        with _like_only():
            baseline, like_answers = search_samples(db, max(1, runs // 2), searches)
        ms_line(f"search everywhere, {label} (count up to 10,001 + first page, FTS5 trigram)", samples, baseline)
        say(f"search everywhere, {label}: results equal LIKE results: {'yes' if answers == like_answers else 'NO'}")
        cold, cold_answers = search_samples(db, runs, searches, cold=True)
        ms_line(f"search everywhere, {label}, trigram statistics cold", cold)
        same = "yes" if cold_answers == like_answers else "NO"
        say(f"search everywhere, {label}, cold: results equal LIKE results: {same}")
    # The same searches on every page size, to be sure the rows are the rows.
    spec = _specs()["participants"]
    with db.Session() as s:
        full = [r.id for r in spec.query(s, ListRequest(search="nguyen van duc"))]
    with _like_only(), db.Session() as s:
        assert full == [r.id for r in spec.query(s, ListRequest(search="nguyen van duc"))]

    people, found = people_samples(db, runs)
    with _like_only():
        people_like, found_like = people_samples(db, max(1, runs // 2))
    ms_line("Tra cứu đại biểu (one person across 2,000+ events)", people, people_like)
    say(f"Tra cứu đại biểu equals LIKE on the large database: {'yes' if found == found_like else 'NO'}")
    people_cold, found_cold = people_samples(db, runs, cold=True)
    ms_line("Tra cứu đại biểu, trigram statistics cold", people_cold)
    say(f"Tra cứu đại biểu, cold, equals LIKE: {'yes' if found_cold == found_like else 'NO'}")


def bench_deep(db, event_id: int, runs: int) -> None:
    from vnhr_desktop.services.paging import ListRequest

    spec = _specs()["participants"]
    for label, filters in (
        ("page at the end of 300,000 participants (all events)", {}),
        ("page at the end of one event of 100,000 participants", {"event_id": event_id}),
    ):
        with db.Session() as s:
            total = spec.count(s, ListRequest(filters=filters))
            offset = total - PAGE
            # The key of the row before the last page, as the table holds it after scrolling there.
            before = spec.page(s, ListRequest(filters=filters, offset=offset - 1, limit=1))
        keyset, from_end, base = Samples(), Samples(), Samples()
        for run in range(4 * runs + 1):  # the first pass warms the caches and is not counted
            if run == 1:
                keyset, from_end, base = Samples(), Samples(), Samples()
            with db.Session() as s:
                page = keyset.run(spec.page, s, ListRequest(filters=filters, after=before.last_key, limit=PAGE))
                last = from_end.run(spec.page, s, ListRequest(filters=filters, from_end=True, limit=PAGE))
                if run % 4 == 0:  # the slow baseline, less often
                    rows = base.run(spec.query, s, ListRequest(filters=filters, offset=offset, limit=PAGE))
        same = [r.id for r in page.rows] == [r.id for r in last.rows] == [r.id for r in rows]
        ms_line(f"{label}, keyset", keyset, base)
        ms_line(f"{label}, jump to last page", from_end, base)
        say(f"{label}: keyset rows equal OFFSET rows: {'yes' if same else 'NO'}")


def bench_first_page(db) -> None:
    from vnhr_desktop.services.first_page import first_plans_page
    from vnhr_desktop.services.listing import LISTS
    from vnhr_desktop.services.paging import ListRequest

    rows, total = first_plans_page(db.path, PAGE)
    with db.Session() as s:
        same = rows == LISTS["plans"].query(s, ListRequest(limit=PAGE)) and total == LISTS["plans"].count(
            s, ListRequest()
        )
    say(f"start-up first page (sqlite3) equals the ORM list on the large database: {'yes' if same else 'NO'}")


def bench_printouts(work: Path) -> None:
    path = HERE / "bench_printouts.py"
    if not path.exists():
        say("printouts: tests/bench/bench_printouts.py not present; not measured here")
        return
    spec = importlib.util.spec_from_file_location("bench_printouts", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for name in ("measure", "main", "run"):
        fn = getattr(module, name, None)
        if callable(fn):
            try:
                out = fn()
            except TypeError:
                out = None
            for line in out or []:
                say(str(line))
            return


def main(argv: list[str]) -> None:
    printouts = "--skip-printouts" not in argv
    argv = [a for a in argv if a != "--skip-printouts"]
    if not argv:
        raise SystemExit("usage: python tests/bench/bench_scale.py LARGE_DATA_DIR [RUNS] [--skip-printouts]")
    source = Path(argv[0])
    runs = int(argv[1]) if len(argv) > 1 else 5
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    say(
        f"## {dt.datetime.now():%Y-%m-%d %H:%M} on {source}, {runs} runs, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs, load average {load}"
    )
    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence.database import open_database

    with tempfile.TemporaryDirectory(prefix="bench-scale-") as tmp:
        work = Path(tmp)
        data = DataPaths(work / "data").ensure()
        shutil.copyfile(source / "vnhr.sqlite3", data.database)
        db = open_database(data)  # upgrades a database made before the index (builds it)
        db.close()
        bench_startup(work / "data", runs)
        db = open_database(data)
        try:
            event_id = add_big_event(db)
            bench_first_page(db)
            bench_search(db, runs)
            bench_deep(db, event_id, runs)
        finally:
            db.close()
        if printouts:
            bench_printouts(work)
    with open(HERE / "results-scale.txt", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n\n")


if __name__ == "__main__":
    main(sys.argv[1:])
