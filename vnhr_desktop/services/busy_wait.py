"""Waiting for another program's write lock, as the GUI shows it: the notice the
data layer calls while it waits (persistence.busy), reached through services."""

from __future__ import annotations

from vnhr_desktop.persistence.busy import set_wait_notice

__all__ = ["set_wait_notice"]
