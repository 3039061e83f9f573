"""The data folder on Windows is %LOCALAPPDATA%\\vnhr-desktop (paths.py through
platformdirs), the folder the README names and the installer's "ready" page
and uninstaller keep (packaging/vnhr-desktop.iss, DataDir)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.reliability.helpers import ROOT, child_env
from tests.windows.helpers import windows_only
from vnhr_desktop import APP_NAME
from vnhr_desktop.paths import DB_FILENAME, data_paths, default_data_dir

pytestmark = windows_only("%LOCALAPPDATA% through platformdirs")


def _local_appdata() -> Path:
    return Path(os.environ["LOCALAPPDATA"]).resolve()


def test_default_data_dir_is_under_local_appdata(monkeypatch):
    monkeypatch.delenv("VNHR_DATA_DIR", raising=False)
    assert default_data_dir().resolve() == _local_appdata() / APP_NAME
    paths = data_paths()
    assert paths.database == _local_appdata() / APP_NAME / DB_FILENAME
    assert "Roaming" not in paths.root.parts


def test_a_fresh_process_finds_the_same_folder():
    env = child_env()
    env.pop("VNHR_DATA_DIR", None)
    code = "from vnhr_desktop.paths import data_paths; print(data_paths().root)"
    result = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()) == _local_appdata() / APP_NAME


def test_installer_keeps_the_same_folder():
    iss = (ROOT / "packaging" / "vnhr-desktop.iss").read_text(encoding="utf-8")
    assert re.search(r"ExpandConstant\('\{localappdata\}\\\{#AppName\}'\)", iss)
    assert f'#define AppName "{APP_NAME}"' in iss
