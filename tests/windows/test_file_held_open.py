"""Exporting over a file another program holds open (Excel, a PDF viewer): on
Windows the final rename (os.replace) is refused while the other process has
the file open without share-delete, which is how Excel and Python's own open()
keep it. The counterpart of tests/reliability/test_f04_file_in_use.py with a
real second process instead of a patched os.replace: the CLI prints the one
Vietnamese line, the old file keeps its bytes, no temporary file stays, the
data is untouched, and once the file is closed the export goes through."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.reliability.helpers import ROOT, child_env, sha256
from tests.windows.helpers import cli, demo_plan, windows_only
from vnhr_desktop.exports.safe_write import FILE_IN_USE, TMP_PREFIX

pytestmark = windows_only("a file held open by another process blocks os.replace")

HOLDER = r"""
import msvcrt, sys
fh = open(sys.argv[1], "rb")
if sys.argv[2] == "locked":
    msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)  # a byte-range lock, as Excel takes
print("held", flush=True)
sys.stdin.readline()
fh.close()
"""


@pytest.mark.parametrize("how", ["open", "locked"])
def test_export_over_a_file_held_open(tmp_path, how):
    import pdfplumber

    data = tmp_path / "data"
    plan = demo_plan(data)
    out = tmp_path / "xuat" / "ke-hoach.pdf"
    out.parent.mkdir()
    first = cli(data, "export", "plan", str(plan["id"]), "--out", str(out))
    assert first.returncode == 0, first.stderr
    old = sha256(out)
    listed = cli(data, "list", "plans", "--json").stdout

    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(out), how],
        env=child_env(),
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        refused = cli(data, "export", "plan", str(plan["id"]), "--out", str(out))
        assert refused.returncode != 0
        assert refused.stderr.strip().splitlines() == [FILE_IN_USE]
        assert "đang được mở" in FILE_IN_USE
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
    assert sha256(out) == old
    assert sorted(p.name for p in out.parent.iterdir()) == ["ke-hoach.pdf"]
    assert not [p for p in out.parent.iterdir() if p.name.startswith(TMP_PREFIX)]
    assert cli(data, "list", "plans", "--json").stdout == listed

    again = cli(data, "export", "plan", str(plan["id"]), "--out", str(out))
    assert again.returncode == 0, again.stderr
    with pdfplumber.open(out) as pdf:
        assert "KẾ HOẠCH" in (pdf.pages[0].extract_text() or "")
