"""The nesting depth of a package's JSON, measured before it is parsed, is that
of the parsed document: brackets inside strings (escaped quotes and
backslashes included) do not count, and deeper documents than the limit are
told apart from those within it."""

from __future__ import annotations

import json
import random

from vnhr_desktop.domain.safe_json import nesting_depth
from vnhr_desktop.imports.received_package import MAX_JSON_DEPTH


def depth_of(value) -> int:
    if isinstance(value, dict):
        return 1 + max((depth_of(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth_of(v) for v in value), default=0)
    return 0


TRICKY = ['[{"', '"]]}', "\\", '\\"[', "a\\\\", "{}", "[]", "Đồng Tháp", '\\\\"']


def random_value(rng: random.Random, depth: int):
    kind = rng.randrange(5) if depth < 12 else 4
    if kind == 0:
        return [random_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    if kind == 1:
        return {rng.choice(TRICKY) + str(i): random_value(rng, depth + 1) for i in range(rng.randrange(4))}
    if kind == 2:
        return rng.choice(TRICKY) * rng.randrange(3)
    return rng.choice([0, 1.5, None, True, "x"])


def test_depth_matches_the_parsed_document():
    rng = random.Random(15)
    for _ in range(400):
        value = {"a": random_value(rng, 1)}
        text = json.dumps(value, ensure_ascii=rng.random() < 0.5)
        expected = depth_of(json.loads(text))
        for measured in (nesting_depth(text.encode("utf-8")), nesting_depth(text)):
            # exact, except that a text with no more brackets than the limit is not measured
            assert measured == expected or expected <= measured <= MAX_JSON_DEPTH, text


def test_deeper_than_the_limit_is_seen_and_within_is_not():
    for depth in (MAX_JSON_DEPTH, MAX_JSON_DEPTH + 1, 5000):
        text = '{"k": ' + "[" * depth + '"[[[["' + "]" * depth + ', "pad": [1, [2]]}'
        if depth < 500:
            assert depth_of(json.loads(text)) == depth + 1
        for measured in (nesting_depth(text.encode()), nesting_depth(text)):
            assert (measured > MAX_JSON_DEPTH) == (depth + 1 > MAX_JSON_DEPTH)


def test_unbalanced_text_is_measured_one_bracket_at_a_time():
    assert nesting_depth(b"[" * 70 + b"}") == 70 and nesting_depth("[" * 70 + "}") == 70
    assert nesting_depth(b'{"a": [1, 2') == 2
