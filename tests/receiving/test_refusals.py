"""Every refusal of a received package, each with a package crafted for it from
a sound one written by the app. A refused package writes nothing, and the
sound packages of the same batch are still received."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import zipfile

import pytest

from tests.conftest import _copy_template
from tests.receiving.offices import UNITS, issue_and_package, unit_office
from tests.reliability.packages import zip_folder
from vnhr_desktop.exports.manifest import write_manifest
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.models import ReceivedFile, ReceivedReport
from vnhr_desktop.services.receiving import receive_packages

FILES = ["bao-cao.pdf", "phu-luc.xlsx", "data.json"]


@pytest.fixture(scope="module")
def sound(_template_dbs, tmp_path_factory):
    root = tmp_path_factory.mktemp("sound")
    db = _copy_template(_template_dbs["empty"], DataPaths(root / "unit"))
    code, name, level = UNITS[1]
    with db.session() as s:
        report_id = unit_office(s, code, name, level)
    stick = root / "usb"
    stick.mkdir()
    folder = issue_and_package(db, report_id, dt.date(2024, 12, 29), stick)
    db.close()
    return folder


def copy(sound, tmp_path, name="BaoCao_x"):
    target = tmp_path / "in" / name
    shutil.copytree(sound, target)
    return target


def rewrite_data(folder, change):
    data = json.loads((folder / "data.json").read_text(encoding="utf-8"))
    data = change(data)
    raw = data if isinstance(data, bytes) else json.dumps(data, ensure_ascii=False).encode("utf-8")
    (folder / "data.json").write_bytes(raw)
    write_manifest(folder, FILES)  # a careful forger: the manifest matches


def _nested(depth):
    return ("[" * depth + "]" * depth).encode()


def craft(kind, sound, tmp_path):
    folder = copy(sound, tmp_path)
    if kind == "tampered":
        raw = bytearray((folder / "bao-cao.pdf").read_bytes())
        raw[len(raw) // 2] ^= 1
        (folder / "bao-cao.pdf").write_bytes(bytes(raw))
    elif kind == "tampered-data":
        text = (folder / "data.json").read_text(encoding="utf-8").replace('"media": [', '"media": [ ', 1)
        (folder / "data.json").write_text(text, encoding="utf-8")
    elif kind == "malformed":
        rewrite_data(folder, lambda d: b'{"format": 2, "kind": "vnhr-desktop/bao-cao-ket-qua", ')
    elif kind == "schema":
        rewrite_data(folder, lambda d: {k: v for k, v in d.items() if k != "sender"})
    elif kind == "schema-type":
        rewrite_data(folder, lambda d: {**d, "period": {"start": "31/12/2024", "end": None}})
    elif kind == "unknown-kind":
        rewrite_data(folder, lambda d: {**d, "kind": "other-app/report"})
    elif kind == "newer":
        rewrite_data(folder, lambda d: {**d, "format": 3})
    elif kind == "older":
        rewrite_data(folder, lambda d: {**d, "format": 1})
    elif kind == "deep-json":
        rewrite_data(folder, lambda d: b'{"format": 2, "x": ' + _nested(200) + b"}")
    elif kind == "deep-json-python-limit":
        rewrite_data(folder, lambda d: b'{"format": 2, "x": ' + _nested(50_000) + b"}")
    elif kind == "missing-file":
        (folder / "phu-luc.xlsx").unlink()
    elif kind == "missing-manifest":
        (folder / "MANIFEST.json").unlink()
    elif kind == "unlisted-required":
        (folder / "phu-luc.xlsx").unlink()
        write_manifest(folder, ["bao-cao.pdf", "data.json"])
    elif kind == "extra-file":
        (folder / "ghi-chu.txt").write_text("thêm sau khi đóng gói", encoding="utf-8")
    elif kind == "huge-declared":
        manifest = json.loads((folder / "MANIFEST.json").read_text(encoding="utf-8"))
        manifest["files"][0]["bytes"] = 300 * 1024 * 1024
        (folder / "MANIFEST.json").write_text(json.dumps(manifest), encoding="utf-8")
    elif kind == "huge-file":
        with open(folder / "bao-cao.pdf", "r+b") as fh:  # sparse: 250 MB on paper, nothing on disk
            fh.truncate(250 * 1024 * 1024)
    elif kind == "symlink":
        os.symlink("/etc/passwd", folder / "passwd")
    elif kind == "symlink-member":
        target = folder / "bao-cao.pdf"
        real = tmp_path / "real.pdf"
        shutil.move(target, real)
        os.symlink(real, target)
    elif kind == "fifo":
        os.mkfifo(folder / "ong.pdf")
    elif kind == "fifo-member":
        (folder / "phu-luc.xlsx").unlink()
        os.mkfifo(folder / "phu-luc.xlsx")
    elif kind == "fifo-path":
        shutil.rmtree(folder)
        os.mkfifo(tmp_path / "in" / "goi.zip")
        return tmp_path / "in" / "goi.zip"
    else:
        return craft_zip(kind, folder, tmp_path)
    return folder


def craft_zip(kind, folder, tmp_path):
    dest = tmp_path / "in" / "goi.zip"
    if kind == "zip-slip":
        zip_folder(folder, dest, extra={"../../ngoai.txt": b"x"})
    elif kind == "zip-absolute":
        zip_folder(folder, dest, extra={"/tmp/ngoai.txt": b"x"})
    elif kind == "zip-duplicate":
        with zipfile.ZipFile(dest, "w") as zf:
            for name in [*FILES, "MANIFEST.json"]:
                zf.write(folder / name, name)
            import warnings

            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                zf.writestr("data.json", (folder / "data.json").read_bytes())
    elif kind == "zip-symlink":
        zip_folder(folder, dest)
        with zipfile.ZipFile(dest, "a") as zf:
            info = zipfile.ZipInfo("lienket")
            info.create_system = 3
            info.external_attr = 0o120777 << 16
            zf.writestr(info, "/etc/passwd")
    elif kind == "zip-huge-declared":
        zip_folder(folder, dest)
        raw = bytearray(dest.read_bytes())
        at = raw.find(b"PK\x01\x02")  # first central directory entry: uncompressed size at +24
        raw[at + 24 : at + 28] = (250 * 1024 * 1024).to_bytes(4, "little")
        dest.write_bytes(bytes(raw))
    elif kind == "zip-bomb":
        zip_folder(folder, dest, extra={"bom.bin": b"\0" * (50 * 1024 * 1024)})
    elif kind == "zip-tampered":
        zip_folder(folder, dest, extra={"ghi-chu.txt": b"them"})
    elif kind == "zip-huge-file":
        with open(dest, "wb") as fh:
            fh.write(b"PK\x03\x04")
            fh.truncate(250 * 1024 * 1024)
    elif kind == "not-a-zip":
        dest.write_bytes(b"day khong phai tep nen")
    else:
        raise AssertionError(kind)
    shutil.rmtree(folder)
    return dest


CASES = {
    "tampered": "SHA-256 không khớp",
    "tampered-data": "kích thước không khớp",
    "malformed": "không phải JSON hợp lệ",
    "schema": "thiếu mục “sender”",
    "schema-type": "period/start",
    "unknown-kind": "loại dữ liệu không rõ",
    "newer": "phiên bản mới hơn",
    "older": "định dạng cũ",
    "deep-json": "lồng nhau quá sâu",
    "deep-json-python-limit": "lồng nhau quá sâu",
    "missing-file": "thiếu tệp “phu-luc.xlsx”",
    "missing-manifest": "thiếu tệp MANIFEST.json",
    "unlisted-required": "không liệt kê tệp “phu-luc.xlsx”",
    "extra-file": "có tệp lạ",
    "huge-declared": "kích thước khai báo",
    "huge-file": "dung lượng quá lớn",
    "zip-huge-file": "quá lớn",
    "symlink": "là liên kết (symlink)",
    "symlink-member": "là liên kết (symlink)",
    "fifo": "FIFO",
    "fifo-member": "FIFO",
    "fifo-path": "FIFO",
    "zip-slip": "đường dẫn không an toàn",
    "zip-absolute": "đường dẫn không an toàn",
    "zip-duplicate": "trùng tên",
    "zip-symlink": "là liên kết (symlink)",
    "zip-huge-declared": "có thể là tệp độc hại",
    "zip-bomb": "zip bomb",
    "zip-tampered": "có tệp lạ",
    "not-a-zip": "không phải gói dữ liệu",
}


@pytest.mark.parametrize("kind", sorted(CASES))
def test_crafted_package_is_refused_and_nothing_of_it_written(kind, sound, tmp_path, province):
    db, _ = province
    path = craft(kind, sound, tmp_path)
    with db.session() as session:
        result = receive_packages(session, [path], today=dt.date(2025, 1, 8))
    assert result.accepted == ()
    assert len(result.refused) == 1, result.refused
    reason = result.refused[0].reason
    assert CASES[kind] in reason, reason
    assert "\n" not in reason and "Traceback" not in reason
    with db.Session() as s:
        assert s.query(ReceivedReport).count() == 0 and s.query(ReceivedFile).count() == 0


def test_refused_and_sound_in_one_batch(sound, tmp_path, province):
    db, _ = province
    bad = craft("fifo-member", sound, tmp_path)
    good = tmp_path / "in" / "BaoCao_tot"
    shutil.copytree(sound, good)
    with db.session() as session:
        result = receive_packages(session, [tmp_path / "in"], today=dt.date(2025, 1, 8))
    assert [p.source for p in result.accepted] == [str(good)]
    assert [r.source for r in result.refused] == [str(bad)]
    with db.Session() as s:
        assert s.query(ReceivedReport).count() == 1


def test_sound_package_folder_and_zip_are_received(sound, tmp_path, province):
    db, _ = province
    dest = zip_folder(sound, tmp_path / "goi.zip", top=sound.name + "/")
    with db.session() as session:
        result = receive_packages(session, [dest, sound], today=dt.date(2025, 1, 8))
    assert [p.outcome for p in result.accepted] == ["new", "duplicate"] and not result.refused


def test_slow_package_is_given_up(sound, tmp_path):
    from vnhr_desktop.errors import ImportRejected
    from vnhr_desktop.imports.received_package import read_received_package

    with pytest.raises(ImportRejected, match="quá 5 giây"):
        read_received_package(sound, seconds=-1)


def test_written_package_follows_the_schema_file(sound):
    from jsonschema import Draft7Validator

    from vnhr_desktop.imports.package_schema import schema_path

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)  # the schema file itself is a valid draft-07 schema
    data = json.loads((sound / "data.json").read_text(encoding="utf-8"))
    assert list(Draft7Validator(schema).iter_errors(data)) == []
    assert data["format"] == 2 and data["sender"]["code"] == "STP"
    assert data["upper_plan"]["number_symbol"] == "12/KH-BCĐNQ" and data["upper_plan"]["issued_on"] == "2024-11-05"
    assert data["plan"]["number_symbol"] == "20/KH-STP"


def test_schema_is_checked_on_write(office_db, tmp_path, monkeypatch):
    from vnhr_desktop.errors import UserError
    from vnhr_desktop.services import report_package_data
    from vnhr_desktop.services.report_submission import submit_report
    from vnhr_desktop.services.reports import issue_report

    db = office_db("unit")
    code, name, level = UNITS[0]
    with db.session() as s:
        report_id = unit_office(s, code, name, level)
        issue_report(s, report_id, dt.date(2024, 12, 29))
    monkeypatch.setattr(report_package_data, "_sender", lambda profile, view: {"name": "", "code": "có dấu cách"})
    stick = tmp_path / "usb"
    stick.mkdir()
    with pytest.raises(UserError, match="không đúng định dạng"), db.session() as s:
        submit_report(s, report_id, stick, today=dt.date(2024, 12, 29))
    assert list(stick.iterdir()) == []
