"""``demo`` and ``list``."""

from __future__ import annotations

import json

from vnhr_desktop.domain.dates import fmt_date, fmt_datetime
from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.errors import NotFound, UserError
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database
from vnhr_desktop.persistence.lock import InstanceLock
from vnhr_desktop.persistence.models import TrainingEvent
from vnhr_desktop.services.demo import load_sample
from vnhr_desktop.services.listing import LISTS
from vnhr_desktop.services.paging import ListRequest


def _demo(paths: DataPaths) -> int:
    with InstanceLock(paths.lock_file):
        db = open_database(paths)
        try:
            with db.session() as session:
                loaded = load_sample(session)
        finally:
            db.close()
    print("Đã nạp dữ liệu mẫu." if loaded else "Dữ liệu mẫu đã có sẵn; không nạp lại.")
    return 0


def _text_line(row) -> str:
    data = row.to_json()
    parts = [str(data["id"]).rjust(5)]
    for key in ("number_symbol", "issued_on", "starts_at", "status", "agency"):
        if data.get(key):
            value = data[key]
            if key == "issued_on":
                value = fmt_date(getattr(row, key))
            elif key == "starts_at":
                value = fmt_datetime(getattr(row, key))
            elif key == "status":
                value = vi_label(value)
            parts.append(str(value))
    parts.append(data["title"])
    return "  ".join(parts)


def _list(args, paths: DataPaths) -> int:
    filters = {}
    if args.kind == "participants":
        if args.event_id is None:
            raise UserError("Cần mã hội nghị: vnhr-desktop list participants EVENT_ID")
        filters["event_id"] = args.event_id
    db = open_database(paths)
    try:
        with db.session() as session:
            if args.kind == "participants" and session.get(TrainingEvent, args.event_id) is None:
                raise NotFound(f"Không có hội nghị số {args.event_id}.")
            rows = LISTS[args.kind].query(session, ListRequest(search=args.search, filters=filters))
    finally:
        db.close()
    if args.json:
        print(json.dumps([r.to_json() for r in rows], ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(_text_line(row))
    return 0


def run(args, paths: DataPaths) -> int:
    if args.command == "demo":
        return _demo(paths)
    if args.kind == "people":
        from vnhr_desktop.commands import people

        return people.run(args, paths)
    return _list(args, paths)
