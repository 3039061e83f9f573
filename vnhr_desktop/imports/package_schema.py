"""The JSON Schema of a package's data.json (resources/schemas/package-data.schema.json,
JSON Schema draft-07, documented in docs/package-format.md), checked when a
package is written and when one is received.

    problem = schema_problem(data)     # None, or one Vietnamese line naming the place

The schema is compiled once into a Python function (fastjsonschema): receiving
a thousand packages checks a thousand data files.
"""

from __future__ import annotations

import json
from functools import cache

from vnhr_desktop.domain.printouts.package import DATA_FORMAT, DATA_KIND

__all__ = ["DATA_FORMAT", "DATA_KIND", "load_schema", "schema_path", "schema_problem"]
SCHEMA_FILE = "package-data.schema.json"

NFC_EXEMPT = {
    "load_schema": "the schema file ships with the program; its text never reaches the database",
}


def schema_path():
    from vnhr_desktop.paths import resources_dir

    return resources_dir() / "schemas" / SCHEMA_FILE


def load_schema() -> dict:
    return json.loads(schema_path().read_text(encoding="utf-8"))


@cache
def _validate():
    import fastjsonschema

    return fastjsonschema.compile(load_schema())


def _where(path) -> str:
    parts = [str(p) for p in path if p != "data"]
    return "/".join(parts) if parts else "(gốc)"


def schema_problem(data) -> str | None:
    """None when ``data`` follows the schema; otherwise where and what is wrong."""
    from fastjsonschema import JsonSchemaValueException

    try:
        _validate()(data)
    except JsonSchemaValueException as error:
        where = _where(error.path or [])
        if error.rule == "required":
            missing = [k for k in error.rule_definition if not isinstance(error.value, dict) or k not in error.value]
            return f"thiếu mục “{missing[0] if missing else '?'}” tại {where}"
        if error.rule == "const":
            return f"giá trị tại {where} phải là {json.dumps(error.rule_definition, ensure_ascii=False)}"
        if error.rule in ("type", "anyOf"):
            return f"kiểu dữ liệu không đúng tại {where}"
        return f"giá trị không hợp lệ tại {where} ({error.rule})"
    return None
