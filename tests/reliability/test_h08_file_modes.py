"""Hardening 8: under a permissive umask (022) the database, the lock, logs,
backups and exports are still created private: 0600 files, 0700 folders."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from tests.reliability.cli_helpers import cli

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


def _umask_022():
    os.umask(0o022)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_everything_is_created_private_whatever_the_umask(tmp_path):
    data = tmp_path / "data"
    out = tmp_path / "usb"
    out.mkdir()
    cli(data, "demo", preexec=_umask_022)
    cli(data, "backup", preexec=_umask_022)
    cli(data, "backup", "--out", str(out), preexec=_umask_022)
    cli(data, "export", "plan", "1", "--out", str(out / "ke-hoach.pdf"), preexec=_umask_022)
    for folder in (data, data / "backups", data / "logs"):
        assert _mode(folder) == 0o700, folder
    files = [data / "vnhr.sqlite3", data / "vnhr.sqlite3.lock", data / "logs" / "vnhr-desktop.log"]
    files += list((data / "backups").iterdir()) + list(out.iterdir())
    assert len(files) >= 6
    for path in files:
        assert _mode(path) == 0o600, path
