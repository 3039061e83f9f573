"""A draft keeps up with the records: new and changed figure lines are found
and only the chosen ones applied; the officer's own lines are never touched."""

from __future__ import annotations

from vnhr_desktop.domain.draft_updates import CHANGED, NEW, apply_updates, figure_updates

CURRENT = (
    ("Kết quả thực hiện", "- Trên Trang tin: đã đăng tải 12 tin, bài viết.\nCán bộ viết: một câu riêng."),
    (
        "Thực hiện nhiệm vụ",
        "- Sở Văn hóa: đã hoàn thành 1/2 nhiệm vụ được giao.\n- Công an tỉnh: được giao 1 nhiệm vụ, chậm.",
    ),
    ("", "Trên đây là báo cáo./."),
)
FRESH = (
    ("Kết quả thực hiện", "- Trên Trang tin: đã đăng tải 13 tin, bài viết.\n- Tổ chức 1 hội nghị với 50 lượt người."),
    (
        "Thực hiện nhiệm vụ",
        "- Sở Văn hóa: đã hoàn thành 2/2 nhiệm vụ được giao.\n- Công an tỉnh: được giao 1 nhiệm vụ, đang thực hiện 1.",
    ),
    ("Kiến nghị", "- Tuyên truyền bằng lời.\n- Có 2 kiến nghị."),
    ("", "Trên đây là báo cáo khác./."),
)


def test_new_and_changed_lines_are_found():
    updates = figure_updates(CURRENT, FRESH)
    assert [(u.heading, u.kind, u.new) for u in updates] == [
        ("Kết quả thực hiện", CHANGED, "- Trên Trang tin: đã đăng tải 13 tin, bài viết."),
        ("Kết quả thực hiện", NEW, "- Tổ chức 1 hội nghị với 50 lượt người."),
        ("Thực hiện nhiệm vụ", CHANGED, "- Sở Văn hóa: đã hoàn thành 2/2 nhiệm vụ được giao."),
        ("Thực hiện nhiệm vụ", CHANGED, "- Công an tỉnh: được giao 1 nhiệm vụ, đang thực hiện 1."),
        ("Kiến nghị", NEW, "- Có 2 kiến nghị."),
    ]
    assert updates[0].old == "- Trên Trang tin: đã đăng tải 12 tin, bài viết."
    assert updates[1].after == "- Trên Trang tin: đã đăng tải 12 tin, bài viết."
    assert figure_updates(FRESH, FRESH) == ()


def test_only_chosen_updates_are_applied_and_own_text_stays():
    updates = figure_updates(CURRENT, FRESH)
    chosen = [updates[0], updates[1], updates[4]]  # the officer declines the two task lines
    result = dict(apply_updates(CURRENT, chosen))
    assert result["Kết quả thực hiện"].split("\n") == [
        "- Trên Trang tin: đã đăng tải 13 tin, bài viết.",
        "- Tổ chức 1 hội nghị với 50 lượt người.",
        "Cán bộ viết: một câu riêng.",
    ]
    assert result["Thực hiện nhiệm vụ"] == CURRENT[1][1]
    assert result[""] == "Trên đây là báo cáo./."
    assert list(result)[2] == "Kiến nghị"  # a missing section goes in before the closing paragraph
    assert apply_updates(CURRENT, ()) == CURRENT
