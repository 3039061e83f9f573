"""Running a command with its stderr on a pseudo-terminal, as an officer's
console would show it (progress lines appear only there)."""

from __future__ import annotations

import os
import pty
import subprocess
from pathlib import Path


def run_in_terminal(cmd: list[str], cwd: Path, env: dict[str, str], timeout: float) -> tuple[int, str]:
    """The command's exit code and what it wrote on stderr (a terminal)."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=subprocess.DEVNULL, stderr=follower)
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    return proc.wait(timeout=timeout), b"".join(chunks).decode("utf-8", "replace")
