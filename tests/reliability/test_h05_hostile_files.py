"""Hardening 5: hostile files within the limits. A real encrypted workbook
(msoffcrypto-tool), a sheet with one formatted empty row far below its data,
too many merged cells (refused within 300 MB in a child process), invisible
characters in names, JSON nested too deep, a zip with a member twice."""

from __future__ import annotations

import io
import json
import sys
import warnings
import zipfile

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from tests.reliability.helpers import run_child
from tests.reliability.packages import make_package, zip_folder
from tests.reliability.workbooks import participants_workbook
from vnhr_desktop.domain.text import clean, clean_line
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.exports.manifest import write_manifest
from vnhr_desktop.imports.guard import check_zip, open_workbook_safely
from vnhr_desktop.imports.package_reader import read_package
from vnhr_desktop.imports.sheet_reader import MAX_MERGED, read_grid


def test_an_encrypted_workbook_is_named_as_such(tmp_path):
    from msoffcrypto.format.ooxml import OOXMLFile

    plain = participants_workbook(tmp_path / "plain.xlsx")
    locked = tmp_path / "co-mat-khau.xlsx"
    with open(plain, "rb") as src, open(locked, "wb") as out:
        OOXMLFile(src).encrypt("matkhau123", out)
    with pytest.raises(ImportRejected) as refused:
        open_workbook_safely(locked)
    assert "mật khẩu" in refused.value.message
    assert "định dạng Excel cũ" not in refused.value.message


def test_a_formatted_empty_row_far_below_does_not_count(tmp_path):
    path = participants_workbook(tmp_path / "dinh-dang.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active.cell(row=150_000, column=1).fill = PatternFill("solid", fgColor="FFFF00")
    wb.save(path)
    book = open_workbook_safely(path)
    try:
        grid = read_grid(book.worksheets[0])
    finally:
        book.close()
    assert len(grid.rows) == 2
    assert grid.rows[1][0] == "Nguyễn Văn An"


def test_a_value_beyond_the_row_limit_still_counts(tmp_path):
    path = participants_workbook(tmp_path / "xa.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.active.cell(row=150_000, column=1, value="x")
    wb.save(path)
    book = open_workbook_safely(path)
    try:
        with pytest.raises(ImportRejected, match="100.000 dòng"):
            read_grid(book.worksheets[0])
    finally:
        book.close()


def _merged_sheet(count: int) -> bytes:
    cells = "".join(f'<mergeCell ref="A{2 * i + 1}:B{2 * i + 1}"/>' for i in range(count))
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Họ và tên</t></is></c></row></sheetData>'
        f'<mergeCells count="{count}">{cells}</mergeCells></worksheet>'
    ).encode()


def _with_sheet(src, dest, sheet_xml: bytes):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dest, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as zout:
        for info in zin.infolist():
            data = sheet_xml if info.filename == "xl/worksheets/sheet1.xml" else zin.read(info)
            zout.writestr(info.filename, data)
    return dest


MERGED_CHILD = r"""
import resource, sys
from pathlib import Path
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.imports.guard import open_workbook_safely
from vnhr_desktop.imports.sheet_reader import read_grid
try:
    book = open_workbook_safely(Path(sys.argv[1]))
    read_grid(book.worksheets[0])
    print("read")
except ImportRejected as exc:
    print(exc.message)
status = Path("/proc/self/status")
if status.exists():  # this process's own peak (ru_maxrss may include a forking parent's)
    print(next(int(line.split()[1]) for line in status.read_text().splitlines() if line.startswith("VmHWM")) // 1024)
else:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024 // (1024 if sys.platform == "darwin" else 1))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="ru_maxrss")
def test_too_many_merged_cells_are_refused_within_the_memory_budget(tmp_path):
    """Counted by the guard before openpyxl opens the sheet."""
    base = participants_workbook(tmp_path / "base.xlsx")
    path = _with_sheet(base, tmp_path / "gop.xlsx", _merged_sheet(400_000))
    result = run_child(MERGED_CHILD, str(path), timeout=120)
    message, peak_mb = result.stdout.strip().splitlines()
    assert f"tối đa {MAX_MERGED:,}".replace(",", ".") in message, result.stdout + result.stderr
    assert int(peak_mb) < 300


def test_invisible_characters_are_stripped_on_entry():
    assert clean_line("Nguyễn\u200bVăn A") == "Nguyễn Văn A"
    assert clean("\ufeffNguyễn Văn\u200e A\u202e") == "Nguyễn Văn A"
    assert clean("Lê\u2066 Thị\u2069 B\u200d") == "Lê Thị B"


def test_invisible_characters_do_not_reach_the_database(db, tmp_path):
    from vnhr_desktop.services.participant_import import commit_import, preview_file
    from vnhr_desktop.persistence.models import Participant, TrainingEvent

    with db.session() as session:
        event = TrainingEvent(title="Hội nghị")
        session.add(event)
        session.flush()
        event_id = event.id
    book = participants_workbook(
        tmp_path / "an.xlsx", [["\ufeffNguyễn\u200bVăn\u202e An", "Nam", "Chuyên viên", "Phòng Tư pháp"]]
    )
    with db.Session() as session:
        sheet, preview = preview_file(session, event_id, book)
    with db.session() as session:
        commit_import(session, event_id, sheet, preview.mapping, preview=preview)
    with db.Session() as session:
        assert [p.full_name for p in session.query(Participant)] == ["Nguyễn Văn An"]


def test_json_nested_too_deep_is_refused_not_a_recursion_error(tmp_path):
    folder = make_package(tmp_path / "goi")
    (folder / "data.json").write_text('{"format": 1, "x": ' + "[" * 100_000 + "]" * 100_000 + "}")
    (folder / "MANIFEST.json").unlink()
    write_manifest(folder, ["bao-cao.pdf", "phu-luc.xlsx", "data.json"])
    with pytest.raises(ImportRejected, match="không đọc được"):
        read_package(folder)
    with pytest.raises(ImportRejected, match="không đọc được"):
        read_package(zip_folder(folder, tmp_path / "goi.zip"))


def test_a_zip_with_a_member_twice_is_refused(tmp_path):
    path = participants_workbook(tmp_path / "hai-lan.xlsx")
    buffer = io.BytesIO(path.read_bytes())
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with zipfile.ZipFile(buffer, "a") as zf:
            zf.writestr("xl/worksheets/sheet1.xml", b"<worksheet/>")
    path.write_bytes(buffer.getvalue())
    with pytest.raises(ImportRejected, match="trùng tên"):
        check_zip(path)


def test_data_json_of_a_good_package_still_reads(tmp_path):
    folder = make_package(tmp_path / "goi")
    assert read_package(folder)["report"]["number"] == 12
    assert json.loads((folder / "data.json").read_text())["format"] == 1


def test_the_streaming_reader_limits_merged_ranges_too(tmp_path, monkeypatch):
    from vnhr_desktop.imports import guard

    monkeypatch.setattr(guard, "_count_tags", lambda _zf, _info: (0, 0, 0))
    base = participants_workbook(tmp_path / "base.xlsx")
    path = _with_sheet(base, tmp_path / "gop.xlsx", _merged_sheet(MAX_MERGED + 1))
    book = open_workbook_safely(path)
    try:
        with pytest.raises(ImportRejected, match="ô gộp"):
            read_grid(book.worksheets[0])
    finally:
        book.close()
