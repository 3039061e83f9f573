"""Records matching seed 000 (the Sở Ngoại vụ result report of December 2020),
entered through the services and models the app uses, for the report tests."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vnhr_desktop.domain.office import OfficeProfileData
from vnhr_desktop.persistence import models as m
from vnhr_desktop.services.media import MediaInput, add_media
from vnhr_desktop.services.office import save_profile

D = dt.date
WEBSITE = "Trang thông tin điện tử của Sở Ngoại vụ"
NGOS = [
    "Tổ chức Tầm nhìn Thế giới (World Vision)",
    "Tổ chức Plan International",
    "Tổ chức CRS",
    "Tổ chức Hỗ trợ Phát triển (ADRA)",
    "Tổ chức Save the Children",
    "Tổ chức Cứu trợ Trẻ em (Kinderhilfe)",
    "Tổ chức Đông Tây Hội ngộ (EMW)",
    "Tổ chức Hội Ánh Sáng Thế Giới",
    "Tổ chức Giúp đỡ người khuyết tật (AEPD)",
    "Tổ chức Trao đổi Y tế (ME)",
    "Tổ chức Kế hoạch Phát triển Bền vững",
    "Tổ chức Quỹ Nhi đồng Canada",
]
EMBASSY = "Đại sứ quán Nhật Bản tại Việt Nam"
CONFERENCE_TITLE = "Hội nghị tổng kết công tác PCPNN tỉnh Gia Lai giai đoạn 2018-2020"
SEMINAR_TITLE = "Tọa đàm “Hợp tác quốc tế trên lĩnh vực bảo đảm và thúc đẩy quyền con người”"
TRAINING_TITLE = "Hội nghị tập huấn công tác thông tin, truyền thông về quyền con người"
GCM_TITLE = "Hội nghị triển khai “Thỏa thuận toàn cầu về di cư hợp pháp, an toàn và trật tự” (Thỏa thuận GCM)"
WORKSHOP_TITLE = "Hội thảo “Bảo vệ và thúc đẩy quyền con người trong bối cảnh dịch bệnh Covid-19”"
PERIOD = (D(2020, 11, 15), D(2020, 12, 15))


@dataclass
class Seed:
    plan_id: int
    issuer_id: int
    media_ids: list
    conference_id: int
    seminar_id: int
    outside_ids: list
    task_ids: list


def enter_seed_000(session) -> Seed:
    save_profile(
        session,
        OfficeProfileData(
            office_name="Sở Ngoại vụ tỉnh Gia Lai",
            place_name="Gia Lai",
            parent_body="Ủy ban nhân dân tỉnh Gia Lai",
            signer_authority="KT. GIÁM ĐỐC",
            signer_title="PHÓ GIÁM ĐỐC",
            signer_name="Trần Văn Bình",
        ),
    )
    issuer = m.Issuer(
        name="Sở Ngoại vụ tỉnh Gia Lai",
        code="SNV",
        parent_line="UBND TỈNH GIA LAI",
        header_lines="SỞ NGOẠI VỤ",
        own=True,
        signer_authority="KT. GIÁM ĐỐC",
        signer_title="PHÓ GIÁM ĐỐC",
        signer_name="Trần Văn Bình",
    )
    session.add(issuer)
    snv = m.Agency(name="Sở Ngoại vụ", short_code="SNV")
    vp = m.Agency(name="Văn phòng Sở Ngoại vụ", short_code="VP")
    plan = m.Plan(
        kind="received",
        status="issued",
        number=1993,
        symbol="KH-BCĐ-VPTT",
        issued_on=D(2020, 11, 26),
        issuer_name="Ban Chỉ đạo Nhân quyền tỉnh",
        title=("Tuyên truyền nhân Kỷ niệm 72 năm Ngày Nhân quyền thế giới (10/12/1948 - 10/12/2020)"),
        period_start=D(2020, 11, 26),
        period_end=D(2020, 12, 31),
        report_deadline=D(2020, 12, 16),
        report_to="Thường trực Ban Chỉ đạo nhân quyền tỉnh",
    )
    plan.tasks.append(
        m.PlanTask(
            position=0,
            content="Đăng tải tin, bài trên Trang thông tin điện tử.",
            lead_agency=vp,
            due_date=D(2020, 12, 15),
            status="done",
            done_on=D(2020, 12, 15),
        )
    )
    plan.tasks.append(
        m.PlanTask(
            position=1,
            content="Tổ chức Tọa đàm cho cán bộ, công chức.",
            lead_agency=snv,
            due_date=D(2020, 12, 10),
            status="done",
            done_on=D(2020, 12, 9),
        )
    )
    plan.tasks.append(
        m.PlanTask(
            position=2,
            content="Tổng hợp, báo cáo kết quả.",
            lead_agency=snv,
            due_date=D(2020, 12, 16),
            status="in_progress",
        )
    )
    session.add(plan)
    session.flush()
    media = []
    days = [1, 2, 3, 3, 4, 7, 8, 9, 10, 11, 14, 15]
    for n, day in enumerate(days):
        kind = "news" if n % 2 == 0 else "article"
        media.append(
            add_media(
                session,
                MediaInput(
                    kind=kind,
                    title=f"Tuyên truyền về bảo đảm quyền con người số {n + 1}",
                    published_on=D(2020, 12, day),
                    channel=WEBSITE,
                    plan_id=plan.id,
                ),
            )
        )
    conference = m.TrainingEvent(
        plan_id=plan.id,
        kind="conference",
        title=CONFERENCE_TITLE,
        starts_at=dt.datetime(2020, 12, 3, 8, 0),
        venue="Hội trường UBND tỉnh",
        format="in_person",
        organiser="Ủy ban nhân dân tỉnh Gia Lai",
    )
    session.add(conference)
    session.flush()
    for i, agency in enumerate([*NGOS, EMBASSY]):
        session.add(
            m.Participant(event_id=conference.id, full_name=f"Đại biểu {i + 1}", agency_name=agency, attended=True)
        )
    seminar = m.TrainingEvent(
        plan_id=plan.id,
        kind="seminar",
        title=SEMINAR_TITLE,
        starts_at=dt.datetime(2020, 12, 9, 8, 0),
        venue="Hội trường Sở Ngoại vụ",
        format="in_person",
        organiser="Sở Ngoại vụ",
        invited_count=40,
    )
    seminar.bridge_points.append(
        m.BridgePoint(position=0, name="Hội trường Sở Ngoại vụ", is_main=True, expected_count=40, actual_count=36)
    )
    outside = [
        m.TrainingEvent(
            plan_id=plan.id,
            kind="outside",
            title=TRAINING_TITLE,
            starts_at=dt.datetime(2020, 11, 19, 8, 0),
            venue="tỉnh Đăk Lăk",
            host_body="Ban Chỉ đạo về nhân quyền trung ương",
            staff_sent_count=1,
        ),
        m.TrainingEvent(
            plan_id=plan.id,
            kind="outside",
            title=GCM_TITLE,
            starts_at=dt.datetime(2020, 12, 4, 8, 0),
            venue="thành phố Hồ Chí Minh",
            host_body="Bộ Ngoại giao phối hợp với Tổ chức Di cư quốc tế (IOM)",
            staff_sent_count=1,
            staff_names="Lãnh đạo Sở Ngoại vụ",
        ),
        m.TrainingEvent(
            plan_id=plan.id,
            kind="outside",
            title=WORKSHOP_TITLE,
            starts_at=dt.datetime(2020, 12, 10, 8, 0),
            venue="Hà Nội",
            host_body="Bộ Ngoại giao phối hợp với Chương trình Phát triển Liên hợp quốc",
            staff_sent_count=1,
            staff_names="Lãnh đạo Sở Ngoại vụ",
        ),
    ]
    session.add_all([seminar, *outside])
    session.flush()
    return Seed(
        plan.id, issuer.id, media, conference.id, seminar.id, [o.id for o in outside], [t.id for t in plan.tasks]
    )
