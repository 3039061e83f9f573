"""What one unit of work changed, told to everyone who shows records.

The data layer builds a :class:`Change` after each successful commit: for each
kind of record (the table name: ``plan``, ``banner_placement``,
``training_event``, ``participant``, ``media_output``, ``report``, ...) the ids
written, added or deleted. An empty id set means "some rows of this kind" (a
bulk statement whose rows are not known one by one)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class Change:
    records: Mapping[str, frozenset[int]] = field(default_factory=lambda: MappingProxyType({}))

    @classmethod
    def of(cls, records: Mapping[str, Iterable[int]]) -> Change:
        return cls(MappingProxyType({kind: frozenset(ids) for kind, ids in records.items()}))

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(self.records)

    def ids(self, kind: str) -> frozenset[int]:
        return self.records.get(kind, frozenset())

    def touches(self, *kinds: str) -> bool:
        return any(kind in self.records for kind in kinds)

    def __bool__(self) -> bool:
        return bool(self.records)

    def merged(self, other: Change) -> Change:
        records = {kind: set(ids) for kind, ids in self.records.items()}
        for kind, ids in other.records.items():
            records.setdefault(kind, set()).update(ids)
        return Change.of(records)
