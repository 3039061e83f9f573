"""Each headless command, run as a user would (a separate process)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.pg_cluster import database_args

ROOT = Path(__file__).resolve().parents[2]


def run(data_dir, *args, expect=0):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "vnhr_desktop", "--data-dir", str(data_dir), *database_args(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        cwd=ROOT,
    )
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == expect, (result.stdout, result.stderr)
    return result


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli") / "data"
    first = run(d, "demo")
    assert "Đã nạp dữ liệu mẫu" in first.stdout
    return d


def test_version():
    result = subprocess.run(
        [sys.executable, "-m", "vnhr_desktop", "--version"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.stdout.strip().startswith("vnhr-desktop ")


def test_demo_twice_does_not_duplicate(demo_dir):
    again = run(demo_dir, "demo")
    assert "đã có sẵn" in again.stdout
    plans = json.loads(run(demo_dir, "list", "plans", "--json").stdout)
    assert len(plans) == 3


@pytest.mark.parametrize("kind", ["plans", "slogans", "placements", "events", "reports"])
def test_list_json_has_id_and_title(demo_dir, kind):
    rows = json.loads(run(demo_dir, "list", kind, "--json").stdout)
    assert rows and all("id" in r and r["title"] for r in rows)


def test_list_plans_json_fields(demo_dir):
    plans = json.loads(run(demo_dir, "list", "plans", "--json").stdout)
    received = next(p for p in plans if p["kind"] == "received")
    assert received["number"] == 12 and received["symbol"] == "KH-BCĐNQ"  # the province plan of seed 004
    assert received["issued_on"] == "2024-11-05"


def test_list_participants(demo_dir):
    events = json.loads(run(demo_dir, "list", "events", "--json").stdout)
    event = next(e for e in events if e["participants"])
    people = json.loads(run(demo_dir, "list", "participants", str(event["id"]), "--json").stdout)
    assert len(people) == event["participants"]
    assert {"full_name", "agency", "attended"} <= set(people[0])
    text = run(demo_dir, "list", "plans", "--search", "de an").stdout
    assert "46/KH-UBND" in text


def test_bad_input_gives_one_vietnamese_line(demo_dir):
    result = run(demo_dir, "list", "nothing", expect=2)
    assert result.stderr.count("\n") == 1 and "không" in result.stderr
    result = run(demo_dir, "list", "participants", "9999", expect=2)
    assert "Không có hội nghị" in result.stderr


def test_check_backup_restore(demo_dir, tmp_path):
    assert "tốt" in run(demo_dir, "check").stdout
    out = tmp_path / "copy.sqlite3"
    assert str(out) in run(demo_dir, "backup", "--out", str(out)).stdout
    assert out.exists()
    restored = run(demo_dir, "restore", str(out))
    assert restored.stdout.strip()
    not_a_db = tmp_path / "x.sqlite3"
    not_a_db.write_bytes(b"not a database at all" * 100)
    result = run(demo_dir, "restore", str(not_a_db), expect=result_code_for_bad_restore())
    assert result.stderr.strip()


def result_code_for_bad_restore():
    from vnhr_desktop.errors import DatabaseCorrupt

    return DatabaseCorrupt.exit_code


def test_check_reports_a_corrupt_database(tmp_path):
    d = tmp_path / "data"
    run(d, "demo")
    db = d / "vnhr.sqlite3"
    data = bytearray(db.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    for page in range(1, 6):
        data[page * page_size : page * page_size + 12] = b"\x7f" * 12
    db.write_bytes(bytes(data))
    result = run(d, "check", expect=3)
    assert "hỏng" in result.stderr


def test_smoke_prints_shown_and_ready(demo_dir):
    out = run(demo_dir, "--smoke").stdout.split()
    assert out[0] == "shown" and out[2] == "ready"
    assert int(out[1]) <= int(out[3])
