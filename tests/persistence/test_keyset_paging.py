"""Keyset pages walk a list in exactly the order and rows of the offset query,
for every list and every sortable column, both directions, with NULLs."""

from __future__ import annotations

import pytest

from tests.persistence.test_search_index import fill
from vnhr_desktop.services.listing import LISTS
from vnhr_desktop.services.media import MEDIA_LIST
from vnhr_desktop.services.paging import ListRequest

SPECS = {**LISTS, "media": MEDIA_LIST}


def _walk(session, spec, request, size):
    rows, after = [], None
    while True:
        page = spec.page(session, ListRequest(**{**request.__dict__, "after": after, "limit": size}))
        rows += [r.id for r in page.rows]
        if len(page.rows) < size:
            return rows
        after = page.last_key


@pytest.mark.parametrize("name", sorted(SPECS))
def test_keyset_walk_equals_the_offset_list(filled_sample, name):
    spec = SPECS[name]
    with filled_sample.Session() as s:
        sorts = [None, *spec.sortable]
        for sort in sorts:
            for descending in (False, True):
                request = ListRequest(sort=sort, descending=descending)
                everything = [r.id for r in spec.query(s, request)]
                assert _walk(s, spec, request, 7) == everything, (sort, descending)
                last = spec.page(s, ListRequest(sort=sort, descending=descending, limit=5, from_end=True))
                assert [r.id for r in last.rows] == everything[-5:], (sort, descending)


def test_keyset_walk_with_search_and_filters(filled_sample):
    spec = LISTS["participants"]
    with filled_sample.Session() as s:
        event_id = spec.query(s, ListRequest(limit=1))[0]
        for request in (ListRequest(search="van"), ListRequest(search="n", sort="agency", descending=True)):
            everything = [r.id for r in spec.query(s, request)]
            assert everything and _walk(s, spec, request, 11) == everything
        assert event_id is not None


@pytest.fixture
def filled_sample(sample_db):
    fill(sample_db, people=240)
    return sample_db


def test_order_terms_keep_list_statements_cached():
    """The NULLs-where-SQLite-puts-them term takes part in the statement cache
    key, so a list query is compiled once, not on every page."""
    from sqlalchemy import select

    from vnhr_desktop.persistence.models import Plan
    from vnhr_desktop.services.paging import _SqliteNulls

    def stmt(nulls_first: bool):
        return select(Plan.id).order_by(_SqliteNulls(Plan.issued_on.asc(), nulls_first))

    first, again, other = stmt(True)._generate_cache_key(), stmt(True)._generate_cache_key(), stmt(False)
    assert first is not None and first == again and other._generate_cache_key() != first
