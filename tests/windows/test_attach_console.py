"""Output of the windowed program typed at a console (frozen.py,
AttachConsole): ``vnhr-desktop.exe --version`` started from a console, without
redirection, prints into that console. tests/windows/console_child.py stands
in for cmd.exe: it owns a new console, starts the program as cmd does and
reads the console's screen back.

Two programs: pythonw.exe running frozen.attach_parent_console() (no bundle
needed; also shows Vietnamese reaching the console whatever its code page),
and the bundle's vnhr-desktop.exe (built by packaging/build.py when stale)."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, child_env
from tests.windows.helpers import HERE, built_bundle, windows_only

pytestmark = windows_only("AttachConsole from a windowed program")

ATTACH = r"""
from vnhr_desktop.frozen import attach_parent_console
import sys
attached = attach_parent_console()
print("attached", attached)
print("Kế hoạch tuyên truyền về quyền con người")
sys.stdout.flush()
"""


def _in_new_console(tmp_path: Path, *command: str) -> list[str]:
    out = tmp_path / "console.txt"
    startup = subprocess.STARTUPINFO()
    startup.dwFlags |= subprocess.STARTF_USESHOWWINDOW
    startup.wShowWindow = 0  # SW_HIDE: the console exists but is not shown
    env = child_env()
    env.pop("PYTHONIOENCODING", None)
    subprocess.run(
        [sys.executable, str(HERE / "console_child.py"), str(out), *command],
        creationflags=subprocess.CREATE_NEW_CONSOLE,
        startupinfo=startup,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=True,
    )
    lines = [line for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines


def test_windowed_python_attaches_and_prints_vietnamese(tmp_path):
    pythonw = Path(sys.executable).with_name("pythonw.exe")
    if not pythonw.is_file():
        pytest.skip(f"no pythonw.exe beside {sys.executable}")
    lines = _in_new_console(tmp_path, str(pythonw), "-c", ATTACH)
    assert lines[0] == "exit 0", lines
    # True when the program had no standard handles and attached; either way
    # the text must be on the console the user typed the command in.
    assert any(line.startswith("attached ") for line in lines), lines
    assert "Kế hoạch tuyên truyền về quyền con người" in lines


def test_bundle_exe_version_in_the_console_that_started_it(tmp_path):
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    exe = built_bundle()
    assert exe.name == "vnhr-desktop.exe"
    lines = _in_new_console(tmp_path, str(exe), "--version")
    assert lines[0] == "exit 0", lines
    assert f"vnhr-desktop {version}" in lines
