"""``import plan FILE [--dry-run] [--json] [--implement]`` run as a user would
(a separate process)."""

from __future__ import annotations

import json

from tests.persistence.test_import_participants_cli import run
from tests.plan_import.plan_docs import HEADER_004, SEED_001, SEED_004, read_seed, write_pdf, write_scanned_pdf
from vnhr_desktop.paths import DataPaths

KEYS = [
    "kind",
    "number",
    "symbol",
    "issued_on",
    "issuer",
    "title",
    "references",
    "anniversary",
    "display_start",
    "display_end",
    "report_deadline",
    "report_to",
    "slogans",
    "tasks",
    "targets",
    "signer_title",
    "signer_name",
    "recipients",
]


def test_dry_run_json_of_seed_004_pdf(tmp_path):
    pdf = write_pdf(read_seed(SEED_004), tmp_path / "004.pdf", HEADER_004)
    out = run(tmp_path / "data", "import", "plan", pdf, "--dry-run", "--json")
    obj = json.loads(out.stdout)
    assert list(obj) == KEYS
    assert (obj["number"], obj["symbol"], obj["issued_on"]) == (130, "KH-BCĐNQ", "2024-11-15")
    assert obj["references"][0]["issued_on"] == "2024-10-14" and len(obj["slogans"]) == 8
    assert obj["tasks"][0] == {
        "agency": "Sở Thông tin và Truyền thông",
        "content": obj["tasks"][0]["content"],
        "due": None,
    }
    assert obj["targets"] == [] and obj["signer_name"] == "Lê Văn Hân"
    assert not DataPaths(tmp_path / "data").database.exists()  # a dry run opens no database


def test_text_preview_names_what_is_missing(tmp_path):
    out = run(tmp_path / "data", "import", "plan", SEED_001, "--dry-run")
    assert "Số: 155" in out.stdout and "Ký hiệu: KH-UBND" in out.stdout
    assert "Chỉ tiêu 6: 90% tin giả" in out.stdout
    assert "Không tìm thấy:" in out.stdout and "Khẩu hiệu" in out.stdout.split("Không tìm thấy:")[1]
    assert out.stdout.rstrip().endswith("Chạy thử: chưa ghi gì.")


def test_import_with_implementing_plan_then_list(tmp_path):
    data = tmp_path / "data"
    run(data, "demo")
    pdf = write_pdf(read_seed(SEED_004), tmp_path / "004.pdf", HEADER_004)
    out = run(data, "import", "plan", pdf, "--implement")
    assert "Đã tạo kế hoạch nhận được" in out.stdout and "Đã lập dự thảo kế hoạch thực hiện" in out.stdout
    listed = json.loads(run(data, "list", "plans", "--json").stdout)
    text = json.dumps(listed, ensure_ascii=False)
    assert "130/KH-BCĐNQ" in text
    again = run(data, "import", "plan", pdf, expect=2)
    assert "đã được nhập" in again.stderr and len(again.stderr.strip().splitlines()) == 1


def test_scanned_pdf_and_wrong_arguments(tmp_path):
    scan = write_scanned_pdf(tmp_path / "scan.pdf")
    out = run(tmp_path / "data", "import", "plan", scan, "--dry-run", expect=2)
    assert "scan" in out.stderr and len(out.stderr.strip().splitlines()) == 1
    out = run(tmp_path / "data", "import", "plan", "3", SEED_004, expect=2)
    assert "chỉ cần tên tệp" in out.stderr
