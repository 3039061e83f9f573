"""JSON from files the app did not write (packages) with a nesting limit.

Deeply nested arrays make the json module, and any recursive walk over its
result, raise RecursionError. The depth is measured first over the brackets
outside strings; a deeper document is a ValueError like any malformed JSON.
"""

from __future__ import annotations

import json
import re

MAX_DEPTH = 64
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


class TooDeep(ValueError):
    pass


def nesting_depth(text: str) -> int:
    depth = deepest = 0
    for bracket in _BRACKETS.findall(_STRINGS.sub("", text)):
        if bracket in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest


def loads(text: str, max_depth: int = MAX_DEPTH):
    """``json.loads`` that refuses documents nested deeper than ``max_depth``."""
    if nesting_depth(text) > max_depth:
        raise TooDeep(f"JSON nested deeper than {max_depth}")
    return json.loads(text)
