"""The composer drafts the report from the records (seed 000), and issuing it
freezes the figures."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tests.report_seed import CONFERENCE_TITLE, PERIOD, SEMINAR_TITLE, TRAINING_TITLE, WEBSITE, enter_seed_000
from vnhr_desktop.errors import UserError
from vnhr_desktop.persistence.models import DocumentRegister, Report
from vnhr_desktop.services.media import MediaInput, add_media
from vnhr_desktop.services.report_text import count
from vnhr_desktop.services.reports import (
    create_report,
    figures_changed,
    issue_report,
    mark_submitted,
    redraft,
    report_edit,
    report_figures,
    update_report,
)

TODAY = dt.date(2020, 12, 16)


@pytest.fixture
def composed(db):
    with db.session() as s:
        seed = enter_seed_000(s)
        report_id = create_report(s, seed.plan_id, *PERIOD, today=TODAY)
    return db, seed, report_id


def text_of(db, report_id) -> str:
    with db.Session() as s:
        r = s.get(Report, report_id)
        return "\n".join([r.opening] + [f"{x.heading}\n{x.body}" for x in r.sections])


def test_composed_report_states_the_seed_figures(composed):
    db, _seed, report_id = composed
    text = text_of(db, report_id)
    assert (
        "- Từ ngày 01/12 đến ngày 15/12/2020, đăng 12 tin, bài viết tuyên truyền về "
        f"bảo đảm và thúc đẩy quyền con người trên {WEBSITE}."
    ) in text
    assert (
        f"- Ngày 03/12/2020, tổ chức {CONFERENCE_TITLE} tại Hội trường UBND tỉnh, có 13 đại biểu tham dự, "
        "đại diện 13 cơ quan, tổ chức." in text
    )
    assert f"- Ngày 09/12/2020, tổ chức {SEMINAR_TITLE}" in text
    assert (
        f"- Cử 01 lượt cán bộ, công chức tham dự {TRAINING_TITLE} do Ban Chỉ đạo về nhân quyền trung ương "
        "tổ chức vào ngày 19/11/2020 tại tỉnh Đăk Lăk."
    ) in text
    assert text.count("- Cử 01 lượt cán bộ, công chức (Lãnh đạo Sở Ngoại vụ) tham dự") == 2
    assert "cử 03 lượt cán bộ tham dự 03 hội nghị, hội thảo, tập huấn do cơ quan khác tổ chức" in text
    assert "- Văn phòng Sở Ngoại vụ: đã hoàn thành 01/01 nhiệm vụ được giao." in text
    assert "- Sở Ngoại vụ: được giao 02 nhiệm vụ, đã hoàn thành 01, đang thực hiện 01." in text


def test_opening_title_and_closing_follow_seed_000(composed):
    db, _seed, report_id = composed
    with db.Session() as s:
        r = s.get(Report, report_id)
        assert r.opening.startswith(
            "Thực hiện Kế hoạch số 1993/KH-BCĐ-VPTT ngày 26/11/2020 của Ban Chỉ đạo "
            "Nhân quyền tỉnh về việc tuyên truyền nhân Kỷ niệm 72 năm"
        )
        assert r.opening.endswith(", Sở Ngoại vụ tỉnh Gia Lai báo cáo kết quả thực hiện như sau:")
        assert r.title.startswith("Kết quả tuyên truyền nhân Kỷ niệm 72 năm")
        assert r.addressee == "Thường trực Ban Chỉ đạo nhân quyền tỉnh"
        assert r.symbol == "BC-SNV" and r.number is None and r.status == "draft"
        assert (r.signer_authority, r.signer_title, r.signer_name) == ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn Bình")
        assert [x.heading for x in r.sections][:2] == ["Nội dung thực hiện", "Kết quả thực hiện"]
        closing = r.sections[-1]
        assert closing.heading == "" and closing.body.startswith("Trên đây là báo cáo kết quả tuyên truyền")
        assert closing.body.endswith("kính gửi Thường trực Ban Chỉ đạo nhân quyền tỉnh tổng hợp, báo cáo./.")
        assert r.recipients.splitlines() == ["Như trên", "Lưu: VT"]


def test_officer_edits_are_kept_and_redraft_refreshes(composed):
    db, seed, report_id = composed
    with db.session() as s:
        edit = report_edit(s, report_id)
        sections = list(edit.sections)
        sections[1] = (sections[1][0], sections[1][1] + "\n- Nội dung do cán bộ viết thêm.")
        update_report(s, report_id, dataclasses.replace(edit, sections=tuple(sections), title="Kết quả tuyên truyền"))
    assert "Nội dung do cán bộ viết thêm." in text_of(db, report_id)
    with db.session() as s:
        add_media(s, MediaInput("news", "Tin bổ sung", dt.date(2020, 12, 12), WEBSITE, plan_id=seed.plan_id))
        assert report_figures(s, report_id, today=TODAY).media_total().quantity == 13  # a draft is live
        redraft(s, report_id, today=TODAY)
    text = text_of(db, report_id)
    assert "đăng 13 tin, bài viết" in text and "viết thêm" not in text


def test_issue_freezes_figures_and_numbers_from_the_register(composed):
    db, seed, report_id = composed
    with db.session() as s:
        assert issue_report(s, report_id, dt.date(2020, 12, 16)) == "01/BC-SNV"
    with db.session() as s:
        entry = s.query(DocumentRegister).filter_by(doc_kind="report", doc_id=report_id).one()
        assert (entry.number, entry.symbol, entry.year) == (1, "BC-SNV", 2020)
        frozen = report_figures(s, report_id)
        assert not figures_changed(s, report_id)
        add_media(s, MediaInput("article", "Bài viết đăng muộn", dt.date(2020, 12, 14), WEBSITE, plan_id=seed.plan_id))
    with db.session() as s:
        after = report_figures(s, report_id)
        assert after == frozen and after.media_total().quantity == 12
        assert figures_changed(s, report_id)
        with pytest.raises(UserError, match="đã ban hành"):
            update_report(s, report_id, report_edit(s, report_id))
        with pytest.raises(UserError, match="đã ban hành"):
            redraft(s, report_id)
        with pytest.raises(UserError, match="01/BC-SNV"):
            issue_report(s, report_id, dt.date(2020, 12, 17))
    assert "12 tin, bài viết" in text_of(db, report_id)


def test_issuing_a_second_report_takes_the_next_number_and_submitting(composed):
    db, seed, first = composed
    with db.session() as s:
        issue_report(s, first, dt.date(2020, 12, 16))
        second = create_report(s, seed.plan_id, *PERIOD, today=TODAY)
        with pytest.raises(UserError, match="chưa ban hành"):
            mark_submitted(s, second, dt.date(2020, 12, 17))
        assert issue_report(s, second, dt.date(2020, 12, 18)) == "02/BC-SNV"
        mark_submitted(s, second, dt.date(2020, 12, 18))
        r = s.get(Report, second)
        assert (r.status, r.submitted_on) == ("submitted", dt.date(2020, 12, 18))


def test_counts_take_a_leading_zero_below_ten():
    assert [count(n) for n in (1, 9, 10, 12, 2000)] == ["01", "09", "10", "12", "2.000"]


def test_sample_campaign_report_is_composed(sample_db):
    with sample_db.Session() as s:
        r = s.query(Report).one()
        text = "\n".join(x.body for x in r.sections)
        assert r.status == "draft" and r.symbol == "BC-BCĐNQ"
        assert "đăng 12 tin, bài viết" in text
        assert "Hội nghị tuyên truyền, tập huấn công tác quyền con người năm 2024" in text
        assert "với 09 điểm cầu, có 301 đại biểu tham dự" in text
        # the district's staff at the province's conference
        assert "do Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh tổ chức vào ngày 12/12/2024" in " ".join(text.split())
        assert "- Phòng Tư pháp: đã hoàn thành 01/01 nhiệm vụ được giao." in text
        # the province plan it carries out comes first, then the district's own plan
        assert r.opening.startswith(
            "Thực hiện Kế hoạch số 12/KH-BCĐNQ ngày 05/11/2024 của Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh; "
            "Kế hoạch số 27/KH-BCĐNQ ngày 12/11/2024 của Ban Chỉ đạo về Nhân quyền huyện Châu Thành"
        )
        assert r.opening.endswith("Ban Chỉ đạo về Nhân quyền huyện Châu Thành báo cáo kết quả thực hiện như sau:")
        assert r.addressee == "Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền tỉnh (Công an tỉnh)"
        assert (r.period_start, r.period_end) == (dt.date(2024, 11, 12), dt.date(2024, 12, 25))
