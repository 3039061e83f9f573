"""Drives a submission package can go to, removable ones first.

The list of mounted volumes comes from the caller (the UI asks Qt's
QStorageInfo); this module only tells which ones are removable where the system
can say, leaves out pseudo file systems, and orders the list. ``removable_probe``
is replaceable for tests.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

PSEUDO_FS = {
    "tmpfs",
    "devtmpfs",
    "proc",
    "sysfs",
    "squashfs",
    "overlay",
    "cgroup",
    "cgroup2",
    "devpts",
    "mqueue",
    "debugfs",
    "tracefs",
    "securityfs",
    "pstore",
    "bpf",
    "autofs",
    "fusectl",
    "configfs",
    "hugetlbfs",
    "binfmt_misc",
    "nsfs",
    "ramfs",
    "efivarfs",
}
DRIVE_REMOVABLE = 2  # GetDriveTypeW


@dataclass(frozen=True)
class Drive:
    name: str
    root: str
    device: str = ""
    fs_type: str = ""
    free_bytes: int = 0
    total_bytes: int = 0
    read_only: bool = False
    removable: bool | None = None


def _windows_removable(root: str) -> bool | None:
    try:
        import ctypes  # Windows only

        return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == DRIVE_REMOVABLE
    except (AttributeError, OSError):
        return None


def _linux_removable(root: str, device: str) -> bool | None:
    name = Path(device).name if device.startswith("/dev/") else ""
    if name:
        block = Path("/sys/class/block") / name
        for candidate in (block / "removable", block.resolve().parent / "removable"):
            try:
                return candidate.read_text().strip() == "1"
            except OSError:
                continue
    if root.startswith(("/media/", "/run/media/", "/mnt/usb")):
        return True
    return None


def probe_removable(root: str, device: str = "") -> bool | None:
    """True or False where the system can tell, else None."""
    if os.name == "nt":
        return _windows_removable(root)
    if sys.platform.startswith("linux"):
        return _linux_removable(root, device)
    if sys.platform == "darwin":
        return root.startswith("/Volumes/") or None
    return None


removable_probe: Callable[[str, str], bool | None] = probe_removable


def usable_drives(drives: Iterable[Drive]) -> list[Drive]:
    """Real drives with their removable flag, removable first, then by name."""
    out = []
    for drive in drives:
        if drive.fs_type.lower() in PSEUDO_FS or not drive.root:
            continue
        if drive.removable is None:
            drive = replace(drive, removable=removable_probe(drive.root, drive.device))
        out.append(drive)
    return sorted(out, key=lambda d: (0 if d.removable else 1 if d.removable is None else 2, d.root.lower()))
