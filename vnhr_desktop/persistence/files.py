"""Private files and folders: the database, backups, logs and exports are
readable by their owner only (0600 files, 0700 folders on POSIX), whatever the
umask. Windows keeps the user profile's own permissions."""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def make_private_file(path: Path) -> None:
    """Create ``path`` empty and private when missing; tighten it when it is
    ours and readable by others. Failures are left to the caller's real open."""
    if os.name != "posix":
        return
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        try:
            st = os.stat(path)
            if st.st_uid == os.getuid() and st.st_mode & 0o077 and Path(path).is_file():
                os.chmod(path, FILE_MODE)
        except OSError:
            pass
        return
    except OSError:
        return
    os.close(fd)
