"""MANIFEST.json of a submission package (reliability §11), shared by the
package writer and the package reader.

Format, kept exactly::

    {"format": 1, "files": [{"path": "bao-cao.pdf", "sha256": "<64 hex>", "bytes": 1234}, ...]}

Paths are relative, with forward slashes, and every file of the package except
MANIFEST.json itself is listed. A package is sound when every listed file is
present with the listed size and SHA-256 and no other file is there. Files that
Windows and macOS put into folders on their own (Thumbs.db, desktop.ini,
.DS_Store, ._*) are ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from vnhr_desktop.domain import safe_json
from vnhr_desktop.domain.archive_paths import unsafe_member_reason
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.exports.safe_write import write_text

MANIFEST_NAME = "MANIFEST.json"
MANIFEST_FORMAT = 1
DAMAGED = "Gói dữ liệu bị hỏng hoặc đã bị thay đổi: "
OS_JUNK = {"thumbs.db", "desktop.ini", ".ds_store"}
_HEX64 = re.compile(r"^[0-9a-f]{64}$")


def damaged(detail: str) -> ImportRejected:
    return ImportRejected(DAMAGED + detail)


def is_os_junk(rel_path: str) -> bool:
    name = rel_path.rsplit("/", 1)[-1]
    return name.lower() in OS_JUNK or name.startswith("._")


def _hash_file(path: Path) -> tuple[int, str]:
    if not stat.S_ISREG(os.stat(path).st_mode):  # a FIFO or device would never end
        raise damaged(f"“{path.name}” không phải tệp thông thường.")
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _relative(folder: Path, file: str | os.PathLike[str]) -> str:
    path = Path(file)
    rel = path.relative_to(folder) if path.is_absolute() else path
    return rel.as_posix()


def write_manifest(
    folder: Path, files: Iterable[str | os.PathLike[str]], extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Hash ``files`` (relative to ``folder``, or absolute inside it) and write
    ``folder/MANIFEST.json`` through safe_write. Returns the manifest."""
    folder = Path(folder)
    entries = []
    for file in files:
        rel = _relative(folder, file)
        if unsafe_member_reason(rel) or rel == MANIFEST_NAME:
            raise ValueError(f"not a package member: {rel}")
        size, sha = _hash_file(folder / rel)
        entries.append({"path": rel, "sha256": sha, "bytes": size})
    manifest: dict[str, Any] = {"format": MANIFEST_FORMAT, "files": entries}
    if extra:
        manifest.update({k: v for k, v in extra.items() if k not in manifest})
    write_text(folder / MANIFEST_NAME, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
    return manifest


def parse_manifest(raw: bytes) -> dict[str, Any]:
    """The manifest from its bytes, with its structure checked."""
    try:
        manifest = safe_json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise damaged("MANIFEST.json không đọc được.") from exc
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        raise damaged("MANIFEST.json không đúng định dạng.")
    files = manifest.get("files")
    if not isinstance(files, list) or not files:
        raise damaged("MANIFEST.json không liệt kê tệp nào.")
    seen: set[str] = set()
    for entry in files:
        ok = (
            isinstance(entry, dict)
            and isinstance(entry.get("path"), str)
            and isinstance(entry.get("sha256"), str)
            and _HEX64.match(entry["sha256"])
            and isinstance(entry.get("bytes"), int)
            and entry["bytes"] >= 0
        )
        if not ok:
            raise damaged("MANIFEST.json có mục không hợp lệ.")
        reason = unsafe_member_reason(entry["path"])
        if reason:
            raise damaged(f"đường dẫn không an toàn “{entry['path']}” ({reason}).")
        if entry["path"] in seen or entry["path"] == MANIFEST_NAME:
            raise damaged(f"tệp “{entry['path']}” được liệt kê hai lần.")
        seen.add(entry["path"])
    return manifest


def verify_entries(manifest: Mapping[str, Any], actual: Mapping[str, tuple[int, str]]) -> None:
    """Compare the manifest with the files found: ``actual`` maps each relative
    path (MANIFEST.json excluded) to (size, sha256)."""
    listed = {e["path"]: e for e in manifest["files"]}
    for path, entry in listed.items():
        if path not in actual:
            raise damaged(f"thiếu tệp “{path}”.")
        size, sha = actual[path]
        if size != entry["bytes"] or sha != entry["sha256"]:
            raise damaged(f"tệp “{path}” đã bị thay đổi (mã kiểm tra SHA-256 không khớp).")
    extra = sorted(p for p in actual if p not in listed and not is_os_junk(p))
    if extra:
        raise damaged(f"có tệp lạ không có trong danh sách: “{extra[0]}”.")


def verify_manifest(folder: Path) -> dict[str, Any]:
    """Check a package folder against its MANIFEST.json; returns the manifest."""
    folder = Path(folder)
    manifest_path = folder / MANIFEST_NAME
    try:
        if manifest_path.exists() and not stat.S_ISREG(os.stat(manifest_path).st_mode):
            raise damaged("MANIFEST.json không phải tệp thông thường.")
        raw = manifest_path.read_bytes()
    except FileNotFoundError as exc:
        raise damaged("thiếu tệp MANIFEST.json.") from exc
    except OSError as exc:
        raise damaged(f"không đọc được MANIFEST.json ({exc.strerror or exc}).") from exc
    manifest = parse_manifest(raw)
    actual: dict[str, tuple[int, str]] = {}
    try:
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder).as_posix()
            if path.is_symlink():
                raise damaged(f"“{rel}” là liên kết, không phải tệp.")
            if path.is_dir() or rel == MANIFEST_NAME:
                continue
            actual[rel] = _hash_file(path)
    except OSError as exc:
        raise damaged(f"không đọc được tệp trong gói ({exc.strerror or exc}).") from exc
    verify_entries(manifest, actual)
    return manifest
