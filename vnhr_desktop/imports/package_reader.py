"""Read and verify a submission package: a folder or a .zip holding the report
PDF, the annex workbook, data.json and MANIFEST.json (exports/manifest.py).

Nothing is extracted to disk. A zip is checked whole (size, ratio, member
names) before any member is read, so one unsafe name rejects the package.
Every file must match the manifest; then data.json is parsed and its text
normalised to NFC.
"""

from __future__ import annotations

import hashlib
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnhr_desktop.domain import safe_json
from vnhr_desktop.domain.text import nfc
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.exports.manifest import MANIFEST_NAME, damaged, parse_manifest, verify_entries, verify_manifest
from vnhr_desktop.exports.safe_write import require_regular_file
from vnhr_desktop.imports.guard import PACKAGE_LIMITS, ZipLimits, check_zip

DATA_NAME = "data.json"


@dataclass(frozen=True)
class PackageContents:
    manifest: dict[str, Any]
    data: dict[str, Any]
    files: tuple[str, ...]


def _nfc_tree(value: Any) -> Any:
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [_nfc_tree(v) for v in value]
    if isinstance(value, dict):
        return {nfc(k) if isinstance(k, str) else k: _nfc_tree(v) for k, v in value.items()}
    return value


def _parse_data(manifest: dict[str, Any], raw: bytes | None) -> dict[str, Any]:
    entry = next((e for e in manifest["files"] if e["path"] == DATA_NAME), None)
    if entry is None or raw is None:
        raise damaged(f"thiếu tệp {DATA_NAME}.")
    if hashlib.sha256(raw).hexdigest() != entry["sha256"]:
        raise damaged(f"tệp “{DATA_NAME}” đã bị thay đổi (mã kiểm tra SHA-256 không khớp).")
    try:
        data = safe_json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise damaged(f"{DATA_NAME} không đọc được.") from exc
    if not isinstance(data, dict):
        raise damaged(f"{DATA_NAME} không đúng định dạng.")
    cleaned: dict[str, Any] = _nfc_tree(data)
    return cleaned


def _package_root(folder: Path) -> Path:
    """The folder itself, or its only subfolder when the package was copied
    inside one more folder."""
    if (folder / MANIFEST_NAME).exists():
        return folder
    subfolders = [p for p in folder.iterdir() if p.is_dir()]
    if len(subfolders) == 1 and (subfolders[0] / MANIFEST_NAME).exists():
        return subfolders[0]
    return folder


def _from_folder(folder: Path) -> PackageContents:
    root = _package_root(folder)
    manifest = verify_manifest(root)
    try:
        if (root / DATA_NAME).exists():
            require_regular_file(root / DATA_NAME, ImportRejected)
        raw = (root / DATA_NAME).read_bytes()
    except FileNotFoundError:
        raw = None
    except OSError as exc:
        raise damaged(f"không đọc được {DATA_NAME} ({exc.strerror or exc}).") from exc
    data = _parse_data(manifest, raw)
    return PackageContents(manifest, data, tuple(e["path"] for e in manifest["files"]))


def _zip_prefix(names: list[str]) -> str:
    if MANIFEST_NAME in names:
        return ""
    tops = {n.split("/", 1)[0] for n in names}
    if len(tops) == 1:
        prefix = tops.pop() + "/"
        if prefix + MANIFEST_NAME in names:
            return prefix
    raise damaged("thiếu tệp MANIFEST.json.")


def _hash_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, str]:
    digest = hashlib.sha256()
    size = 0
    with zf.open(info) as member:
        for chunk in iter(lambda: member.read(1 << 20), b""):
            digest.update(chunk)
            size += len(chunk)
    return size, digest.hexdigest()


def _from_zip(path: Path, limits: ZipLimits) -> PackageContents:
    infos = check_zip(path, limits, kind="package")
    files = [i for i in infos if not i.is_dir()]
    prefix = _zip_prefix([i.filename for i in files])
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = parse_manifest(zf.read(prefix + MANIFEST_NAME))
            actual: dict[str, tuple[int, str]] = {}
            data_raw = None
            for info in files:
                rel = info.filename[len(prefix) :]
                if not info.filename.startswith(prefix) or rel == MANIFEST_NAME:
                    if rel != MANIFEST_NAME:
                        actual[info.filename] = (-1, "")
                    continue
                if rel == DATA_NAME:
                    data_raw = zf.read(info)
                    actual[rel] = (len(data_raw), hashlib.sha256(data_raw).hexdigest())
                else:
                    actual[rel] = _hash_member(zf, info)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, KeyError) as exc:
        raise damaged(f"không đọc được tệp nén {path.name}.") from exc
    verify_entries(manifest, actual)
    data = _parse_data(manifest, data_raw)
    return PackageContents(manifest, data, tuple(e["path"] for e in manifest["files"]))


def read_package_contents(path: Path, limits: ZipLimits = PACKAGE_LIMITS) -> PackageContents:
    """Verified manifest, parsed data and file list of a package folder or .zip."""
    path = Path(path)
    if path.is_dir():
        return _from_folder(path)
    if not path.exists():
        raise ImportRejected(f"Không tìm thấy gói dữ liệu {path}.")
    require_regular_file(path, ImportRejected)
    return _from_zip(path, limits)


def read_package(path: Path, limits: ZipLimits = PACKAGE_LIMITS) -> dict[str, Any]:
    """The parsed data.json of a verified package (folder or .zip)."""
    return read_package_contents(path, limits).data
