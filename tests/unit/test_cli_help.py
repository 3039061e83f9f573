"""``--help`` speaks Vietnamese for every command, argparse's own words included."""

import argparse
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vnhr_desktop.cli import build_parser

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = ("usage:", "positional arguments", "optional arguments", "options:", "show this help", "show program's")


def commands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    found = {"": parser}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.update(action.choices)
    return found


@pytest.mark.parametrize("name", sorted(commands()))
def test_help_of_every_command_is_vietnamese(name):
    parser = commands()[name]
    text = parser.format_help()
    assert text.startswith("Cách dùng: vnhr-desktop")
    assert not [word for word in ENGLISH if word in text]
    assert "trợ giúp" in text
    for action in parser._actions:
        assert action.help, f"{name}: {action.dest} has no help words"


def test_list_help_names_every_kind():
    parser = commands()["list"]
    kind = next(a for a in parser._actions if a.dest == "kind")
    text = parser.format_help()
    for choice in kind.choices:
        assert f"{choice}: " in text


def test_export_help_names_every_export():
    from vnhr_desktop.commands.documents import EXPORTERS

    text = commands()["export"].format_help()
    for what in EXPORTERS:
        assert f"\n              {what} (" in text or f" {what} (" in text


def test_help_from_the_command_line():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "vnhr_desktop", "export", "--help"], capture_output=True, text=True, env=env, cwd=ROOT
    )
    assert done.returncode == 0
    assert done.stdout.startswith("Cách dùng: vnhr-desktop export")
    assert "slogan-sheets-a3 (pdf)" in done.stdout
    assert "tùy chọn:" in done.stdout and "options" not in done.stdout
