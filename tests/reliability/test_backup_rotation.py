"""Backup schedule and rotation (persistence/backup_rotation.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from vnhr_desktop.persistence.backup import (
    REASON_IMPORT,
    REASON_PERIODIC,
    backup_name,
    list_backups,
    make_backup,
    parse_backup_name,
    rotate_backups,
)
from vnhr_desktop.persistence.backup_rotation import BackupPolicy, plan_rotation
from vnhr_desktop.persistence.preflight import integrity_check

NOW = dt.datetime(2025, 6, 30, 17, 0)
POLICY = BackupPolicy()


def test_periodic_backup_due_only_with_changes_after_the_interval():
    last = NOW - dt.timedelta(minutes=29)
    assert not POLICY.is_due(NOW, last, dirty=True)
    assert POLICY.is_due(NOW + dt.timedelta(minutes=1), last, dirty=True)
    assert not POLICY.is_due(NOW + dt.timedelta(hours=5), last, dirty=False)
    assert POLICY.is_due(NOW, None, dirty=True)
    assert POLICY.seconds_until_due(NOW, last, True) == 60
    assert POLICY.seconds_until_due(NOW, last, False) is None


def entries(times):
    return [(Path(backup_name(REASON_PERIODIC, t)), t) for t in times]


def test_rotation_keeps_recent_daily_weekly_monthly():
    # one backup every 6 hours for 500 days
    times = [NOW - dt.timedelta(hours=6 * k) for k in range(2000)]
    items = entries(times)
    doomed = set(plan_rotation(items, NOW, lambda _p: True, POLICY))
    kept = sorted((t for p, t in items if p not in doomed), reverse=True)
    recent = [t for t in kept if NOW - t <= dt.timedelta(hours=24)]
    assert len(recent) == 5
    days = {(t.year, t.month, t.day) for t in kept}
    assert len(days) >= 12
    months = {(t.year, t.month) for t in kept}
    assert len(months) == 12
    assert len(kept) <= 5 + 12 + 8 + 12
    assert kept[0] == NOW


def test_newest_good_backup_survives_even_when_old():
    times = [NOW - dt.timedelta(days=400 + k) for k in range(3)]
    times.append(NOW - dt.timedelta(hours=1))
    items = entries(times)
    bad = {items[-1][0]}
    # a policy that would keep nothing but the last day
    tight = BackupPolicy(daily=0, weekly=0, monthly=0)
    doomed = plan_rotation(items, NOW, lambda p: p not in bad, tight)
    kept = [p for p, _t in items if p not in doomed]
    assert items[0][0] in kept  # newest good: 400 days old
    assert items[-1][0] in kept  # inside the last 24 hours


def test_gaps_do_not_eat_history():
    # an office PC unused for months: older backups still count as the last days
    times = [NOW] + [NOW - dt.timedelta(days=200 + k) for k in range(20)]
    items = entries(times)
    doomed = plan_rotation(items, NOW, lambda _p: True, POLICY)
    assert len(items) - len(doomed) >= 12


def test_rotation_on_disk_keeps_checked_backups_and_other_files(db, paths):
    db.close()
    old = NOW - dt.timedelta(days=3000)
    made = [
        make_backup(paths.database, paths.backups, REASON_IMPORT, rotate=False, when=old + dt.timedelta(hours=h))
        for h in range(4)
    ]
    foreign = paths.backups / "ban-sao-cua-toi.sqlite3"
    foreign.write_bytes(made[0].read_bytes())
    removed = rotate_backups(paths.backups, now=NOW)
    left = list_backups(paths.backups)
    # one per day/week/month bucket of that single old day: the newest of the four
    assert left == [made[-1]]
    assert sorted(removed) == sorted(made[:-1])
    assert foreign.exists()
    assert integrity_check(left[0]) == ["ok"]
    assert parse_backup_name(left[0].name) == (old + dt.timedelta(hours=3), REASON_IMPORT)
