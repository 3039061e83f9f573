"""Fault 5: a billion-laughs entity bomb as the sheet XML of an xlsx. Rejected
within seconds by the guard (a DTD in any XML part), and, underneath it,
openpyxl's parser is defusedxml, which refuses entities on its own."""

from __future__ import annotations

import time

import openpyxl
import pytest

from tests.reliability.helpers import snapshot
from tests.reliability.workbooks import BILLION_LAUGHS, SHEET, participants_workbook, replace_member
from vnhr_desktop.errors import ImportRejected
from vnhr_desktop.imports import guard


def causes(exc: BaseException):
    seen = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


@pytest.fixture
def bomb(tmp_path):
    good = participants_workbook(tmp_path / "good.xlsx")
    path = replace_member(good, tmp_path / "danh-sach.xlsx", SHEET, BILLION_LAUGHS)
    good.unlink()
    return path


def test_guard_rejects_entity_bomb_fast(bomb, tmp_path, db, paths):
    before = snapshot(tmp_path)
    start = time.monotonic()
    with pytest.raises(ImportRejected) as err:
        guard.read_sheet_rows(bomb)
    assert time.monotonic() - start < 3
    assert "DOCTYPE/ENTITY" in err.value.message and "danh-sach.xlsx" in err.value.message
    assert snapshot(tmp_path) == before


def test_defusedxml_is_active_and_refuses_the_bomb(bomb, monkeypatch):
    guard.require_defusedxml()
    assert openpyxl.xml.DEFUSEDXML is True
    # Without the guard's own check, openpyxl's parser still refuses, quickly.
    monkeypatch.setattr(guard, "_has_dtd", lambda _zf, _info: False)
    start = time.monotonic()
    with pytest.raises(ImportRejected) as err:
        guard.read_sheet_rows(bomb)
    assert time.monotonic() - start < 3
    assert any(type(e).__module__.startswith("defusedxml") for e in causes(err.value))


def test_import_refused_when_defusedxml_missing(monkeypatch, tmp_path):
    import openpyxl.xml

    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(ImportRejected, match="defusedxml"):
        guard.open_workbook_safely(participants_workbook(tmp_path / "ok.xlsx"))
