"""Anniversary wording and campaign dates move one year on (copy to next year)."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnhr_desktop.domain.year_roll import roll_anniversary, roll_text

SEED_004 = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "004_16dd2fada26a5e38.txt"


# The lines of seed 004 that carry the anniversary and the campaign dates, for
# checkouts without the seeds folder.
EXCERPT = """Triển khai đợt cao điểm tuyên truyền thành tựu đảm bảo quyền con người nhân kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024) trên địa bàn tỉnh Trà Vinh
Thực hiện Kế hoạch số 05/KH-BCĐNQ ngày 14 tháng 10 năm 2024 của Trưởng Ban Chỉ đạo Nhân quyền Chính phủ về việc triển khai đợt cao điểm tuyên truyền thành tựu đảm bảo quyền con người nhân kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024), Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh xây dựng Kế hoạch thực hiện trên địa bàn tỉnh như sau:
3. Đảm bảo nâng cao trách nhiệm và sự phối hợp chặt chẽ giữa các cơ quan thành viên Ban Chỉ đạo về Nhân quyền tỉnh trong công tác thông tin, tuyên truyền thành tựu đảm bảo quyền con người của Việt Nam và của tỉnh đã đạt được nhân kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024).
5. Lựa chọn và tổ chức treo băng rôn, áp phích, biểu ngữ,... hưởng ứng Ngày Nhân quyền thế giới từ ngày 20 tháng 11 năm 2024 đến hết ngày 31 tháng 12 năm 2024, nội dung cụ thể như sau:
1. Căn cứ Kế hoạch này, các cơ quan thành viên Ban Chỉ đạo về Nhân quyền tỉnh, các sở, ban, ngành tỉnh có liên quan và Ủy ban nhân dân các huyện, thị xã, thành phố triển khai thực hiện công tác tuyên truyền nhân kỷ niệm 76 năm Ngày Nhân quyền thế giới phù hợp với chức năng và tình hình của cơ quan, đơn vị, địa phương. Kết quả thực hiện gửi báo cáo đến Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền tỉnh (*Công an tỉnh*) **chậm nhất đến ngày 01 tháng 01 năm 2025** để tổng hợp, báo cáo Ban Chỉ đạo Nhân quyền Chính phủ theo quy định.
3. Sở Văn hóa, Thể thao và Du lịch phối hợp với các đơn vị liên quan tổ chức treo băng rôn, áp phích, biểu ngữ kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024), theo các nội dung và thời gian nêu trên.
"""  # noqa: E501  verbatim lines of seed 004, as pasted


def seed_text() -> str:
    for candidate in (SEED_004, Path("/work/shared/seeds/004_16dd2fada26a5e38.txt")):
        if candidate.exists():
            return candidate.read_text(encoding="utf-8")
    return EXCERPT


@pytest.mark.parametrize("source", ["seed", "excerpt"])
def test_seed_004_moves_to_2025_everywhere(source):
    text = seed_text() if source == "seed" else EXCERPT
    rolled = roll_text(text, 1, {2024, 2025})
    assert "76 năm" not in rolled and "10/12/2024" not in rolled
    assert rolled.count("77 năm Ngày Nhân quyền thế giới") == text.count("76 năm Ngày Nhân quyền thế giới") == 5
    assert rolled.count("(10/12/1948 - 10/12/2025)") == text.count("(10/12/1948 - 10/12/2024)") == 4
    assert "từ ngày 20 tháng 11 năm 2025 đến hết ngày 31 tháng 12 năm 2025" in rolled
    assert "chậm nhất đến ngày 01 tháng 01 năm 2026" in rolled
    assert len(rolled) == len(text)  # only digits changed
    assert "10/12/1948" in rolled


@pytest.mark.parametrize(
    "before, after",
    [
        (
            "kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)",
            "kỷ niệm 77 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2025)",
        ),
        (
            "Kỷ niệm 72 năm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/2020)",
            "Kỷ niệm 73 năm Ngày Nhân quyền thế giới (10/12/1948 – 10/12/2021)",
        ),
        (
            "thực hiện Kế hoạch 75 năm Ngày Nhân quyền thế giới (10/12/1948-10/12/2023).",
            "thực hiện Kế hoạch 76 năm Ngày Nhân quyền thế giới (10/12/1948-10/12/2024).",
        ),
        ("KỶ NIỆM 76 NĂM NGÀY NHÂN QUYỀN THẾ GIỚI", "KỶ NIỆM 77 NĂM NGÀY NHÂN QUYỀN THẾ GIỚI"),
        ("kỷ niệm lần thứ 76 Ngày Quốc tế Nhân quyền", "kỷ niệm lần thứ 77 Ngày Quốc tế Nhân quyền"),
        ("hưởng ứng Ngày Nhân quyền thế giới 10/12", "hưởng ứng Ngày Nhân quyền thế giới 10/12"),
    ],
)
def test_anniversary_forms(before, after):
    assert roll_anniversary(before) == after


def test_campaign_dates_move_but_history_stays():
    text = (
        "Hội nghị tập huấn năm 2024 ngày 12/12/2024, tháng 12/2024; Hiến pháp năm 2013; "
        "giai đoạn 2023-2028; Ngày 05 tháng 01 năm 2025; 29/02/2024"
    )
    assert roll_text(text, 1, {2024, 2025}) == (
        "Hội nghị tập huấn năm 2025 ngày 12/12/2025, tháng 12/2025; Hiến pháp năm 2013; "
        "giai đoạn 2023-2028; Ngày 05 tháng 01 năm 2026; 28/02/2025"
    )


def test_only_anniversary_without_campaign_years():
    assert (
        roll_text("ngày 20 tháng 11 năm 2024, 76 năm Ngày Nhân quyền thế giới")
        == "ngày 20 tháng 11 năm 2024, 77 năm Ngày Nhân quyền thế giới"
    )
    assert roll_text("") == "" and roll_text(None) == ""
