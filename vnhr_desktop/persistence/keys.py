"""Derived columns kept right on every flush: NFC for all text, folded search
keys and Vietnamese sort keys. Services cannot forget them. The full-text
index over the search keys follows every write of a key column (see
:mod:`vnhr_desktop.persistence.search_index`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from vnhr_desktop.domain.text import fold_join, nfc, normalise_for_duplicates, person_sort_key, sort_key
from vnhr_desktop.persistence import models as m
from vnhr_desktop.persistence import search_index


def _plan(o: m.Plan) -> None:
    o.search_key = fold_join(o.title, o.symbol, str(o.number or ""), o.issuer_name, o.implements_text)
    anchor = o.issued_on or o.period_start or o.period_end
    if anchor is not None:
        o.year = anchor.year


def _task(o: m.PlanTask) -> None:
    o.search_key = fold_join(o.content, o.note)


def _agency(o: m.Agency) -> None:
    o.search_key = fold_join(o.name, o.short_code)
    o.sort_key = sort_key(o.name)


def _slogan(o: m.Slogan) -> None:
    o.search_key = fold_join(o.text)
    o.dedup_key = normalise_for_duplicates(o.text)


def _placement(o: m.BannerPlacement) -> None:
    text = o.slogan.text if o.slogan is not None else ""
    o.search_key = fold_join(text, o.location, o.commune, o.note, o.size_text)


def _event(o: m.TrainingEvent) -> None:
    o.search_key = fold_join(o.title, o.venue, o.organiser, o.chair, o.host_body)


def _participant(o: m.Participant) -> None:
    o.search_key = fold_join(o.full_name, o.agency_name, o.position_title, o.phone)
    o.sort_key = person_sort_key(o.full_name)
    o.name_key = fold_join(o.full_name)


def _media(o: m.MediaOutput) -> None:
    o.search_key = fold_join(o.title, o.channel, o.link)


def _report(o: m.Report) -> None:
    o.search_key = fold_join(o.title, o.symbol, str(o.number or ""))


# each keyer takes a row of its own model
KEYERS: dict[type[Any], Callable[[Any], None]] = {
    m.Plan: _plan,
    m.PlanTask: _task,
    m.Agency: _agency,
    m.Slogan: _slogan,
    m.BannerPlacement: _placement,
    m.TrainingEvent: _event,
    m.Participant: _participant,
    m.MediaOutput: _media,
    m.Report: _report,
}


def _nfc_strings(obj: object) -> None:
    state = inspect(obj)
    for attr in state.mapper.column_attrs:
        value = getattr(obj, attr.key, None)
        if isinstance(value, str) and not attr.key.endswith("sort_key"):
            normal = nfc(value)
            if normal != value:
                setattr(obj, attr.key, normal)


@event.listens_for(Session, "before_flush")
def _before_flush(session: Session, _ctx: object, _instances: object) -> None:
    # The search index follows the keys through triggers on the key columns
    # (persistence/search_index.py); matches read earlier in this transaction
    # may no longer hold once these rows are written.
    search_index.forget_matches(session)
    for obj in list(session.new) + list(session.dirty):
        _nfc_strings(obj)
        keyer = KEYERS.get(type(obj))
        if keyer is not None:
            keyer(obj)
