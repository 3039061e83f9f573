"""A full disk on Windows: the counterpart of the RLIMIT_FSIZE tests in
tests/reliability/test_f02_disk_full.py. A small virtual disk (VHD, made and
attached with diskpart, formatted FAT32 like a USB stick) is filled up, then a
file on it is written through exports/safe_write.py: the "Ổ đĩa đã đầy"
message, the old file intact, no temporary file left.

``subst`` cannot stand in: a substituted drive shows the free space of the
disk it points into. Attaching a VHD needs administrator rights (GitHub's
Windows runners have them); without them, or when diskpart refuses, the test
is skipped with diskpart's own words."""

from __future__ import annotations

import ctypes
import errno
import string
import subprocess
import tempfile
from pathlib import Path

import pytest

from tests.windows.helpers import windows_only
from vnhr_desktop.errors import FileWriteError
from vnhr_desktop.exports import safe_write
from vnhr_desktop.exports.safe_write import TMP_PREFIX, write_bytes

pytestmark = windows_only("diskpart virtual disk")

SIZE_MB = 64
OLD = b"yesterday's report on the stick"


def _diskpart(script: str, folder: Path) -> subprocess.CompletedProcess:
    path = folder / "diskpart.txt"
    path.write_text(script, encoding="ascii")
    return subprocess.run(["diskpart", "/s", str(path)], capture_output=True, text=True, timeout=300)


def _free_letter() -> str:
    used = ctypes.windll.kernel32.GetLogicalDrives()
    for letter in reversed(string.ascii_uppercase[3:]):
        if not used & (1 << (ord(letter) - ord("A"))):
            return letter
    pytest.skip("no free drive letter for the virtual disk")


@pytest.fixture
def full_stick():
    if not ctypes.windll.shell32.IsUserAnAdmin():
        pytest.skip("not an administrator: diskpart cannot attach a virtual disk")
    folder = Path(tempfile.mkdtemp(prefix="vnhr-vhd-"))
    vhd = folder / "stick.vhd"
    letter = _free_letter()
    made = _diskpart(
        f'create vdisk file="{vhd}" maximum={SIZE_MB} type=fixed\n'
        f'select vdisk file="{vhd}"\n'
        "attach vdisk\n"
        "create partition primary\n"
        "format fs=fat32 quick label=VNHRTEST\n"
        f"assign letter={letter}\n",
        folder,
    )
    root = Path(f"{letter}:\\")
    try:
        if made.returncode != 0 or not root.exists():
            pytest.skip(f"diskpart could not make a virtual disk: {made.stdout.strip()[-500:]}")
        yield root
    finally:
        _diskpart(f'select vdisk file="{vhd}"\ndetach vdisk\n', folder)
        vhd.unlink(missing_ok=True)
        for path in folder.iterdir():
            path.unlink(missing_ok=True)
        folder.rmdir()


def _fill(root: Path) -> None:
    """Write filler files (unbuffered) until the disk refuses even a small one."""
    for n, chunk in enumerate((1 << 20, 1 << 16, 1 << 12, 512)):
        with open(root / f"filler-{n}.bin", "wb", buffering=0) as fh:
            try:
                while True:
                    fh.write(b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC or getattr(exc, "winerror", None) == 112, exc


def test_write_to_a_full_stick_keeps_the_old_file(full_stick, monkeypatch):
    monkeypatch.setattr(safe_write, "_sleep", lambda _d: None)
    folder = full_stick / "bao-cao"
    folder.mkdir()
    target = folder / "bao-cao-ket-qua.xlsx"
    target.write_bytes(OLD)
    _fill(full_stick)
    with pytest.raises(FileWriteError) as err:
        write_bytes(target, b"x" * 300_000)
    assert "Ổ đĩa đã đầy" in err.value.message and target.name in err.value.message
    assert target.read_bytes() == OLD
    assert not [p for p in folder.iterdir() if p.name.startswith(TMP_PREFIX)]
