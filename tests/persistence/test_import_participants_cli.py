"""``import participants``, ``export signin/participants/attendance`` and
``list participants`` run as a user would (a separate process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.persistence.participant_workbooks import messy_workbook, plain_workbook

ROOT = Path(__file__).resolve().parents[2]


def run(data_dir, *args, expect=0):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-m", "vnhr_desktop", "--data-dir", str(data_dir), *map(str, args)],
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
def demo(tmp_path_factory):
    d = tmp_path_factory.mktemp("cli") / "data"
    run(d, "demo")
    events = json.loads(run(d, "list", "events", "--json").stdout)
    conference = next(e for e in events if e["kind"] == "training")
    return d, conference["id"]


def listed(data_dir, event_id):
    return json.loads(run(data_dir, "list", "participants", event_id, "--json").stdout)


def test_dry_run_prints_the_preview_and_writes_nothing(demo, tmp_path):
    data_dir, event_id = demo
    before = len(listed(data_dir, event_id))
    out = run(data_dir, "import", "participants", event_id, messy_workbook(tmp_path / "ds.xlsx"), "--dry-run").stdout
    assert "dòng tiêu đề 6" in out
    assert "B “Họ tên” → Họ và tên" in out
    assert "5 hợp lệ, 0 có lỗi" in out
    assert "Chạy thử: chưa ghi gì" in out
    assert len(listed(data_dir, event_id)) == before


def test_file_with_errors_is_refused_whole(demo, tmp_path):
    data_dir, event_id = demo
    before = len(listed(data_dir, event_id))
    bad = plain_workbook(tmp_path / "bad.xlsx", [[1, "Đoàn Văn Hậu", "Sở Ngoại vụ", None], [2, None, "X", None]])
    result = run(data_dir, "import", "participants", event_id, bad, expect=2)
    assert "Dòng 3: LỖI - Thiếu họ và tên." in result.stdout
    assert "chưa nhập gì" in result.stderr
    assert len(listed(data_dir, event_id)) == before
    assert run(data_dir, "import", "participants", event_id, bad, "--dry-run", expect=2)


def test_import_then_export(demo, tmp_path):
    import openpyxl
    import pdfplumber

    data_dir, event_id = demo
    before = len(listed(data_dir, event_id))
    result = run(data_dir, "import", "participants", event_id, messy_workbook(tmp_path / "ds.xlsx"))
    assert f"Đã nhập 5 đại biểu vào hội nghị số {event_id}." in result.stdout
    assert "Bản sao lưu trước khi nhập" in result.stdout
    rows = listed(data_dir, event_id)
    assert len(rows) == before + 5
    hanh = next(r for r in rows if r["full_name"] == "Nguyễn Thị Thu Hạnh")
    assert hanh["agency"] == "Công an huyện" and hanh["attended"] is False and hanh["title"] == hanh["full_name"]
    assert list(Path(data_dir, "backups").glob("*truoc-nhap*"))

    pdf = tmp_path / "ky-ten.pdf"
    assert "Đã ghi" in run(data_dir, "export", "signin", event_id, "--out", pdf).stdout
    with pdfplumber.open(pdf) as doc:
        text = "\n".join(page.extract_text() for page in doc.pages)
    assert "Nguyễn Thị Thu Hạnh" in text
    xlsx = tmp_path / "ds.xlsx"
    run(data_dir, "export", "participants", event_id, "--out", xlsx)
    ws = openpyxl.load_workbook(xlsx).active
    names = [r[1] for r in ws.iter_rows(values_only=True)]
    assert "Nguyễn Thị Thu Hạnh" in names
    run(data_dir, "export", "attendance", event_id, "--out", tmp_path / "th.xlsx")
    assert (
        "xuất được các dạng: .pdf"
        in run(data_dir, "export", "signin", event_id, "--out", tmp_path / "x.docx", expect=2).stderr
    )


def test_unknown_event_and_missing_file(demo, tmp_path):
    data_dir, _ = demo
    assert "Không có hội nghị" in run(data_dir, "import", "participants", 9999, tmp_path / "x.xlsx", expect=2).stderr
    assert "Không tìm thấy tệp" in run(data_dir, "import", "participants", 1, tmp_path / "none.xlsx", expect=2).stderr


def _in_a_terminal(data_dir, *args) -> tuple[int, str]:
    """Run the command with stderr on a pseudo-terminal; its exit code and stderr."""
    from tests.terminal import run_in_terminal

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    cmd = [sys.executable, "-m", "vnhr_desktop", "--data-dir", str(data_dir), *map(str, args)]
    return run_in_terminal(cmd, ROOT, env, timeout=180)


def test_import_shows_progress_on_stderr_only_in_a_terminal(demo, tmp_path):
    from tests.persistence.participant_workbooks import bench_rows

    data_dir, event_id = demo
    header = ("STT", "Họ và tên", "Giới tính", "Chức vụ", "Đơn vị", "Điện thoại")
    rows = [row[:6] for row in bench_rows(300, ["x"])]
    first = plain_workbook(tmp_path / "a.xlsx", rows[:150], header=header)
    second = plain_workbook(tmp_path / "b.xlsx", rows[150:], header=header)
    code, err = _in_a_terminal(data_dir, "import", "participants", event_id, first)
    assert code == 0 and "Đang nhập: 300/300 bước (100%)" in err, err
    piped = run(data_dir, "import", "participants", event_id, second)
    assert "Đang nhập" not in piped.stderr and "Đã nhập 150 đại biểu" in piped.stdout
