"""Drive listing on Windows (services/drives.py through GetDriveTypeW, and the
package dialog's QStorageInfo list): the system drive is never offered as
removable, Qt's "C:/" roots are understood like "C:\\", and the data folder on
the system disk counts as local (persistence/location.py)."""

from __future__ import annotations

import ctypes
import os
import string
from pathlib import Path

from tests.windows.helpers import windows_only
from vnhr_desktop.persistence.location import LOCAL, system_drive_type
from vnhr_desktop.services.drives import Drive, probe_removable, usable_drives

pytestmark = windows_only("GetDriveTypeW, drive letters, QStorageInfo volumes")

DRIVE_FIXED = 3


def _system_drive() -> str:
    return os.environ.get("SYSTEMDRIVE", "C:").rstrip("\\/").upper()


def _letters() -> list[str]:
    mask = ctypes.windll.kernel32.GetLogicalDrives()
    return [f"{letter}:" for i, letter in enumerate(string.ascii_uppercase) if mask & (1 << i)]


def _drive_type(root: str) -> int:
    return ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))


def test_system_drive_is_fixed_and_not_removable():
    system = _system_drive()
    assert _drive_type(system + "\\") == DRIVE_FIXED
    assert probe_removable(system + "\\") is False
    assert probe_removable(system + "/") is False


def test_qt_style_roots_are_probed_like_windows_roots():
    """QStorageInfo gives "C:/"; GetDriveTypeW must see the same drive as for "C:\\"."""
    for letter in _letters():
        assert _drive_type(letter + "/") == _drive_type(letter + "\\"), letter
        assert probe_removable(letter + "/") == probe_removable(letter + "\\"), letter


def test_every_letter_listed_and_only_real_removables_first():
    drives = usable_drives(Drive(name=letter, root=letter + "\\") for letter in _letters())
    by_root = {d.root.rstrip("\\").upper(): d for d in drives}
    assert by_root[_system_drive()].removable is False
    for drive in drives:
        assert drive.removable == (_drive_type(drive.root) == 2), drive
    flags = [d.removable for d in drives]
    assert flags == sorted(flags, key=lambda r: 0 if r else 1 if r is None else 2)


def test_package_dialog_volumes_never_offer_the_system_drive(qapp):
    from vnhr_desktop.ui.dialogs.package_drive_dialog import qt_volumes

    volumes = qt_volumes()
    system = [v for v in volumes if v.root.rstrip("\\/").upper() == _system_drive()]
    assert len(system) == 1, [v.root for v in volumes]
    assert system[0].removable is False
    assert all(not v.removable or _drive_type(v.root) == 2 for v in volumes)


def test_data_folder_on_the_system_disk_is_local(tmp_path):
    assert system_drive_type(Path(tmp_path)) == LOCAL
    assert system_drive_type(Path(os.environ["LOCALAPPDATA"])) == LOCAL
