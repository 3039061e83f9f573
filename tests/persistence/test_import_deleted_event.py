"""A participant import whose event was deleted after the preview is refused
with one Vietnamese line and writes nothing (the preview of an empty event
would otherwise still look current)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.persistence.participant_workbooks import plain_workbook
from vnhr_desktop.errors import NotFound
from vnhr_desktop.persistence.models import Participant, TrainingEvent
from vnhr_desktop.services.participant_import import commit_import, preview_file


def test_event_deleted_after_the_preview(db, tmp_path):
    with db.session() as s:
        event = TrainingEvent(title="Hội nghị tuyên truyền", kind="training")
        s.add(event)
        s.flush()
        event_id = event.id
    path = plain_workbook(tmp_path / "ds.xlsx", [[1, "Nguyễn Văn An", "Công an huyện", ""]])
    with db.Session() as s:
        sheet, preview = preview_file(s, event_id, path)
    assert preview.importable()
    with db.session() as s:
        s.delete(s.get(TrainingEvent, event_id))
    with pytest.raises(NotFound, match="Không có hội nghị"), db.session() as s:
        commit_import(s, event_id, sheet, preview.mapping, preview=preview)
    with db.Session() as s:
        assert s.scalar(select(func.count(Participant.id))) == 0
