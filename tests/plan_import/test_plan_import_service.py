"""The received plan made from seed 004's PDF, field by field, its slogans, the
office's implementing plan started from it, and the refusals that write nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from tests.plan_import.plan_docs import HEADER_004, SEED_004, read_seed, write_pdf
from vnhr_desktop.domain.enums import PlanKind, PlanStatus
from vnhr_desktop.errors import UserError
from vnhr_desktop.imports.plan_document.extract import extract_file
from vnhr_desktop.persistence.models import Plan, Slogan
from vnhr_desktop.services.agencies import AgencyRef
from vnhr_desktop.services.plan_import import import_received_plan, match_agency
from vnhr_desktop.services.plans import get_plan

TODAY = dt.date(2024, 11, 20)


@pytest.fixture
def pdf_004(tmp_path):
    return extract_file(write_pdf(read_seed(SEED_004), tmp_path / "004.pdf", HEADER_004))


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_seed_004_pdf_becomes_a_received_plan_field_by_field(sample_db, pdf_004):
    with sample_db.session() as session:
        outcome = import_received_plan(session, pdf_004, start_own=True, today=TODAY)
    with sample_db.Session() as session:
        plan = get_plan(session, outcome.received_id)
        assert (plan.kind, plan.status) == (PlanKind.RECEIVED, PlanStatus.ISSUED)
        assert (plan.number, plan.symbol, plan.issued_on) == (130, "KH-BCĐNQ", dt.date(2024, 11, 15))
        assert plan.issuer_name == "Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh"
        assert plan.title == pdf_004.value("title") and plan.title.endswith("trên địa bàn tỉnh Trà Vinh")
        assert plan.implements_text == (
            "Kế hoạch số 05/KH-BCĐNQ ngày 14 tháng 10 năm 2024 của Trưởng Ban Chỉ đạo Nhân quyền Chính phủ"
        )
        assert (plan.display_start, plan.display_end) == (dt.date(2024, 11, 20), dt.date(2024, 12, 31))
        assert plan.report_deadline == dt.date(2025, 1, 1)
        assert plan.report_to == "Cơ quan Thường trực Ban Chỉ đạo về Nhân quyền tỉnh (Công an tỉnh)"
        assert (plan.signer_title, plan.signer_name) == ("TRƯỞNG BAN\nCHỦ TỊCH UBND TỈNH", "Lê Văn Hân")
        assert len(plan.recipients) == 9 and plan.recipients[-1] == "Lưu: VT, NC. 04"
        assert [t.lead_agency for t in plan.tasks] == [t.agency for t in pdf_004.tasks]
        assert [t.content for t in plan.tasks] == [t.content for t in pdf_004.tasks]
        # The sample library already holds 2024's eight slogans: none is added twice.
        assert outcome.slogans_added == 0 and len(outcome.slogans_skipped) == 8

        own = get_plan(session, outcome.own_id)
        assert (own.kind, own.status, own.implements_plan_id) == (PlanKind.OWN, PlanStatus.DRAFT, outcome.received_id)
        assert own.opening == (
            "Thực hiện Kế hoạch số 130/KH-BCĐNQ ngày 15 tháng 11 năm 2024 của Ban Chỉ đạo về Nhân quyền tỉnh "
            "Trà Vinh, Ủy ban nhân dân huyện Châu Thành xây dựng Kế hoạch thực hiện như sau:"
        )
        assert (own.display_start, own.display_end, own.report_deadline) == (
            plan.display_start,
            plan.display_end,
            plan.report_deadline,
        )
        # The province's departments fall to the district's own counterparts.
        assert [t.lead_agency for t in own.tasks] == [
            "Phòng Văn hóa và Thông tin",  # Sở Thông tin và Truyền thông
            "Trung tâm Văn hóa, Thông tin và Thể thao huyện",  # Sở Văn hóa, Thể thao và Du lịch
            "Công an huyện",  # Công an tỉnh
        ]


def test_slogans_are_added_to_an_empty_library(db, pdf_004):
    with db.session() as session:
        outcome = import_received_plan(session, pdf_004, today=TODAY)
    with db.Session() as session:
        rows = session.scalars(select(Slogan).order_by(Slogan.position)).all()
        assert outcome.slogans_added == 8 and outcome.own_id is None
        assert [r.text for r in rows] == [s.text for s in pdf_004.slogans]
        assert {r.plan_id for r in rows} == {outcome.received_id} and {r.year for r in rows} == {2024}


def test_importing_twice_is_refused_and_writes_nothing(sample_db, pdf_004):
    with sample_db.session() as session:
        import_received_plan(session, pdf_004, today=TODAY)
    with sample_db.Session() as session:
        plans_before, slogans_before = _count(session, Plan), _count(session, Slogan)
    with pytest.raises(UserError) as err, sample_db.session() as session:
        import_received_plan(session, pdf_004, start_own=True, today=TODAY)
    assert "130/KH-BCĐNQ" in err.value.message
    with sample_db.Session() as session:
        assert (_count(session, Plan), _count(session, Slogan)) == (plans_before, slogans_before)


def test_implementing_plan_needs_an_issuer_of_the_office(db, pdf_004):
    with pytest.raises(UserError) as err, db.session() as session:
        import_received_plan(session, pdf_004, start_own=True, today=TODAY)
    assert "cơ quan ban hành" in err.value.message
    with db.Session() as session:
        assert _count(session, Plan) == 0 and _count(session, Slogan) == 0


def _agency(i: int, name: str) -> AgencyRef:
    return AgencyRef(i, name, "", "department")


def test_tone_free_agency_matching():
    district = [
        _agency(1, "Công an huyện"),
        _agency(2, "Phòng Văn hóa và Thông tin"),
        _agency(3, "Ủy ban nhân dân các xã, thị trấn"),
        _agency(4, "Huyện đoàn"),
    ]
    assert match_agency("Công an tỉnh", district).id == 1
    assert match_agency("Sở Thông tin và Truyền thông", district).id == 2
    assert match_agency("Sở Văn hóa, Thể thao và Du lịch", district).id == 2
    assert match_agency("cong an huyen", district).id == 1
    assert match_agency("Sở Tư pháp", district) is None
    assert match_agency("Phong Van hoa va Thong tin", district).id == 2
