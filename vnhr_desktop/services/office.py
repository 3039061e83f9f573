"""Office profile and settings stored with the data."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.office import OfficeProfileData, validate_profile
from vnhr_desktop.persistence.models import AppSetting, OfficeProfile

_FIELDS = tuple(OfficeProfileData.__dataclass_fields__)

NFC_EXEMPT = {
    "set_setting": "keys and values are identifiers chosen by the program, never typed by users",
    "get_setting": "reads only",
}


def get_profile(session: Session) -> OfficeProfileData | None:
    row = session.get(OfficeProfile, 1)
    if row is None:
        return None
    return OfficeProfileData(**{f: getattr(row, f) for f in _FIELDS})


def save_profile(session: Session, data: OfficeProfileData) -> OfficeProfileData:
    data = validate_profile(data)
    row = session.get(OfficeProfile, 1) or OfficeProfile(id=1)
    for f in _FIELDS:
        setattr(row, f, getattr(data, f))
    session.add(row)
    session.flush()
    return data


def get_setting(session: Session, key: str, default: str | None = None) -> str | None:
    row = session.scalar(select(AppSetting).where(AppSetting.key == key))
    return row.value if row else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key) or AppSetting(key=key)
    row.value = value
    session.add(row)
