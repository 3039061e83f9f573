"""Fault 8: zip slip. A package whose archive holds a member named ../../x,
/abs, C:/x or with backslashes is refused as a whole, even when the manifest
lists that member with the right hash, and nothing is written anywhere."""

from __future__ import annotations

import hashlib
import json
import zipfile

import pytest

from tests.reliability.helpers import snapshot
from tests.reliability.packages import make_package
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.imports.guard import check_zip
from vnhr_desktop.imports.package_reader import read_package

EVIL = ["../../x", "/abs/x", "C:/x", "C:\\windows\\x", "goi/..\\..\\x", "a/../../x"]


def evil_package(tmp_path, member: str):
    folder = make_package(tmp_path / "src")
    payload = b"owned"
    manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
    manifest["files"].append({"path": member, "sha256": hashlib.sha256(payload).hexdigest(), "bytes": len(payload)})
    dest = tmp_path / "inbox" / "goi.zip"
    dest.parent.mkdir()
    with zipfile.ZipFile(dest, "w") as zf:
        for name in ("bao-cao.pdf", "phu-luc.xlsx", "data.json"):
            zf.write(folder / name, name)
        zf.writestr("MANIFEST.json", json.dumps(manifest))
        info = zipfile.ZipInfo("placeholder")
        info.filename = member  # ZipInfo would normalise the name; write it raw
        zf.writestr(info, payload)
    return dest


@pytest.mark.parametrize("member", EVIL)
def test_package_with_escaping_member_is_rejected_whole(member, tmp_path):
    package = evil_package(tmp_path, member)
    assert member in [i.filename for i in zipfile.ZipFile(package).infolist()]
    before = snapshot(tmp_path)
    with pytest.raises(ImportRejected) as err:
        read_package(package)
    assert "đường dẫn không an toàn" in err.value.message
    assert snapshot(tmp_path) == before
    assert not (tmp_path / "x").exists() and not (tmp_path.parent / "x").exists()


@pytest.mark.parametrize("member", EVIL)
def test_workbook_with_escaping_member_is_rejected(member, tmp_path):
    path = tmp_path / "ds.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", b"<workbook/>")
        info = zipfile.ZipInfo("placeholder")
        info.filename = member
        zf.writestr(info, b"x")
    with pytest.raises(ImportRejected, match="đường dẫn không an toàn"):
        check_zip(path)


def test_manifest_naming_an_escaping_path_in_a_folder_package(tmp_path):
    folder = make_package(tmp_path / "goi")
    manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
    manifest["files"][0]["path"] = "../bao-cao.pdf"
    (folder / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    with pytest.raises(ImportRejected, match="đường dẫn không an toàn"):
        read_package(folder)
