"""JSON from files the app did not write (packages) with a nesting limit.

Deeply nested arrays make the json module, and any recursive walk over its
result, raise RecursionError. The depth is measured first over the brackets
outside strings; a deeper document is a ValueError like any malformed JSON.
"""

from __future__ import annotations

import json
import re
from itertools import accumulate
from typing import Any

MAX_DEPTH = 64
# every byte except the ones that open or close strings and containers
_NOISE = bytes(b for b in range(256) if b not in b'[]{}"\\')
_QUOTED = re.compile(rb'"[^"]*"')  # a string, once escaped quotes and backslashes are gone
_STEPS = bytes(1 if b in b"[{" else 255 for b in range(256))


class TooDeep(ValueError):
    pass


def nesting_depth(raw: bytes | str, limit: int = MAX_DEPTH) -> int:
    """How deeply arrays and objects nest in ``raw`` (strings skipped), in time
    linear in its size and every step in C: the bytes other than brackets,
    quotes and backslashes go, then escaped backslashes and quotes, then
    strings; the brackets left become +1 and -1 and the depth is the highest
    running sum. Bytes with at most ``limit`` opening brackets cannot nest
    deeper and are not measured: their number is returned (no less than the depth)."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    openers = raw.count(b"[") + raw.count(b"{")
    if openers <= limit:
        return openers
    skeleton = raw.translate(None, delete=_NOISE).replace(b"\\\\", b"").replace(b'\\"', b"")
    return highest_sum(_QUOTED.sub(b"", skeleton))


def highest_sum(brackets: bytes) -> int:
    """The deepest nesting of a string of brackets ("[" and "{" open, anything else closes)."""
    steps = memoryview(brackets.translate(_STEPS)).cast("b")  # +1 and -1, read as signed bytes
    return max(0, max(accumulate(steps), default=0))


def loads(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` that refuses documents nested deeper than ``max_depth``."""
    if nesting_depth(text, max_depth) > max_depth:
        raise TooDeep(f"JSON nested deeper than {max_depth}")
    return json.loads(text)
