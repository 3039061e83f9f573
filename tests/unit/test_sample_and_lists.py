from sqlalchemy import func, select

from vnhr_desktop.persistence import models as m
from vnhr_desktop.services.demo import load_sample
from vnhr_desktop.services.listing import LISTS, ListRequest

SEED_SLOGANS = [
    "Bảo đảm quyền con người cho tất cả mọi người",
    "Việt Nam chung sức cùng cộng đồng quốc tế thúc đẩy và bảo vệ quyền con người",
    "Việt Nam ưu tiên thực hiện các cam kết quốc tế về quyền con người",
    "Việt Nam luôn tạo điều kiện cho các tôn giáo phát triển, đồng hành cùng dân tộc",
    "Việt Nam nỗ lực nâng cao chất lượng cuộc sống, vị thế của đồng bào dân tộc thiểu số",
    "Việt Nam quyết tâm đẩy lùi nạn mua, bán người",
    "Việt Nam kiên quyết đấu tranh với hành vi tra tấn, nhục hình",
    "Việt Nam tích cực hoàn thiện hệ thống pháp luật bảo đảm quyền con người, quyền công dân",
]


def _counts(s):
    return {
        t: s.scalar(select(func.count()).select_from(t))
        for t in (
            m.Plan.__table__,
            m.Slogan.__table__,
            m.BannerPlacement.__table__,
            m.TrainingEvent.__table__,
            m.Participant.__table__,
            m.MediaOutput.__table__,
            m.Report.__table__,
            m.Agency.__table__,
        )
    }


def test_sample_campaign_matches_the_seeds(sample_db):
    import datetime as dt
    import unicodedata

    with sample_db.Session() as s:
        slogans = [x.text for x in s.scalars(select(m.Slogan).order_by(m.Slogan.position))]
        assert slogans == SEED_SLOGANS
        office = s.scalar(select(m.OfficeProfile))
        assert (office.office_name, office.parent_body, office.place_name, office.unit_code) == (
            "Ủy ban nhân dân huyện Châu Thành",
            "Ủy ban nhân dân tỉnh Trà Vinh",
            "Châu Thành",
            "847",
        )
        campaign = s.scalar(select(m.Plan).where(m.Plan.kind == "own", m.Plan.title.like("%76 năm%")))
        assert campaign.title.endswith("trên địa bàn huyện Châu Thành")
        assert campaign.issuer.name == "Ban Chỉ đạo về Nhân quyền huyện Châu Thành"
        assert (campaign.display_start, campaign.display_end) == (dt.date(2024, 11, 20), dt.date(2024, 12, 31))
        # the district's agencies report to it first, and it reports to the province by the province's day
        assert campaign.agencies_report_by == dt.date(2024, 12, 25)
        assert campaign.report_deadline == dt.date(2024, 12, 30)
        received = s.get(m.Plan, campaign.implements_plan_id)
        assert (received.kind, received.number, received.symbol) == ("received", 12, "KH-BCĐNQ")
        assert received.issuer_name == "Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh"
        assert received.title.endswith("trên địa bàn tỉnh Trà Vinh")
        assert received.report_deadline == dt.date(2025, 1, 1) and campaign.report_deadline < received.report_deadline
        assert campaign.issued_on > received.issued_on
        leads = {t.lead_agency.name: t.lead_agency.kind for t in campaign.tasks}
        assert {"Phòng Văn hóa và Thông tin", "Phòng Tư pháp", "Phòng Giáo dục và Đào tạo", "Công an huyện"} <= set(
            leads
        )
        assert [name for name, kind in leads.items() if kind == "commune"] == [
            "Ủy ban nhân dân thị trấn Châu Thành",
            "Ủy ban nhân dân xã Đa Lộc",
            "Ủy ban nhân dân xã Song Lộc",
        ]
        communes = set(s.scalars(select(m.BannerPlacement.commune).where(m.BannerPlacement.plan_id == campaign.id)))
        assert communes == {"Thị trấn Châu Thành", "Xã Đa Lộc", "Xã Mỹ Chánh", "Xã Song Lộc"}
        multi = s.scalar(select(m.Plan).where(m.Plan.number == 46))
        assert sorted(t.target_value for t in multi.targets) == [14, 70, 90, 100, 100]
        assert [t.unit_label for t in multi.targets if t.unit == "count"] == ["cuộc"]
        event = s.scalar(select(m.TrainingEvent).where(m.TrainingEvent.format == "hybrid"))
        assert len(event.bridge_points) >= 5 and sum(bp.is_main for bp in event.bridge_points) == 1
        assert s.scalar(select(func.count(m.Report.id)).where(m.Report.status == "draft")) == 1
        texts = [campaign.title, campaign.opening, *(p.text for p in campaign.paragraphs)]
        texts += [t.content for t in campaign.tasks] + [a.name for a in s.scalars(select(m.Agency))]
        assert all(unicodedata.is_normalized("NFC", t) for t in texts)


def test_loading_twice_duplicates_nothing(sample_db):
    with sample_db.session() as s:
        before = _counts(s)
        assert load_sample(s) is False
    with sample_db.Session() as s:
        assert _counts(s) == before


def test_search_without_tone_marks_runs_in_sql(sample_db):
    with sample_db.session() as s:
        event = s.scalar(select(m.TrainingEvent).limit(1))
        s.add(m.Participant(event_id=event.id, full_name="Nguyễn Văn Đức", agency_name="Phòng Văn hóa"))
    with sample_db.Session() as s:
        rows = LISTS["participants"].query(s, ListRequest(search="nguyen van duc", filters={"event_id": event.id}))
        assert [r.full_name for r in rows] == ["Nguyễn Văn Đức"]
        plans = LISTS["plans"].query(s, ListRequest(search="DE AN TRUYEN THONG"))
        assert [p.number for p in plans] == [46]


def test_lists_page_and_sort(sample_db):
    with sample_db.Session() as s:
        spec = LISTS["participants"]
        total = spec.count(s)
        first = spec.query(s, ListRequest(limit=10))
        second = spec.query(s, ListRequest(offset=10, limit=10))
        assert total == 80 and len(first) == 10 and not {r.id for r in first} & {r.id for r in second}
        plans = LISTS["plans"].query(s, ListRequest())
        assert [p.issued_on for p in plans] == sorted((p.issued_on for p in plans), reverse=True)


def test_office_header_of_a_peoples_committee_has_no_parent_line():
    from vnhr_desktop.domain.office import office_header

    assert office_header("Ủy ban nhân dân huyện Châu Thành", "Ủy ban nhân dân tỉnh Trà Vinh") == (
        "Ủy ban nhân dân\nhuyện Châu Thành"
    )
    assert office_header("Ban Chỉ đạo về Nhân quyền huyện", "Ủy ban nhân dân huyện Châu Thành") == (
        "Ủy ban nhân dân huyện Châu Thành\nBan Chỉ đạo về Nhân quyền huyện"
    )
    assert office_header("Phòng Tư pháp") == "Phòng Tư pháp"
