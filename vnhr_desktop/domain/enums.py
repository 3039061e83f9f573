"""Codes stored in the database. The UI translates them (see ui/labels.py);
documents use the Vietnamese labels from :data:`VI_LABELS`."""

from __future__ import annotations

from enum import StrEnum


class PlanKind(StrEnum):
    RECEIVED = "received"
    OWN = "own"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    DONE = "done"


class PlanSection(StrEnum):
    PURPOSE = "purpose"  # I. Mục đích, yêu cầu
    CONTENT = "content"  # II. Nội dung
    ORGANISATION = "organisation"  # III. Tổ chức thực hiện


class TaskStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class TargetUnit(StrEnum):
    PERCENT = "percent"
    COUNT = "count"


class BannerForm(StrEnum):
    BANNER = "banner"  # băng rôn
    PANO = "pano"  # pano
    POSTER = "poster"  # áp phích
    SIGN = "sign"  # biểu ngữ
    LED = "led"  # màn hình LED / bảng điện tử


class PlacementStatus(StrEnum):
    PLANNED = "planned"
    UP = "up"
    REMOVED = "removed"


class EventKind(StrEnum):
    CONFERENCE = "conference"  # hội nghị
    TRAINING = "training"  # tập huấn
    WORKSHOP = "workshop"  # hội thảo
    SEMINAR = "seminar"  # tọa đàm
    OUTSIDE = "outside"  # sự kiện bên ngoài (cử người tham dự)


class EventFormat(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


class Gender(StrEnum):
    MALE = "male"
    FEMALE = "female"
    OTHER = "other"


class MediaKind(StrEnum):
    NEWS = "news"
    ARTICLE = "article"
    REPORTAGE = "reportage"
    BROADCAST = "broadcast"
    SOCIAL_POST = "social_post"
    LEAFLET = "leaflet"
    BILLBOARD = "billboard"


class ReportStatus(StrEnum):
    DRAFT = "draft"
    ISSUED = "issued"
    SUBMITTED = "submitted"


class AgencyKind(StrEnum):
    DEPARTMENT = "department"
    COMMUNE = "commune"
    OUTSIDE = "outside"


VI_LABELS: dict[str, str] = {
    PlanKind.RECEIVED: "Kế hoạch nhận",
    PlanKind.OWN: "Kế hoạch của đơn vị",
    PlanStatus.DRAFT: "Dự thảo",
    PlanStatus.ISSUED: "Đã ban hành",
    PlanStatus.DONE: "Hoàn thành",
    TaskStatus.NOT_STARTED: "Chưa thực hiện",
    TaskStatus.IN_PROGRESS: "Đang thực hiện",
    TaskStatus.DONE: "Đã hoàn thành",
    TargetUnit.PERCENT: "%",
    TargetUnit.COUNT: "số lượng",
    BannerForm.BANNER: "Băng rôn",
    BannerForm.PANO: "Pano",
    BannerForm.POSTER: "Áp phích",
    BannerForm.SIGN: "Biểu ngữ",
    BannerForm.LED: "Màn hình LED/bảng điện tử",
    PlacementStatus.PLANNED: "Kế hoạch",
    PlacementStatus.UP: "Đang treo",
    PlacementStatus.REMOVED: "Đã tháo",
    EventKind.CONFERENCE: "Hội nghị",
    EventKind.TRAINING: "Tập huấn",
    EventKind.WORKSHOP: "Hội thảo",
    EventKind.SEMINAR: "Tọa đàm",
    EventKind.OUTSIDE: "Tham dự sự kiện bên ngoài",
    EventFormat.IN_PERSON: "Trực tiếp",
    EventFormat.ONLINE: "Trực tuyến",
    EventFormat.HYBRID: "Trực tiếp kết hợp trực tuyến",
    Gender.MALE: "Nam",
    Gender.FEMALE: "Nữ",
    Gender.OTHER: "Khác",
    MediaKind.NEWS: "Tin",
    MediaKind.ARTICLE: "Bài viết",
    MediaKind.REPORTAGE: "Phóng sự",
    MediaKind.BROADCAST: "Phát thanh",
    MediaKind.SOCIAL_POST: "Bài đăng Fanpage/Zalo",
    MediaKind.LEAFLET: "Tờ rơi",
    MediaKind.BILLBOARD: "Bảng điện tử",
    ReportStatus.DRAFT: "Dự thảo",
    ReportStatus.ISSUED: "Đã ban hành",
    ReportStatus.SUBMITTED: "Đã gửi",
    AgencyKind.DEPARTMENT: "Phòng, ban",
    AgencyKind.COMMUNE: "Xã, thị trấn",
    AgencyKind.OUTSIDE: "Cơ quan bên ngoài",
}


def vi_label(code: str | None) -> str:
    if code is None:
        return ""
    return VI_LABELS.get(code, str(code))
