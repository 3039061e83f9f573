"""Shared fixtures. Qt runs offscreen; every test gets its own data folder.

The database fixtures (``db``, ``sample_db``, and ``data_paths`` when a test
uses them) run once per engine: the parameter ``engine_name`` is ``"sqlite"``
or ``"postgresql"``. The GUI, reliability, Windows and packaging tests, and
tests marked ``sqlite_only`` (PRAGMAs, damaged files, WAL, the backup API),
run on SQLite alone.

Migrating a database takes a moment, so one migrated empty database and one
with the sample campaign are made per test session and engine, and copied for
each test: with SQLite's backup API, or as ``CREATE DATABASE … TEMPLATE`` on
the session's own PostgreSQL cluster (tests/pg_cluster.py). Without the
server binaries the PostgreSQL half skips, saying so; with the variable CI set
it fails instead.
"""

from __future__ import annotations

import itertools
import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from tests.pg_cluster import SERVER_DATABASES  # noqa: E402
from vnhr_desktop.paths import DataPaths  # noqa: E402

ENGINES = ("sqlite", "postgresql")
# Folders whose tests run on SQLite alone (the GUI, injected faults, bundles).
SQLITE_ONLY_DIRS = ("ui", "reliability", "windows", "packaging", "bench")


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_only: the test is about SQLite itself (PRAGMA, WAL, files)")


def _sqlite_only(metafunc) -> bool:
    parts = metafunc.definition.path.parts
    in_dir = "tests" in parts and parts[parts.index("tests") + 1] in SQLITE_ONLY_DIRS
    return in_dir or metafunc.definition.get_closest_marker("sqlite_only") is not None


def pytest_generate_tests(metafunc):
    if "engine_name" in metafunc.fixturenames:
        engines = ("sqlite",) if _sqlite_only(metafunc) else ENGINES
        metafunc.parametrize("engine_name", engines, scope="session", indirect=True)


@pytest.fixture(scope="session")
def engine_name(request) -> str:
    """The database engine of this run of the test: "sqlite" or "postgresql"."""
    return getattr(request, "param", "sqlite")


# -- SQLite ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def _template_dbs(tmp_path_factory):
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.services.demo import load_sample

    root = tmp_path_factory.mktemp("templates")
    empty = DataPaths(root / "empty").ensure()
    db = open_database(empty)
    db.close()
    sample = DataPaths(root / "sample").ensure()
    db = open_database(sample)
    with db.session() as session:
        load_sample(session)
    db.close()
    return {"empty": empty.database, "sample": sample.database}


def _copy_template(template, paths: DataPaths):
    from vnhr_desktop.persistence.backup import copy_database
    from vnhr_desktop.persistence.database import open_database

    paths.ensure()
    copy_database(template, paths.database)
    return open_database(paths)


# -- PostgreSQL --------------------------------------------------------------------


class PgServer:
    """The session's cluster: template databases and one database per test."""

    def __init__(self, cluster):
        import psycopg

        self.cluster = cluster
        self.admin = psycopg.connect(
            host="127.0.0.1", port=cluster.port, user="postgres", dbname="postgres", autocommit=True
        )
        from tests.pg_cluster import PASSWORD, PASSWORD_USER

        self.admin.execute(f"CREATE ROLE {PASSWORD_USER} LOGIN SUPERUSER PASSWORD '{PASSWORD}'")
        self._names = itertools.count(1)
        self._templates: set[str] = set()

    def url(self, name: str) -> str:
        return self.cluster.url(name)

    def new_name(self) -> str:
        return f"vnhr_test_{next(self._names)}"

    def create(self, name: str, template: str | None = None) -> None:
        if template is not None:
            self.template(template)
            self.admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "tmpl_{template}" STRATEGY FILE_COPY')
        else:
            self.admin.execute(f'CREATE DATABASE "{name}"')

    def drop(self, name: str) -> None:
        self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def template(self, kind: str) -> None:
        """The migrated template ("empty" or "sample"), made on first use."""
        if kind in self._templates:
            return
        import tempfile

        from vnhr_desktop.persistence.database import open_database
        from vnhr_desktop.services.demo import load_sample

        name = f"tmpl_{kind}"
        self.admin.execute(f'CREATE DATABASE "{name}"')
        with tempfile.TemporaryDirectory() as folder:
            db = open_database(DataPaths(Path(folder), self.url(name)))
            if kind == "sample":
                with db.session() as session:
                    load_sample(session)
            db.close()
        self._templates.add(kind)

    def close(self) -> None:
        self.admin.close()


@pytest.fixture(scope="session")
def pg_server():
    """The session's PostgreSQL cluster (skips, or fails under CI, without one)."""
    from tests.pg_cluster import find_bindir, start_cluster

    bindir = find_bindir()
    if bindir is None:
        missing = "no PostgreSQL server binaries (/usr/lib/postgresql/*/bin/initdb)"
        if os.environ.get("CI"):
            pytest.fail(f"{missing}: CI must install the postgresql package", pytrace=False)
        pytest.skip(f"{missing}: the postgresql half is skipped")
    cluster = start_cluster(bindir)
    server = PgServer(cluster)
    yield server
    server.close()
    cluster.stop()


@pytest.fixture
def make_database(engine_name, request, tmp_path):
    """``make_database(kind, root)``: a fresh migrated database ("empty" or
    "sample") of this test's engine, with its data folder at ``root``."""
    from vnhr_desktop.persistence.database import open_database

    opened = []
    created = []

    def make(kind: str, paths: DataPaths):
        if engine_name == "sqlite":
            templates = request.getfixturevalue("_template_dbs")
            db = _copy_template(templates[kind], DataPaths(paths.root))
        else:
            server = request.getfixturevalue("pg_server")
            name = paths.database_url.rsplit("/", 1)[1] if paths.database_url else server.new_name()
            server.create(name, kind)
            created.append(name)
            paths.ensure()
            db = open_database(DataPaths(paths.root, server.url(name)))
            SERVER_DATABASES[str(paths.root.resolve())] = server.url(name)
        opened.append(db)
        return db

    yield make
    for db in opened:
        db.close()
    if created:
        server = request.getfixturevalue("pg_server")
        for name in created:
            server.drop(name)


@pytest.fixture
def data_paths(tmp_path, request, monkeypatch) -> DataPaths:
    """The test's data folder; in a test run on PostgreSQL it also names the
    test's database (``VNHR_DATABASE_URL`` points commands run with
    ``--data-dir`` at it too)."""
    root = tmp_path / "data"
    if "engine_name" in request.fixturenames and request.getfixturevalue("engine_name") == "postgresql":
        server = request.getfixturevalue("pg_server")
        url = server.url(server.new_name())
        monkeypatch.setenv("VNHR_DATABASE_URL", url)
        return DataPaths(root, url).ensure()
    return DataPaths(root).ensure()


@pytest.fixture
def db(make_database, data_paths):
    """An empty, migrated database."""
    return make_database("empty", data_paths)


@pytest.fixture
def sample_db(make_database, data_paths):
    """A database holding the sample campaign."""
    return make_database("sample", data_paths)
