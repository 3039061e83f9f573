"""``list people --search NAME [--agency TEXT] [--json]``: one person across
every event (Tra cứu đại biểu)."""

from __future__ import annotations

import json
import sys

from vnhr_desktop.domain.dates import fmt_datetime
from vnhr_desktop.errors import UserError
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database


def run(args, paths: DataPaths) -> int:
    from vnhr_desktop.domain.text import fold
    from vnhr_desktop.services.people import find_people

    if not fold(args.search):
        raise UserError("Cần tên đại biểu: vnhr-desktop list people --search TÊN [--agency ĐƠN_VỊ]")
    db = open_database(paths)
    try:
        with db.Session() as session:
            result = find_people(session, args.search, args.agency)
    finally:
        db.close()
    if args.json:
        print(json.dumps([p.to_json() for p in result.people], ensure_ascii=False, indent=2))
    else:
        for person in result.people:
            print(f"{person.id:>7}  {person.full_name} — {person.agency} ({person.attended}/{person.invited} lần dự)")
            for e in person.events:
                mark = "có mặt" if e.attended else "vắng"
                print(f"         {e.event_id:>5}  {fmt_datetime(e.starts_at):<16}  {mark:<6}  {e.title}")
    if not result.complete:
        print(
            f"Có quá nhiều kết quả; chỉ hiện {len(result.people)} người đầu tiên. "
            "Hãy gõ tên đầy đủ hơn hoặc thêm đơn vị.",
            file=sys.stderr,
        )
    return 0
