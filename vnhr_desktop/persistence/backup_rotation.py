"""When to make an automatic backup and which backups to keep (pure Python).

Schedule: a periodic backup is due when there are changes not yet in a backup
and the last backup is at least ``interval`` old (30 minutes). The GUI asks
:meth:`BackupPolicy.is_due` from a timer; backups at start and before
migrations, imports and restores are made regardless.

Retention, applied after each automatic backup to the app's own backup files
(``vnhr-<timestamp>-<reason>.sqlite3``; any other file in the folder is left
alone). Backups made before a migration, import or restore follow the same
rules as the others:

* every backup of the last 24 hours is kept (an afternoon's work can be
  undone step by step);
* the newest backup of each of the 12 most recent days that have backups;
* the newest backup of each of the 8 most recent ISO weeks that have backups;
* the newest backup of each of the 12 most recent months that have backups;
* the newest backup that passes the integrity check is never deleted, even
  when it is older than everything above.

Counting "days that have backups" rather than calendar days means a PC left
off for a month does not lose its history on the first day back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class BackupPolicy:
    interval: dt.timedelta = dt.timedelta(minutes=30)
    keep_recent: dt.timedelta = dt.timedelta(hours=24)
    daily: int = 12
    weekly: int = 8
    monthly: int = 12

    def is_due(self, now: dt.datetime, last_backup_at: dt.datetime | None, dirty: bool) -> bool:
        """True when there are changes since the last backup and it is at least
        ``interval`` old (or there has been none yet)."""
        if not dirty:
            return False
        if last_backup_at is None:
            return True
        return now - last_backup_at >= self.interval

    def seconds_until_due(self, now: dt.datetime, last_backup_at: dt.datetime | None, dirty: bool) -> float | None:
        """Seconds until :meth:`is_due` turns true; ``None`` while nothing changed."""
        if not dirty:
            return None
        if last_backup_at is None:
            return 0.0
        return max(0.0, (last_backup_at + self.interval - now).total_seconds())

    def select_keep(self, backups: Iterable[tuple[Path, dt.datetime]], now: dt.datetime) -> set[Path]:
        """The backups the rules above keep (before the newest-good guarantee)."""
        ordered = sorted(backups, key=lambda item: item[1], reverse=True)
        keep = {path for path, when in ordered if now - when <= self.keep_recent}
        buckets: list[tuple[int, Callable[[dt.datetime], tuple[int, ...]]]] = [
            (self.daily, lambda d: (d.year, d.month, d.day)),
            (self.weekly, lambda d: tuple(d.isocalendar())[:2]),
            (self.monthly, lambda d: (d.year, d.month)),
        ]
        for count, period_of in buckets:
            seen: set[tuple[int, ...]] = set()
            for path, when in ordered:
                period = period_of(when)
                if period in seen:
                    continue
                if len(seen) >= count:
                    break
                seen.add(period)
                keep.add(path)
        return keep


DEFAULT_POLICY = BackupPolicy()


def plan_rotation(
    backups: Iterable[tuple[Path, dt.datetime]],
    now: dt.datetime,
    is_good: Callable[[Path], bool],
    policy: BackupPolicy = DEFAULT_POLICY,
) -> list[Path]:
    """The backups to delete. ``is_good`` is asked newest first until one
    passes, and that one is kept whatever its age."""
    items = sorted(backups, key=lambda item: item[1], reverse=True)
    keep = policy.select_keep(items, now)
    for path, _when in items:
        if is_good(path):
            keep.add(path)
            break
    return [path for path, _when in items if path not in keep]
