"""Frozen dataclasses <-> plain JSON data, driven by their type hints.

Dates become ISO text, tuples lists; decoding rebuilds the same dataclasses, so
a report's figures read back from ``Report.figures_json`` compare equal to the
ones that were frozen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
import typing
from functools import cache
from typing import Any

# JSON data: dicts, lists, text, numbers, booleans and None.
JsonData = Any


def encode(value: object) -> JsonData:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def decode(tp: Any, value: JsonData) -> Any:
    """Rebuild ``value`` as type ``tp`` (a dataclass, tuple[X, ...], X | None, date, ...).
    Unknown keys are ignored and missing ones take the field's default, so older
    frozen figures still read."""
    if value is None:
        return None
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        return decode(inner[0], value) if len(inner) == 1 else value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{f.name: decode(hints[f.name], value[f.name]) for f in dataclasses.fields(tp) if f.name in value})
    if origin is tuple:
        return tuple(decode(args[0], v) for v in value)
    if origin is list:
        return [decode(args[0], v) for v in value]
    if origin is dict:
        return {k: decode(args[1], v) for k, v in value.items()}
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    if tp is float and isinstance(value, int):
        return float(value)
    return value
