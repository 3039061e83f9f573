"""Receiving benchmark (issue 15), measured side by side, alternating runs:

1. ``receive`` of 1,000 packages from 1,000 units over four campaigns (every
   check: file kinds, sizes, manifest, SHA-256, JSON depth, format, schema;
   preview; one transaction with the kept PDFs and workbooks) into a province
   database whose four plans each expect all 1,000 units, against only reading
   and hashing the same files. Goal: at most 2.0 times (median ratio).
   Measured beside them: reading and checking alone (every check above,
   nothing written), the part of receiving that no database work can remove.
2. After receiving: the dashboard of one plan (1,000 expected units) and the
   consolidated figures of that plan. Goal: at most 1 s each.

Figures are appended to tests/bench/results-receiving.txt.

    python tests/bench/bench_receive.py [N] [RUNS] [--dir DIR] [--campaigns K] [--distinct-files]

Each unit's package carries the PDF and workbook written for its campaign, so
identical files are stored once (received_blob); with ``--distinct-files``
every package's files are unique and every one of them is written.

With ``--campaigns 1`` all N units report on the one plan, so the dashboard and
the consolidated figures are those of N reporting units.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.bench.make_packages import campaign_plan, make_packages, unit_of  # noqa: E402

GOAL = 2.0
TODAY = dt.date(2025, 1, 20)


def province_template(root: Path, n: int, campaigns: int) -> tuple[Path, list[int]]:
    from vnhr_desktop.domain.office import OfficeProfileData
    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence import models as m
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.services.expected_reporters import ExpectedUnit, set_expected_units
    from vnhr_desktop.services.office import save_profile

    paths = DataPaths(root / "province")
    db = open_database(paths)
    plan_ids = []
    with db.session() as s:
        save_profile(s, OfficeProfileData(office_name="Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh", place_name="Trà Vinh"))
        issuer = m.Issuer(
            name="Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh", code="BCĐNQ", own=True, signer_name="Lê Văn Hân"
        )
        for c in range(campaigns):
            ref = campaign_plan(c)
            plan = m.Plan(
                kind="own",
                status="issued",
                number=ref["number"],
                symbol=ref["symbol"],
                issued_on=dt.date.fromisoformat(ref["issued_on"]),
                issuer=issuer,
                issuer_name=ref["issuer"],
                title=ref["title"],
                period_start=dt.date.fromisoformat(ref["issued_on"]),
                period_end=dt.date(2024 - c, 12, 31),
                report_deadline=dt.date.fromisoformat(ref["report_deadline"]),
            )
            s.add(plan)
            s.flush()
            plan_ids.append(plan.id)
            set_expected_units(s, plan.id, [ExpectedUnit(*unit_of(i)[:2]) for i in range(n)])
    db.close()
    return paths.database, plan_ids


def read_and_hash(folders: list[Path]) -> int:
    total = 0
    for folder in folders:
        for path in folder.iterdir():
            raw = path.read_bytes()
            hashlib.sha256(raw).hexdigest()
            total += len(raw)
    return total


def check_only(source: Path) -> int:
    """Every package read and checked as receiving does it; nothing stored."""
    from vnhr_desktop.imports.received_package import find_packages, read_received_package

    return sum(1 for path in find_packages(source) if read_received_package(path))


def receive_once(template: Path, work: Path, source: Path, run: int) -> tuple[float, float, int, Path]:
    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence.backup import copy_database
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.services.receiving import receive_packages

    paths = DataPaths(work / f"run-{run}").ensure()
    copy_database(template, paths.database)
    db = open_database(paths)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        with db.session() as s:
            result = receive_packages(s, [source], today=TODAY)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
    finally:
        db.close()
    assert not result.refused, result.refused[:3]
    return elapsed, cpu, len(result.accepted), paths.root


def figures_after(data_root: Path, plan_id: int) -> tuple[float, float, int, int]:
    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.services.consolidated_report import consolidation_data
    from vnhr_desktop.services.reporting_rates import plan_dashboard

    db = open_database(DataPaths(data_root))
    try:
        with db.Session() as s:
            plan_dashboard(s, plan_id, today=TODAY)  # warm: imports, statement cache
            start = time.perf_counter()
            board = plan_dashboard(s, plan_id, today=TODAY)
            dashboard = time.perf_counter() - start
            start = time.perf_counter()
            data = consolidation_data(s, plan_id, None, None, TODAY)
            consolidated = time.perf_counter() - start
    finally:
        db.close()
    return dashboard, consolidated, board.expected, len(data["units"])


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    source = Path(argv[argv.index("--dir") + 1]) if "--dir" in argv else None
    if source is not None:
        args.remove(str(source))
    campaigns = int(argv[argv.index("--campaigns") + 1]) if "--campaigns" in argv else 4
    if "--campaigns" in argv:
        args.remove(str(campaigns))
    n = int(args[0]) if args else 1000
    runs = int(args[1]) if len(args) > 1 else 3
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if source is None or not source.exists():
            source = source or work / "usb"
            t0 = time.perf_counter()
            make_packages(source, n, campaigns, distinct="--distinct-files" in argv)
            print(f"made {n} packages in {time.perf_counter() - t0:.1f} s")
        folders = sorted(p for p in source.iterdir() if p.is_dir())
        template, plan_ids = province_template(work, n, campaigns)
        size = read_and_hash(folders)  # warm the page cache for both sides
        bare, full, bare_cpu, full_cpu, checks = [], [], [], [], []
        last_root = None
        for run in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            read_and_hash(folders)
            bare.append(time.perf_counter() - t0)
            bare_cpu.append(time.process_time() - c0)
            t0 = time.perf_counter()
            check_only(source)
            checks.append(time.perf_counter() - t0)
            elapsed, cpu, accepted, last_root = receive_once(template, work, source, run)
            full.append(elapsed)
            full_cpu.append(cpu)
            print(
                f"run {run + 1}: read+hash {bare[-1]:.2f} s (CPU {bare_cpu[-1]:.2f} s), "
                f"checks only {checks[-1]:.2f} s, "
                f"receive {full[-1]:.2f} s (CPU {full_cpu[-1]:.2f} s) ({accepted} packages)"
            )
        ratios = [f / b for f, b in zip(full, bare, strict=True)]
        cpu_ratios = [f / b for f, b in zip(full_cpu, bare_cpu, strict=True)]
        dashboard, consolidated, expected, units = figures_after(last_root, plan_ids[0])
    ratio = statistics.median(ratios)
    lines = [
        f"{dt.datetime.now().isoformat(timespec='seconds')}  N={len(folders)} packages, {size / 1e6:.0f} MB, "
        f"{campaigns} campaigns, runs={runs}{', distinct files' if '--distinct-files' in argv else ''}",
        f"  read+hash median {statistics.median(bare):.2f} s; receive median {statistics.median(full):.2f} s; "
        f"ratio {ratio:.2f} (goal <= {GOAL}) {'OK' if ratio <= GOAL else 'OVER'}",
        f"  reading and checking alone, nothing stored: median {statistics.median(checks):.2f} s; ratio "
        f"{statistics.median([c / b for c, b in zip(checks, bare, strict=True)]):.2f}",
        f"  CPU time: read+hash median {statistics.median(bare_cpu):.2f} s; receive median "
        f"{statistics.median(full_cpu):.2f} s; ratio {statistics.median(cpu_ratios):.2f}",
        f"  dashboard of one plan ({expected} expected units): {dashboard * 1000:.0f} ms; "
        f"consolidated figures ({units} reporting units): {consolidated * 1000:.0f} ms (goal <= 1000 ms)",
    ]
    print("\n".join(lines))
    with open(HERE / "results-receiving.txt", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
