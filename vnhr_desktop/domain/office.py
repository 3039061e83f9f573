"""The office profile (DESIGN §3) and its validation."""

from __future__ import annotations

from dataclasses import dataclass, replace

from vnhr_desktop.domain.text import clean_line
from vnhr_desktop.errors import ValidationError

AUTHORITY_PREFIXES = ("", "TM.", "KT.", "TL.", "TUQ.", "Q.")
# People's councils and committees head their documents with their own name only (NĐ30:
# no parent body above "ỦY BAN NHÂN DÂN / HUYỆN CHÂU THÀNH").
_PEOPLES_BODIES = ("Ủy ban nhân dân", "Hội đồng nhân dân")


@dataclass(frozen=True)
class OfficeProfileData:
    office_name: str
    place_name: str
    parent_body: str = ""
    level_label: str = ""
    signer_authority: str = ""
    signer_title: str = ""
    signer_name: str = ""
    # Mã đơn vị: the official code of the commune or the agency's abbreviation; it names
    # the sender of a report package.
    unit_code: str = ""

    def cleaned(self) -> OfficeProfileData:
        return replace(self, **{k: clean_line(v) for k, v in self.__dict__.items()})


def validate_profile(data: OfficeProfileData) -> OfficeProfileData:
    """Return the cleaned profile or raise ValidationError with per-field messages."""
    data = data.cleaned()
    errors: dict[str, str] = {}
    if len(data.office_name) < 3:
        errors["office_name"] = "Cần nhập tên cơ quan (ví dụ: Ủy ban nhân dân huyện Châu Thành)."
    if not data.place_name:
        errors["place_name"] = "Cần nhập địa danh ghi ở dòng ngày tháng (ví dụ: Châu Thành)."
    elif any(ch.isdigit() for ch in data.place_name):
        errors["place_name"] = "Địa danh không chứa chữ số."
    authority = data.signer_authority.split(" ")[0] if data.signer_authority else ""
    if authority and authority.upper() not in AUTHORITY_PREFIXES and not authority.isupper():
        errors["signer_authority"] = "Thẩm quyền ký viết hoa, ví dụ: TM. ỦY BAN NHÂN DÂN."
    if data.signer_title and not data.signer_name:
        errors["signer_name"] = "Cần nhập họ tên người ký khi đã có chức vụ."
    if data.unit_code and not all(ch.isalnum() or ch in "-_." for ch in data.unit_code):
        errors["unit_code"] = "Mã đơn vị chỉ gồm chữ, số và dấu - _ . (ví dụ: 30280 hoặc CAT)."
    if errors:
        raise ValidationError("Thông tin cơ quan chưa hợp lệ: " + " ".join(errors.values()), errors)
    return data


def office_header(office_name: str, parent_body: str = "") -> str:
    """The issuing-body block of the office's own printouts, one line a row: the
    parent body above the office's name, except for a people's committee or
    council, whose name is split after the kind of body ("Ủy ban nhân dân" /
    "huyện Châu Thành") and has no parent line."""
    name, parent = clean_line(office_name), clean_line(parent_body)
    for kind in _PEOPLES_BODIES:
        if name.casefold().startswith(kind.casefold() + " "):
            return name[: len(kind)] + "\n" + name[len(kind) + 1 :]
    return "\n".join(p for p in (parent, name) if p)
