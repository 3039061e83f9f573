"""Fault 6: zip bombs. A member that inflates more than 100 times, and a member
whose declared size is huge, are refused from the zip directory alone, before
openpyxl is asked to parse anything. A file over the size limit is refused
before it is opened as a zip."""

from __future__ import annotations

import os
import time

import openpyxl
import pytest

from tests.reliability.workbooks import SHEET, add_member, declare_size, participants_workbook
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.imports import guard
from vnhr_desktop.imports.guard import MB, ZipLimits


@pytest.fixture
def no_parsing(monkeypatch):
    def forbidden(*_a, **_k):
        raise AssertionError("openpyxl was asked to parse a bomb")

    monkeypatch.setattr(openpyxl, "load_workbook", forbidden)


def test_high_ratio_member_rejected_before_parsing(tmp_path, no_parsing):
    good = participants_workbook(tmp_path / "good.xlsx")
    bomb = add_member(good, tmp_path / "bom.xlsx", "xl/media/padding.xml", b"\0" * (30 * MB))
    assert bomb.stat().st_size < 200_000
    start = time.monotonic()
    with pytest.raises(ImportRejected) as err:
        guard.open_workbook_safely(bomb)
    assert time.monotonic() - start < 1
    assert "tỉ lệ nén" in err.value.message and "zip bomb" in err.value.message


def test_declared_huge_member_rejected_before_parsing(tmp_path, no_parsing):
    bomb = participants_workbook(tmp_path / "khai-gian.xlsx")
    declare_size(bomb, SHEET, 3_000_000_000)
    with pytest.raises(ImportRejected, match="zip bomb"):
        guard.open_workbook_safely(bomb)


def test_declared_total_size_rejected_before_parsing(tmp_path, no_parsing):
    # three incompressible members, each declared 90 times its stored size:
    # every ratio is under the limit, the total (270 MB) is not
    path = participants_workbook(tmp_path / "base.xlsx")
    for n in range(3):
        path = add_member(path, tmp_path / f"step{n}.xlsx", f"xl/media/image{n}.png", os.urandom(MB), level=0)
    for n in range(3):
        declare_size(path, f"xl/media/image{n}.png", 90 * MB)
    with pytest.raises(ImportRejected) as err:
        guard.open_workbook_safely(path)
    assert "khi giải nén quá lớn" in err.value.message and "zip bomb" in err.value.message


def test_file_over_size_limit(tmp_path, no_parsing):
    big = participants_workbook(tmp_path / "lon.xlsx")
    with pytest.raises(ImportRejected, match="quá lớn"):
        guard.open_workbook_safely(big, limits=ZipLimits(max_file_bytes=1000))


def test_too_many_members(tmp_path, no_parsing):
    path = participants_workbook(tmp_path / "nhieu.xlsx")
    with pytest.raises(ImportRejected, match="quá nhiều thành phần"):
        guard.check_zip(path, ZipLimits(max_members=3))


def test_normal_workbook_passes(tmp_path):
    path = participants_workbook(tmp_path / "ds.xlsx")
    rows = guard.read_sheet_rows(path)
    assert rows[1][0] == "Nguyễn Văn An"
