"""Accuracy and speed of reading received documents (issue 16).

The corpus: seeds 004 and 001 as .txt, as .docx and as NĐ30 .pdf (written here,
see tests/plan_import/plan_docs.py; 004 with a header), and six messy variants
of 004 (extra spaces, line breaks inside numbers and dates, NFD, straight
quotes, TCVN3, VNI). The truth is tests/plan_import/expected_*.json (checked by
hand against the seeds) plus the header fields of the written 004; seeds 000,
002 and 003 (a report and two news pages) add the few fields they hold.

Accuracy = fields found correct / fields present, per field kind. A scalar is
one field; each slogan, reference, task, target and recipient is one field
(a task counts when agency, content and due date are all right; a target when
the value is right and the text starts with the right five words).

The PDFs are read twice, with pypdfium2 (the app's reader) and with
pdfplumber, to compare the two. Time per document covers reading the file and
extracting every field. Goal: 95 % of fields, at most 1 s per document.
Figures are appended to tests/bench/results-plan-import.txt.

    python tests/bench/bench_plan_import.py [RUNS]
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.plan_import import test_extract as variants  # noqa: E402
from tests.plan_import.plan_docs import (  # noqa: E402
    HEADER_004,
    HEADER_004_FIELDS,
    SEED_001,
    SEED_004,
    Header,
    read_seed,
    with_header_text,
    write_docx,
    write_pdf,
)
from vnhr_desktop.imports.plan_document.extract import extract, extract_file, extract_pasted  # noqa: E402
from vnhr_desktop.imports.plan_document.legacy import unicode_to_vni  # noqa: E402
from vnhr_desktop.imports.plan_document.reader import tidy_text  # noqa: E402

GOAL_ACCURACY, GOAL_SECONDS = 95.0, 1.0
LISTS = ("references", "slogans", "tasks", "targets", "recipients")


def truth(name: str, header: bool = False) -> dict:
    data = json.loads((ROOT / "tests" / "plan_import" / f"expected_{name}.json").read_text(encoding="utf-8"))
    return {**data, **HEADER_004_FIELDS} if header else data


# Seeds 000, 002 and 003 (a report and two news pages): the fields they hold, by hand.
SEEDS = ROOT / "tests" / "plan_import" / "seeds"
OTHER_SEEDS = {
    "000_3083f696dc7d15a9.txt": {
        "references": [
            {
                "kind": "Kế hoạch",
                "number": 1993,
                "symbol": "KH-BCĐ-VPTT",
                "issued_on": "2020-11-26",
                "issuer": "Ban Chỉ đạo Nhân quyền tỉnh",
            }
        ],
        "anniversary": "72 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2020)",
    },
    "002_3f8c0e600b61a8af.txt": {"anniversary": "76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)"},
    "003_13145a5c1f2321f1.txt": {
        "kind": "Công văn",
        "number": 1758,
        "symbol": "STTTT-TTBCXB",
        "issuer": "Sở Thông tin và Truyền thông",
        "title": "Tăng cường tuyên truyền thành tựu đảm bảo về quyền con người Việt Nam trên địa bàn tỉnh",
        "references": [
            {
                "kind": "Công văn",
                "number": 20,
                "symbol": "CV-BCĐNQ",
                "issued_on": "2023-09-05",
                "issuer": "Ban Chỉ đạo Nhân quyền tỉnh",
            }
        ],
        "anniversary": "75 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2023)",
    },
}


def _target_key(t: dict) -> tuple:
    return (t["value"], " ".join(t["text"].split()[:5]))


def score(found: dict, wanted: dict, tally: dict) -> None:
    for key, value in wanted.items():
        if key in LISTS:
            got = found.get(key) or []
            if key == "targets":
                got_keys = [_target_key(t) for t in got]
                hits = [_target_key(t) in got_keys for t in value]
            else:
                hits = [item in got for item in value]
            tally[key][0] += sum(hits)
            tally[key][1] += len(value)
        elif value is not None:
            tally[key][0] += found.get(key) == value
            tally[key][1] += 1


def extras(found: dict, wanted: dict) -> int:
    """Fields found that the truth does not have (a scalar where it has none, a
    list item it does not list): what the accuracy figure does not count."""
    count = 0
    for key, value in found.items():
        truth_value = wanted.get(key)
        if key in LISTS:
            if key == "targets":
                keys = [_target_key(t) for t in truth_value or []]
                count += sum(_target_key(t) not in keys for t in value)
            else:
                count += sum(item not in (truth_value or []) for item in value)
        elif value is not None and truth_value is None:
            count += 1
    return count


def pdfplumber_extract(path: Path):
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        raw = "\n".join(page.extract_text() or "" for page in pdf.pages)
    text, encoding = tidy_text(raw)
    return extract(text, encoding)


def corpus(folder: Path) -> list[tuple[str, object, dict]]:
    """(name, reader returning a PlanDocument, truth)."""
    t004, t001 = read_seed(SEED_004), read_seed(SEED_001)
    items = [
        ("004.txt", lambda: extract_file(SEED_004), truth("004")),
        ("001.txt", lambda: extract_file(SEED_001), truth("001")),
    ]
    for writer, suffix in ((write_docx, ".docx"), (write_pdf, ".pdf")):
        p004 = writer(t004, folder / f"004{suffix}", HEADER_004)
        p001 = writer(t001, folder / f"001{suffix}")
        items.append((f"004{suffix}", lambda p=p004: extract_file(p), truth("004", True)))
        items.append((f"001{suffix}", lambda p=p001: extract_file(p), truth("001")))
        if suffix == ".pdf":
            items.append(("004.pdf pdfplumber", lambda p=p004: pdfplumber_extract(p), truth("004", True)))
            items.append(("001.pdf pdfplumber", lambda p=p001: pdfplumber_extract(p), truth("001")))
    for name, wanted in OTHER_SEEDS.items():
        items.append((name[:3] + ".txt", lambda p=SEEDS / name: extract_file(p), wanted))
    header = Header("", ("BAN CHỈ ĐẠO VỀ NHÂN QUYỀN", "TỈNH TRÀ VINH"), HEADER_004.number_line, HEADER_004.date_line)
    base = with_header_text(t004, header)
    for name, variant in (
        ("spaces", variants._messy_spaces),
        ("line-breaks", variants._broken_numbers),
        ("nfd", variants._nfd),
        ("straight-quotes", variants._straight_quotes),
        ("tcvn3", variants._tcvn3),
        ("vni", unicode_to_vni),
    ):
        raw = variant(base)
        items.append((f"004 {name}", lambda r=raw: extract_pasted(r), truth("004", True)))
    return items


def main(argv: list[str]) -> int:
    runs = int(argv[0]) if argv else 5
    with tempfile.TemporaryDirectory() as tmp:
        items = corpus(Path(tmp))
        app, plumber = defaultdict(lambda: [0, 0]), defaultdict(lambda: [0, 0])
        times: dict[str, float] = {}
        extra_total = 0
        lines = []
        for name, read, wanted in items:
            samples = []
            for _ in range(runs):
                start = time.perf_counter()
                doc = read()
                samples.append(time.perf_counter() - start)
            times[name] = statistics.median(samples)
            per_doc = defaultdict(lambda: [0, 0])
            score(doc.as_json(), wanted, per_doc)
            score(doc.as_json(), wanted, plumber if "pdfplumber" in name else app)
            good, total = sum(v[0] for v in per_doc.values()), sum(v[1] for v in per_doc.values())
            misses = [k for k, (g, n) in per_doc.items() if g < n]
            extra = extras(doc.as_json(), wanted)
            if "pdfplumber" not in name:
                extra_total += extra
            lines.append(
                f"  {name:<22} {good:>3}/{total:<3} fields  {extra} extra  {times[name] * 1000:7.1f} ms"
                + (f"  missed: {', '.join(misses)}" if misses else "")
            )
    out = [f"{dt.datetime.now():%Y-%m-%d %H:%M} plan import, {len(items)} documents, median of {runs} runs"]
    out += lines
    for label, tally in (("app (pypdfium2 for PDFs)", app), ("PDFs read with pdfplumber", plumber)):
        good, total = sum(v[0] for v in tally.values()), sum(v[1] for v in tally.values())
        out.append(f"accuracy, {label}: {good}/{total} = {100 * good / total:.1f} %")
        out.append("  " + ", ".join(f"{k} {100 * g / n:.0f}% ({g}/{n})" for k, (g, n) in sorted(tally.items())))
    out.append(f"fields found that the truth does not have (app): {extra_total}")
    app_times = [t for n, t in times.items() if "pdfplumber" not in n]
    pdf_app = [t for n, t in times.items() if n.endswith(".pdf")]
    pdf_plumber = [t for n, t in times.items() if "pdfplumber" in n]
    out.append(
        f"time per document (app): median {statistics.median(app_times) * 1000:.1f} ms, "
        f"max {max(app_times) * 1000:.1f} ms"
    )
    out.append(
        f"PDF read + extract: pypdfium2 median {statistics.median(pdf_app) * 1000:.1f} ms, "
        f"pdfplumber median {statistics.median(pdf_plumber) * 1000:.1f} ms"
    )
    good, total = sum(v[0] for v in app.values()), sum(v[1] for v in app.values())
    ok = 100 * good / total >= GOAL_ACCURACY and max(app_times) <= GOAL_SECONDS
    out.append(f"goal ({GOAL_ACCURACY:g} %, <= {GOAL_SECONDS:g} s per document): {'met' if ok else 'NOT met'}")
    print("\n".join(out))
    with open(HERE / "results-plan-import.txt", "a", encoding="utf-8") as fh:
        fh.write("\n".join(out) + "\n\n")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
