"""Slogan library and placement services on a real database."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import select

from vnhr_desktop.domain.banner_rules import PlacementDraft
from vnhr_desktop.errors import UserError, ValidationError
from vnhr_desktop.persistence.models import Agency, BannerPlacement, Plan, Slogan
from vnhr_desktop.services import banners as B
from vnhr_desktop.services import slogans as S
from vnhr_desktop.services.banner_schedule import banner_schedule, plan_choices, sheet_slogans, timeline
from vnhr_desktop.services.listing import LISTS, ListRequest
from vnhr_desktop.services.sample_data import SLOGANS

D = dt.date


def campaign_id(session) -> int:
    return session.scalar(select(Plan.id).where(Plan.symbol == "KH-BCĐNQ", Plan.kind == "own"))


def placements(session, **filters):
    return LISTS["placements"].query(session, ListRequest(filters=filters))


def test_sample_library_holds_the_eight_slogans_as_written(sample_db):
    with sample_db.Session() as s:
        rows = LISTS["slogans"].query(s, ListRequest(filters={"plan_id": campaign_id(s)}))
    assert [r.title for r in rows] == SLOGANS
    assert {r.source for r in rows} == {"27/KH-BCĐNQ"} and {r.year for r in rows} == {2024}


def test_add_slogan_catches_duplicates_of_the_same_year(sample_db):
    nfd = unicodedata.normalize("NFD", "  Việt Nam quyết tâm   đẩy lùi nạn mua, bán người. ")
    with sample_db.session() as s:
        plan = campaign_id(s)
        with pytest.raises(ValidationError) as err:
            S.add_slogan(s, S.SloganData(None, nfd, plan))
        assert "đã có trong danh mục năm 2024" in err.value.message
        # the same slogan for next year's campaign is a new entry
        new_id = S.add_slogan(s, S.SloganData(None, nfd, None, 2025))
        assert s.get(Slogan, new_id).text == SLOGANS[5]
        assert unicodedata.is_normalized("NFC", s.get(Slogan, new_id).text)


def test_paste_preview_writes_nothing_and_add_many_skips_duplicates(sample_db):
    text = (
        f"- *“{SLOGANS[0]}”;*\n- *“Quyền con người là giá trị chung của nhân loại”;*\n"
        f"- *“Quyền con người là giá trị chung của nhân loại”.*"
    )
    with sample_db.session() as s:
        plan = campaign_id(s)
        before = s.query(Slogan).count()
        preview = S.preview_paste(s, text, 2024)
        assert [c.duplicate for c in preview] == ["library", "", "paste"]
        assert s.query(Slogan).count() == before
        result = S.add_many(s, [c.text for c in preview], plan)
        assert len(result.added) == 1 and len(result.skipped) == 2
        added = s.get(Slogan, result.added[0])
        assert (added.plan_id, added.year, added.position) == (plan, 2024, 8)


def test_slogan_in_use_cannot_be_deleted_but_can_be_retired(sample_db):
    with sample_db.session() as s:
        first = s.scalar(select(Slogan.id).where(Slogan.text == SLOGANS[0]))
        with pytest.raises(UserError):
            S.delete_slogan(s, first)
        S.set_active(s, [first], False)
        assert first not in [sid for sid, _ in S.slogan_choices(s, campaign_id(s))]
        assert first in [sid for sid, _ in S.slogan_choices(s, campaign_id(s), include=[first])]


def test_editing_a_slogan_updates_placement_search(sample_db):
    with sample_db.session() as s:
        sid = s.scalar(select(Slogan.id).where(Slogan.text == SLOGANS[6]))
        S.update_slogan(s, S.SloganData(sid, "Việt Nam kiên quyết chống tra tấn", campaign_id(s), 2024))
    with sample_db.Session() as s:
        found = LISTS["placements"].query(s, ListRequest(search="kien quyet chong tra tan"))
    assert len(found) == 1


def template(plan_id, **kw) -> PlacementDraft:
    base = dict(
        slogan_id=None,
        location="",
        plan_id=plan_id,
        form="banner",
        size_text="0.8x6m",
        quantity=2,
        start_date=D(2024, 11, 20),
        end_date=D(2024, 12, 31),
    )
    base.update(kw)
    return PlacementDraft(**base)


def test_bulk_add_one_slogan_at_many_places_and_many_at_one(sample_db):
    with sample_db.session() as s:
        plan = campaign_id(s)
        ids = [sid for sid, _ in S.slogan_choices(s, plan)][:3]
        places = [B.Place("Chợ Trà Vinh", "Phường 3"), B.Place("Bến xe Trà Vinh", "Phường 9")]
        result = B.bulk_add(s, B.bulk_drafts(template(plan), ids[:1], places), today=D(2024, 11, 15))
        assert len(result.ids) == 2 and result.warnings == []
        result = B.bulk_add(s, B.bulk_drafts(template(plan), ids, places[:1]), today=D(2024, 11, 15))
        assert len(result.ids) == 3
        # the first slogan is now twice at the market in the same period: a warning, not an error
        assert [w.field for w in result.warnings] == ["location"]
        row = s.get(BannerPlacement, result.ids[1])
        assert (row.size_text, row.commune, row.status) == ("0,8 x 6 m", "Phường 3", "planned")


def test_bulk_add_with_an_error_writes_nothing(sample_db):
    with sample_db.session() as s:
        plan = campaign_id(s)
        before = s.query(BannerPlacement).count()
        sid = S.slogan_choices(s, plan)[0][0]
        bad = template(plan, start_date=D(2024, 12, 31), end_date=D(2024, 12, 1))
        with pytest.raises(B.PlacementRejected) as err:
            B.bulk_add(s, B.bulk_drafts(bad, [sid], [B.Place("Chợ Trà Vinh"), B.Place("Bến xe")]))
        assert err.value.message.startswith("Dòng 1:")
        assert s.query(BannerPlacement).count() == before


def test_save_checks_and_copy_makes_a_planned_row(sample_db):
    with sample_db.session() as s:
        plan = campaign_id(s)
        sid = S.slogan_choices(s, plan)[0][0]
        with pytest.raises(B.PlacementRejected):
            B.save_placement(s, template(plan, slogan_id=sid, location="Chợ", quantity=0))
        result = B.save_placement(
            s,
            template(
                plan, slogan_id=sid, location="Chợ Cầu Ngang", form="led", size_text="2 x 3 m", end_date=D(2025, 1, 10)
            ),
        )
        assert [w.field for w in result.warnings] == ["end_date"]
        saved = B.get_placement(s, result.ids[0])
        assert saved.size_text == ""
        up = B.save_placement(s, B.PlacementDraft(**{**saved.__dict__, "status": "up"}), today=D(2024, 11, 21))
        assert B.get_placement(s, up.ids[0]).hung_on == D(2024, 11, 21)
        copy = B.get_placement(s, B.copy_placement(s, result.ids[0]))
        assert (copy.status, copy.hung_on, copy.location) == ("planned", None, "Chợ Cầu Ngang")


def test_bulk_status_hung_today_and_taken_down(sample_db):
    with sample_db.session() as s:
        plan = campaign_id(s)
        planned = [r.id for r in placements(s, plan_id=plan, status="planned")]
        assert len(planned) == 2
        assert B.set_status(s, planned, "up", D(2024, 12, 6)) == 2
        assert {B.get_placement(s, i).hung_on for i in planned} == {D(2024, 12, 6)}
        with pytest.raises(ValidationError):
            B.set_status(s, planned, "removed", D(2024, 12, 1))
        assert B.set_status(s, planned, "removed", D(2024, 12, 31)) == 2
        rows = [B.get_placement(s, i) for i in planned]
        assert {(r.status, r.hung_on, r.removed_on) for r in rows} == {("removed", D(2024, 12, 6), D(2024, 12, 31))}


def test_filters_status_agency_commune_form_up_today_and_search(sample_db):
    with sample_db.Session() as s:
        plan = campaign_id(s)
        day = D(2024, 12, 5)
        assert len(placements(s, plan_id=plan)) == 12
        assert len(placements(s, plan_id=plan, status="up")) == 9
        assert len(placements(s, plan_id=plan, up_today=True, today=day)) == 9
        assert len(placements(s, plan_id=plan, up_today=True, today=D(2024, 11, 20))) == 2
        assert len(placements(s, plan_id=plan, state="late", today=day)) == 2
        assert len(placements(s, plan_id=plan, state="overdue", today=day)) == 0
        assert len(placements(s, plan_id=plan, state="overdue", today=D(2024, 12, 21))) == 3
        assert len(placements(s, plan_id=plan, form="pano")) == 3
        assert len(placements(s, plan_id=plan, commune="Thị trấn Châu Thành")) == 5
        assert len(placements(s, plan_id=plan, commune="Xã Đa Lộc")) == 3
        agencies = {a.name: a.id for a in s.scalars(select(Agency))}
        # the district's office hangs in the town, each commune on its own ground
        assert len(placements(s, plan_id=plan, agency_id=agencies["Phòng Văn hóa và Thông tin"])) == 5
        assert len(placements(s, plan_id=plan, agency_id=agencies["Ủy ban nhân dân xã Đa Lộc"])) == 3
        assert len(placements(s, plan_id=plan, agency_id=max(agencies.values()) + 999)) == 0
        found = LISTS["placements"].query(s, ListRequest(search="truoc tru so ubnd xa da loc"))
        assert len(found) == 3 and all("xã Đa Lộc" in r.location for r in found)


def test_schedule_totals_sheets_and_timeline(sample_db):
    with sample_db.Session() as s:
        plan = campaign_id(s)
        schedule = banner_schedule(s, plan)
        assert [(t.form, t.places, t.quantity) for t in schedule.totals] == [
            ("banner", 8, 23),
            ("pano", 3, 3),
            ("led", 1, 1),
        ]
        assert schedule.total_quantity == 27 and schedule.window == (D(2024, 11, 20), D(2024, 12, 31))
        assert [r.slogan for r in schedule.rows[:3]] == [SLOGANS[0]] * 3
        sheets = sheet_slogans(s, plan)
        assert [x.text for x in sheets] == SLOGANS
        assert [(i.form, i.size_text, i.quantity) for i in sheets[0].items] == [
            ("banner", "0,8 x 6 m", 2),
            ("pano", "2,4 x 4,8 m", 1),
        ]
        per_placement = timeline(s, plan)
        per_place = timeline(s, plan, by_location=True)
        assert len(per_placement.rows) == 12 and len(per_place.rows) == 6
        assert sum(len(r.bars) for r in per_place.rows) == 12
        assert per_placement.span() == (D(2024, 11, 20), D(2024, 12, 31))
        assert plan_choices(s)[0][0] == plan
