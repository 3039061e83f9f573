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


def test_a_broad_search_says_more_than_the_cap_and_still_scrolls_to_its_end(qtbot, db, vi, monkeypatch):
    """Counting stops past the cap: the count line says "Hơn 50 kết quả", the
    table still reads every matching row, and at the end the count is exact."""
    from vnhr_desktop.ui.widgets.record_list import RecordListView

    fill(db, people=600)
    monkeypatch.setattr("vnhr_desktop.services.paging.COUNT_CAP", 50)
    model = ParticipantTableModel()
    model.PAGE_SIZE = 40
    view = RecordListView(model, "đại biểu")
    qtbot.addWidget(view)
    model.set_source(DatabaseListSource(db, "participants"))
    with db.Session() as s:
        expected = [r.id for r in LISTS["participants"].query(s, ListRequest(search="van"))]
        narrow = LISTS["participants"].count(s, ListRequest(search="nguyen"))
    assert len(expected) > 100 and 0 < narrow <= 50
    model.set_search("van")
    assert model.total_capped() and model.total() == 51
    assert view.count_label.text() == "Hơn 50 kết quả"
    assert "Gõ thêm" in view.count_label.toolTip()
    while model.canFetchMore():
        model.fetchMore()
    assert [r.id for r in model.rows()] == expected
    assert not model.total_capped() and model.total() == len(expected)
    assert view.count_label.text() == f"{len(expected)} đại biểu"
    model.set_search("nguyen")
    assert not model.total_capped() and view.count_label.text() == f"{narrow} đại biểu"
