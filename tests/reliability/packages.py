"""A submission package as the package writer lays it out: report PDF, annex
workbook, data.json and MANIFEST.json."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

from tests.reliability.workbooks import participants_workbook
from vnhr_desktop.exports.manifest import write_manifest

DATA = {
    "format": 1,
    "report": {"title": "Báo cáo kết quả tuyên truyền kỷ niệm 76 năm Ngày Quyền con người", "number": 12},
    "figures": {"articles": 12, "conferences": 1},
}


def make_package(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "bao-cao.pdf").write_bytes(b"%PDF-1.4\n% report\n" + bytes(range(256)) * 4)
    participants_workbook(folder / "phu-luc.xlsx")
    (folder / "data.json").write_text(json.dumps(DATA, ensure_ascii=False), encoding="utf-8")
    write_manifest(folder, ["bao-cao.pdf", "phu-luc.xlsx", "data.json"])
    return folder


def zip_folder(folder: Path, dest: Path, extra: dict[str, bytes] | None = None, top: str = "") -> Path:
    with zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, top + path.relative_to(folder).as_posix())
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return dest
