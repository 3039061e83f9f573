"""The Vietnamese translation is complete and compiled from the current sources."""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
sys.path.insert(0, str(TRANSLATIONS))
import update  # noqa: E402  (translations/update.py)

sys.path.remove(str(TRANSLATIONS))


def _unfinished(ts: Path) -> list[str]:
    root = ET.parse(ts).getroot()
    bad = []
    for message in root.iter("message"):
        translation = message.find("translation")
        empty = not (translation.text or "").strip() and not list(translation)
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or empty:
            bad.append(message.find("source").text)
    return bad


def _ts_files():
    return sorted(TRANSLATIONS.glob("*_vi.ts"))


@pytest.mark.parametrize("ts", _ts_files(), ids=lambda p: p.name)
def test_no_unfinished_entries(ts):
    assert _unfinished(ts) == []


@pytest.mark.parametrize("ts", _ts_files(), ids=lambda p: p.name)
def test_qm_is_compiled_from_current_ts(ts, tmp_path):
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} missing: run python translations/update.py --release"
    fresh = tmp_path / qm.name
    update.lrelease(ts, fresh)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is older than {ts.name}: run update.py --release"


def test_every_ui_string_is_translated(tmp_path):
    """Run lupdate on the sources into copies: nothing new may appear."""
    for area, files in update.ui_files_by_area().items():
        ts = TRANSLATIONS / f"{area}_vi.ts"
        assert ts.exists(), f"translations/{ts.name} missing for {', '.join(f.name for f in files)}"
        copy = tmp_path / ts.name
        shutil.copy(ts, copy)
        update.lupdate(area, files, copy)
        assert _unfinished(copy) == [], f"untranslated strings in area {area}"


def test_lupdate_tool_available():
    assert subprocess.run([update.tool("pyside6-lrelease"), "-version"], capture_output=True).returncode == 0
