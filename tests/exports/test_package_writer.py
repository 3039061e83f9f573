"""The USB submission package: contents, manifest, read-back, submitted date, and
the failure paths (full stick, read-only stick, stick pulled out) leave nothing."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import shutil
from pathlib import Path

import pytest

from tests.report_seed import PERIOD, enter_seed_000
from vnhr_desktop.errors import FileWriteError, UserError
from vnhr_desktop.exports import package, safe_write
from vnhr_desktop.exports.manifest import verify_manifest
from vnhr_desktop.persistence.models import Report
from vnhr_desktop.services.report_submission import submit_report

TODAY = dt.date(2020, 12, 16)
NAME = "BaoCao_01-BC-SNV_2020-12-16"


@pytest.fixture
def issued(db):
    from vnhr_desktop.services.reports import create_report, issue_report

    with db.session() as s:
        seed = enter_seed_000(s)
        report_id = create_report(s, seed.plan_id, *PERIOD, today=TODAY)
        issue_report(s, report_id, TODAY)
    return db, seed, report_id


@pytest.fixture
def stick(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    return folder


def write(db, report_id, target):
    with db.session() as s:
        return submit_report(s, report_id, target, today=TODAY)


def status(db, report_id):
    with db.Session() as s:
        r = s.get(Report, report_id)
        return r.status, r.submitted_on


def test_package_contents_manifest_and_submitted(issued, stick):
    from vnhr_desktop.imports.package_reader import read_package_contents

    db, seed, report_id = issued
    result = write(db, report_id, stick)
    assert result.folder == stick / NAME and [p.name for p in stick.iterdir()] == [NAME]
    assert sorted(p.name for p in result.folder.iterdir()) == [
        "MANIFEST.json",
        "bao-cao.pdf",
        "data.json",
        "phu-luc.xlsx",
    ]
    manifest = json.loads((result.folder / "MANIFEST.json").read_text("utf-8"))
    assert manifest["format"] == 1
    assert [e["path"] for e in manifest["files"]] == ["bao-cao.pdf", "phu-luc.xlsx", "data.json"]
    for entry in manifest["files"]:
        assert entry["bytes"] == (result.folder / entry["path"]).stat().st_size and len(entry["sha256"]) == 64
    assert verify_manifest(result.folder) == manifest
    contents = read_package_contents(result.folder)
    data = contents.data
    assert data["format"] == 2 and data["office"]["name"] == "Sở Ngoại vụ tỉnh Gia Lai"
    assert data["plan"]["number_symbol"] == "1993/KH-BCĐ-VPTT"
    assert data["period"] == {"start": "2020-11-15", "end": "2020-12-15"}
    assert data["report"]["number_symbol"] == "01/BC-SNV" and data["figures_frozen"] is True
    media_ids = [i for line in data["figures"]["media"] for i in line["ids"]]
    assert sorted(media_ids) == sorted(seed.media_ids)
    assert sorted(r["id"] for r in data["records"]["media_output"]) == sorted(seed.media_ids)
    assert {r["id"] for r in data["records"]["training_event"]} >= {seed.conference_id, *seed.outside_ids}
    assert (result.folder / "bao-cao.pdf").read_bytes().startswith(b"%PDF")
    assert status(db, report_id) == ("submitted", TODAY)


def test_packaging_again_replaces_the_old_package(issued, stick):
    db, _seed, report_id = issued
    write(db, report_id, stick)
    (stick / NAME / "data.json").write_text("{}", "utf-8")  # an older, damaged copy
    write(db, report_id, stick)
    assert [p.name for p in stick.iterdir()] == [NAME]
    verify_manifest(stick / NAME)


def test_a_draft_is_not_packaged(db, stick):
    from vnhr_desktop.services.reports import create_report

    with db.session() as s:
        seed = enter_seed_000(s)
        report_id = create_report(s, seed.plan_id, *PERIOD)
    with pytest.raises(UserError, match="chưa ban hành"):
        write(db, report_id, stick)
    assert list(stick.iterdir()) == []


def assert_nothing_left(db, report_id, stick):
    assert not stick.exists() or list(stick.iterdir()) == []
    assert status(db, report_id) == ("issued", None)


def test_full_stick_leaves_nothing(issued, stick, monkeypatch):
    db, _seed, report_id = issued
    calls = []

    def full(fd):
        calls.append(fd)
        if len(calls) == 2:  # the annex: the stick fills up half-way through the package
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(safe_write.os, "fsync", full)
    with pytest.raises(FileWriteError, match="Ổ đĩa đã đầy"):
        write(db, report_id, stick)
    assert_nothing_left(db, report_id, stick)


def test_read_only_stick(issued, stick, monkeypatch):
    db, _seed, report_id = issued

    def refuse(self, *a, **k):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(self))

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(FileWriteError, match="chỉ cho phép đọc"):
        write(db, report_id, stick)
    monkeypatch.undo()
    assert_nothing_left(db, report_id, stick)


def test_permission_denied_on_the_stick(issued, stick, monkeypatch):
    db, _seed, report_id = issued
    from vnhr_desktop.exports import safe_write

    real_create = safe_write._create_private

    def no_write(file):
        if str(stick) in str(file):
            raise PermissionError(errno.EACCES, "Permission denied", str(file))
        return real_create(file)

    monkeypatch.setattr(safe_write, "_create_private", no_write)
    with pytest.raises(FileWriteError, match="Không có quyền ghi"):
        write(db, report_id, stick)
    monkeypatch.undo()
    assert_nothing_left(db, report_id, stick)


def test_stick_pulled_out_mid_way(issued, stick, monkeypatch):
    db, _seed, report_id = issued
    real = package.write_bytes

    def pulled(target, data):
        written = real(target, data)
        shutil.rmtree(stick)  # the stick is gone after the first file
        return written

    monkeypatch.setattr(package, "write_bytes", pulled)
    with pytest.raises(FileWriteError, match="ổ USB đã bị rút ra"):
        write(db, report_id, stick)
    assert_nothing_left(db, report_id, stick)


def test_missing_target_folder(issued, tmp_path):
    db, _seed, report_id = issued
    with pytest.raises(FileWriteError, match="ổ USB đã bị rút ra"):
        write(db, report_id, tmp_path / "E")
    assert status(db, report_id) == ("issued", None)


def test_bytes_read_back_differently_are_refused(issued, stick, monkeypatch):
    db, _seed, report_id = issued
    real = package.write_bytes

    def flaky(target, data):
        return real(target, data[:-1] + b"!" if target.name == "bao-cao.pdf" else data)

    monkeypatch.setattr(package, "write_bytes", flaky)
    with pytest.raises(FileWriteError, match="không khớp"):
        write(db, report_id, stick)
    assert_nothing_left(db, report_id, stick)


def test_failed_move_keeps_the_older_package(issued, stick, monkeypatch):
    db, _seed, report_id = issued
    write(db, report_id, stick)
    before = (stick / NAME / "MANIFEST.json").read_bytes()
    real_replace = os.replace

    def refuse_staging(src, dst):
        if Path(src).name.startswith(package.STAGING_PREFIX):
            raise OSError(errno.EIO, "I/O error")
        return real_replace(src, dst)

    monkeypatch.setattr(package.os, "replace", refuse_staging)
    with pytest.raises(FileWriteError):
        write(db, report_id, stick)
    assert [p.name for p in stick.iterdir()] == [NAME]
    assert (stick / NAME / "MANIFEST.json").read_bytes() == before


def test_package_command(issued, data_paths, stick, capsys):
    from vnhr_desktop.cli import main

    _db, _seed, report_id = issued
    assert main(["--data-dir", str(data_paths.root), "package", str(report_id), "--out", str(stick)]) == 0
    out = capsys.readouterr().out
    assert "Có thể rút ổ USB an toàn." in out and NAME in out
    code = main(["--data-dir", str(data_paths.root), "package", str(report_id), "--out", str(stick / "F")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "ổ USB đã bị rút ra" in err
