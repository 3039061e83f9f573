"""Shared fixtures. Qt runs offscreen; every test gets its own data folder.

Migrating a database takes a moment, so one migrated empty database and one
with the sample campaign are made per test session and copied for each test
with SQLite's backup API.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from vnhr_desktop.paths import DataPaths  # noqa: E402


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


@pytest.fixture
def data_paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "data").ensure()


@pytest.fixture
def db(_template_dbs, data_paths):
    """An empty, migrated database."""
    database = _copy_template(_template_dbs["empty"], data_paths)
    yield database
    database.close()


@pytest.fixture
def sample_db(_template_dbs, data_paths):
    """A database holding the sample campaign."""
    database = _copy_template(_template_dbs["sample"], data_paths)
    yield database
    database.close()
