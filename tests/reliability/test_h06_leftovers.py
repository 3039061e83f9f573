"""Hardening 6: what killed runs leave behind. Real processes are killed with
SIGKILL inside a write (an export, a backup to a stick, a restore's staging
copy) and in the middle of a re-package swap; the next command or run cleans
up, and the previous package is back in place."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from tests.reliability.cli_helpers import cli
from tests.reliability.helpers import ROOT, child_env
from tests.reliability.packages import make_package
from vnhr_desktop.exports.package import OLD_PREFIX, recover_interrupted
from vnhr_desktop.exports.safe_write import TMP_PREFIX

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")

KILLED_MID_WRITE = r"""
import os, signal, sys
from pathlib import Path
from vnhr_desktop.exports.safe_write import atomic_path, open_for_write
target = Path(sys.argv[1])
if sys.argv[2] == "file":
    with open_for_write(target) as fh:
        fh.write(b"half a file")
        fh.flush()
        os.kill(os.getpid(), signal.SIGKILL)
else:
    with atomic_path(target) as tmp:
        import sqlite3
        con = sqlite3.connect(tmp)
        con.execute("CREATE TABLE t (x)")
        con.execute("BEGIN")
        con.execute("INSERT INTO t VALUES (1)")
        os.kill(os.getpid(), signal.SIGKILL)
"""

KILLED_MID_SWAP = r"""
import os, signal, sys
from pathlib import Path
from vnhr_desktop.exports import package
real = os.replace
def replace_then_die(src, dst):
    real(src, dst)
    os.kill(os.getpid(), signal.SIGKILL)  # after moving the old package aside
package.os.replace = replace_then_die
package._swap_into_place(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def _killed(code: str, *args: str) -> None:
    child = subprocess.run([sys.executable, "-c", code, *args], env=child_env(), cwd=ROOT, timeout=60)
    assert child.returncode == -signal.SIGKILL


def _temps(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(TMP_PREFIX))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("h06") / "data"
    cli(folder, "demo")
    return folder


def test_an_export_killed_mid_write_is_cleaned_by_the_next_export(demo, tmp_path):
    _killed(KILLED_MID_WRITE, str(tmp_path / "ke-hoach.pdf"), "file")
    assert _temps(tmp_path)
    cli(demo, "export", "plan", "1", "--out", str(tmp_path / "ke-hoach.pdf"))
    assert _temps(tmp_path) == []


def test_a_usb_backup_killed_mid_write_is_cleaned_by_the_next_backup(demo, tmp_path):
    _killed(KILLED_MID_WRITE, str(tmp_path / "sao-luu.sqlite3"), "sqlite")
    assert _temps(tmp_path)  # the temporary database and its journal
    cli(demo, "backup", "--out", str(tmp_path))
    assert _temps(tmp_path) == []


def test_a_restore_staging_copy_is_cleaned_by_the_next_command(demo):
    _killed(KILLED_MID_WRITE, str(demo / "khoi-phuc.sqlite3"), "sqlite")
    _killed(KILLED_MID_WRITE, str(demo / "backups" / "vnhr-x.sqlite3"), "sqlite")
    assert _temps(demo) and _temps(demo / "backups")
    cli(demo, "list", "plans")
    assert _temps(demo) == [] and _temps(demo / "backups") == []


def test_a_repackage_killed_mid_swap_gets_the_old_package_back(tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    final = make_package(stick / "BaoCao_12-BC-UBND_2025-01-02")
    before = sorted(p.name for p in final.iterdir())
    staging = make_package(stick / f"{TMP_PREFIX}pkg-999999-1")
    _killed(KILLED_MID_SWAP, str(staging), str(final))
    assert not final.exists()
    assert [p for p in stick.iterdir() if p.name.startswith(OLD_PREFIX)]
    assert recover_interrupted(stick) == [final]
    assert sorted(p.name for p in final.iterdir()) == before
    assert sorted(p.name for p in stick.iterdir()) == [final.name]


def test_an_aside_package_replaced_by_a_finished_run_is_removed(tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    final = make_package(stick / "BaoCao_12-BC-UBND_2025-01-02")
    make_package(stick / f"{OLD_PREFIX}999999-1-{final.name}")
    assert recover_interrupted(stick) == []
    assert sorted(p.name for p in stick.iterdir()) == [final.name]
