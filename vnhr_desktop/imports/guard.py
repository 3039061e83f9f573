"""Guarded opening of workbooks and zip packages (reliability §7).

Before openpyxl sees a file: its size, that it is a zip at all (with a plain
message for the usual mistakes: an old .xls, a CSV renamed to .xlsx, an empty
or half-copied file), the number of members, the total uncompressed size, the
compression ratio of each member (zip bombs), member names that stay inside
the archive (zip slip), and no DTD in any XML part (entity bombs). Then
openpyxl parses with defusedxml, which is checked to be active. Every refusal
is an :class:`ImportRejected` with a Vietnamese message; nothing is written.
"""

from __future__ import annotations

import zipfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnhr_desktop.domain.archive_paths import unsafe_member_reason
from vnhr_desktop.domain.text import clean
from vnhr_desktop.errors import ImportRejected

if TYPE_CHECKING:
    from openpyxl import Workbook

MB = 1024 * 1024
# NFC sweep (tests/unit/test_nfc_boundary.py): functions that hand out text unread.
NFC_EXEMPT = {
    "open_workbook_safely": "returns the workbook itself; read_sheet_rows or the importer cleans each cell",
}


@dataclass(frozen=True)
class ZipLimits:
    max_file_bytes: int = 20 * MB
    max_total_bytes: int = 200 * MB
    max_ratio: float = 100.0
    max_members: int = 2000
    # Members smaller than this when uncompressed cannot hurt, whatever their ratio.
    ratio_floor_bytes: int = 1 * MB


WORKBOOK_LIMITS = ZipLimits()
PACKAGE_LIMITS = ZipLimits(max_file_bytes=200 * MB, max_total_bytes=400 * MB, max_members=500)
MAX_ROWS = 100_000
# openpyxl holds every shared string in memory before the first row is read.
MAX_SHARED_STRINGS_BYTES = 32 * MB

_XML_PARTS = (".xml", ".rels", ".vml")
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _mb(n: int) -> str:
    return f"{n / MB:.1f}".replace(".", ",")


def _sniff(head: bytes) -> str:
    if head.startswith(_OLE2):
        return "xls"
    if head.startswith(b"%PDF"):
        return "pdf"
    sample = head[:4096]
    if sample.startswith(b"\xef\xbb\xbf"):
        sample = sample[3:]
    try:
        text = sample.decode("utf-8")
    except UnicodeDecodeError:
        text = sample.decode("cp1258", errors="replace")
        if text.count("\ufffd") > 2:
            return "garbage"
    stripped = text.lstrip().lower()
    if stripped.startswith(("<html", "<!doctype html", "<?xml", "<table")):
        return "html"
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in text)
    if text and printable / len(text) > 0.95:
        first = text.splitlines()[0] if text.splitlines() else ""
        if any(sep in first for sep in (",", ";", "\t")):
            return "csv"
        return "text"
    return "garbage"


def _is_encrypted_office_file(path: Path) -> bool:
    """An OLE2 container holding an encrypted Office document (the way Excel
    saves a workbook with a password) has an "EncryptedPackage" stream."""
    marker = "EncryptedPackage".encode("utf-16-le")
    try:
        with open(path, "rb") as fh:
            return marker in fh.read(WORKBOOK_LIMITS.max_file_bytes)
    except OSError:
        return False


def _not_a_zip(path: Path, head: bytes) -> ImportRejected:
    name = path.name
    resave = "Hãy mở tệp bằng Excel, chọn Lưu thành (Save As) kiểu “Excel Workbook (*.xlsx)” rồi nhập lại."
    kind = _sniff(head)
    if kind == "xls":
        return ImportRejected(f"Tệp {name} là định dạng Excel cũ (.xls), chương trình chỉ đọc .xlsx. {resave}")
    if kind == "csv":
        return ImportRejected(f"Tệp {name} là tệp văn bản CSV, không phải sổ tính Excel (.xlsx). {resave}")
    if kind == "html":
        return ImportRejected(f"Tệp {name} là trang HTML/XML, không phải sổ tính Excel (.xlsx). {resave}")
    if kind == "pdf":
        return ImportRejected(f"Tệp {name} là tệp PDF, không phải sổ tính Excel (.xlsx).")
    if kind == "text":
        return ImportRejected(f"Tệp {name} là tệp văn bản, không phải sổ tính Excel (.xlsx).")
    return ImportRejected(f"Tệp {name} không phải sổ tính Excel (.xlsx) hoặc đã bị hỏng.")


def check_zip(path: Path, limits: ZipLimits = WORKBOOK_LIMITS, kind: str = "workbook") -> list[zipfile.ZipInfo]:
    """Refuse a file that is not a sound, reasonably sized zip; returns its members.
    ``kind`` ("workbook" or "package") chooses the wording for a file that is not a zip."""
    path = Path(path)
    name = path.name
    from vnhr_desktop.exports.safe_write import require_regular_file

    size = require_regular_file(path, ImportRejected).st_size
    try:
        with open(path, "rb") as fh:
            head = fh.read(8192)
    except OSError as exc:
        raise ImportRejected(f"Không mở được tệp {name} ({exc.strerror or exc}).") from exc
    if size == 0:
        raise ImportRejected(f"Tệp {name} rỗng (0 byte), không có dữ liệu để nhập.")
    if size > limits.max_file_bytes:
        raise ImportRejected(
            f"Tệp {name} quá lớn ({_mb(size)} MB; tối đa {_mb(limits.max_file_bytes)} MB). Hãy chia nhỏ tệp."
        )
    if not head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        if head.startswith(_OLE2) and _is_encrypted_office_file(path):
            raise ImportRejected(
                f"Tệp {name} được đặt mật khẩu (mã hóa), chương trình không mở được. "
                "Hãy mở tệp bằng Excel, bỏ mật khẩu (File > Info > Protect Workbook > Encrypt with Password), "
                "lưu lại rồi nhập lại."
            )
        if kind == "package":
            raise ImportRejected(f"Tệp {name} không phải gói dữ liệu (.zip) của vnhr-desktop.")
        raise _not_a_zip(path, head)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ImportRejected(
            f"Tệp {name} bị hỏng hoặc chưa được chép hết (tệp bị cắt ngang). Hãy chép lại tệp từ nơi gốc."
        ) from exc
    if len(infos) > limits.max_members:
        raise ImportRejected(f"Tệp {name} có quá nhiều thành phần ({len(infos)}); không nhập.")
    counts = Counter(info.filename for info in infos)
    twice = next((member for member, n in counts.items() if n > 1), None)
    if twice is not None:
        raise ImportRejected(f"Tệp {name} có hai thành phần trùng tên “{twice}”, có thể là tệp độc hại; không nhập.")
    total = 0
    for info in infos:
        reason = unsafe_member_reason(info.filename)
        if reason:
            raise ImportRejected(
                f"Tệp {name} chứa đường dẫn không an toàn “{info.filename}” ({reason}); không nhập gì từ tệp này."
            )
        if info.flag_bits & 0x1:
            raise ImportRejected(f"Tệp {name} có mật khẩu (bị mã hóa); hãy bỏ mật khẩu rồi nhập lại.")
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > limits.ratio_floor_bytes and ratio > limits.max_ratio:
            raise ImportRejected(
                f"Tệp {name} có thành phần nén bất thường (tỉ lệ nén {ratio:.0f} lần), có thể là tệp độc hại "
                "(zip bomb); không nhập."
            )
    if total > limits.max_total_bytes:
        raise ImportRejected(
            f"Tệp {name} khi giải nén quá lớn ({_mb(total)} MB; tối đa {_mb(limits.max_total_bytes)} MB), "
            "có thể là tệp độc hại (zip bomb); không nhập."
        )
    return infos


def _tags(window: bytes) -> tuple[int, int, int]:
    """Row, cell and merged-range elements begun in ``window`` (lower-cased XML)."""
    return (
        window.count(b"<row") + window.count(b":row"),
        window.count(b"<c ") + window.count(b":c "),
        window.count(b"mergecell "),
    )


def _has_dtd(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bool:
    tail = b""
    with zf.open(info) as member:
        for chunk in iter(lambda: member.read(64 * 1024), b""):
            window = (tail + chunk).lower()
            if b"<!doctype" in window or b"<!entity" in window:
                return True
            tail = window[-16:]
    return False


def _count_tags(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[int, int, int]:
    """(row elements, cell elements, merged ranges) of a worksheet, streamed: a
    sheet padded with millions of elements is refused here, before openpyxl or
    the sheet reader walk it."""
    tail = b""
    totals = [0, 0, 0]
    with zf.open(info) as member:
        for chunk in iter(lambda: member.read(64 * 1024), b""):
            window = (tail + chunk).lower()
            # matches wholly inside the tail were counted with the previous window
            for i, (in_window, in_tail) in enumerate(zip(_tags(window), _tags(tail), strict=True)):
                totals[i] += in_window - in_tail
            tail = window[-16:]
    return totals[0], totals[1], totals[2]


def require_defusedxml() -> None:
    """Refuse to read workbooks unless openpyxl parses XML through defusedxml."""
    import openpyxl.xml  # openpyxl only when a workbook is read
    import openpyxl.xml.functions as xml_functions  # openpyxl only when a workbook is read

    active = openpyxl.xml.DEFUSEDXML and xml_functions.iterparse.__module__.startswith("defusedxml")
    if not active:
        raise ImportRejected(
            "Thiếu thành phần bảo vệ khi đọc tệp Excel (defusedxml), không thể nhập tệp an toàn. "
            "Hãy cài lại chương trình."
        )


def check_workbook(path: Path, limits: ZipLimits = WORKBOOK_LIMITS) -> None:
    """Everything about a workbook that can be checked without parsing it."""
    path = Path(path)
    infos = check_zip(path, limits)
    names = {info.filename for info in infos}
    for info in infos:
        if info.filename.lower() == "xl/sharedstrings.xml" and info.file_size > MAX_SHARED_STRINGS_BYTES:
            raise ImportRejected(
                f"Tệp {path.name} có bảng chữ dùng chung quá lớn ({_mb(info.file_size)} MB; tối đa "
                f"{_mb(MAX_SHARED_STRINGS_BYTES)} MB). Hãy chép riêng danh sách cần nhập sang một tệp mới."
            )
    if "xl/workbook.xml" not in names:
        if "word/document.xml" in names:
            raise ImportRejected(f"Tệp {path.name} là tài liệu Word, không phải sổ tính Excel (.xlsx).")
        raise ImportRejected(f"Tệp {path.name} không phải sổ tính Excel (.xlsx).")
    try:
        with zipfile.ZipFile(path) as zf:
            for info in infos:
                if not info.filename.lower().endswith(_XML_PARTS):
                    continue
                if _has_dtd(zf, info):
                    raise ImportRejected(
                        f"Tệp {path.name} chứa khai báo XML không được phép (DOCTYPE/ENTITY), có thể là tệp "
                        "độc hại; không nhập."
                    )
                if info.filename.lower().startswith("xl/worksheets/"):
                    _check_sheet_counts(path, *_count_tags(zf, info))
    except (zipfile.BadZipFile, OSError, EOFError, RuntimeError) as exc:
        raise ImportRejected(f"Tệp {path.name} bị hỏng hoặc chưa được chép hết. Hãy chép lại tệp từ nơi gốc.") from exc


def _check_sheet_counts(path: Path, rows: int, cells: int, merges: int) -> None:
    from vnhr_desktop.imports.sheet_reader import (
        MAX_CELLS,
        MAX_MERGED,
        MAX_ROW_ELEMENTS,
        too_many_cells,
        too_many_merged,
        too_many_rows,
    )

    where = f"Tệp {path.name}"
    if rows > MAX_ROW_ELEMENTS:
        raise too_many_rows(where)
    if cells > MAX_CELLS:
        raise too_many_cells(where)
    if merges > MAX_MERGED:
        raise too_many_merged(where)


def _damaged(path: Path, exc: BaseException) -> ImportRejected:
    rejected = ImportRejected(
        f"Không đọc được sổ tính {path.name}: tệp bị hỏng hoặc có nội dung không hợp lệ. "
        "Hãy mở bằng Excel, lưu lại dưới dạng .xlsx rồi nhập lại."
    )
    rejected.__cause__ = exc
    return rejected


def open_workbook_safely(path: Path, limits: ZipLimits = WORKBOOK_LIMITS) -> Workbook:
    """An openpyxl workbook (read-only, values not formulas) for a checked file."""
    path = Path(path)
    require_defusedxml()
    check_workbook(path, limits)
    import openpyxl  # openpyxl only after the file passed the checks

    try:
        return openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # untrusted input: any parser failure is a rejection
        raise _damaged(path, exc) from exc


def read_sheet_rows(
    path: Path, sheet: str | None = None, max_rows: int = MAX_ROWS, limits: ZipLimits = WORKBOOK_LIMITS
) -> list[tuple[Any, ...]]:
    """All rows of one sheet (the first by default) as tuples of values; text
    cells pass through :func:`clean` (NFC). Nothing is returned unless the
    whole sheet was read."""
    path = Path(path)
    wb = open_workbook_safely(path, limits)
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise ImportRejected(f"Sổ tính {path.name} không có trang “{sheet}”.")
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        rows: list[tuple[Any, ...]] = []
        for row in ws.iter_rows(values_only=True):
            if len(rows) >= max_rows:
                raise ImportRejected(f"Sổ tính {path.name} có quá nhiều dòng (tối đa {max_rows}).")
            rows.append(tuple(clean(v) if isinstance(v, str) else v for v in row))
        return rows
    except ImportRejected:
        raise
    except Exception as exc:  # untrusted input: any parser failure is a rejection
        raise _damaged(path, exc) from exc
    finally:
        wb.close()
