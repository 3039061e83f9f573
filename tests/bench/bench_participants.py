"""Participant benchmarks (issue 5), measured side by side, alternating runs:

1. importing a 2,000-row participant workbook (guard, read, header row and
   mapping, every row checked, all rows written in one transaction) against
   just reading the same workbook with openpyxl's read-only mode;
2. sign-in sheets for 2,000 participants (ten bridge points, read from the
   database) against a bare reportlab Table of the same rows (same font, same
   13 mm rows, header repeated);
3. with ``--large``: the queries behind the participant table of one event
   with 200,000 participants (count, pages, search, sort, marking, figures).

Goal for 1 and 2: at most 1.5 times the bare run (median ratio). Figures are
appended to tests/bench/results-participants.txt.

    python tests/bench/bench_participants.py [RUNS] [--large]
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.persistence.participant_workbooks import bench_rows  # noqa: E402

POINTS = ["Hội trường UBND tỉnh"] + [f"UBND huyện số {i}" for i in range(1, 10)]
ROWS = 2000
GOAL = 1.5


def make_workbook(path: Path) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["UBND TỈNH TRÀ VINH"])
    ws.append(["DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ TẬP HUẤN"])
    ws.merge_cells("A2:G2")
    ws.append([])
    ws.append(["STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị công tác", "SĐT", "Điểm cầu"])
    for row in bench_rows(ROWS, POINTS):
        ws.append(row)
    wb.save(path)
    return path


def new_event(db) -> int:
    from vnhr_desktop.persistence.models import BridgePoint, TrainingEvent

    with db.session() as s:
        event = TrainingEvent(
            title="Hội nghị tập huấn công tác thông tin đối ngoại về quyền con người",
            starts_at=dt.datetime(2024, 12, 12, 14),
            organiser="Ban Chỉ đạo về Nhân quyền tỉnh",
        )
        for i, name in enumerate(POINTS):
            event.bridge_points.append(BridgePoint(name=name, position=i, is_main=i == 0))
        s.add(event)
        s.flush()
        return event.id


def participant_rows(event_id: int, points: list[int], count: int, *, one_unit_each: bool = False) -> list[dict]:
    """``count`` participant records (with their search, sort and name keys) spread
    over the bridge points ``points``; ``one_unit_each`` gives everyone a unit of their own."""
    from vnhr_desktop.domain.text import fold_join, person_sort_key

    rows = []
    for i, (_stt, name, gender, position, unit, phone, _p) in enumerate(bench_rows(count, POINTS)):
        unit = f"{unit}, tổ {i}" if one_unit_each else unit
        rows.append(
            dict(
                event_id=event_id,
                full_name=name,
                gender="female" if gender == "Nữ" else "male",
                position_title=position,
                agency_name=unit,
                phone=phone,
                bridge_point_id=points[i % len(points)],
                attended=i % 3 == 0,
                sort_key=person_sort_key(name),
                name_key=fold_join(name),
                search_key=fold_join(name, unit, position, phone),
            )
        )
    return rows


def read_only(path: Path) -> int:
    import openpyxl

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    rows = list(wb.active.iter_rows(values_only=True))
    wb.close()
    return len(rows)


def import_file(db, path: Path) -> int:
    from vnhr_desktop.services.participant_import import commit_import, preview_file

    event_id = new_event(db)
    started = time.perf_counter()
    with db.Session() as s:
        sheet, preview = preview_file(s, event_id, path)
    with db.session() as s:
        result = commit_import(s, event_id, sheet, preview.mapping, preview=preview)
    assert result.added == ROWS, result
    return time.perf_counter() - started, event_id


def signin_pdf(db, event_id: int) -> bytes:
    from vnhr_desktop.exports.pdf.signin_sheets import build_signin_pdf
    from vnhr_desktop.services.event_print import signin_sheets

    with db.Session() as s:
        return build_signin_pdf(signin_sheets(s, event_id))


def bare_table(rows: list[tuple]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from vnhr_desktop.exports.pdf.fonts import FONT, register_fonts
    from vnhr_desktop.exports.pdf.signin_sheets import ROW_HEIGHT_MM

    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    data = [["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ký tên"]]
    data += [[str(i), name, position, unit, ""] for i, (name, position, unit) in enumerate(rows, 1)]
    table = Table(data, repeatRows=1, rowHeights=[None] + [ROW_HEIGHT_MM * mm] * len(rows))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 12),
                ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    doc.build([table])
    return buffer.getvalue()


def timed(fn, *args):
    started = time.perf_counter()
    value = fn(*args)
    return time.perf_counter() - started, value


def line(label: str, mine: list[float], bare: list[float]) -> str:
    ratios = [m / b for m, b in zip(mine, bare)]
    ratio = statistics.median(ratios)
    verdict = "ok" if ratio <= GOAL else "OVER GOAL"
    return (
        f"{label}: median {statistics.median(mine) * 1000:.0f} ms vs bare {statistics.median(bare) * 1000:.0f} ms"
        f", median ratio {ratio:.2f} (goal <= {GOAL}) {verdict}"
    )


def bench_small(runs: int, work: Path) -> list[str]:
    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.persistence.models import Participant

    path = make_workbook(work / "danh-sach-2000.xlsx")
    db = open_database(DataPaths(work / "data").ensure())
    read_only(path)  # warm the file cache and the imports
    _, event_id = import_file(db, path)
    signin_pdf(db, event_id)
    with db.Session() as s:
        people = [
            (p.full_name, p.position_title, p.agency_name)
            for p in s.query(Participant).filter(Participant.event_id == event_id).order_by(Participant.sort_key)
        ]
    bare_table(people)
    imp, rd, pdf, tab = [], [], [], []
    for _ in range(runs):
        rd.append(timed(read_only, path)[0])
        imp.append(import_file(db, path)[0])
        tab.append(timed(bare_table, people)[0])
        pdf.append(timed(signin_pdf, db, event_id)[0])
    db.close()
    return [
        line(f"import {ROWS} rows (guard+read+check+write) vs openpyxl read-only read", imp, rd),
        line(f"sign-in PDF {ROWS} participants (10 sections) vs bare reportlab Table", pdf, tab),
    ]


def bench_large(work: Path) -> list[str]:
    from sqlalchemy import insert

    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.persistence.models import BridgePoint, Participant
    from vnhr_desktop.services import participants as ps
    from vnhr_desktop.services.event_stats import event_stats, event_tallies
    from vnhr_desktop.services.listing import LISTS
    from vnhr_desktop.services.paging import ListRequest

    db = open_database(DataPaths(work / "large").ensure())
    event_id = new_event(db)
    with db.session() as s:
        points = [b.id for b in s.query(BridgePoint).filter(BridgePoint.event_id == event_id)]
        rows = participant_rows(event_id, points, 200_000)
        for start in range(0, len(rows), 5000):
            s.execute(insert(Participant), rows[start : start + 5000])
    spec = LISTS["participants"]
    f = {"event_id": event_id}
    checks = [
        ("count", lambda s: spec.count(s, ListRequest(filters=f))),
        ("first page (200 rows, Vietnamese order)", lambda s: spec.query(s, ListRequest(filters=f, limit=200))),
        ("search count 'nguyen van duc'", lambda s: spec.count(s, ListRequest(search="nguyen van duc", filters=f))),
        ("search first page", lambda s: spec.query(s, ListRequest(search="nguyen van duc", filters=f, limit=200))),
        ("sorted by unit, first page", lambda s: spec.query(s, ListRequest(sort="agency", filters=f, limit=200))),
        (
            "one bridge point, first page",
            lambda s: spec.query(s, ListRequest(filters={**f, "bridge_point_id": points[3]}, limit=200)),
        ),
        ("mark 3 present", lambda s: ps.set_attendance(s, event_id, [1001, 1002, 1003])),
        (
            "figures after a mark (one pass)",
            lambda s: event_stats(s, event_id, tallies=event_tallies(s, event_id), with_agencies=False),
        ),
        ("mark all matching 'tam'", lambda s: ps.set_attendance_matching(s, event_id, True, search="tam")),
    ]
    out = ["200,000 participants in one event (median of 3, ms):"]
    for label, fn in checks:
        times = []
        for _ in range(3):
            with db.session() as s:
                times.append(timed(fn, s)[0])
        out.append(f"  {label}: {statistics.median(times) * 1000:.0f}")
    db.close()
    return out


def main(argv: list[str]) -> None:
    runs = int(next((a for a in argv if a.isdigit()), 5))
    with tempfile.TemporaryDirectory() as tmp:
        lines = bench_small(runs, Path(tmp))
        if "--large" in argv:
            lines += bench_large(Path(tmp))
    stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    text = f"## {stamp}, {runs} runs, Python {sys.version.split()[0]}\n" + "\n".join(lines) + "\n\n"
    print(text, end="")
    with open(HERE / "results-participants.txt", "a", encoding="utf-8") as fh:
        fh.write(text)


if __name__ == "__main__":
    main(sys.argv[1:])
