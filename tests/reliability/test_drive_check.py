"""A data folder (or a restore target) on a removable or network drive is
refused with an explanation. The drive type is injected through
set_drive_type_check, since the test machine has no USB stick."""

from __future__ import annotations

import pytest

from vnhr_desktop.errors import UnsafeLocation
from vnhr_desktop.paths import data_paths
from vnhr_desktop.persistence import location
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.location import NETWORK, REMOVABLE, ensure_local, set_drive_type_check
from vnhr_desktop.services.backups import backup_now, restore


@pytest.mark.parametrize("kind, words", [(REMOVABLE, "ổ đĩa di động (USB)"), (NETWORK, "ổ mạng")])
def test_open_database_refuses(kind, words, tmp_path):
    asked = []
    set_drive_type_check(lambda p: asked.append(p) or kind)
    paths = data_paths(tmp_path / "E" / "vnhr")
    with pytest.raises(UnsafeLocation) as err:
        open_database(paths)
    assert words in err.value.message and str(paths.root) in err.value.message
    assert not paths.database.exists()
    assert asked


def test_missing_folder_is_judged_by_its_nearest_existing_parent(tmp_path):
    asked = []
    set_drive_type_check(lambda p: asked.append(p) or "local")
    ensure_local(tmp_path / "a" / "b" / "c")
    assert asked == [tmp_path]


def test_restore_refuses_a_data_folder_on_a_stick(db, paths, tmp_path):
    backup = backup_now(paths)
    db.close()
    set_drive_type_check(lambda p: REMOVABLE if str(p).startswith(str(paths.root)) else "local")
    with pytest.raises(UnsafeLocation):
        restore(paths, backup)


def test_backup_copy_to_a_stick_is_allowed(db, paths, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    set_drive_type_check(lambda p: REMOVABLE if str(p).startswith(str(stick)) else "local")
    written = backup_now(paths, out=stick)
    assert written.parent == stick and written.stat().st_size > 0


def test_system_check_is_restored(tmp_path):
    set_drive_type_check(lambda p: NETWORK)
    set_drive_type_check(None)
    assert location._check is location.system_drive_type
    assert location.system_drive_type(tmp_path) in (location.LOCAL, REMOVABLE, NETWORK)
