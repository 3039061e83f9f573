"""``list issuers`` and ``list received``: lists that are not paged tables.

``--json`` prints one object per row:

* issuers: id, title (the name), name, code, own, parent_line, header_lines,
  signer_authority, signer_title, signer_name, register_years;
* received: id, title, unit_code, unit_name, number_symbol, issued_on,
  period_start, period_end, received_on, superseded (see services/receiving_list.py).
"""

from __future__ import annotations

import json

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.domain.text import fold
from vnhr_desktop.paths import DataPaths
from vnhr_desktop.persistence.database import open_database

KINDS = ("issuers", "received")


def _issuers(session) -> list[dict]:
    from vnhr_desktop.services.issuers import list_issuers, register_years

    out = []
    for issuer in list_issuers(session):
        out.append(
            {
                "id": issuer.id,
                "title": issuer.name,
                "name": issuer.name,
                "code": issuer.code,
                "own": issuer.own,
                "parent_line": issuer.parent_line,
                "header_lines": issuer.header_lines,
                "signer_authority": issuer.signer_authority,
                "signer_title": issuer.signer_title,
                "signer_name": issuer.signer_name,
                "register_years": register_years(session, issuer.id),
            }
        )
    return out


def _received(session) -> list[dict]:
    from vnhr_desktop.services.receiving_list import list_received

    return [row.to_json() for row in list_received(session)]


def _line(kind: str, row: dict) -> str:
    if kind == "issuers":
        own = "của đơn vị" if row["own"] else "cấp trên/ngoài"
        return f"{row['id']:>5}  {row['code']:<12} {row['name']}  ({own})"
    mark = "  (đã thay thế)" if row["superseded"] else ""
    issued = fmt_date(_date(row["issued_on"]))
    return f"{row['id']:>5}  {row['unit_code']:<10} {row['number_symbol']}  {issued}  {row['unit_name']}{mark}"


def _date(text):
    import datetime as dt

    return dt.date.fromisoformat(text) if text else None


def run(args, paths: DataPaths) -> int:
    db = open_database(paths)
    try:
        with db.session() as session:
            rows = _issuers(session) if args.kind == "issuers" else _received(session)
    finally:
        db.close()
    if args.search:
        needle = fold(args.search)
        rows = [r for r in rows if needle in fold(" ".join(str(v) for v in r.values()))]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(_line(args.kind, row))
    return 0
