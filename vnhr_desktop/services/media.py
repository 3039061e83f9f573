"""The results log: media outputs (news, articles, broadcasts, fanpage and Zalo
posts, leaflets, electronic billboard messages) as they happen.

``MEDIA_LIST`` is the paged, searchable list the results tab shows; filters:
``plan_id``, ``kind``, ``channel`` (exact), ``date_from`` and ``date_to``
(inclusive, ``datetime.date``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from vnhr_desktop.domain.enums import MediaKind
from vnhr_desktop.domain.text import clean, clean_line
from vnhr_desktop.errors import NotFound, ValidationError
from vnhr_desktop.persistence.models import MediaOutput, Plan
from vnhr_desktop.services.list_rows import Row
from vnhr_desktop.services.listing import ListSpec
from vnhr_desktop.services.paging import AnySelect, ListRequest

MAX_QUANTITY = 10_000_000
MAX_MINUTES = 100_000


@dataclass(frozen=True)
class MediaInput:
    """What the officer types for one result. ``quantity`` counts items (12 leaflets
    printed as one record is quantity 12); ``minutes`` is for broadcasts."""

    kind: str
    title: str
    published_on: dt.date | None
    channel: str = ""
    quantity: int = 1
    minutes: float | None = None
    link: str = ""
    plan_id: int | None = None
    published_until: dt.date | None = None  # the last day of a run ("từ 01/12 đến 15/12")

    def cleaned(self) -> MediaInput:
        return replace(
            self,
            kind=clean_line(self.kind),
            title=clean_line(self.title),
            channel=clean_line(self.channel),
            link=clean(self.link),
        )


@dataclass(frozen=True)
class MediaRow(Row):
    id: int
    title: str
    kind: str
    channel: str
    published_on: dt.date | None
    quantity: int
    minutes: float | None
    link: str
    plan_id: int | None


def validate_media(session: Session, data: MediaInput) -> MediaInput:
    data = data.cleaned()
    errors: dict[str, str] = {}
    if data.kind not in set(MediaKind):
        errors["kind"] = "Chọn loại kết quả (tin, bài viết, phát thanh, ...)."
    if not data.title:
        errors["title"] = "Cần nhập tiêu đề hoặc nội dung."
    if data.published_on is None:
        errors["published_on"] = "Cần nhập ngày đăng, phát."
    elif data.published_until is not None and data.published_until < data.published_on:
        errors["published_until"] = "Ngày kết thúc không được trước ngày bắt đầu."
    if not isinstance(data.quantity, int) or not 1 <= data.quantity <= MAX_QUANTITY:
        errors["quantity"] = "Số lượng phải là số nguyên từ 1 trở lên."
    if data.minutes is not None and not 0 <= data.minutes <= MAX_MINUTES:
        errors["minutes"] = "Thời lượng (phút) không hợp lệ."
    if data.plan_id is not None and session.get(Plan, data.plan_id) is None:
        errors["plan_id"] = "Kế hoạch đã chọn không còn trong dữ liệu."
    if errors:
        raise ValidationError(" ".join(errors.values()), errors)
    return data


def _apply(record: MediaOutput, data: MediaInput) -> None:
    record.kind = data.kind
    record.title = data.title
    record.channel = data.channel
    record.published_on = data.published_on
    record.published_until = (
        data.published_until if data.published_until and data.published_until != data.published_on else None
    )
    record.quantity = data.quantity
    record.minutes = data.minutes
    record.link = data.link
    record.plan_id = data.plan_id


def add_media(session: Session, data: MediaInput) -> int:
    data = validate_media(session, data)
    record = MediaOutput(title=data.title)
    _apply(record, data)
    session.add(record)
    session.flush()
    return record.id


def update_media(session: Session, media_id: int, data: MediaInput) -> None:
    record = session.get(MediaOutput, media_id)
    if record is None:
        raise NotFound("Không tìm thấy kết quả cần sửa.")
    _apply(record, validate_media(session, data))
    session.flush()


def delete_media(session: Session, media_ids: list[int]) -> int:
    count = 0
    for media_id in media_ids:
        record = session.get(MediaOutput, media_id)
        if record is not None:
            session.delete(record)
            count += 1
    session.flush()
    return count


def get_media(session: Session, media_id: int) -> MediaInput:
    r = session.get(MediaOutput, media_id)
    if r is None:
        raise NotFound("Không tìm thấy kết quả.")
    return MediaInput(
        kind=r.kind,
        title=r.title,
        published_on=r.published_on,
        published_until=r.published_until,
        channel=r.channel,
        quantity=r.quantity,
        minutes=r.minutes,
        link=r.link,
        plan_id=r.plan_id,
    )


def channels(session: Session) -> list[str]:
    """Channels already used, most used first (for the quick-entry completer)."""
    rows = session.execute(
        select(MediaOutput.channel, func.count(MediaOutput.id))
        .where(MediaOutput.channel != "")
        .group_by(MediaOutput.channel)
        .order_by(func.count(MediaOutput.id).desc(), MediaOutput.channel)
    )
    return [channel for channel, _n in rows]


def channel_count(session: Session) -> int:
    return session.scalar(select(func.count(distinct(MediaOutput.channel)))) or 0


class MediaList(ListSpec):
    search_columns = (MediaOutput.search_key,)
    sortable = {
        "title": MediaOutput.title,
        "kind": MediaOutput.kind,
        "channel": MediaOutput.channel,
        "published_on": MediaOutput.published_on,
        "quantity": MediaOutput.quantity,
        "minutes": MediaOutput.minutes,
    }
    default_order = [MediaOutput.published_on.desc().nulls_last(), MediaOutput.id.desc()]

    def base(self, request: ListRequest) -> AnySelect:
        stmt = select(MediaOutput)
        f = request.filters
        if f.get("plan_id"):
            stmt = stmt.where(MediaOutput.plan_id == int(f["plan_id"]))
        if f.get("kind"):
            stmt = stmt.where(MediaOutput.kind == f["kind"])
        if f.get("channel"):
            stmt = stmt.where(MediaOutput.channel == f["channel"])
        if f.get("date_from"):
            stmt = stmt.where(MediaOutput.published_on >= f["date_from"])
        if f.get("date_to"):
            stmt = stmt.where(MediaOutput.published_on <= f["date_to"])
        return stmt

    def make_row(self, r: Sequence[Any]) -> MediaRow:
        m = r[0]
        return MediaRow(
            id=m.id,
            title=m.title,
            kind=m.kind,
            channel=m.channel,
            published_on=m.published_on,
            quantity=m.quantity,
            minutes=m.minutes,
            link=m.link,
            plan_id=m.plan_id,
        )


MEDIA_LIST = MediaList()
