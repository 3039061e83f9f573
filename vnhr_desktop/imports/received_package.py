"""Reading a unit's report package for the receiving office (docs/package-format.md).

    pkg = read_received_package(Path("E:/BaoCao_03-BC-UBND_2024-12-28"))   # or a .zip
    pkg.data, pkg.files["bao-cao.pdf"], pkg.package_key

Everything is checked before anything is used, and every refusal is an
:class:`ImportRejected` with one Vietnamese line:

* the file kinds first, without opening anything: a symbolic link, a FIFO or
  another special file anywhere in a folder package is refused (a FIFO would
  block a reader forever);
* sizes: what is on disk, what the manifest declares and what a zip declares
  for its members, each at most 200 MB in all (zip members are also checked for
  unsafe names, duplicates, encryption and compression ratio by imports/guard.py);
* the manifest: every listed file present with its size and SHA-256, no extra
  file, and the three files of a package listed;
* data.json: at most 20 MB, nested at most 64 levels, valid JSON, a known and
  not newer format, and the JSON Schema;
* time: a package not read within 5 seconds is given up.

Nothing is extracted or written; text is normalised to NFC.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import time
import unicodedata
import zipfile
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vnhr_desktop.domain.safe_json import MAX_DEPTH, nesting_depth
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.exports.manifest import MANIFEST_NAME, damaged, is_os_junk, parse_manifest
from vnhr_desktop.imports.guard import MB, ZipLimits, check_zip
from vnhr_desktop.imports.package_folder import changed_size, list_files, read_file, special_reason
from vnhr_desktop.imports.package_reader import _nfc_tree, _zip_prefix
from vnhr_desktop.imports.package_schema import DATA_FORMAT, DATA_KIND, schema_problem

PDF_NAME = "bao-cao.pdf"
ANNEX_NAME = "phu-luc.xlsx"
DATA_NAME = "data.json"
REQUIRED = (PDF_NAME, ANNEX_NAME, DATA_NAME)
MAX_PACKAGE_BYTES = 200 * MB
MAX_DATA_BYTES = 20 * MB
MAX_MANIFEST_BYTES = 1 * MB
MAX_JSON_DEPTH = MAX_DEPTH
MAX_SECONDS = 5.0
MAX_MEMBERS = 50
RECEIVE_LIMITS = ZipLimits(max_file_bytes=MAX_PACKAGE_BYTES, max_total_bytes=MAX_PACKAGE_BYTES, max_members=MAX_MEMBERS)


@dataclass(frozen=True)
class ReceivedPackage:
    source: Path
    package_key: str  # SHA-256 of data.json: the same package twice has the same key
    data: dict[str, Any]
    files: dict[str, bytes]  # the PDF and the workbook, kept with the record
    data_text: str = ""  # data.json as received (NFC), kept with the record
    hashes: dict[str, str] = field(default_factory=dict)  # file name -> SHA-256, checked against the manifest


class _Clock:
    def __init__(self, seconds: float):
        self.deadline = time.monotonic() + seconds

    def check(self) -> None:
        if time.monotonic() > self.deadline:
            raise ImportRejected(
                f"Đọc gói quá {MAX_SECONDS:.0f} giây (gói quá lớn hoặc ổ đĩa quá chậm); không nhận gói này."
            )


def _mb(n: int) -> str:
    return f"{n / MB:.0f}"


def _too_big(what: str, size: int) -> ImportRejected:
    return ImportRejected(
        f"Gói có {what} quá lớn ({_mb(size)} MB; tối đa {_mb(MAX_PACKAGE_BYTES)} MB); không nhận gói này."
    )


# -- data.json ------------------------------------------------------------------------
def parse_data(raw: bytes) -> dict[str, Any]:
    """data.json checked for size, nesting, format and schema; text in NFC."""
    return parse_data_text(raw)[0]


def parse_data_text(raw: bytes) -> tuple[dict[str, Any], str]:
    """:func:`parse_data` and the NFC text of the file."""
    if len(raw) > MAX_DATA_BYTES:
        raise damaged(f"{DATA_NAME} quá lớn ({_mb(len(raw))} MB; tối đa {_mb(MAX_DATA_BYTES)} MB).")
    if nesting_depth(raw) > MAX_JSON_DEPTH:
        raise damaged(f"{DATA_NAME} lồng nhau quá sâu (hơn {MAX_JSON_DEPTH} tầng), có thể là tệp độc hại.")
    try:
        text = raw.decode("utf-8")
        data = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise damaged(f"{DATA_NAME} không phải JSON hợp lệ.") from exc
    if not isinstance(data, dict):
        raise damaged(f"{DATA_NAME} không đúng định dạng.")
    if data.get("kind") != DATA_KIND:
        raise ImportRejected("Gói không phải báo cáo kết quả của vnhr-desktop (loại dữ liệu không rõ); không nhận.")
    fmt = data.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        raise damaged(f"{DATA_NAME} không ghi phiên bản định dạng.")
    if fmt > DATA_FORMAT:
        raise ImportRejected(
            f"Gói được tạo bằng phiên bản mới hơn (định dạng {fmt}); hãy cập nhật chương trình rồi nhận lại."
        )
    if fmt < DATA_FORMAT:
        raise ImportRejected(
            f"Gói theo định dạng cũ ({fmt}), không ghi đơn vị gửi; đề nghị đơn vị tạo lại gói bằng phiên bản hiện tại."
        )
    problem = schema_problem(data)
    if problem:
        raise damaged(f"{DATA_NAME} không đúng cấu trúc: {problem}.")
    # no backslash at all (one fast scan) means no \u escape either
    if (b"\\" not in raw or b"\\u" not in raw) and unicodedata.is_normalized("NFC", text):
        return data, text  # every string in it is NFC already
    data = _nfc_tree(data)
    return data, json.dumps(data, ensure_ascii=False)


# -- manifest -------------------------------------------------------------------------
def _check_manifest(manifest: dict[str, Any], names: Collection[str], sizes: dict[str, int] | None = None) -> None:
    """Names, and sizes when known, before any listed file is read: declared
    sizes within the limit, every listed file present (with its size), no
    extra file."""
    declared = sum(e["bytes"] for e in manifest["files"])
    if declared > MAX_PACKAGE_BYTES:
        raise _too_big("kích thước khai báo trong MANIFEST.json", declared)
    listed = {e["path"]: e["bytes"] for e in manifest["files"]}
    for name in REQUIRED:
        if name not in listed:
            raise damaged(f"MANIFEST.json không liệt kê tệp “{name}”.")
    present = set(names)
    for path, size in listed.items():
        if path not in present:
            raise damaged(f"thiếu tệp “{path}”.")
        if sizes is not None and sizes[path] != size:
            raise changed_size(path)
    extra = sorted(p for p in present if p not in listed and not is_os_junk(p))
    if extra:
        raise damaged(f"có tệp lạ không có trong danh sách: “{extra[0]}”.")


@dataclass(frozen=True)
class LoadedPackage:
    """A package whose files are read and checked against its manifest;
    data.json is not parsed yet (:func:`finish_package` does that)."""

    source: Path
    contents: dict[str, bytes]  # every listed file
    hashes: dict[str, str]  # name -> SHA-256, as the manifest lists it


def _load(source: Path, manifest: dict[str, Any], read: Callable[[str, int], bytes]) -> LoadedPackage:
    """Read every listed file once with ``read(name, declared_size)`` and check
    its hash: the bytes checked are the bytes kept."""
    contents, hashes = {}, {}
    for entry in manifest["files"]:
        name = entry["path"]
        raw = read(name, entry["bytes"])
        sha = hashlib.sha256(raw).hexdigest()
        if sha != entry["sha256"]:
            raise damaged(f"tệp “{name}” đã bị thay đổi (mã kiểm tra SHA-256 không khớp).")
        contents[name], hashes[name] = raw, sha
    return LoadedPackage(source, contents, hashes)


def finish_package(loaded: LoadedPackage) -> ReceivedPackage:
    """data.json of a loaded package checked (size, nesting, JSON, format, schema) and parsed."""
    data, text = parse_data_text(loaded.contents[DATA_NAME])
    kept = (PDF_NAME, ANNEX_NAME)
    files = {name: loaded.contents[name] for name in kept}
    hashes = {name: loaded.hashes[name] for name in kept}
    return ReceivedPackage(loaded.source, loaded.hashes[DATA_NAME], data, files, text, hashes)


# -- folders --------------------------------------------------------------------------
def package_root(folder: Path) -> Path:
    """The folder itself, or its only subfolder when the package was copied inside one more folder."""
    if (folder / MANIFEST_NAME).exists() or (folder / MANIFEST_NAME).is_symlink():
        return folder
    subfolders = [p for p in folder.iterdir() if p.is_dir() and not p.is_symlink()]
    if len(subfolders) == 1 and (subfolders[0] / MANIFEST_NAME).is_file():
        return subfolders[0]
    return folder


def _from_folder(folder: Path, clock: _Clock) -> LoadedPackage:
    root = package_root(folder)
    base = os.fspath(root)
    names = list_files(base, clock.check, MAX_MEMBERS)
    if MANIFEST_NAME not in names:
        raise damaged("thiếu tệp MANIFEST.json.")

    def manifest_too_big(_size: int) -> ImportRejected:
        return damaged(f"tệp “{MANIFEST_NAME}” quá lớn.")

    raw = read_file(os.path.join(base, MANIFEST_NAME), MANIFEST_NAME, MAX_MANIFEST_BYTES, manifest_too_big, clock.check)
    manifest = parse_manifest(raw)
    names.remove(MANIFEST_NAME)
    _check_manifest(manifest, names)
    total = 0

    def read(name: str, declared: int) -> bytes:
        nonlocal total

        def too_big(size: int) -> ImportRejected:
            return _too_big("dung lượng", total + size)

        raw = read_file(os.path.join(base, name), name, MAX_PACKAGE_BYTES - total, too_big, clock.check, declared)
        total += len(raw)
        return raw

    return _load(folder, manifest, read)


# -- zips -----------------------------------------------------------------------------
def _zip_members(path: Path) -> list[zipfile.ZipInfo]:
    infos = check_zip(path, RECEIVE_LIMITS, kind="package")
    seen: set[str] = set()
    for info in infos:
        key = info.filename.rstrip("/").casefold()
        if key in seen:
            raise ImportRejected(
                f"Tệp {path.name} có thành phần trùng tên “{info.filename}”, có thể đã bị sửa; không nhận."
            )
        seen.add(key)
        mode = info.external_attr >> 16
        reason = special_reason(mode) if stat.S_IFMT(mode) and info.create_system == 3 else None
        if reason:
            raise ImportRejected(f"Trong tệp {path.name}, “{info.filename}” {reason}; không nhận gói này.")
    return [i for i in infos if not i.is_dir()]


def _from_zip(path: Path, clock: _Clock) -> LoadedPackage:
    infos = _zip_members(path)
    prefix = _zip_prefix([i.filename for i in infos])
    by_name = {i.filename[len(prefix) :]: i for i in infos if i.filename.startswith(prefix)}
    outside = [i.filename for i in infos if not i.filename.startswith(prefix)]
    if outside:
        raise damaged(f"có tệp lạ không có trong danh sách: “{outside[0]}”.")
    try:
        with zipfile.ZipFile(path) as zf:
            manifest_info = by_name.pop(MANIFEST_NAME)
            if manifest_info.file_size > MAX_MANIFEST_BYTES:
                raise damaged("MANIFEST.json quá lớn.")
            manifest = parse_manifest(zf.read(manifest_info))
            _check_manifest(manifest, by_name, {name: info.file_size for name, info in by_name.items()})

            def read(name: str, _declared: int) -> bytes:
                clock.check()
                info = by_name[name]
                with zf.open(info) as member:
                    raw = member.read(info.file_size + 1)
                if len(raw) != info.file_size:
                    raise damaged(f"tệp “{name}” có kích thước khác với khai báo trong tệp nén.")
                clock.check()
                return raw

            return _load(path, manifest, read)
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, KeyError, zipfile.LargeZipFile) as exc:
        raise damaged(f"không đọc được tệp nén {path.name}.") from exc


def read_received_package(path: Path, seconds: float = MAX_SECONDS) -> ReceivedPackage:
    """The verified contents of one package (folder or .zip), or ImportRejected."""
    return finish_package(load_received_package(path, seconds))


def load_received_package(path: Path, seconds: float = MAX_SECONDS) -> LoadedPackage:
    """One package's files, read within ``seconds`` and checked against its
    manifest, or ImportRejected; :func:`finish_package` then checks data.json."""
    path = Path(path)
    clock = _Clock(seconds)
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError as exc:
        raise ImportRejected(f"Không tìm thấy {path}.") from exc
    except OSError as exc:
        raise ImportRejected(f"Không đọc được {path} ({exc.strerror or exc}).") from exc
    reason = special_reason(mode)
    if reason:
        raise ImportRejected(f"“{path.name}” {reason}; không nhận.")
    try:
        if stat.S_ISDIR(mode):
            return _from_folder(path, clock)
        return _from_zip(path, clock)
    except OSError as exc:
        raise ImportRejected(f"Không đọc được gói {path.name} ({exc.strerror or exc}).") from exc


def _looks_like_package(folder: Path) -> bool:
    """A package folder that lost its manifest is still a package (to be refused)."""
    return folder.name.startswith("BaoCao_") or any((folder / name).exists() for name in REQUIRED)


def find_packages(path: Path) -> list[Path]:
    """The packages under one PATH: a package folder or .zip itself, or the root
    of a stick (or any folder) holding package folders and .zip files. Hidden
    entries (staging folders of an interrupted write, system folders) are skipped."""
    path = Path(path)
    if not path.is_dir() or path.is_symlink():
        return [path]
    if (path / MANIFEST_NAME).exists() or package_root(path) != path or _looks_like_package(path):
        return [path]
    found = []
    for child in sorted(path.iterdir(), key=lambda p: p.name):
        if child.name.startswith((".", "$")) or child.name == "System Volume Information":
            continue
        if (
            child.suffix.lower() == ".zip"
            or child.name.startswith("BaoCao_")
            or child.is_dir()
            and not child.is_symlink()
            and (child / MANIFEST_NAME).exists()
        ):
            found.append(child)
    return found
