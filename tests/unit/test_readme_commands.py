"""The README's first two commands are the ones CI runs."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```bash\n(.+?)\n```", text, flags=re.S)


def test_ci_runs_the_readme_test_command_verbatim():
    install_and_start, install_and_test = _readme_commands()[:2]
    assert install_and_start.rstrip().endswith("pip install . && vnhr-desktop")
    assert "pytest" in install_and_test and "QT_QPA_PLATFORM=offscreen" in install_and_test
    ci_lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert install_and_test.strip() in ci_lines
