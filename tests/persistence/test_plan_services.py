"""Plans saved and read whole, in one transaction, through the services."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from sqlalchemy import select

from vnhr_desktop.domain.plan_data import PlanDetail, TargetItem, TaskItem
from vnhr_desktop.errors import UserError, ValidationError
from vnhr_desktop.persistence.models import Agency, Issuer, Plan, PlanTask
from vnhr_desktop.services import plans
from vnhr_desktop.services.agencies import find_or_add_agency, list_agencies
from vnhr_desktop.services.issuers import IssuerData, list_issuers, save_issuer
from vnhr_desktop.services.listing import LISTS
from vnhr_desktop.services.paging import ListRequest

D = dt.date


def new_issuer(s, code="UBND", name="Ủy ban nhân dân huyện Châu Thành") -> int:
    return save_issuer(s, IssuerData(name=name, code=code, header_lines="ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH")).id


def draft(issuer_id, **kw) -> PlanDetail:
    base = dict(
        title="Tuyên truyền kỷ niệm 76 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2024)",
        issuer_id=issuer_id,
        period_start=D(2024, 11, 5),
        period_end=D(2024, 12, 31),
        report_deadline=D(2025, 1, 1),
        report_to="Phòng Văn hóa - Thông tin",
        signer_authority="TM. ỦY BAN NHÂN DÂN",
        signer_title="KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",
        signer_name="Nguyễn Văn Đức",
        recipients=("UBND tỉnh (b/c)", "Lưu: VT, VHTT"),
        purpose=("Nâng cao nhận thức.", "Bảo đảm phối hợp."),
        content=("Treo băng rôn.",),
        organisation=("Các cơ quan triển khai.",),
        tasks=(
            TaskItem("Treo băng rôn", "Phòng Văn hóa - Thông tin", ("Công an huyện",), D(2024, 11, 20)),
            TaskItem("Viết tin bài", "Đài Truyền thanh huyện", due_date=D(2024, 12, 10), status="in_progress"),
        ),
        targets=(TargetItem("Cán bộ được tập huấn", 100, "percent", 92),),
    )
    base.update(kw)
    return PlanDetail(**base)


def test_round_trip_keeps_everything(db):
    with db.session() as s:
        issuer = new_issuer(s)
        plan_id, warnings = plans.save_plan(s, draft(issuer), today=D(2024, 11, 1))
    assert warnings == []
    with db.Session() as s:
        got = plans.get_plan(s, plan_id)
    assert got.symbol == "KH-UBND" and got.number is None and got.status == "draft"
    assert got.issuer_name == "Ủy ban nhân dân huyện Châu Thành"
    assert got.purpose == ("Nâng cao nhận thức.", "Bảo đảm phối hợp.")
    assert [t.content for t in got.tasks] == ["Treo băng rôn", "Viết tin bài"]
    assert got.tasks[0].cooperators == ("Công an huyện",) and got.tasks[1].status == "in_progress"
    assert got.targets[0].achieved_value == 92 and got.recipients == ("UBND tỉnh (b/c)", "Lưu: VT, VHTT")
    assert got.signer_title == "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"


def test_new_agencies_are_added_once_and_found_again(db):
    with db.session() as s:
        issuer = new_issuer(s)
        plans.save_plan(s, draft(issuer), today=D(2024, 11, 1))
        plans.save_plan(s, draft(issuer, tasks=(TaskItem("Khác", "phòng văn hóa - thông tin."),)), today=D(2024, 11, 1))
    with db.Session() as s:
        names = [a.name for a in list_agencies(s)]
        assert names.count("Phòng Văn hóa - Thông tin") == 1
        assert names == sorted(names, key=lambda n: [a.sort_key for a in s.scalars(select(Agency)) if a.name == n][0])
        assert [a.name for a in list_agencies(s, "dai truyen")] == ["Đài Truyền thanh huyện"]


def test_editing_replaces_children_in_order(db):
    with db.session() as s:
        issuer = new_issuer(s)
        plan_id, _ = plans.save_plan(s, draft(issuer), today=D(2024, 11, 1))
    with db.session() as s:
        detail = plans.get_plan(s, plan_id)
        moved = PlanDetail(**{**detail.__dict__, "tasks": detail.tasks[::-1], "content": ()})
        plans.save_plan(s, moved, today=D(2024, 11, 1))
    with db.Session() as s:
        again = plans.get_plan(s, plan_id)
        assert [t.content for t in again.tasks] == ["Viết tin bài", "Treo băng rôn"]
        assert again.content == ()
        assert (
            s.scalar(select(PlanTask).where(PlanTask.plan_id == plan_id, PlanTask.position == 0)).content
            == "Viết tin bài"
        )


def test_errors_stop_the_whole_save(db):
    with db.session() as s:
        issuer = new_issuer(s)
    with pytest.raises(ValidationError) as info, db.session() as s:
        plans.save_plan(
            s,
            draft(issuer, period_end=D(2024, 10, 1), targets=(TargetItem("Tỷ lệ", 120, "percent"),)),
            today=D(2024, 11, 1),
        )
    assert set(info.value.fields) == {"period_end", "target:0:target_value"}
    with db.Session() as s:
        assert s.scalar(select(Plan.id)) is None
        assert s.scalar(select(Agency.id)) is None  # nothing half-written


def test_warnings_come_back_but_the_plan_is_saved(db):
    with db.session() as s:
        issuer = new_issuer(s)
        _, warnings = plans.save_plan(
            s, draft(issuer, tasks=(TaskItem("Báo cáo", due_date=D(2025, 2, 1)),)), today=D(2024, 11, 1)
        )
    assert {w.field for w in warnings} == {"task:0:lead_agency", "task:0:due_date"}


def test_received_plan_number_unique_in_its_year(db):
    received = PlanDetail(
        title="Triển khai đợt cao điểm tuyên truyền",
        kind="received",
        status="issued",
        number=5,
        symbol="KH-BCĐNQ",
        issued_on=D(2024, 10, 14),
        issuer_name="Ban Chỉ đạo Nhân quyền Chính phủ",
    )
    with db.session() as s:
        first, _ = plans.save_plan(s, received)
    with pytest.raises(ValidationError, match="05/KH-BCĐNQ đã được dùng trong năm 2024"), db.session() as s:
        plans.save_plan(s, received)
    with db.session() as s:
        plans.save_plan(s, PlanDetail(**{**received.__dict__, "issued_on": D(2025, 10, 1)}))
        plans.save_plan(s, PlanDetail(**{**received.__dict__, "id": first, "title": "Sửa trích yếu"}))
        refs = plans.received_plans(s)
    assert [r.number_symbol for r in refs] == ["05/KH-BCĐNQ", "05/KH-BCĐNQ"]
    assert refs[0].issued_on == D(2025, 10, 1)


def test_text_is_stored_nfc(db):
    typed = unicodedata.normalize("NFD", "Tuyên truyền đến đồng bào dân tộc thiểu số")
    with db.session() as s:
        issuer = new_issuer(s)
        plan_id, _ = plans.save_plan(s, draft(issuer, title=typed, purpose=(typed,)), today=D(2024, 11, 1))
    with db.Session() as s:
        got = plans.get_plan(s, plan_id)
    assert unicodedata.is_normalized("NFC", got.title) and unicodedata.is_normalized("NFC", got.purpose[0])


def test_delete_and_status_rules(sample_db):
    with sample_db.Session() as s:
        ids = {p.symbol + str(p.number): p.id for p in s.scalars(select(Plan))}
    with pytest.raises(UserError, match="không xóa được"), sample_db.session() as s:
        plans.delete_plan(s, ids["KH-BCĐNQ27"])  # the district's own issued plan
    with sample_db.session() as s:
        plans.set_status(s, ids["KH-BCĐNQ27"], "done")
        plans.delete_plan(s, ids["KH-BCĐNQ12"])  # the province plan it received
    with sample_db.Session() as s:
        assert s.get(Plan, ids["KH-BCĐNQ27"]).status == "done"
        assert s.get(Plan, ids["KH-BCĐNQ12"]) is None


def test_plan_list_filters_search_and_years(sample_db):
    spec = LISTS["plans"]
    with sample_db.Session() as s:
        assert plans.plan_years(s) == [2024, 2023]
        assert len(spec.query(s, ListRequest(filters={"year": 2024}))) == 2
        assert [r.number_symbol for r in spec.query(s, ListRequest(filters={"kind": "received"}))] == ["12/KH-BCĐNQ"]
        assert spec.count(s, ListRequest(search="de an truyen thong")) == 1
        assert spec.count(s, ListRequest(filters={"status": "draft"})) == 0
        rows = spec.query(s, ListRequest())
        assert [r.issued_on for r in rows] == sorted([r.issued_on for r in rows], reverse=True)


def test_issuers_and_agencies(db):
    with db.session() as s:
        issuer = new_issuer(s)
        with pytest.raises(ValidationError) as info:
            save_issuer(s, IssuerData(name="Ủy ban nhân dân huyện Châu Thành", code=""))
        assert set(info.value.fields) == {"name", "code"}
        assert [i.code for i in list_issuers(s)] == ["UBND"]
        assert s.get(Issuer, issuer).header_lines == "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH"
        a = find_or_add_agency(s, "Công an huyện")
        assert find_or_add_agency(s, " công an huyện; ").id == a.id
