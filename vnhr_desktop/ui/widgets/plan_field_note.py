"""The message line under a field of the plan editor: red for an error that
stops the save, amber for a warning. It keeps its place (see MessageLine)."""

from __future__ import annotations

from vnhr_desktop.ui.widgets.message_line import COLOURS, MessageLine

__all__ = ["COLOURS", "PlanFieldNote"]


class PlanFieldNote(MessageLine):
    pass
