"""Fault 16: a second instance while the first holds the database, then the
first crashes. Child A takes the InstanceLock; B (this process) is refused
with AlreadyRunning; A is killed with SIGKILL; B then acquires cleanly with
nothing to clean up by hand."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from tests.reliability.helpers import ROOT, child_env
from vnhr_desktop.errors import AlreadyRunning
from vnhr_desktop.persistence.lock import InstanceLock

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

HOLDER = r"""
import sys, time
from pathlib import Path
from vnhr_desktop.persistence.lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1])).acquire()
print("locked", flush=True)
time.sleep(120)
"""


def test_second_instance_refused_then_opens_after_crash(paths):
    lock_file = paths.lock_file
    a = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(lock_file)], env=child_env(), cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    try:
        assert a.stdout.readline().strip() == "locked"
        with pytest.raises(AlreadyRunning) as err:
            InstanceLock(lock_file).acquire()
        assert "đang mở" in err.value.message
        a.send_signal(signal.SIGKILL)
        a.wait(timeout=10)
        assert a.returncode == -signal.SIGKILL
    finally:
        if a.poll() is None:
            a.kill()
            a.wait()
    assert lock_file.exists()  # left behind by the crash, and harmless
    with InstanceLock(lock_file):
        assert lock_file.read_text() != ""
        with pytest.raises(AlreadyRunning):
            InstanceLock(lock_file).acquire()
    InstanceLock(lock_file).acquire().release()
