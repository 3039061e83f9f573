"""The generic table model reads pages by keyset and ends with every row of
the list, in list order, exactly once."""

from __future__ import annotations

from tests.persistence.test_search_index import fill
from vnhr_desktop.services.listing import LISTS
from vnhr_desktop.services.paging import ListRequest
from vnhr_desktop.ui.models.event_models import ParticipantTableModel
from vnhr_desktop.ui.models.table_model import DatabaseListSource


def test_scrolling_to_the_end_reads_keyset_pages(qtbot, db, monkeypatch):
    fill(db, people=600)
    seen = []
    source = DatabaseListSource(db, "participants")
    original = source.page
    monkeypatch.setattr(source, "page", lambda request: (seen.append(request.after), original(request))[1])
    model = ParticipantTableModel()
    model.PAGE_SIZE = 40
    model.sort(0)
    model.set_source(source)
    while model.canFetchMore():
        model.fetchMore()
    with db.Session() as s:
        expected = [r.id for r in LISTS["participants"].query(s, ListRequest(sort=model.request.sort))]
    assert [r.id for r in model.rows()] == expected
    assert model.total() == len(expected) > 500
    assert len(seen) > 10 and all(key is not None for key in seen)  # every later page by keyset
