"""The receiving office's chain through the headless commands only: receive a
stick, list what came in, export the dashboard and the reminder, compose,
issue, print and package the consolidated report."""

from __future__ import annotations

import json

from tests.unit.test_cli import run


def test_headless_chain(province, two_packages, stick, tmp_path):
    db, office = province
    data_dir = db.paths.root
    db.close()
    out = run(data_dir, "receive", str(stick), "--json")
    assert json.loads(out.stdout)["counts"]["new"] == 2
    received = json.loads(run(data_dir, "list", "received", "--json").stdout)
    assert sorted(r["number_symbol"] for r in received) == ["01/BC-CAT", "01/BC-UBND"]
    plan = str(office.plan_id)
    run(data_dir, "export", "rates", plan, "--out", str(tmp_path / "tl.xlsx"))
    run(data_dir, "export", "reminder", plan, "--out", str(tmp_path / "dd.pdf"))
    composed = run(data_dir, "consolidate", plan).stdout
    assert "2/4 đơn vị đã báo cáo, 2 đơn vị chưa báo cáo" in composed
    report_id = composed.split("báo cáo tổng hợp số ")[1].split(" ")[0]
    issued = run(data_dir, "issue", "report", report_id, "--date", "2025-01-09").stdout
    assert "01/BC-BCĐNQ" in issued
    run(data_dir, "export", "consolidated", report_id, "--out", str(tmp_path / "th.pdf"))
    run(data_dir, "export", "consolidated", report_id, "--out", str(tmp_path / "th.xlsx"))
    assert (tmp_path / "th.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "tl.xlsx").exists()
    up = tmp_path / "up"
    up.mkdir()
    run(data_dir, "package", report_id, "--out", str(up))
    data = json.loads(next(up.iterdir()).joinpath("data.json").read_text(encoding="utf-8"))
    assert data["consolidated"]["totals"]["media"] == 9 and data["report"]["number_symbol"] == "01/BC-BCĐNQ"
    wrong = run(data_dir, "export", "consolidated", "99", "--out", str(tmp_path / "x.pdf"), expect=2)
    assert "không phải báo cáo tổng hợp" in wrong.stderr


def test_receive_counts_the_packages_on_stderr_in_a_terminal(province, two_packages, stick):
    from tests.persistence.test_import_participants_cli import _in_a_terminal

    db, _office = province
    data_dir = db.paths.root
    db.close()
    code, err = _in_a_terminal(data_dir, "receive", str(stick), "--dry-run")
    assert code == 0 and "Đang kiểm tra: 2/2 gói (100%)" in err, err
    code, err = _in_a_terminal(data_dir, "receive", str(stick))
    assert code == 0 and "Đang nhận: 2/2 gói (100%)" in err, err
    assert "Đang nhận" not in run(data_dir, "receive", str(stick)).stderr  # not a terminal: no progress
