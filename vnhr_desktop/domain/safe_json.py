"""JSON from files the app did not write (packages) with a nesting limit.

Deeply nested arrays make the json module, and any recursive walk over its
result, raise RecursionError. The depth is measured first over the brackets
outside strings; a deeper document is a ValueError like any malformed JSON.
"""

from __future__ import annotations

import json
import re
from typing import Any

MAX_DEPTH = 64
_NOISE = re.compile(r'[^\[\]{}"\\]+')
_INNERMOST = re.compile(r"\[\]|\{\}")


class TooDeep(ValueError):
    pass


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """How deeply arrays and objects nest (strings skipped), counted up to
    ``limit + 1``. Every step runs in C: all but brackets, quotes and
    backslashes goes, then escaped backslashes and quotes, then what lies
    between quotes; each pass then removes the innermost pairs of brackets, so
    the number of passes is the depth. A text with at most ``limit`` opening
    brackets is not measured: their number is returned (no less than the depth)."""
    openers = text.count("[") + text.count("{")
    if openers <= limit:
        return openers  # so few brackets cannot nest deeper than the limit: not measured
    skeleton = _NOISE.sub("", text).replace("\\\\", "").replace('\\"', "")
    brackets = "".join(skeleton.split('"')[::2])
    depth = 0
    while brackets and depth <= limit:
        inner = _INNERMOST.sub("", brackets)
        if len(inner) == len(brackets):  # unbalanced (not JSON): count what is left one by one
            return depth + _deepest(brackets)
        brackets, depth = inner, depth + 1
    return depth


def _deepest(brackets: str) -> int:
    depth = deepest = 0
    for bracket in brackets:
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def loads(text: str, max_depth: int = MAX_DEPTH) -> Any:
    """``json.loads`` that refuses documents nested deeper than ``max_depth``."""
    if nesting_depth(text, max_depth) > max_depth:
        raise TooDeep(f"JSON nested deeper than {max_depth}")
    return json.loads(text)
