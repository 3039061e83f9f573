"""Crafted workbook and zip files for the import fault tests."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row>
</sheetData></worksheet>"""

SHEET = "xl/worksheets/sheet1.xml"


def participants_workbook(path: Path, rows=None) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Họ và tên", "Giới tính", "Chức vụ", "Đơn vị"])
    for row in rows or [["Nguyễn Văn An", "Nam", "Chuyên viên", "Phòng Văn hóa - Thông tin"]]:
        ws.append(row)
    wb.save(path)
    return path


def replace_member(src: Path, dest: Path, member: str, data: bytes) -> Path:
    """Copy a zip, with one member's bytes replaced."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info, data if info.filename == member else zin.read(info))
    return dest


def add_member(src: Path, dest: Path, member: str, data: bytes, level: int = 9) -> Path:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zout:
        for info in zin.infolist():
            zout.writestr(info, zin.read(info))
        zout.writestr(member, data)
    return dest


def declare_size(path: Path, member: str, fake_size: int) -> None:
    """Rewrite the uncompressed size a zip declares for ``member`` (local header
    and central directory), as a crafted bomb would."""
    raw = bytearray(path.read_bytes())
    name = member.encode()
    pos = 0
    while (pos := raw.find(b"PK\x03\x04", pos)) != -1:
        n = int.from_bytes(raw[pos + 26 : pos + 28], "little")
        if raw[pos + 30 : pos + 30 + n] == name:
            raw[pos + 22 : pos + 26] = fake_size.to_bytes(4, "little")
        pos += 4
    pos = 0
    while (pos := raw.find(b"PK\x01\x02", pos)) != -1:
        n = int.from_bytes(raw[pos + 28 : pos + 30], "little")
        if raw[pos + 46 : pos + 46 + n] == name:
            raw[pos + 24 : pos + 28] = fake_size.to_bytes(4, "little")
        pos += 4
    path.write_bytes(bytes(raw))


def zip_bytes(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()
