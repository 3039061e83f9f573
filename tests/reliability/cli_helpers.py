"""Running the command line as a user would: a separate process, and the
checks every fault test makes on its output."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.reliability.helpers import ROOT, child_env


def cli(data_dir, *args, expect: int | None = 0, timeout: float = 120, preexec=None, **kw):
    env = dict(child_env(), QT_QPA_PLATFORM="offscreen")
    env.update(kw.pop("env", {}))
    argv = [sys.executable, "-m", "vnhr_desktop"]
    if data_dir is not None:
        argv += ["--data-dir", os.fsdecode(data_dir)]
    result = subprocess.run(
        [*argv, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        cwd=ROOT,
        preexec_fn=preexec,
        **kw,
    )
    assert_one_line(result)
    if expect is not None:
        assert result.returncode == expect, (result.returncode, result.stdout, result.stderr)
    return result


def assert_one_line(result) -> None:
    """No traceback, no logging noise: at most one line on stderr."""
    err = result.stderr
    assert "Traceback" not in err, err
    assert "Logging error" not in err, err
    assert len(err.strip().splitlines()) <= 1, err
