"""Every window and dialog fits the screens officers have: 1366x768 less a
40 px taskbar, and 1024x600. Each one is opened over the sample campaign on a
virtual screen of that size (Qt's offscreen platform, in a child process) and
must lie inside the screen with every button of its button row visible."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from window_catalogue import discover

ROOT = Path(__file__).resolve().parents[2]
SCREENS = [(1366, 728), (1024, 600)]
CLASS_LINE = re.compile(r"^class (\w+)\((?:QDialog|QMainWindow)\)", re.M)


def _declared() -> set[str]:
    return {
        name for path in (ROOT / "vnhr_desktop" / "ui").rglob("*.py") for name in CLASS_LINE.findall(path.read_text())
    }


def test_discovery_finds_every_window_class(qapp):
    found = {cls.__name__ for cls in discover()}
    assert _declared() <= found
    assert {"MainWindow", "PlanEditorDialog", "ReportComposerDialog"} <= found


@pytest.fixture(scope="module", params=SCREENS, ids=lambda s: f"{s[0]}x{s[1]}")
def probe(request, tmp_path_factory):
    width, height = request.param
    folder = tmp_path_factory.mktemp(f"screen{width}")
    config = folder / "screen.json"
    screen = {"name": "office", "x": 0, "y": 0, "width": width, "height": height}
    config.write_text(json.dumps({"screens": [screen | {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("screen_probe.py")), str(folder / "data")],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return width, height, json.loads(done.stdout.strip().splitlines()[-1])


def test_probe_opened_every_window(probe, qapp):
    _w, _h, result = probe
    names = {name.rsplit(".", 1)[-1] for name in result["windows"]}
    assert names == {cls.__name__ for cls in discover()}
    errors = {name: r["error"] for name, r in result["windows"].items() if "error" in r}
    assert not errors


def test_every_window_fits_the_screen(probe):
    width, height, result = probe
    assert result["screen"] == [0, 0, width, height]
    problems = {}
    for name, r in result["windows"].items():
        if "error" in r:
            continue
        wrong = []
        if not r["fits"]:
            wrong.append(f"frame {r['frame']} outside the screen")
        if r["minimum"][0] > width or r["minimum"][1] > height:
            wrong.append(f"cannot shrink below {r['minimum']}")
        if r["buttons_outside"]:
            wrong.append(f"buttons off screen: {r['buttons_outside']}")
        if r["sideways"]:
            wrong.append(f"form scrolls sideways: {r['sideways']}")
        if r["clipped_combos"]:
            wrong.append(f"combos cut their text: {r['clipped_combos']}")
        if r["cut_labels"]:
            wrong.append(f"labels cut (tone marks lost): {r['cut_labels']}")
        if r["floating_messages"]:
            wrong.append(f"message lines outside any layout: {r['floating_messages']}")
        if r["needless_scroll"]:
            wrong.append(f"scrolls although it fits when its tables shrink: {r['needless_scroll']}")
        if r["hidden_body"]:
            wrong.append("the form above the buttons is not shown")
        if wrong:
            problems[name] = wrong
    assert not problems, json.dumps(problems, ensure_ascii=False, indent=1)


def test_main_window_shows_its_tabs_and_buttons(probe):
    _w, _h, result = probe
    main = result["windows"]["vnhr_desktop.ui.main_window.MainWindow"]
    assert main["pages"] >= 4
    assert main["buttons"] > 0
