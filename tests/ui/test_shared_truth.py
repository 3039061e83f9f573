"""Every tab shows the same truth: a change made anywhere reaches the other
tabs at once (through the data layer's change notification), each keeping what
the officer had chosen; F5 reloads; the Banners tab opens on the issued plan."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel


def _combo_ids(combo) -> list[int]:
    return [combo.itemData(i) for i in range(combo.count())]


def _build_all(window):
    for tab in (window.banners_tab, window.events_tab, window.reports_tab, window.plans_tab):
        window.tabs.setCurrentWidget(tab)


def test_a_plan_copied_in_one_tab_appears_in_the_others(make_window, sample_db, qtbot):
    from vnhr_desktop.services.plan_copy import copy_to_next_year

    window = make_window(sample_db)
    _build_all(window)
    banners, reports = window.banners_tab, window.reports_tab
    shown_before = banners.plan_id()
    with sample_db.session() as session:
        new_id = copy_to_next_year(session, 3)
    qtbot.waitUntil(lambda: new_id in _combo_ids(banners.plan))
    qtbot.waitUntil(lambda: new_id in _combo_ids(reports.plan_combo))
    qtbot.waitUntil(lambda: any(row.id == new_id for row in window.plans_tab.model.rows()))
    # The officer's choice stays: the tab does not jump to the new draft.
    assert banners.plan_id() == shown_before


def test_a_deleted_event_leaves_the_events_tab_at_once(make_window, sample_db, qtbot):
    from vnhr_desktop.services.events import delete_event

    window = make_window(sample_db)
    _build_all(window)
    ids = [row.id for row in window.events_tab.model.rows()]
    with sample_db.session() as session:
        delete_event(session, ids[-1])
    qtbot.waitUntil(lambda: ids[-1] not in [row.id for row in window.events_tab.model.rows()])


def test_refresh_keeps_the_chosen_rows(make_window, sample_db, qtbot):
    window = make_window(sample_db)
    window.tabs.setCurrentWidget(window.banners_tab)
    panel = window.banners_tab.placements
    rows = panel.model.rows()
    assert len(rows) >= 3
    chosen = {rows[1].id, rows[2].id}
    selection = panel.view.table.selectionModel()
    selection.clearSelection()
    for position in (1, 2):
        selection.select(panel.model.index(position, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    assert window.reload_action.shortcut().toString() == "F5"
    with qtbot.waitSignal(panel.model.modelReset, timeout=2000):
        window.reload_action.trigger()
    assert {row.id for row in panel.view.selected_rows()} == chosen


def test_banners_open_on_the_issued_plan_not_the_next_year_draft(make_window, sample_db):
    from vnhr_desktop.services.plan_copy import copy_to_next_year

    with sample_db.session() as session:
        draft_id = copy_to_next_year(session, 3)
    window = make_window(sample_db)
    window.tabs.setCurrentWidget(window.banners_tab)
    assert window.banners_tab.plan_id() != draft_id
    assert window.banners_tab.plan.currentText().startswith("27/KH-BCĐNQ")


def test_banners_open_on_the_plan_shown_today(sample_db):
    from vnhr_desktop.services.banner_schedule import opening_plan

    with sample_db.Session() as session:
        assert opening_plan(session, dt.date(2024, 12, 5)) == 3
        assert opening_plan(session, dt.date(2026, 6, 1)) == 3  # latest issued
