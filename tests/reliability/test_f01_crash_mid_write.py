"""Fault 1: the app is killed while it writes (commits, a bulk insert standing in
for an import, automatic backups). SIGKILL at random moments, 24 times.
After every kill: integrity_check ok, every commit the child reported is there,
no transaction is half applied, every finished backup is sound and no
temporary file survives the clean-up."""

from __future__ import annotations

import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from tests.reliability.helpers import HERE, ROOT, child_env
from tests.reliability.writer_child import rows_for
from vnhr_desktop.exports.safe_write import TMP_PREFIX, remove_stale_temps
from vnhr_desktop.persistence.backup import list_backups
from vnhr_desktop.persistence.preflight import integrity_check

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

ROUNDS = 24


class Child:
    """The writer child with its stdout lines delivered to a queue."""

    def __init__(self, db, backups, with_backups: bool):
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "writer_child.py"), str(db), str(backups), "1" if with_backups else "0"],
            env=child_env(),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.committed: list[int] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            line = line.strip()
            if line.startswith("c "):
                self.committed.append(int(line[2:]))
            self.lines.put(line)
        self.lines.put("EOF")

    def wait_for(self, prefix: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        while True:
            line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            if line == "EOF":
                raise AssertionError(f"child ended early: {self.proc.stderr.read()}")
            if line.startswith(prefix):
                return line

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=10)
        self._reader.join(timeout=10)


def check_database(db_path, committed: list[int]) -> int:
    """integrity ok, all reported commits present, no half transaction; returns the counter."""
    assert integrity_check(db_path) == ["ok"]
    con = sqlite3.connect(db_path)
    try:
        row = con.execute("SELECT value FROM app_setting WHERE key='counter'").fetchone()
        counter = int(row[0]) if row else -1
        names = [r[0] for r in con.execute("SELECT name FROM agency WHERE name LIKE 'crash-%'")]
    finally:
        con.close()
    per_commit: dict[int, int] = {}
    for name in names:
        i = int(name.split("-")[1])
        per_commit[i] = per_commit.get(i, 0) + 1
    if committed:
        assert max(committed) <= counter, "a reported commit was lost"
        # the child may have committed one more before it could report it
        assert counter <= max(committed) + 1
    assert sorted(per_commit) == list(range(counter + 1)), "commits missing or beyond the counter"
    for i, n in per_commit.items():
        assert n == rows_for(i), f"commit {i} half applied: {n} rows"
    return counter


def test_sigkill_at_random_moments_loses_nothing(db, paths):
    db.close()
    rng = random.Random(20241210)
    kills_in = {"random": 0, "backup": 0, "bulk": 0}
    last_counter = -1
    for round_no in range(ROUNDS):
        child = Child(paths.database, paths.backups, with_backups=True)
        child.wait_for("ready")
        mode = ("random", "backup", "bulk")[round_no % 3]
        if mode == "random":
            time.sleep(rng.uniform(0.0, 0.25))
        else:
            child.wait_for(f"{mode}-start")
            time.sleep(rng.uniform(0.0, 0.01))
        child.kill()
        kills_in[mode] += 1
        assert child.proc.returncode == -signal.SIGKILL
        counter = check_database(paths.database, child.committed)
        assert counter >= last_counter
        last_counter = counter
        for backup in list_backups(paths.backups):
            assert integrity_check(backup) == ["ok"], backup.name
        remove_stale_temps(paths.backups)
        assert not list(paths.backups.glob(TMP_PREFIX + "*"))
    assert sum(kills_in.values()) >= 20
    assert last_counter > 50
    assert len(list_backups(paths.backups)) >= 3
