"""Placement rules: errors block, warnings inform, LED sizes are dropped."""

from __future__ import annotations

import datetime as dt

from vnhr_desktop.domain.banner_rules import (
    LATE,
    OVERDUE,
    REMOVED,
    UP,
    UPCOMING,
    Neighbour,
    PlacementDraft,
    check_placement,
    normalise_size,
    placement_state,
    tidy_draft,
)

D = dt.date
WINDOW = (D(2024, 11, 20), D(2024, 12, 31))


def draft(**kw) -> PlacementDraft:
    base = dict(
        slogan_id=1,
        location="Vòng xoay Ao Bà Om, Quốc lộ 53",
        commune="Phường 8",
        size_text="0,8 x 6 m",
        quantity=2,
        start_date=D(2024, 11, 20),
        end_date=D(2024, 12, 31),
    )
    base.update(kw)
    return tidy_draft(PlacementDraft(**base))


def fields(problems, level):
    return [p.field for p in problems if p.level == level]


def test_a_good_placement_has_no_problems():
    assert check_placement(draft(), WINDOW) == []


def test_end_before_start_is_an_error():
    problems = check_placement(draft(start_date=D(2024, 12, 10), end_date=D(2024, 12, 1)), WINDOW)
    assert fields(problems, "error") == ["end_date"]
    assert "01/12/2024" in problems[0].message and "10/12/2024" in problems[0].message


def test_quantity_below_one_is_an_error():
    for quantity in (0, -3):
        assert fields(check_placement(draft(quantity=quantity), WINDOW), "error") == ["quantity"]


def test_outside_the_display_window_is_a_warning():
    early = check_placement(draft(start_date=D(2024, 11, 15)), WINDOW)
    late = check_placement(draft(end_date=D(2025, 1, 5)), WINDOW)
    assert fields(early, "warning") == ["start_date"] and fields(early, "error") == []
    assert fields(late, "warning") == ["end_date"] and fields(late, "error") == []
    assert "20/11/2024 - 31/12/2024" in early[0].message
    assert check_placement(draft(start_date=D(2024, 11, 15)), (None, None)) == []


def test_same_slogan_same_place_overlapping_is_a_warning():
    other = Neighbour(7, 1, "vòng xoay ao bà om - quốc lộ 53", "", D(2024, 12, 20), D(2025, 1, 10))
    problems = check_placement(draft(), WINDOW, [other])
    assert fields(problems, "warning") == ["location"]
    # another slogan, another place, or periods that do not meet: no warning
    assert check_placement(draft(), WINDOW, [Neighbour(7, 2, other.location, "", other.start_date, None)]) == []
    assert check_placement(draft(), WINDOW, [Neighbour(7, 1, "Chợ Trà Vinh", "", None, None)]) == []
    assert check_placement(draft(end_date=D(2024, 12, 19)), WINDOW, [other]) == []
    # the commune must not differ when both are given
    assert check_placement(draft(), WINDOW, [Neighbour(7, 1, other.location, "Phường 1", None, None)]) == []
    # a placement is not its own neighbour
    assert check_placement(draft(id=7), WINDOW, [other]) == []


def test_led_with_a_size_is_not_an_error_and_the_size_is_dropped():
    led = draft(form="led", size_text="3 x 5 m")
    assert led.size_text == ""
    assert check_placement(led, WINDOW) == []


def test_taken_down_before_it_went_up_is_an_error():
    problems = check_placement(draft(status="removed", hung_on=D(2024, 12, 5), removed_on=D(2024, 12, 1)), WINDOW)
    assert fields(problems, "error") == ["removed_on"]


def test_tidy_clears_dates_that_do_not_fit_the_status():
    planned = draft(status="planned", hung_on=D(2024, 12, 1), removed_on=D(2024, 12, 2))
    assert planned.hung_on is None and planned.removed_on is None
    up = draft(status="up", hung_on=D(2024, 12, 1), removed_on=D(2024, 12, 2))
    assert up.hung_on == D(2024, 12, 1) and up.removed_on is None


def test_missing_slogan_or_place_are_errors():
    assert set(fields(check_placement(draft(slogan_id=None, location="  "), WINDOW), "error")) == {
        "slogan_id",
        "location",
    }


def test_sizes_are_written_the_vietnamese_way():
    assert normalise_size("0.8x6m") == "0,8 x 6 m"
    assert normalise_size("2,40 X 4,8") == "2,4 x 4,8 m"
    assert normalise_size("80 x 600 cm") == "80 x 600 cm"
    assert normalise_size("80cm x 6m") == "80cm x 6m"
    assert normalise_size("khổ lớn") == "khổ lớn"


def test_state_on_a_day():
    day = D(2024, 12, 5)
    assert placement_state("planned", D(2024, 12, 10), D(2024, 12, 31), day) == UPCOMING
    assert placement_state("planned", D(2024, 12, 5), D(2024, 12, 31), day) == LATE
    assert placement_state("up", D(2024, 11, 20), D(2024, 12, 31), day) == UP
    assert placement_state("up", D(2024, 11, 20), D(2024, 12, 4), day) == OVERDUE
    assert placement_state("removed", D(2024, 11, 20), D(2024, 12, 4), day) == REMOVED
