"""The ``consolidated`` part of a package's data.json: the unit figures frozen
into a consolidated report (services/consolidated_report.py), or None for a
report that consolidates nothing."""

from __future__ import annotations

import json

from vnhr_desktop.persistence.models import Consolidation


def consolidated_data(session, report_id: int) -> dict | None:
    row = session.get(Consolidation, report_id)
    if row is None:
        return None
    data = json.loads(row.data_json)
    return {
        "totals": data["totals"],
        "own": data["own"],
        "units": [{k: u[k] for k in ("code", "name", "number_symbol", "issued_on", "values")} for u in data["units"]],
        "missing": [{"code": m["code"], "name": m["name"]} for m in data["missing"]],
    }
