"""The JSON Schema of a package's data.json (resources/schemas/package-data.schema.json,
documented in docs/package-format.md), checked when a package is written and
when one is received.

    problem = schema_problem(data)     # None, or one Vietnamese line naming the place
"""

from __future__ import annotations

import json
from functools import cache

DATA_FORMAT = 2
DATA_KIND = "vnhr-desktop/bao-cao-ket-qua"
SCHEMA_FILE = "package-data.schema.json"


def schema_path():
    from vnhr_desktop.paths import resources_dir

    return resources_dir() / "schemas" / SCHEMA_FILE


@cache
def _validator():
    from jsonschema import Draft202012Validator

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def _where(path) -> str:
    parts = [str(p) for p in path]
    return "/".join(parts) if parts else "(gốc)"


def schema_problem(data) -> str | None:
    """None when ``data`` follows the schema; otherwise where and what is wrong."""
    error = next(iter(sorted(_validator().iter_errors(data), key=lambda e: list(e.path))), None)
    if error is None:
        return None
    if error.validator == "required":
        missing = error.message.split("'")[1] if "'" in error.message else error.message
        return f"thiếu mục “{missing}” tại {_where(error.path)}"
    if error.validator == "const":
        return f"giá trị tại {_where(error.path)} phải là {json.dumps(error.validator_value, ensure_ascii=False)}"
    if error.validator in ("type", "anyOf"):
        return f"kiểu dữ liệu không đúng tại {_where(error.path)}"
    return f"giá trị không hợp lệ tại {_where(error.path)} ({error.validator})"
