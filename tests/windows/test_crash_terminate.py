"""The app ended by TerminateProcess while it writes (Task Manager's "End
task", a crash): the Windows counterpart of
tests/reliability/test_f01_crash_mid_write.py, which uses SIGKILL. The writer
child (tests/reliability/writer_child.py) commits and makes backups through
the app's engine; after every end: integrity_check ok, no reported commit
lost, no transaction half applied, every finished backup sound, and the
temporary file of a backup cut short is recognised as stale and removed."""

from __future__ import annotations

import random
import time

from tests.reliability.test_f01_crash_mid_write import Child, check_database
from tests.windows.helpers import terminate, windows_only
from vnhr_desktop.exports.safe_write import TMP_PREFIX, remove_stale_temps
from vnhr_desktop.persistence.backup import list_backups
from vnhr_desktop.persistence.preflight import integrity_check

pytestmark = windows_only("TerminateProcess")

ROUNDS = 12


def test_terminate_at_random_moments_loses_nothing(db, paths):
    db.close()
    rng = random.Random(20241210)
    last = -1
    for round_no in range(ROUNDS):
        writer = Child(paths.database, paths.backups, with_backups=True)
        writer.wait_for("ready")
        mode = ("random", "backup", "bulk")[round_no % 3]
        if mode == "random":
            time.sleep(rng.uniform(0.0, 0.25))
        else:
            writer.wait_for(f"{mode}-start")
            time.sleep(rng.uniform(0.0, 0.01))
        terminate(writer.proc)
        writer._reader.join(timeout=10)

        counter = check_database(paths.database, writer.committed)
        assert counter >= last
        last = counter
        for backup in list_backups(paths.backups):
            assert integrity_check(backup) == ["ok"], backup.name
        remove_stale_temps(paths.backups)
        assert not list(paths.backups.glob(TMP_PREFIX + "*"))
    assert last > 20
    assert list_backups(paths.backups)
