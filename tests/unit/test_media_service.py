"""The results log: entry, validation, search without tone marks, filters."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest

from vnhr_desktop.errors import ValidationError
from vnhr_desktop.services.media import (
    MEDIA_LIST,
    MediaInput,
    add_media,
    channels,
    delete_media,
    get_media,
    update_media,
)
from vnhr_desktop.services.paging import ListRequest

D = dt.date


@pytest.fixture
def logged(db):
    with db.session() as s:
        ids = [
            add_media(
                s,
                MediaInput(
                    "news", "Tin hưởng ứng Ngày Nhân quyền thế giới", D(2024, 12, 1), "Trang thông tin điện tử huyện"
                ),
            ),
            add_media(
                s,
                MediaInput(
                    "article",
                    "Bài viết về quyền của người đồng bào dân tộc thiểu số",
                    D(2024, 12, 5),
                    "Trang thông tin điện tử huyện",
                ),
            ),
            add_media(
                s,
                MediaInput("broadcast", "Chuyên mục phát thanh", D(2024, 12, 8), "Đài Truyền thanh huyện", minutes=15),
            ),
            add_media(s, MediaInput("social_post", "Bài đăng Zalo", D(2024, 12, 10), "Zalo OA Công an huyện")),
            add_media(s, MediaInput("leaflet", "Tờ rơi", D(2024, 11, 25), "Khu dân cư ấp Phú Hòa", quantity=2000)),
        ]
    return db, ids


def titles(db, **kw):
    with db.Session() as s:
        return [r.title for r in MEDIA_LIST.query(s, ListRequest(**kw))]


def test_search_without_tone_marks_and_nfc(logged):
    db, _ids = logged
    assert titles(db, search="dong bao dan toc") == ["Bài viết về quyền của người đồng bào dân tộc thiểu số"]
    assert titles(db, search=unicodedata.normalize("NFD", "Đài Truyền thanh")) == ["Chuyên mục phát thanh"]


def test_filters_by_kind_channel_and_dates(logged):
    db, _ids = logged
    assert titles(db, filters={"kind": "leaflet"}) == ["Tờ rơi"]
    assert len(titles(db, filters={"channel": "Trang thông tin điện tử huyện"})) == 2
    assert titles(db, filters={"date_from": D(2024, 12, 5), "date_to": D(2024, 12, 8)}) == [
        "Chuyên mục phát thanh",
        "Bài viết về quyền của người đồng bào dân tộc thiểu số",
    ]
    with db.Session() as s:
        assert MEDIA_LIST.count(s, ListRequest(filters={"date_to": D(2024, 11, 30)})) == 1


def test_channels_most_used_first(logged):
    db, _ids = logged
    with db.Session() as s:
        assert channels(s)[0] == "Trang thông tin điện tử huyện" and len(channels(s)) == 4


def test_validation_messages(db):
    with db.session() as s:
        with pytest.raises(ValidationError) as err:
            add_media(s, MediaInput("poem", "  ", None, quantity=0))
        assert set(err.value.fields) == {"kind", "title", "published_on", "quantity"}
        with pytest.raises(ValidationError, match="Kế hoạch"):
            add_media(s, MediaInput("news", "Tin", D(2024, 1, 1), plan_id=999))


def test_update_and_delete(logged):
    db, ids = logged
    with db.session() as s:
        data = get_media(s, ids[0])
        update_media(s, ids[0], MediaInput(**{**data.__dict__, "title": "  Tin đã sửa  ", "quantity": 3}))
        assert get_media(s, ids[0]).title == "Tin đã sửa" and get_media(s, ids[0]).quantity == 3
        assert delete_media(s, ids[:2]) == 2
    assert len(titles(db)) == 3
