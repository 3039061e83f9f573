"""Run a command in this process's own console, then save what the console shows.

Usage: python console_child.py OUT_FILE COMMAND [ARG...]

tests/windows/test_attach_console.py starts this script with
CREATE_NEW_CONSOLE. COMMAND is started the way cmd.exe starts a program typed
at the prompt: no redirection, so a windowed program (vnhr-desktop.exe,
pythonw.exe) gets no standard handles and prints only if it attaches to this
console. After COMMAND ends, the screen buffer is read back with
ReadConsoleOutputCharacterW and written to OUT_FILE (UTF-8): first the line
"exit <code>", then the console's lines.
"""

from __future__ import annotations

import ctypes
import subprocess
import sys
from ctypes import wintypes

GENERIC_READ = 0x80000000
GENERIC_WRITE = 0x40000000
FILE_SHARE_READ = 0x1
FILE_SHARE_WRITE = 0x2
OPEN_EXISTING = 3
INVALID_HANDLE_VALUE = wintypes.HANDLE(-1).value


class COORD(ctypes.Structure):
    _fields_ = [("X", wintypes.SHORT), ("Y", wintypes.SHORT)]


class SMALL_RECT(ctypes.Structure):
    _fields_ = [
        ("Left", wintypes.SHORT),
        ("Top", wintypes.SHORT),
        ("Right", wintypes.SHORT),
        ("Bottom", wintypes.SHORT),
    ]


class CONSOLE_SCREEN_BUFFER_INFO(ctypes.Structure):
    _fields_ = [
        ("dwSize", COORD),
        ("dwCursorPosition", COORD),
        ("wAttributes", wintypes.WORD),
        ("srWindow", SMALL_RECT),
        ("dwMaximumWindowSize", COORD),
    ]


def screen_text() -> str:
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.CreateFileW.restype = wintypes.HANDLE
    kernel32.CreateFileW.argtypes = (
        wintypes.LPCWSTR,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.LPVOID,
        wintypes.DWORD,
        wintypes.DWORD,
        wintypes.HANDLE,
    )
    kernel32.GetConsoleScreenBufferInfo.argtypes = (wintypes.HANDLE, ctypes.POINTER(CONSOLE_SCREEN_BUFFER_INFO))
    kernel32.ReadConsoleOutputCharacterW.argtypes = (
        wintypes.HANDLE,
        wintypes.LPWSTR,
        wintypes.DWORD,
        COORD,
        ctypes.POINTER(wintypes.DWORD),
    )
    kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
    handle = kernel32.CreateFileW(
        "CONOUT$", GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE, None, OPEN_EXISTING, 0, None
    )
    if handle == INVALID_HANDLE_VALUE:
        raise ctypes.WinError(ctypes.get_last_error())
    try:
        info = CONSOLE_SCREEN_BUFFER_INFO()
        if not kernel32.GetConsoleScreenBufferInfo(handle, ctypes.byref(info)):
            raise ctypes.WinError(ctypes.get_last_error())
        width = info.dwSize.X
        cells = width * (info.dwCursorPosition.Y + 1)
        buffer = ctypes.create_unicode_buffer(cells)
        read = wintypes.DWORD()
        if not kernel32.ReadConsoleOutputCharacterW(handle, buffer, cells, COORD(0, 0), ctypes.byref(read)):
            raise ctypes.WinError(ctypes.get_last_error())
        text = buffer[: read.value]
    finally:
        kernel32.CloseHandle(handle)
    return "\n".join(text[i : i + width].rstrip() for i in range(0, len(text), width))


def main() -> int:
    out, command = sys.argv[1], sys.argv[2:]
    try:
        code = subprocess.call(command, timeout=120)
        text = f"exit {code}\n{screen_text()}\n"
    except Exception:  # the console is hidden: the parent reads the failure from OUT_FILE
        import traceback

        text = "failed\n" + traceback.format_exc()
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
