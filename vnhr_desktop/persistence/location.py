"""Refuse a database on a removable or network drive (reliability §1).

SQLite's own documentation warns that USB sticks lie about sync and that WAL
does not work over network shares. The drive-type check is injectable so the
refusal is testable on any machine.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path

from vnhr_desktop.errors import UnsafeLocation

LOCAL, REMOVABLE, NETWORK = "local", "removable", "network"
_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p", "afs", "ncpfs"}

DriveTypeCheck = Callable[[Path], str]


def _windows_drive_type(path: Path) -> str:
    import ctypes  # Windows drive checks only

    anchor = Path(os.path.abspath(path)).anchor
    if anchor.startswith("\\\\"):
        return NETWORK
    kind = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(anchor))
    return {2: REMOVABLE, 4: NETWORK}.get(kind, LOCAL)


def _linux_drive_type(path: Path) -> str:
    try:
        target = os.path.realpath(path)
        best, fstype, device = "", "", ""
        with open("/proc/mounts", encoding="utf-8") as fh:
            for line in fh:
                parts = line.split()
                if len(parts) < 3:
                    continue
                mount = parts[1].replace("\\040", " ")
                if (target == mount or target.startswith(mount.rstrip("/") + "/")) and len(mount) >= len(best):
                    best, device, fstype = mount, parts[0], parts[2]
        if fstype in _NETWORK_FS:
            return NETWORK
        if device.startswith("/dev/sd"):
            disk = Path(device).name.rstrip("0123456789")
            flag = Path(f"/sys/block/{disk}/removable")
            if flag.exists() and flag.read_text().strip() == "1":
                return REMOVABLE
    except OSError:
        pass
    return LOCAL


def system_drive_type(path: Path) -> str:
    if sys.platform == "win32":
        return _windows_drive_type(path)
    return _linux_drive_type(path)


_check: DriveTypeCheck = system_drive_type


def set_drive_type_check(check: DriveTypeCheck | None) -> None:
    """Tests inject a fake check; ``None`` restores the system one."""
    global _check
    _check = check or system_drive_type


def ensure_local(folder: Path) -> None:
    probe = folder
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    kind = _check(probe)
    if kind == REMOVABLE:
        raise UnsafeLocation(
            f"Thư mục dữ liệu {folder} nằm trên ổ đĩa di động (USB). Cơ sở dữ liệu phải nằm trên "
            "ổ cứng của máy để không bị mất dữ liệu khi rút ổ; hãy chọn thư mục trên ổ C: hoặc D:."
        )
    if kind == NETWORK:
        raise UnsafeLocation(
            f"Thư mục dữ liệu {folder} nằm trên ổ mạng. Cơ sở dữ liệu không được đặt trên ổ mạng "
            "vì có thể hỏng dữ liệu; hãy chọn thư mục trên ổ cứng của máy."
        )
