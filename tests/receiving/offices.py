"""Offices of a reporting chain, entered through the models and services the app
uses: a province standing office whose plan 12/KH-BCĐNQ asks its agencies and
communes to report by 01/01/2025 (seed 004), and units that implement it with
their own plan, record results, issue a report and write its package."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from vnhr_desktop.domain.office import OfficeProfileData
from vnhr_desktop.persistence import models as m
from vnhr_desktop.services.media import MediaInput, add_media
from vnhr_desktop.services.office import save_profile

D = dt.date
PROVINCE = "Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh"
PLAN_NUMBER, PLAN_SYMBOL, PLAN_DATE = 12, "KH-BCĐNQ", D(2024, 11, 5)
DEADLINE = D(2025, 1, 1)
NATIONAL = "Ban Chỉ đạo về nhân quyền của Chính phủ"
NATIONAL_NUMBER, NATIONAL_DATE = 5, D(2024, 10, 20)
PERIOD = (D(2024, 11, 5), D(2024, 12, 31))
PLAN_TITLE = "Triển khai đợt cao điểm tuyên truyền kỷ niệm 76 năm Ngày Quyền con người thế giới"
# (code, name, level) of the units expected to report on the province plan
UNITS = [
    ("CAT", "Công an tỉnh Trà Vinh", "Sở, ngành"),
    ("STP", "Sở Tư pháp tỉnh Trà Vinh", "Sở, ngành"),
    ("29251", "Ủy ban nhân dân xã Long Hòa", "Cấp xã"),
    ("29254", "Ủy ban nhân dân xã Hòa Minh", "Cấp xã"),
]


@dataclass(frozen=True)
class Province:
    plan_id: int
    issuer_id: int


def province_office(session) -> Province:
    save_profile(
        session,
        OfficeProfileData(
            office_name=PROVINCE,
            place_name="Trà Vinh",
            parent_body="Ủy ban nhân dân tỉnh Trà Vinh",
            level_label="Cấp tỉnh",
            signer_title="TRƯỞNG BAN",
            signer_name="Lê Văn Hân",
            unit_code="BCDNQ-TV",
        ),
    )
    issuer = m.Issuer(
        name=PROVINCE,
        code="BCĐNQ",
        parent_line="UBND TỈNH TRÀ VINH",
        header_lines="BAN CHỈ ĐẠO VỀ NHÂN QUYỀN",
        own=True,
        signer_title="TRƯỞNG BAN",
        signer_name="Lê Văn Hân",
    )
    national = m.Plan(
        kind="received",
        status="issued",
        number=NATIONAL_NUMBER,
        symbol=PLAN_SYMBOL,
        issued_on=NATIONAL_DATE,
        issuer_name=NATIONAL,
        title=PLAN_TITLE,
        report_deadline=D(2025, 1, 15),
    )
    session.add(national)
    session.flush()
    plan = m.Plan(
        kind="own",
        status="issued",
        implements_plan_id=national.id,
        number=PLAN_NUMBER,
        symbol=PLAN_SYMBOL,
        issued_on=PLAN_DATE,
        issuer=issuer,
        issuer_name=PROVINCE,
        title=PLAN_TITLE,
        period_start=PERIOD[0],
        period_end=PERIOD[1],
        report_deadline=DEADLINE,
        report_to="Ban Chỉ đạo về nhân quyền của Chính phủ",
        signer_title="TRƯỞNG BAN",
        signer_name="Lê Văn Hân",
    )
    for i, (code, name, _level) in enumerate(UNITS):
        agency = m.Agency(name=name, short_code=code, kind="commune" if code.isdigit() else "department")
        plan.tasks.append(
            m.PlanTask(position=i, content=f"{name} tổ chức tuyên truyền và báo cáo kết quả.", lead_agency=agency)
        )
    session.add(plan)
    session.flush()
    add_media(
        session,
        MediaInput(
            kind="news",
            title="Tin về đợt cao điểm",
            published_on=D(2024, 12, 2),
            channel="Báo Trà Vinh",
            plan_id=plan.id,
        ),
    )
    return Province(plan.id, issuer.id)


def unit_office(session, code: str, name: str, level: str, *, media: int = 3, banners: int = 2) -> int:
    """A unit's office: its profile, the province plan as a received plan, its own
    plan implementing it and ``media`` news items; returns the id of a draft report."""
    from vnhr_desktop.services.reports import create_report

    save_profile(
        session,
        OfficeProfileData(
            office_name=name,
            place_name="Trà Vinh",
            parent_body="Ủy ban nhân dân tỉnh Trà Vinh",
            level_label=level,
            signer_authority="KT. CHỦ TỊCH" if code.isdigit() else "",
            signer_title="PHÓ CHỦ TỊCH" if code.isdigit() else "GIÁM ĐỐC",
            signer_name="Nguyễn Văn An",
            unit_code=code,
        ),
    )
    issuer = m.Issuer(
        name=name,
        code="UBND" if code.isdigit() else code,
        own=True,
        signer_name="Nguyễn Văn An",
        signer_title="CHỦ TỊCH",
    )
    upper = m.Plan(
        kind="received",
        status="issued",
        number=PLAN_NUMBER,
        symbol=PLAN_SYMBOL,
        issued_on=PLAN_DATE,
        issuer_name=PROVINCE,
        title=PLAN_TITLE,
        period_start=PERIOD[0],
        period_end=PERIOD[1],
        report_deadline=DEADLINE,
        report_to=PROVINCE,
    )
    session.add(upper)
    session.flush()
    own = m.Plan(
        kind="own",
        status="issued",
        number=20,
        symbol="KH-UBND" if code.isdigit() else f"KH-{code}",
        issued_on=D(2024, 11, 10),
        issuer=issuer,
        issuer_name=name,
        title=f"Tuyên truyền kỷ niệm 76 năm Ngày Quyền con người thế giới tại {name}",
        implements_plan_id=upper.id,
        period_start=PERIOD[0],
        period_end=PERIOD[1],
        report_deadline=DEADLINE,
        report_to=PROVINCE,
    )
    session.add(own)
    session.flush()
    for i in range(media):
        add_media(
            session,
            MediaInput(
                kind="news" if i % 2 == 0 else "article",
                title=f"Tin bài số {i + 1} của {name}",
                published_on=D(2024, 12, 1 + i % 20),
                channel="Trang thông tin điện tử",
                plan_id=own.id,
            ),
        )
    if banners:
        slogan = m.Slogan(text="Nhiệt liệt chào mừng 76 năm Ngày Quyền con người thế giới", plan_id=own.id)
        session.add(slogan)
        session.add(
            m.BannerPlacement(
                plan_id=own.id,
                slogan=slogan,
                location="Trụ sở",
                quantity=banners,
                status="up",
                hung_on=D(2024, 12, 1),
                start_date=D(2024, 12, 1),
            )
        )
    session.flush()
    return create_report(session, own.id, *PERIOD, addressee=PROVINCE, today=D(2024, 12, 28))


def issue_and_package(db, report_id: int, issued_on: dt.date, stick: Path, sent_on: dt.date | None = None) -> Path:
    from vnhr_desktop.services.report_submission import submit_report
    from vnhr_desktop.services.reports import issue_report

    with db.session() as session:
        issue_report(session, report_id, issued_on)
    with db.session() as session:
        return submit_report(session, report_id, stick, today=sent_on or issued_on).folder


def national_office(session) -> int:
    """The level above the province: its plan 05/KH-BCĐNQ expects the province's report."""
    save_profile(session, OfficeProfileData(office_name=NATIONAL, place_name="Hà Nội", unit_code="BCDNQ-TW"))
    issuer = m.Issuer(name=NATIONAL, code="BCĐNQ", own=True, signer_name="Trần Văn C", signer_title="TRƯỞNG BAN")
    plan = m.Plan(
        kind="own",
        status="issued",
        number=NATIONAL_NUMBER,
        symbol=PLAN_SYMBOL,
        issued_on=NATIONAL_DATE,
        issuer=issuer,
        issuer_name=NATIONAL,
        title=PLAN_TITLE,
        period_start=D(2024, 10, 20),
        period_end=D(2024, 12, 31),
        report_deadline=D(2025, 1, 15),
    )
    plan.tasks.append(
        m.PlanTask(
            position=0,
            content="Các tỉnh triển khai và báo cáo.",
            lead_agency=m.Agency(name=PROVINCE, short_code="BCDNQ-TV"),
        )
    )
    session.add(plan)
    session.flush()
    return plan.id
