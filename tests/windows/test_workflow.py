"""The Windows workflow and the Windows-only tests, checked on every system
(this module is not Windows-only): the tests jobs run the README's test
command, the build job has every round-trip step, and every other module of
tests/windows says why it is skipped elsewhere. actionlint, when installed,
checks the workflow's syntax and expressions."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess

import pytest

from tests.reliability.helpers import ROOT
from tests.windows.helpers import HERE

WORKFLOW = ROOT / ".github" / "workflows" / "windows-build.yml"
ROUNDTRIP = ROOT / "packaging" / "installer_roundtrip.ps1"


def _text() -> str:
    return WORKFLOW.read_text(encoding="utf-8")


def test_tests_jobs_run_the_readme_test_command_on_two_windows_generations():
    text = _text()
    assert re.search(r"os: \[windows-latest, windows-2022\]", text)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    test_command = re.findall(r"```bash\n(.+?)\n```", readme, flags=re.S)[1]
    for part in ('pip install ".[test]"', "python -m pytest -q -p no:cacheprovider"):
        assert part in test_command and part in text, part
    assert '$env:QT_QPA_PLATFORM = "offscreen"' in text
    assert "shell: pwsh" in text


def test_build_job_has_the_whole_round_trip():
    text = _text()
    steps = re.findall(r"installer_roundtrip\.ps1 -Step ([a-z-]+)", text)
    assert steps == ["install", "use", "repair", "age-data", "upgrade", "uninstall"]
    script = ROUNDTRIP.read_text(encoding="utf-8")
    for must in (
        "/VERYSILENT",
        "/CURRENTUSER",
        "--smoke",
        '"demo"',
        '"export", "plan"',
        "truoc-nang-cap",
        "unins000.exe",
    ):
        assert must in script, must
    assert "exit code of" in script


def _skip_reason(path) -> str | None:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "pytestmark" for t in node.targets):
            call = node.value
            if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "windows_only":
                return ast.literal_eval(call.args[0])
    return None


def test_every_windows_test_module_says_why_it_skips_elsewhere():
    modules = sorted(p for p in HERE.glob("test_*.py") if p.name != "test_workflow.py")
    assert len(modules) >= 9
    missing = [p.name for p in modules if not _skip_reason(p)]
    assert missing == []


@pytest.mark.skipif(shutil.which("actionlint") is None, reason="actionlint is not installed")
def test_actionlint_accepts_the_workflow():
    result = subprocess.run(["actionlint", str(WORKFLOW)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
