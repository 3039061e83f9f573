"""Fault 7: files that are not workbooks: empty, random bytes, a CSV renamed to
.xlsx, an old .xls, a half-copied .xlsx, a Word document. Each gets one clear
message and the database is untouched."""

from __future__ import annotations

import os

import pytest

from tests.reliability.helpers import sha256
from tests.reliability.workbooks import participants_workbook, zip_bytes
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.imports.guard import read_sheet_rows

XLS_HEAD = bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504 + os.urandom(1536)


def make(kind: str, tmp_path):
    path = tmp_path / "danh-sach.xlsx"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "garbage":
        path.write_bytes(bytes(range(256)) * 8 + os.urandom(2048))
    elif kind == "csv":
        path.write_text("Họ và tên,Giới tính,Đơn vị\nNguyễn Văn An,Nam,UBND xã\n", encoding="utf-8")
    elif kind == "xls":
        path.write_bytes(XLS_HEAD)
    elif kind == "truncated":
        good = participants_workbook(tmp_path / "good.xlsx").read_bytes()
        path.write_bytes(good[: len(good) // 2])
    elif kind == "docx":
        path.write_bytes(zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}))
    return path


EXPECTED = {
    "empty": "rỗng (0 byte)",
    "garbage": "không phải sổ tính Excel (.xlsx) hoặc đã bị hỏng",
    "csv": "tệp văn bản CSV",
    "xls": "định dạng Excel cũ (.xls)",
    "truncated": "chưa được chép hết",
    "docx": "tài liệu Word",
}


@pytest.mark.parametrize("kind", list(EXPECTED))
def test_one_clear_message_each(kind, tmp_path, db, paths):
    db.close()
    before = sha256(paths.database)
    path = make(kind, tmp_path)
    with pytest.raises(ImportRejected) as err:
        read_sheet_rows(path)
    message = err.value.message
    assert EXPECTED[kind] in message
    assert "danh-sach.xlsx" in message
    assert "\n" not in message and "Traceback" not in message
    # exactly one of the known explanations applies
    assert sum(text in message for text in EXPECTED.values()) == 1
    assert sha256(paths.database) == before
