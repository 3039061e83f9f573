"""The app ended by TerminateProcess while it writes (Task Manager's "End
task", a crash): the Windows counterpart of
tests/reliability/test_f01_crash_mid_write.py, which uses SIGKILL. The writer
child (tests/reliability/writer_child.py) commits and makes backups through
the app's engine; after every end: integrity_check ok, no reported commit
lost, no transaction half applied, every finished backup sound, and the
temporary file of a backup cut short is recognised as stale and removed."""

from __future__ import annotations

import queue
import random
import sqlite3
import subprocess
import sys
import threading
import time

from tests.reliability.helpers import HERE, ROOT, child_env
from tests.reliability.writer_child import rows_for
from tests.windows.helpers import terminate, windows_only
from vnhr_desktop.exports.safe_write import TMP_PREFIX, remove_stale_temps
from vnhr_desktop.persistence.backup import list_backups
from vnhr_desktop.persistence.preflight import integrity_check

pytestmark = windows_only("TerminateProcess")

ROUNDS = 12


class Writer:
    def __init__(self, db, backups):
        self.proc = subprocess.Popen(
            [sys.executable, str(HERE / "writer_child.py"), str(db), str(backups), "1"],
            env=child_env(),
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
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

    def wait_for(self, prefix: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            line = self.lines.get(timeout=max(0.01, deadline - time.monotonic()))
            assert line != "EOF", "the writer ended by itself"
            if line.startswith(prefix):
                return

    def end(self) -> None:
        terminate(self.proc)
        self._reader.join(timeout=10)


def _counter_and_rows(db) -> tuple[int, dict[int, int]]:
    con = sqlite3.connect(db)
    try:
        row = con.execute("SELECT value FROM app_setting WHERE key='counter'").fetchone()
        names = [r[0] for r in con.execute("SELECT name FROM agency WHERE name LIKE 'crash-%'")]
    finally:
        con.close()
    per_commit: dict[int, int] = {}
    for name in names:
        i = int(name.split("-")[1])
        per_commit[i] = per_commit.get(i, 0) + 1
    return (int(row[0]) if row else -1), per_commit


def test_terminate_at_random_moments_loses_nothing(db, paths):
    db.close()
    rng = random.Random(20241210)
    last = -1
    for round_no in range(ROUNDS):
        writer = Writer(paths.database, paths.backups)
        writer.wait_for("ready")
        mode = ("random", "backup", "bulk")[round_no % 3]
        if mode == "random":
            time.sleep(rng.uniform(0.0, 0.25))
        else:
            writer.wait_for(f"{mode}-start")
            time.sleep(rng.uniform(0.0, 0.01))
        writer.end()

        assert integrity_check(paths.database) == ["ok"]
        counter, per_commit = _counter_and_rows(paths.database)
        if writer.committed:
            assert max(writer.committed) <= counter <= max(writer.committed) + 1
        assert sorted(per_commit) == list(range(counter + 1))
        assert all(n == rows_for(i) for i, n in per_commit.items())
        assert counter >= last
        last = counter
        for backup in list_backups(paths.backups):
            assert integrity_check(backup) == ["ok"], backup.name
        remove_stale_temps(paths.backups)
        assert not list(paths.backups.glob(TMP_PREFIX + "*"))
    assert last > 20
    assert list_backups(paths.backups)
