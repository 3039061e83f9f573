"""What the office profile gives a first start and every new plan: the issuing
body and signer typed once, and a starter list of the agencies a district or
commune office usually assigns tasks to (each can be renamed or removed)."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.plan_data import PlanDetail
from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.errors import NotFound, UserError, ValidationError
from vnhr_desktop.persistence import models as m
from vnhr_desktop.services.agencies import find_agency, find_or_add_agency
from vnhr_desktop.services.office import get_profile

# The bodies a district (or, after 2025, commune) office most often gives tasks.
STARTER_AGENCIES: tuple[tuple[str, str], ...] = (
    ("Văn phòng HĐND và UBND", "department"),
    ("Phòng Văn hóa - Thông tin", "department"),
    ("Phòng Tư pháp", "department"),
    ("Phòng Nội vụ", "department"),
    ("Phòng Giáo dục và Đào tạo", "department"),
    ("Phòng Lao động - Thương binh và Xã hội", "department"),
    ("Công an huyện", "department"),
    ("Trung tâm Văn hóa - Thể thao và Truyền thanh", "department"),
    ("Ủy ban Mặt trận Tổ quốc Việt Nam", "department"),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "department"),
    ("Hội Liên hiệp Phụ nữ", "department"),
    ("Hội Nông dân", "department"),
    ("Hội Cựu chiến binh", "department"),
    ("Ủy ban nhân dân các xã, thị trấn", "commune"),
)


def add_starter_agencies(session: Session) -> int:
    """Add the starter agencies that are not there yet; returns how many were added."""
    added = 0
    for name, kind in STARTER_AGENCIES:
        if find_agency(session, name) is None:
            find_or_add_agency(session, name, kind)
            added += 1
    return added


def rename_agency(session: Session, agency_id: int, name: str) -> None:
    agency = session.get(m.Agency, agency_id)
    if agency is None:
        raise NotFound(f"Không có cơ quan số {agency_id}.")
    text = clean_line(name).strip(" ;,.")
    if len(text) < 2:
        raise ValidationError("Tên cơ quan quá ngắn.", {"name": "Tên cơ quan quá ngắn."})
    other = find_agency(session, text)
    if other is not None and other.id != agency_id:
        raise ValidationError(f"Đã có cơ quan “{other.name}”.", {"name": "Tên này đã có."})
    agency.name = text
    session.flush()


def remove_agency(session: Session, agency_id: int) -> None:
    """Remove an agency no task or placement uses yet."""
    agency = session.get(m.Agency, agency_id)
    if agency is None:
        raise NotFound(f"Không có cơ quan số {agency_id}.")
    used = session.scalar(select(func.count()).select_from(m.PlanTask).where(m.PlanTask.lead_agency_id == agency_id))
    used += session.scalar(
        select(func.count()).select_from(m.BannerPlacement).where(m.BannerPlacement.agency_id == agency_id)
    )
    if used:
        raise UserError(f"Không xóa được “{agency.name}”: cơ quan này đã được giao {used} việc.")
    session.delete(agency)
    session.flush()


def new_plan_defaults(session: Session) -> PlanDetail:
    """A new plan, issued by the office and signed by its default signer."""
    profile = get_profile(session)
    if profile is None:
        return PlanDetail(title="")
    issuer = session.scalar(select(m.Issuer).where(m.Issuer.name == profile.office_name, m.Issuer.own.is_(True)))
    return PlanDetail(
        title="",
        issuer_id=issuer.id if issuer is not None else None,
        issuer_name=profile.office_name,
        signer_authority=profile.signer_authority,
        signer_title=profile.signer_title,
        signer_name=profile.signer_name,
    )
