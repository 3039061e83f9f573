"""Receiving packages written by the app: preview, one transaction per batch,
duplicates, superseding, the kept files, ``receive`` and ``list received``."""

from __future__ import annotations

import datetime as dt
import json
import shutil

from tests.reliability.packages import zip_folder
from vnhr_desktop.persistence.models import ReceivedFile, ReceivedReport
from vnhr_desktop.services.receiving import receive_packages
from vnhr_desktop.services.receiving_list import list_received, received_file

TODAY = dt.date(2025, 1, 8)


def receive(db, *paths, dry_run=False):
    with db.session() as session:
        return receive_packages(session, list(paths), dry_run=dry_run, today=TODAY)


def test_stick_root_is_one_path_and_preview_names_unit_plan_and_figures(province, two_packages, stick):
    db, office = province
    result = receive(db, stick)
    assert not result.refused and [p.outcome for p in result.accepted] == ["new", "new"]
    by_code = {p.unit_code: p for p in result.accepted}
    cat = by_code["CAT"]
    assert cat.unit_name == "Công an tỉnh Trà Vinh" and cat.number_symbol == "01/BC-CAT"
    assert cat.issued_on == dt.date(2024, 12, 28) and cat.period_end == dt.date(2024, 12, 31)
    assert cat.plan_text.startswith("Kế hoạch số 20/KH-CAT ngày 10/11/2024")
    assert cat.upper_plan_text.startswith("Kế hoạch số 12/KH-BCĐNQ ngày 05/11/2024")
    assert cat.plan_id == office.plan_id
    assert cat.values["media"] == 3 and cat.values["banners"] == 2
    assert by_code["29251"].values["media"] == 5
    with db.Session() as s:
        rows = list_received(s)
        assert {r.unit_code for r in rows} == {"CAT", "29251"} and not any(r.superseded for r in rows)
        pdf = received_file(s, rows[0].id, "bao-cao.pdf")
        assert pdf.startswith(b"%PDF") and received_file(s, rows[0].id, "phu-luc.xlsx").startswith(b"PK")
        assert pdf == (two_packages[0 if rows[0].unit_code == "CAT" else 1] / "bao-cao.pdf").read_bytes()


def test_same_package_twice_adds_nothing_and_zip_of_it_too(province, two_packages, tmp_path):
    db, _ = province
    receive(db, two_packages[0])
    again = receive(db, two_packages[0], zip_folder(two_packages[0], tmp_path / "cat.zip"))
    assert [p.outcome for p in again.accepted] == ["duplicate", "duplicate"]
    with db.Session() as s:
        assert s.query(ReceivedReport).count() == 1 and s.query(ReceivedFile).count() == 2


def test_a_received_batch_reaches_the_other_windows_and_pcs(province, two_packages, stick):
    """The batch's bulk statements move the change marker of received reports
    (read by the other PCs' periodic check) and tell this PC's listeners."""
    from vnhr_desktop.persistence import change_markers

    db, _office = province
    heard = []
    db.on_commit(heard.append)
    with db.Session() as s:
        before = change_markers.read(s.connection()).get("received_report", 0)
    receive(db, stick)
    with db.Session() as s:
        assert change_markers.read(s.connection())["received_report"] == before + 1
    assert heard and heard[-1].touches("received_report", "received_file")


def test_dry_run_writes_nothing(province, two_packages, stick):
    db, _ = province
    with db.Session() as session:
        result = receive_packages(session, [stick], dry_run=True, today=TODAY)
        session.rollback()
    assert [p.outcome for p in result.accepted] == ["new", "new"] and result.dry_run
    with db.Session() as s:
        assert s.query(ReceivedReport).count() == 0


def test_later_package_replaces_earlier_which_stays_in_history(province, office_db, tmp_path):
    from tests.receiving.offices import UNITS, issue_and_package, unit_office

    db, _ = province
    unit = office_db("unit")
    code, name, level = UNITS[1]
    first_stick, second_stick = tmp_path / "a", tmp_path / "b"
    first_stick.mkdir(), second_stick.mkdir()
    with unit.session() as s:
        first = unit_office(s, code, name, level, media=2)
    issue_and_package(unit, first, dt.date(2024, 12, 20), first_stick)
    with unit.session() as s:
        from vnhr_desktop.services.reports import create_report

        second = create_report(s, 2, dt.date(2024, 11, 5), dt.date(2024, 12, 31), today=dt.date(2024, 12, 30))
    issue_and_package(unit, second, dt.date(2024, 12, 30), second_stick)
    # the later one arrives first: the earlier is stored as history straight away
    assert [p.outcome for p in receive(db, second_stick).accepted] == ["new"]
    assert [p.outcome for p in receive(db, first_stick).accepted] == ["older"]
    with db.Session() as s:
        rows = {r.number_symbol: r for r in list_received(s)}
    assert rows["02/BC-STP"].superseded is False and rows["01/BC-STP"].superseded is True


def test_later_package_arriving_later_replaces(province, office_db, tmp_path):
    from tests.receiving.offices import UNITS, issue_and_package, unit_office
    from vnhr_desktop.services.reports import create_report

    db, _ = province
    unit = office_db("unit")
    code, name, level = UNITS[3]
    sticks = [tmp_path / "a", tmp_path / "b"]
    for s_ in sticks:
        s_.mkdir()
    with unit.session() as s:
        first = unit_office(s, code, name, level, media=2)
    issue_and_package(unit, first, dt.date(2024, 12, 20), sticks[0])
    with unit.session() as s:
        second = create_report(s, 2, dt.date(2024, 12, 1), dt.date(2024, 12, 31), today=dt.date(2024, 12, 30))
    issue_and_package(unit, second, dt.date(2024, 12, 30), sticks[1])
    receive(db, sticks[0])
    assert [p.outcome for p in receive(db, sticks[1]).accepted] == ["replaces"]
    with db.Session() as s:
        current = list_received(s, current_only=True)
    assert [r.number_symbol for r in current] == ["02/BC-UBND"]


def test_batch_with_a_refused_package_keeps_the_sound_ones(province, two_packages, stick):
    db, _ = province
    bad = stick / "BaoCao_hong"
    shutil.copytree(two_packages[0], bad)
    (bad / "bao-cao.pdf").write_bytes(b"%PDF-1.4 changed")
    result = receive(db, stick)
    assert [p.outcome for p in result.accepted] == ["new", "new"]
    assert len(result.refused) == 1 and "đã bị thay đổi" in result.refused[0].reason


def test_cli_receive_and_list_received(province, two_packages, stick, tmp_path):
    from tests.unit.test_cli import run

    db, _ = province
    data_dir = db.paths.root if hasattr(db, "paths") else None
    data_dir = data_dir or (tmp_path / "province")
    db.close()
    dry = run(data_dir, "receive", str(stick), "--dry-run", "--json")
    out = json.loads(dry.stdout)
    assert out["dry_run"] and len(out["accepted"]) == 2 and out["counts"]["new"] == 2
    assert json.loads(run(data_dir, "list", "received", "--json").stdout) == []
    text = run(data_dir, "receive", str(stick)).stdout
    assert "Công an tỉnh Trà Vinh (CAT): Báo cáo số 01/BC-CAT ngày 28/12/2024" in text
    assert "Đã nhận 2 gói" in text
    rows = json.loads(run(data_dir, "list", "received", "--json").stdout)
    assert {r["unit_code"] for r in rows} == {"CAT", "29251"}
    assert set(rows[0]) == {
        "id",
        "title",
        "unit_code",
        "unit_name",
        "number_symbol",
        "issued_on",
        "period_start",
        "period_end",
        "received_on",
        "superseded",
    }
    (stick / "rac.zip").write_bytes(b"not a zip")
    refused = run(data_dir, "receive", str(stick), expect=1)
    assert "TỪ CHỐI" in refused.stdout and "rac.zip" in refused.stdout
    assert "bỏ qua 2 gói đã có" in refused.stdout


def test_one_transaction_per_batch_a_failure_writes_nothing(province, two_packages, stick, monkeypatch):
    import pytest

    from vnhr_desktop.services import receiving

    db, _ = province
    calls = []
    original = receiving._Batch._write

    def failing(self, fresh):
        calls.append([p.row["unit_code"] for p in fresh])
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return original(self, fresh)

    monkeypatch.setattr(receiving, "CHUNK", 1)  # the first package is written before the second fails
    monkeypatch.setattr(receiving._Batch, "_write", failing)
    with pytest.raises(OSError), db.session() as session:
        receive_packages(session, [stick], today=TODAY)
    assert len(calls) == 2
    with db.Session() as s:
        assert s.query(ReceivedReport).count() == 0 and s.query(ReceivedFile).count() == 0
