"""The submission package written to a USB stick (DESIGN §5, reliability §6, §11).

    name, files = package_files(view, data)          # ReportView, PackageData
    result = write_package(name, files, Path("E:/"), today=today)

The package is a folder ``BaoCao_01-BC-BCDNQ_2025-01-02`` holding the report PDF
(``bao-cao.pdf``), the annex workbook (``phu-luc.xlsx``), ``data.json`` (format
version, office, plan, period, the frozen figures and the records behind them)
and ``MANIFEST.json`` with the size and SHA-256 of every file.

Everything is first written, through safe_write, into a hidden staging folder on
the target; the staging folder is read back and checked against the manifest
and against the bytes that were meant to be written; only then is it renamed
into place (replacing an older package of the same report) and checked once
more. A full stick, a read-only stick or a stick pulled out mid-way raises
:class:`FileWriteError` with a plain message and leaves no package and no
staging folder behind. Nothing here reads or changes the database: the
submission service (services/report_submission.py) loads the report, calls
these, and marks the report submitted once the package is verified.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import shutil
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from vnhr_desktop.domain.printouts.package import PackageData
from vnhr_desktop.domain.printouts.report import ReportView
from vnhr_desktop.domain.text import fold
from vnhr_desktop.errors import FileWriteError, ImportRejected, UserError
from vnhr_desktop.exports.excel.annex_workbook import annex_xlsx
from vnhr_desktop.exports.manifest import MANIFEST_NAME, verify_manifest, write_manifest
from vnhr_desktop.exports.pdf.report_document import build_report_pdf
from vnhr_desktop.exports.safe_write import explain_os_error, fsync_dir, write_bytes

PDF_NAME = "bao-cao.pdf"
ANNEX_NAME = "phu-luc.xlsx"
DATA_NAME = "data.json"
STAGING_PREFIX = ".vnhr-tmp-pkg-"
OLD_PREFIX = ".vnhr-old-pkg-"
NOT_VERIFIED = (
    "Đọc lại gói trên ổ đĩa không khớp với dữ liệu đã ghi (ổ USB có thể bị lỗi). "
    "Gói chưa được tạo; hãy thử lại hoặc dùng ổ khác."
)


@dataclass(frozen=True)
class PackageResult:
    folder: Path
    files: tuple[str, ...]
    manifest: dict[str, Any]
    created_on: dt.date


def package_folder_name(number_symbol: str, issued_on: dt.date | None) -> str:
    """ "BaoCao_01-BC-BCDNQ_2025-01-02": ASCII only, safe on any stick."""
    code = "".join(ch if ch.isalnum() else "-" for ch in fold(number_symbol).upper()).strip("-")
    day = issued_on.isoformat() if issued_on else "chua-ban-hanh"
    return f"BaoCao_{code or 'khong-so'}_{day}"


def _check_target(target: Path) -> None:
    if not target.is_dir():
        raise FileWriteError(
            f"Không tìm thấy thư mục {target} (ổ USB đã bị rút ra?). Hãy cắm lại ổ hoặc chọn thư mục khác."
        )


def _remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
    if path.exists():  # a read-only stick may refuse even this; try once more after a moment
        time.sleep(0.2)
        shutil.rmtree(path, ignore_errors=True)


def _verify(folder: Path, expected: dict[str, bytes]) -> dict[str, Any]:
    try:
        manifest = verify_manifest(folder)
    except ImportRejected as exc:
        raise FileWriteError(NOT_VERIFIED) from exc
    listed = {e["path"]: e["sha256"] for e in manifest["files"]}
    for name, data in expected.items():
        if listed.get(name) != hashlib.sha256(data).hexdigest():
            raise FileWriteError(NOT_VERIFIED)
    return manifest


def _swap_into_place(staging: Path, final: Path) -> None:
    """Rename the staging folder to ``final``; an older package there is moved
    aside first and put back if the rename fails."""
    old = None
    if final.exists():
        # The old package's own name is kept in the aside name, so a run killed
        # right here is undone by recover_interrupted() on the next run.
        old = final.with_name(f"{OLD_PREFIX}{os.getpid()}-{time.monotonic_ns()}-{final.name}")
        os.replace(final, old)
    try:
        os.replace(staging, final)
    except OSError:
        if old is not None:
            os.replace(old, final)
        raise
    if old is not None:
        _remove(old)


def _aside_owner_and_name(folder: Path) -> tuple[int | None, str | None]:
    parts = folder.name[len(OLD_PREFIX) :].split("-", 2)
    pid = int(parts[0]) if parts and parts[0].isdigit() else None
    if len(parts) == 3 and parts[2]:
        return pid, parts[2]
    try:  # an older aside name without the package name: the manifest has it
        from vnhr_desktop.domain import safe_json
        from vnhr_desktop.exports.safe_write import require_regular_file

        require_regular_file(folder / MANIFEST_NAME, FileWriteError)
        manifest = safe_json.loads((folder / MANIFEST_NAME).read_text(encoding="utf-8"))
        name = manifest.get("package") if isinstance(manifest, dict) else None
    except (OSError, ValueError, UserError):
        name = None
    return pid, name if isinstance(name, str) and name and "/" not in name and "\\" not in name else None


def recover_interrupted(target: Path) -> list[Path]:
    """Undo what a killed run left in ``target``: an older package moved aside
    goes back to its name when no new package took its place (otherwise it is
    removed), and staging folders are removed; only those of processes that are
    gone. Returns the packages put back."""
    from vnhr_desktop.exports.safe_write import _pid_alive, remove_stale_temps

    restored: list[Path] = []
    try:
        asides = [p for p in target.iterdir() if p.name.startswith(OLD_PREFIX) and p.is_dir()]
    except OSError:
        return restored
    for aside in asides:
        pid, name = _aside_owner_and_name(aside)
        if pid is not None and (pid == os.getpid() or _pid_alive(pid)):
            continue
        final = target / name if name else None
        try:
            if final is not None and not final.exists():
                os.replace(aside, final)
                restored.append(final)
            elif final is not None:
                _remove(aside)
        except OSError:
            continue
    remove_stale_temps(target)
    return restored


def _json_value(value: object) -> str:
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    raise TypeError(f"not JSON: {type(value).__name__}")


def package_json(data: PackageData) -> bytes:
    """``data.json``: format and kind first, then the fields in their order."""
    tree = asdict(data)
    tree = {"format": tree.pop("format"), "kind": tree.pop("kind"), **tree}
    if tree.get("consolidated") is None:  # only a consolidated report carries the units' figures
        tree.pop("consolidated", None)
    return (json.dumps(tree, ensure_ascii=False, indent=2, default=_json_value) + "\n").encode("utf-8")


def package_files(
    view: ReportView, data: PackageData, documents: tuple[bytes, bytes] | None = None
) -> tuple[str, dict[str, bytes]]:
    """(folder name, {file name: bytes}) of a report's package, rendered in memory.
    ``documents``: the report's PDF and annex workbook when they are not the
    standard rendering of ``view`` (a consolidated report's)."""
    pdf, annex = documents or (build_report_pdf(view), annex_xlsx(view))
    files = {PDF_NAME: pdf, ANNEX_NAME: annex, DATA_NAME: package_json(data)}
    return package_folder_name(view.number_symbol, view.issued_on), files


def write_package(name: str, files: dict[str, bytes], target: Path, *, today: dt.date) -> PackageResult:
    """Write ``files`` into the folder ``name`` under ``target``: staged, verified,
    moved into place and verified again; :class:`FileWriteError` otherwise."""
    target = Path(target)
    _check_target(target)
    recover_interrupted(target)
    staging = target / f"{STAGING_PREFIX}{os.getpid()}-{time.monotonic_ns()}"
    final = target / name
    try:
        try:
            staging.mkdir()
            for file_name, data in files.items():
                write_bytes(staging / file_name, data)
            write_manifest(staging, list(files), extra={"package": name, "created_on": today.isoformat()})
            _verify(staging, files)
            _swap_into_place(staging, final)
            fsync_dir(target)
        except OSError as exc:
            # the message names the folder the officer chose, not the hidden staging folder
            raise FileWriteError(explain_os_error(exc, target)) from exc
        try:
            manifest = _verify(final, files)
        except FileWriteError:
            _remove(final)
            raise
    except FileWriteError as exc:
        if not target.is_dir():
            raise FileWriteError(
                f"Không tìm thấy thư mục {target} (ổ USB đã bị rút ra?). Gói chưa được tạo; hãy cắm lại ổ rồi làm lại."
            ) from exc
        raise
    finally:
        if staging.exists():
            _remove(staging)
    return PackageResult(final, (*files, MANIFEST_NAME), manifest, today)
