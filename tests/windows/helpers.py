"""Helpers for the Windows-only tests: the skip marker, TerminateProcess, the
CLI run as a child process and the built bundle.

Every module here is marked with :func:`windows_only`, so on Linux and macOS
the whole folder is reported as skipped with the Windows code path it covers.
"""

from __future__ import annotations

import ctypes
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.reliability.helpers import ROOT, child_env

HERE = Path(__file__).resolve().parent
PROCESS_TERMINATE = 0x0001
# An exit code no Python child uses by itself: proof the end came from TerminateProcess.
TERMINATED = 0x7E57


def windows_only(what: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(sys.platform != "win32", reason=f"Windows only: {what}")


def _kernel32():
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
    kernel32.TerminateProcess.argtypes = (wintypes.HANDLE, wintypes.UINT)
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    return kernel32


def terminate(proc: subprocess.Popen) -> None:
    """End ``proc`` the way Task Manager's "End task" or a power cut of the
    process does: TerminateProcess, no clean-up code runs (Windows' kill -9)."""
    kernel32 = _kernel32()
    handle = kernel32.OpenProcess(PROCESS_TERMINATE, False, proc.pid)
    if not handle:
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        if not kernel32.TerminateProcess(handle, TERMINATED):
            raise ctypes.WinError(ctypes.get_last_error())
    finally:
        kernel32.CloseHandle(handle)
    proc.wait(timeout=10)
    assert proc.returncode == TERMINATED


def cli(data_dir: Path, *args: str, timeout: float = 180, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m vnhr_desktop --data-dir DATA ARGS`` from this checkout, output
    as text; ``env`` adds to the child's environment."""
    env = {**child_env(), **(env or {})}
    env.pop("VNHR_DATA_DIR", None)
    env["PYTHONUTF8"] = "1"
    result = subprocess.run(
        [sys.executable, "-m", "vnhr_desktop", "--data-dir", str(data_dir), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        timeout=timeout,
    )
    result.stdout = result.stdout.decode("utf-8")
    result.stderr = result.stderr.decode("utf-8")
    assert "Traceback" not in result.stderr, result.stderr
    return result


def demo_plan(data_dir: Path) -> dict:
    """Load the sample campaign into ``data_dir``; return one of the office's own plans."""
    assert cli(data_dir, "demo").returncode == 0
    listed = cli(data_dir, "list", "plans", "--json")
    assert listed.returncode == 0, listed.stderr
    return next(p for p in json.loads(listed.stdout) if p["kind"] == "own")


def _load_build_module():
    spec = importlib.util.spec_from_file_location("vnhr_packaging_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def built_bundle() -> Path:
    """packaging/build.py --if-stale (tests/packaging usually built it already in
    this run); returns the windowed vnhr-desktop.exe."""
    build = _load_build_module()
    env = dict(os.environ, PYTHON=sys.executable)
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--if-stale"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, f"bundle build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    exe = build.executable(console=False)
    assert exe.is_file()
    return exe
