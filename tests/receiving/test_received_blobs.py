"""Received files are kept once per content: identical PDFs or workbooks in
several packages are one blob, and every record still opens its own file.
Databases received before that keep their files (migration 0008)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
import sqlite3

from vnhr_desktop.exports.manifest import write_manifest
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.migrate import upgrade
from vnhr_desktop.persistence.models import ReceivedBlob, ReceivedFile, ReceivedReport
from vnhr_desktop.services import receiving
from vnhr_desktop.services.receiving import receive_packages
from vnhr_desktop.services.receiving_list import list_received, received_file

TODAY = dt.date(2025, 1, 8)
FILES = ["bao-cao.pdf", "phu-luc.xlsx", "data.json"]


def same_files_other_unit(folder, target, code, name):
    """The package of another unit that handed in the very same PDF and workbook."""
    shutil.copytree(folder, target)
    data = json.loads((target / "data.json").read_text(encoding="utf-8"))
    data["sender"].update(code=code, name=name)
    (target / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    write_manifest(target, FILES)
    return target


def test_identical_files_are_stored_once_and_open_from_every_record(province, two_packages, tmp_path):
    db, _ = province
    cat = two_packages[0]
    twin = same_files_other_unit(cat, tmp_path / "twin" / "BaoCao_twin", "CAT2", "Công an huyện Càng Long")
    with db.session() as s:
        result = receive_packages(s, [cat.parent, twin], today=TODAY)
    assert not result.refused and sorted(p.unit_code for p in result.accepted) == ["29251", "CAT", "CAT2"]
    pdf, annex = (cat / "bao-cao.pdf").read_bytes(), (cat / "phu-luc.xlsx").read_bytes()
    with db.Session() as s:
        assert s.query(ReceivedReport).count() == 3 and s.query(ReceivedFile).count() == 6
        assert s.query(ReceivedBlob).count() == 4  # the twins share their two
        blob = s.get(ReceivedBlob, hashlib.sha256(pdf).hexdigest())
        assert blob is not None and blob.size == len(pdf) and blob.data == pdf
        rows = {r.unit_code: r for r in list_received(s)}
        for code in ("CAT", "CAT2"):
            assert received_file(s, rows[code].id, "bao-cao.pdf") == pdf
            assert received_file(s, rows[code].id, "phu-luc.xlsx") == annex
        assert received_file(s, rows["29251"].id, "bao-cao.pdf") == (two_packages[1] / "bao-cao.pdf").read_bytes()


def test_a_later_batch_reuses_the_stored_blob(province, two_packages, tmp_path):
    db, _ = province
    cat = two_packages[0]
    with db.session() as s:
        receive_packages(s, [cat], today=TODAY)
    twin = same_files_other_unit(cat, tmp_path / "twin" / "BaoCao_twin", "CAT2", "Công an huyện Càng Long")
    with db.session() as s:
        assert [p.outcome for p in receive_packages(s, [twin], today=TODAY).accepted] == ["new"]
    with db.Session() as s:
        assert s.query(ReceivedBlob).count() == 2 and s.query(ReceivedFile).count() == 4
        twin_id = next(r.id for r in list_received(s) if r.unit_code == "CAT2")
        assert received_file(s, twin_id, "bao-cao.pdf") == (cat / "bao-cao.pdf").read_bytes()


def test_chunks_of_one_package_write_the_same_batch(province, two_packages, stick, tmp_path, monkeypatch):
    """Packages are written a chunk at a time, all in the batch's one transaction."""
    db, _ = province
    same_files_other_unit(two_packages[0], stick / "BaoCao_twin", "CAT2", "Công an huyện Càng Long")
    monkeypatch.setattr(receiving, "CHUNK", 1)
    with db.session() as s:
        result = receive_packages(s, [stick], today=TODAY)
    assert [p.outcome for p in result.accepted] == ["new"] * 3
    assert all(p.received_id for p in result.accepted)
    with db.Session() as s:
        assert s.query(ReceivedBlob).count() == 4 and s.query(ReceivedFile).count() == 6
        for p in result.accepted:
            source = next(f for f in (*two_packages, stick / "BaoCao_twin") if str(f) == p.source)
            assert received_file(s, p.received_id, "bao-cao.pdf") == (source / "bao-cao.pdf").read_bytes()


def test_files_received_before_blobs_are_kept_by_the_upgrade(tmp_path):
    paths = DataPaths(tmp_path / "d").ensure()
    upgrade(paths.database, None, target="0007")
    pdf, annex = b"%PDF-1.7 the same report", b"PK the annex"
    con = sqlite3.connect(paths.database)
    for i, code in enumerate(["CAT", "CAT2"], 1):
        con.execute(
            "INSERT INTO received_report (id, package_key, unit_code, unit_name, unit_key, parent_body, plan_key, "
            "plan_text, upper_plan_text, title, symbol, received_on, values_json, data_json) "
            "VALUES (?, ?, ?, ?, ?, '', '', '', '', 'Báo cáo', 'BC-CA', '2025-01-08', '{}', '{}')",
            (i, f"{i:064d}", code, code, f"code:{code.lower()}"),
        )
        con.executemany(
            "INSERT INTO received_file (received_report_id, name, data) VALUES (?, ?, ?)",
            [(i, "bao-cao.pdf", pdf), (i, "phu-luc.xlsx", annex + code.encode())],
        )
    con.commit()
    con.close()
    db = open_database(paths)
    try:
        with db.Session() as s:
            assert received_file(s, 1, "bao-cao.pdf") == pdf and received_file(s, 2, "bao-cao.pdf") == pdf
            assert received_file(s, 2, "phu-luc.xlsx") == annex + b"CAT2"
            assert s.query(ReceivedBlob).count() == 3 and s.query(ReceivedFile).count() == 4
    finally:
        db.close()
