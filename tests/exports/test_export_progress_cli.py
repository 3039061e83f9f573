"""``vnhr-desktop export`` shows the progress of long lists on stderr when it
runs in a terminal, and stays silent on stderr when it does not."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from tests.terminal import run_in_terminal
from vnhr_desktop.commands.documents import TerminalProgress
from vnhr_desktop.persistence.models import TrainingEvent

ROOT = Path(__file__).resolve().parents[2]


def test_progress_line_is_redrawn_per_percent():
    stream = io.StringIO()
    show = TerminalProgress(stream)
    for done in (0, 500, 1_000, 1_001, 50_000, 100_000):
        show(done, 100_000)
    text = stream.getvalue()
    assert text.count("\r") == 4  # 0 and 500, 1,000 and 1,001 share a percent
    assert "Đang xuất: 50.000/100.000 dòng (50%)" in text
    assert text.endswith("Đang xuất: 100.000/100.000 dòng (100%)\n")


def _export(data_root: Path, event_id: int, out: Path, *, terminal: bool) -> tuple[int, str]:
    cmd = [sys.executable, "-m", "vnhr_desktop", "--data-dir", str(data_root)]
    cmd += ["export", "signin", str(event_id), "--out", str(out)]
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if not terminal:
        done = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
        return done.returncode, done.stderr
    return run_in_terminal(cmd, ROOT, env, timeout=120)


def test_export_in_a_terminal_shows_progress_on_stderr(sample_db, data_paths, tmp_path):
    with sample_db.Session() as s:
        event_id = s.scalars(select(TrainingEvent.id).where(TrainingEvent.kind == "training")).one()
    sample_db.close()
    code, err = _export(data_paths.root, event_id, tmp_path / "a.pdf", terminal=True)
    assert code == 0 and "Đang xuất:" in err and "(100%)" in err
    code, err = _export(data_paths.root, event_id, tmp_path / "b.pdf", terminal=False)
    assert code == 0 and err == ""
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
