"""Fault 10: the same Vietnamese name typed in precomposed (NFC) and decomposed
(NFD, as macOS and some Windows IMEs produce) form. Through clean() both give
one key, so the unique agency name is one record, and folded search finds it
whichever form or no diacritics at all are typed."""

from __future__ import annotations

import unicodedata

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from vnhr_desktop.domain.text import clean, clean_line, fold, like_pattern
from vnhr_desktop.persistence.models import Agency

NAME = "Phòng Văn hóa - Thông tin huyện Châu Thành"
NFC = unicodedata.normalize("NFC", NAME)
NFD = unicodedata.normalize("NFD", NAME)


def add_agency(session, typed: str) -> Agency:
    """How a service stores a typed name: clean at the boundary, then find or add."""
    name = clean_line(typed)
    row = session.scalar(select(Agency).where(Agency.name == name))
    if row is None:
        row = Agency(name=name, search_key=fold(name))
        session.add(row)
        session.flush()
    return row


def test_both_forms_differ_until_cleaned():
    assert NFC != NFD and len(NFD) > len(NFC)
    assert clean(NFC) == clean(NFD) == clean_line(" " + NFD + "  ")


def test_same_name_in_both_forms_is_one_record(db):
    with db.session() as session:
        first = add_agency(session, NFC)
        second = add_agency(session, NFD)
        assert first.id == second.id
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Agency)) == 1
        stored = session.scalar(select(Agency.name))
        assert stored == NFC and unicodedata.is_normalized("NFC", stored)


def test_sqlite_alone_would_keep_two_records(db):
    """The fault is real: SQLite compares code points, so bypassing the app's
    text handling stores the two forms as two different names."""
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO agency (name, short_code, kind, search_key, sort_key) VALUES (?, '', 'department', '', ''), "
            "(?, '', 'department', '', '')",
            (NFC, NFD),
        )
        assert conn.exec_driver_sql("SELECT count(*) FROM agency").scalar() == 2


def test_flush_guard_refuses_a_second_record_without_clean(db):
    """Even a service that forgot clean() cannot create the duplicate: every
    flush normalises text to NFC (persistence/keys.py), so the unique name holds."""
    with db.session() as session:
        session.add(Agency(name=NFC))
    with pytest.raises(IntegrityError), db.session() as session:
        session.add(Agency(name=NFD))
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Agency)) == 1


def test_search_finds_it_in_any_form(db):
    with db.session() as session:
        add_agency(session, NFD)
    with db.session() as session:
        for query in ("văn hóa", unicodedata.normalize("NFD", "Văn Hóa"), "van hoa", "CHAU THANH", "Châu Thành"):
            found = session.scalars(select(Agency).where(Agency.search_key.like(like_pattern(query), escape="\\")))
            assert [a.name for a in found] == [NFC], query
