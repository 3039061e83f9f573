"""Fault 11: a submission package changed after it was written: one byte of a
file flipped, a file removed, a file added, the manifest edited. Folder and
zip alike: "bị hỏng hoặc đã bị thay đổi", no data returned, nothing written."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.reliability.helpers import sha256, snapshot
from tests.reliability.packages import DATA, make_package, zip_folder
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.exports.manifest import verify_manifest
from vnhr_desktop.imports.package_reader import read_package, read_package_contents

MESSAGE = "Gói dữ liệu bị hỏng hoặc đã bị thay đổi: "


def flip_byte(path, offset=None):
    raw = bytearray(path.read_bytes())
    offset = len(raw) // 2 if offset is None else offset
    raw[offset] ^= 0x01
    path.write_bytes(bytes(raw))


def tamper(folder, how):
    if how == "byte-data":
        flip_byte(folder / "data.json", 20)
    elif how == "byte-pdf":
        flip_byte(folder / "bao-cao.pdf")
    elif how == "byte-xlsx":
        flip_byte(folder / "phu-luc.xlsx")
    elif how == "removed":
        (folder / "phu-luc.xlsx").unlink()
    elif how == "added":
        (folder / "ghi-chu.txt").write_text("thêm sau", encoding="utf-8")
    elif how == "manifest-edited":
        manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
        manifest["files"][0]["bytes"] += 1
        (folder / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    elif how == "manifest-removed":
        (folder / "MANIFEST.json").unlink()
    elif how == "data-and-manifest-rehashed-wrongly":
        (folder / "data.json").write_text(json.dumps({**DATA, "figures": {"articles": 99}}), encoding="utf-8")


CASES = [
    "byte-data",
    "byte-pdf",
    "byte-xlsx",
    "removed",
    "added",
    "manifest-edited",
    "manifest-removed",
    "data-and-manifest-rehashed-wrongly",
]


def test_sound_package_reads(tmp_path):
    folder = make_package(tmp_path / "goi")
    assert read_package(folder) == DATA
    assert read_package(zip_folder(folder, tmp_path / "goi.zip")) == DATA
    assert read_package(zip_folder(folder, tmp_path / "goi-thu-muc.zip", top="goi/")) == DATA
    contents = read_package_contents(folder)
    assert sorted(contents.files) == ["bao-cao.pdf", "data.json", "phu-luc.xlsx"]
    assert verify_manifest(folder)["format"] == 1


@pytest.mark.parametrize("how", CASES)
@pytest.mark.parametrize("as_zip", [False, True])
def test_tampered_package_is_refused(how, as_zip, tmp_path, db, paths):
    folder = make_package(tmp_path / "goi")
    tamper(folder, how)
    target = zip_folder(folder, tmp_path / "goi.zip") if as_zip else folder
    if as_zip:
        shutil.rmtree(folder)
    db.close()
    db_before = sha256(paths.database)
    before = snapshot(tmp_path)
    with pytest.raises(ImportRejected) as err:
        read_package(target)
    assert err.value.message.startswith(MESSAGE), err.value.message
    assert "\n" not in err.value.message
    assert snapshot(tmp_path) == before
    assert sha256(paths.database) == db_before


def test_os_junk_files_are_tolerated(tmp_path):
    folder = make_package(tmp_path / "goi")
    (folder / "Thumbs.db").write_bytes(b"\0" * 10)
    (folder / "desktop.ini").write_text("[.ShellClassInfo]")
    assert read_package(folder) == DATA
