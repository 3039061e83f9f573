"""A throwaway PostgreSQL cluster for the test session.

It is made with the distribution's own server binaries
(``/usr/lib/postgresql/*/bin/initdb`` and ``pg_ctl``) in a temporary folder, on
a free local port, without fsync (nothing in it needs to survive a crash), and
stopped at the end. Its databases sort text by Vietnamese rules (ICU vi-VN)
where the server can, so tests show that the app's order does not depend on
the server's. As root the server runs as the unprivileged ``postgres``
user (``runuser -u postgres --``) on a folder given to it; otherwise as the
current user. Connections use TCP on 127.0.0.1 with trust authentication, except for the
role ``vnhr_pw``, which signs in with a password.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SERVER_USER = "postgres"
PASSWORD_USER = "vnhr_pw"
PASSWORD = "vnhr-mật-khẩu"
# The test database of each data folder made in this session, so commands run
# with ``--data-dir`` reach it (see database_args).
SERVER_DATABASES: dict[str, str] = {}


def database_args(data_dir: str | os.PathLike[str]) -> list[str]:
    """``["--database-url", URL]`` when ``data_dir``'s database is on the
    test server, else nothing: for commands run with ``--data-dir``."""
    url = SERVER_DATABASES.get(str(Path(data_dir).resolve()))
    return ["--database-url", url] if url else []


def find_bindir() -> Path | None:
    """The newest installed server's bin folder, or None."""
    found = sorted(
        glob.glob("/usr/lib/postgresql/*/bin/initdb"),
        key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0,
    )
    if not found:
        on_path = shutil.which("initdb")
        return Path(on_path).parent if on_path else None
    return Path(found[-1]).parent


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Cluster:
    bindir: Path
    folder: Path
    port: int
    as_user: list[str]

    @property
    def datadir(self) -> Path:
        return self.folder / "data"

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{self.port}/{database}"

    def _run(self, *args: str) -> None:
        subprocess.run([*self.as_user, *args], check=True, capture_output=True, timeout=120)

    def start(self) -> Cluster:
        initdb = [str(self.bindir / "initdb"), "-D", str(self.datadir), "-U", SERVER_USER, "--auth=trust"]
        initdb += ["-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]
        try:
            # Databases sort by Vietnamese rules by default, as an office's
            # server would; the app's text columns must not depend on it.
            self._run(*initdb, "--locale-provider=icu", "--icu-locale=vi-VN")
        except subprocess.CalledProcessError:  # a server without ICU (before 15)
            shutil.rmtree(self.datadir, ignore_errors=True)
            self._run(*initdb)
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.datadir),
            "-o",
            options,
            "-l",
            str(self.folder / "server.log"),
            "-w",
            "start",
        )
        # One role signs in with a password (scram), so wrong passwords are refused for real.
        hba = self.datadir / "pg_hba.conf"
        rules = f"host all {PASSWORD_USER} 127.0.0.1/32 scram-sha-256\n"
        hba.write_text(rules + hba.read_text(encoding="utf-8"), encoding="utf-8")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-w", "reload")
        return self

    def password_url(self, database: str) -> str:
        """The URL of ``database`` for the role that signs in with a password."""
        return f"postgresql+psycopg://{PASSWORD_USER}:{PASSWORD}@127.0.0.1:{self.port}/{database}"

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster(bindir: Path) -> Cluster:
    as_root = os.geteuid() == 0
    # As root, a folder the server's user can reach (TMPDIR may be under /root).
    folder = Path(tempfile.mkdtemp(prefix="vnhr-pg-", dir="/tmp" if as_root and os.path.isdir("/tmp") else None))
    as_user: list[str] = []
    if as_root:  # the server refuses to run as root
        shutil.chown(folder, SERVER_USER, SERVER_USER)
        as_user = ["runuser", "-u", SERVER_USER, "--"]
    return Cluster(bindir, folder, _free_port(), as_user).start()
