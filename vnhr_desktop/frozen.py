"""What a frozen (PyInstaller) run needs before the command line is read.

- A child process started by ``multiprocessing`` re-runs the executable with
  ``--multiprocessing-fork``; ``freeze_support`` turns it into the worker.
- ``vnhr-desktop.exe`` on Windows is a windowed program: it has no console, so
  ``sys.stdout`` is None unless the caller redirected it. When it was started
  from a console (cmd, PowerShell) it attaches to that console so ``--version``,
  ``--smoke`` and the headless commands still print. ``vnhr-desktop-cli.exe``,
  built beside it, is the console program for scripts.
"""

from __future__ import annotations

import sys


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def prepare() -> None:
    if not is_frozen():
        return
    if len(sys.argv) >= 2 and sys.argv[1] == "--multiprocessing-fork":
        import multiprocessing  # only in the frozen bundle

        multiprocessing.freeze_support()
    if sys.platform == "win32":
        attach_parent_console()


def attach_parent_console() -> bool:
    """Windows, windowed build: print into the console that started us, if any.

    Streams the caller already redirected (a pipe, a file) are kept as they are.
    Returns True when the streams now go to the parent's console."""
    if sys.stdout is not None and sys.stderr is not None:
        return False
    import ctypes  # Windows only

    attach_parent_process = ctypes.c_uint32(-1 & 0xFFFFFFFF)
    if not ctypes.windll.kernel32.AttachConsole(attach_parent_process):
        return False
    # "CONOUT$" opens as a Windows console stream: Unicode is written as is,
    # whatever the console's code page.
    console = open("CONOUT$", "w", encoding="utf-8", errors="replace", buffering=1)
    if sys.stdout is None:
        sys.stdout = console
    if sys.stderr is None:
        sys.stderr = console
    return True
