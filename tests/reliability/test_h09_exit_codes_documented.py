"""Every exit code the command line can return is listed in the README, in the
Vietnamese and in the English part."""

from __future__ import annotations

import re

from tests.reliability.helpers import ROOT
from vnhr_desktop import errors


def _codes() -> set[int]:
    codes = {value for name, value in vars(errors).items() if name.startswith("EXIT_")}
    pending = [errors.UserError]
    while pending:
        cls = pending.pop()
        codes.add(cls.exit_code)
        pending.extend(cls.__subclasses__())
    return codes


def test_every_exit_code_is_in_both_readme_tables():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    english_start = text.index("# vnhr-desktop (English)")
    for part in (text[:english_start], text[english_start:]):
        listed = {int(m) for m in re.findall(r"^\| (\d+) \|", part, flags=re.M)}
        assert _codes() <= listed, sorted(_codes() - listed)
