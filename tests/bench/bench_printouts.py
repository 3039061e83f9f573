"""Big printouts, side by side with bare library baselines (issue 14 §5).

One event with 100,000 participants (ten bridge points) is made in a fresh
data folder. Each figure is the time the app takes through the export service
(read the view from the database, render, no file written) against the bare
library writing the same rows, already in memory:

* ``signin_pdf_100k``: the sign-in sheets against bare reportlab: the same
  rows, font, 13 mm rows and a header row on every page, drawn one Table per
  page. (A single reportlab Table of 100,000 rows is not a usable baseline:
  reportlab copies the remaining rows at every page break, so it takes time
  in the square of the rows; that is what the app's paged table avoids.)
* ``participants_xlsx_100k``: the participant list workbook against openpyxl
  write-only appending the same rows as plain values.
* ``attendance_xlsx_100k``: the attendance summary of the same event against
  openpyxl write-only appending the same rows. Every person of the event
  comes from a different unit, so the sheet by unit has 100,000 rows.

Runs alternate (app, bare) and the median ratio is kept. The ratio is of CPU
time (the machine is shared; both sides run in this one process and thread),
the wall times are shown beside it. Goal: at most 1.5x.
Writes tests/bench/results-printouts.txt and prints ``NAME: RATIO x (goal G)``.

    python tests/bench/bench_printouts.py [ROWS] [RUNS]
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

from openpyxl import Workbook  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.platypus import PageBreak, SimpleDocTemplate, Table, TableStyle  # noqa: E402
from sqlalchemy import insert, select  # noqa: E402

from tests.bench.bench_participants import new_event, participant_rows  # noqa: E402
from vnhr_desktop.exports.pdf.fonts import FONT, register_fonts  # noqa: E402
from vnhr_desktop.exports.pdf.signin_sheets import ROW_HEIGHT_MM  # noqa: E402
from vnhr_desktop.paths import DataPaths  # noqa: E402
from vnhr_desktop.persistence.database import open_database  # noqa: E402
from vnhr_desktop.persistence.models import BridgePoint, Participant  # noqa: E402
from vnhr_desktop.services.document_export import render_document  # noqa: E402
from vnhr_desktop.services.event_print import attendance_summary, participant_list, signin_sheets  # noqa: E402

GOAL = 1.5
RESULTS = HERE / "results-printouts.txt"


def make_event(db, count: int) -> int:
    event_id = new_event(db)
    with db.session() as s:
        points = list(s.scalars(select(BridgePoint.id).where(BridgePoint.event_id == event_id)))
        rows = participant_rows(event_id, points, count, one_unit_each=True)  # 100,000 rows by unit
        for start in range(0, len(rows), 5000):
            s.execute(insert(Participant), rows[start : start + 5000])
    return event_id


def bare_signin(people: list[tuple[str, str, str]]) -> bytes:
    """The same rows as bare reportlab tables, one per page, header on each."""
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4)
    style = TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), FONT),
            ("FONTSIZE", (0, 0), (-1, -1), 12),
            ("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ]
    )
    per_page = int((doc.height - 20) // (ROW_HEIGHT_MM * mm))
    header = ["STT", "Họ và tên", "Chức vụ", "Đơn vị", "Ký tên"]
    story = []
    for start in range(0, len(people), per_page):
        chunk = people[start : start + per_page]
        data = [header] + [[str(start + i), n, p, u, ""] for i, (n, p, u) in enumerate(chunk, 1)]
        table = Table(data, rowHeights=[None] + [ROW_HEIGHT_MM * mm] * len(chunk))
        table.setStyle(style)
        story += [table, PageBreak()]
    doc.build(story[:-1])
    return buffer.getvalue()


def bare_workbook(header: list[str], rows) -> bytes:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Sheet")
    ws.append(header)
    for row in rows:
        ws.append(list(row))
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def app(db, what: str, event_id: int) -> bytes:
    with db.Session() as s:
        return render_document(s, what, event_id, ".pdf" if what == "signin" else ".xlsx")


def timed(fn) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one call."""
    cpu, wall = time.process_time(), time.perf_counter()
    fn()
    return time.process_time() - cpu, time.perf_counter() - wall


def main(count: int = 100_000, runs: int = 3) -> None:
    work = Path(tempfile.mkdtemp(prefix="vnhr-bench-printouts-"))
    db = open_database(DataPaths(work / "data").ensure())
    event_id = make_event(db, count)
    with db.Session() as s:
        sheets = signin_sheets(s, event_id)
        people = [p for section in sheets.sections for p in section.people]
        listed = participant_list(s, event_id).rows
        summary = attendance_summary(s, event_id)
    summary_rows = (
        list(summary.figures)
        + [
            (i, p.name, p.place, "x" if p.is_main else "", p.expected, p.actual, p.listed, p.listed_present)
            for i, p in enumerate(summary.points, 1)
        ]
        + [
            (i, g.label, g.registered, g.attended, g.registered - g.attended)
            for groups in (summary.by_agency, summary.by_gender)
            for i, g in enumerate(groups, 1)
        ]
    )
    cases = [
        (f"signin_pdf_{count // 1000}k", lambda: app(db, "signin", event_id), lambda: bare_signin(people)),
        (
            f"participants_xlsx_{count // 1000}k",
            lambda: app(db, "participants", event_id),
            lambda: bare_workbook(["STT", "Họ và tên"], listed),
        ),
        (
            f"attendance_xlsx_{count // 1000}k",
            lambda: app(db, "attendance", event_id),
            lambda: bare_workbook(["Chỉ tiêu"], summary_rows),
        ),
    ]
    lines = [f"{dt.datetime.now():%Y-%m-%d %H:%M} printouts, one event of {count:,} participants, {runs} runs"]
    for name, mine, bare in cases:
        app_t, bare_t = [], []
        for _ in range(runs):
            app_t.append(timed(mine))
            bare_t.append(timed(bare))
        ratio = statistics.median(a[0] / b[0] for a, b in zip(app_t, bare_t, strict=True))
        figure = f"{name}: {ratio:.2f} x (goal {GOAL})"
        print(figure, flush=True)
        cpu = [statistics.median(t[0] for t in times) for times in (app_t, bare_t)]
        wall = [statistics.median(t[1] for t in times) for times in (app_t, bare_t)]
        lines.append(
            f"  {figure}  CPU app {cpu[0]:.1f} s, bare {cpu[1]:.1f} s; wall app {wall[0]:.1f} s, bare {wall[1]:.1f} s"
        )
    db.close()
    with RESULTS.open("a", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    print("\n".join(lines[1:]))


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    main(*args)
