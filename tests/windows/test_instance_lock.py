"""The instance lock on Windows (persistence/lock.py, msvcrt.locking) between
real processes: A holds it, B (another process) is refused with the Vietnamese
message, A is ended with TerminateProcess (Windows' kill -9), and B then takes
the lock with nothing to clean up by hand. The counterpart of
tests/reliability/test_f16_second_instance.py, which needs SIGKILL."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.reliability.helpers import ROOT, child_env
from tests.windows.helpers import cli, terminate, windows_only
from vnhr_desktop.errors import AlreadyRunning
from vnhr_desktop.persistence.lock import InstanceLock

pytestmark = windows_only("instance lock through msvcrt.locking, TerminateProcess")

HOLDER = r"""
import sys, time
from pathlib import Path
from vnhr_desktop.persistence.lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1])).acquire()
print("locked", flush=True)
time.sleep(120)
"""

SECOND = r"""
import sys
from pathlib import Path
from vnhr_desktop.errors import AlreadyRunning
from vnhr_desktop.persistence.lock import InstanceLock
try:
    lock = InstanceLock(Path(sys.argv[1])).acquire()
except AlreadyRunning as exc:
    sys.stdout.reconfigure(encoding="utf-8")
    print(exc.message)
    sys.exit(3)
lock.release()
print("acquired")
"""


def _second(lock_file) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", SECOND, str(lock_file)], env=child_env(), cwd=ROOT, capture_output=True, timeout=60
    )


def test_second_process_refused_then_lock_free_after_terminate(paths):
    lock_file = paths.lock_file
    a = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_file)], env=child_env(), cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert a.stdout.readline().strip() == "locked"
        b = _second(lock_file)
        assert b.returncode == 3, b.stderr
        message = b.stdout.decode("utf-8").strip()
        assert message.startswith("Chương trình đang mở với dữ liệu này ở một cửa sổ khác.")
        with pytest.raises(AlreadyRunning):
            InstanceLock(lock_file).acquire()
        terminate(a)
    finally:
        if a.poll() is None:
            a.kill()
            a.wait()
    assert lock_file.exists()  # left behind by the crash, and harmless
    b = _second(lock_file)
    assert b.returncode == 0 and b.stdout.decode().strip() == "acquired", b.stderr
    with InstanceLock(lock_file):
        # The first byte is locked (mandatory on Windows): the pid behind it is not read here.
        assert lock_file.stat().st_size > 0
        with pytest.raises(AlreadyRunning):
            InstanceLock(lock_file).acquire()
    InstanceLock(lock_file).acquire().release()


def test_the_app_itself_refuses_a_second_window(paths):
    """The real start-up path: ``--smoke`` against a data folder whose lock is
    held exits with the one Vietnamese line, no traceback."""
    with InstanceLock(paths.lock_file):
        result = cli(paths.root, "--smoke")
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert lines and "đang mở" in lines[-1], result.stderr
