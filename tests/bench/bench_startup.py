"""Start-up benchmark: `vnhr-desktop --data-dir DIR --smoke` against a bare
PySide6 window with four empty tabs, alternating runs. Reports the median
whole-process wall time ratio and the peak memory, and appends them to
tests/bench/results-startup.txt.

    python tests/bench/make_large_db.py /tmp/big
    python tests/bench/bench_startup.py /tmp/big [RUNS]
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]


def timed(cmd: list[str]) -> tuple[float, float, str]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    out = proc.stdout.read().decode()
    proc.stdout.close()
    if os.waitstatus_to_exitcode(status) != 0 or "ready" not in out:
        raise SystemExit(f"run failed: {' '.join(cmd)}\n{out}")
    return wall, usage.ru_maxrss / 1024, out.strip()


def main(data_dir: str, runs: int = 7) -> None:
    app = [sys.executable, "-m", "vnhr_desktop", "--data-dir", data_dir, "--smoke"]
    bare = [sys.executable, str(HERE / "bare_window.py")]
    timed(app)  # warm the file cache once
    timed(bare)
    app_t, bare_t, app_mem, bare_mem, ready = [], [], [], [], []
    for _ in range(runs):
        w, mem, out = timed(app)
        app_t.append(w)
        app_mem.append(mem)
        ready.append(int(out.split()[-1]))
        w, mem, _ = timed(bare)
        bare_t.append(w)
        bare_mem.append(mem)
    ratios = [a / b for a, b in zip(app_t, bare_t, strict=True)]
    lines = [
        f"{dt.datetime.now():%Y-%m-%d %H:%M} start-up on {data_dir} ({runs} alternating runs)",
        f"  app wall median {statistics.median(app_t) * 1000:.0f} ms,"
        f" bare window {statistics.median(bare_t) * 1000:.0f} ms",
        f"  median ratio {statistics.median(ratios):.2f}x (goal <= 3.0x)",
        f"  app 'ready' median {statistics.median(ready)} ms after import",
        f"  peak memory app {max(app_mem):.0f} MiB (goal <= 110 MiB), bare {max(bare_mem):.0f} MiB",
    ]
    text = "\n".join(lines)
    print(text)
    with open(HERE / "results-startup.txt", "a", encoding="utf-8") as fh:
        fh.write(text + "\n")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit("usage: python tests/bench/bench_startup.py DATA_DIR [RUNS]")
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 7)
