"""Hardening 1: no traceback from the first line. Real bad data folders (a
file, a file where logs/ should be, a path too long for the file system), a
log on a full disk (RLIMIT_FSIZE), a closed pipe, ids no record can have."""

from __future__ import annotations

import resource
import subprocess
import sys
import unicodedata

import pytest

from tests.reliability.cli_helpers import cli
from tests.reliability.helpers import ROOT, child_env
from vnhr_desktop import cli as cli_module
from vnhr_desktop.errors import DataFolderProblem

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX faults")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("h01") / "data"
    cli(folder, "demo")
    return folder


def test_data_dir_is_a_file(tmp_path):
    target = tmp_path / "vnhr"
    target.write_text("not a folder")
    result = cli(target, "list", "plans", expect=DataFolderProblem.exit_code)
    assert "là một tệp, không phải thư mục" in result.stderr
    assert target.read_text() == "not a folder"


def test_logs_is_a_file(tmp_path):
    (tmp_path / "logs").write_text("x")
    result = cli(tmp_path, "list", "plans", expect=DataFolderProblem.exit_code)
    assert "logs" in result.stderr and "là một tệp" in result.stderr


def test_path_too_long(tmp_path):
    result = cli(tmp_path / ("x" * 300) / "data", "list", "plans", expect=DataFolderProblem.exit_code)
    assert "quá dài" in result.stderr


@posix_only
def test_data_dir_on_a_read_only_file_system(tmp_path):
    # /proc is a real file system where nothing can be created, even by root.
    result = cli("/proc/vnhr-data", "list", "plans", expect=DataFolderProblem.exit_code)
    assert "thư mục dữ liệu" in result.stderr


@posix_only
def test_log_on_a_full_disk_is_quiet(demo):
    log_file = demo / "logs" / "vnhr-desktop.log"
    size = log_file.stat().st_size
    limit = 64 * 1024
    if size < limit:
        with open(log_file, "ab") as fh:
            fh.write(b"#" * (limit - size))

    def small_files():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = cli(demo, "list", "plans", preexec=small_files)
    assert result.stderr == ""
    assert result.stdout.strip()  # the command still reports its result
    assert log_file.stat().st_size == limit


def test_ids_out_of_range_negative_or_not_numbers(demo, capsys):
    for bad in ("99999999999999999999", "9" * 5000, "-5", "abc", "0", "٣", "9223372036854775808"):
        code = cli_module.main(["--data-dir", str(demo), "export", "plan", bad, "--out", str(demo / "x.pdf")])
        err = capsys.readouterr().err
        assert code == 2, err
        assert err.startswith("Không tìm thấy"), err
        assert len(err.strip().splitlines()) == 1


def test_unexpected_error_names_the_log_file(demo, capsys, monkeypatch):
    from vnhr_desktop.commands import data

    def broken(args, paths):
        raise RuntimeError("Nguyễn Văn A 0912345678")

    monkeypatch.setattr(data, "run", broken)
    code = cli_module.main(["--data-dir", str(demo), "list", "plans"])
    err = capsys.readouterr().err
    assert code == 1
    assert str(demo / "logs" / "vnhr-desktop.log") in err
    assert "0912345678" not in err and len(err.strip().splitlines()) == 1


@posix_only
def test_closed_stdout_ends_quietly(demo):
    proc = subprocess.Popen(
        [sys.executable, "-m", "vnhr_desktop", "--data-dir", str(demo), "list", "plans", "--json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_env(),
        cwd=ROOT,
    )
    proc.stdout.close()  # the reader is gone before anything is written: a real EPIPE
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 0
    assert err == ""


def test_nfd_paths_are_used_as_given(demo, tmp_path):
    folder = tmp_path / unicodedata.normalize("NFD", "Báo cáo Quý")
    folder.mkdir()
    assert not (tmp_path / unicodedata.normalize("NFC", "Báo cáo Quý")).exists()
    out = folder / unicodedata.normalize("NFD", "kế hoạch.pdf")
    cli(demo, "export", "plan", "1", "--out", str(out))
    assert out.exists()


def test_a_log_file_that_cannot_be_opened_does_not_stop_the_command(demo, tmp_path):
    data = tmp_path / "data"
    (data / "logs" / "vnhr-desktop.log").mkdir(parents=True)  # a folder where the log file goes
    cli(data, "demo")
    result = cli(data, "list", "plans")
    assert result.stderr == "" and result.stdout.strip()


def test_the_gui_start_with_a_bad_data_folder_is_one_line(tmp_path):
    target = tmp_path / "vnhr"
    target.write_text("not a folder")
    result = cli(target, expect=DataFolderProblem.exit_code)
    assert "là một tệp" in result.stderr
