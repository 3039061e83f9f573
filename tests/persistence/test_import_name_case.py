"""Names typed in lower case are offered in proper case with a warning and
changed only when the officer asks for it."""

from __future__ import annotations

from sqlalchemy import select

from tests.persistence.participant_workbooks import plain_workbook
from tests.persistence.test_import_participants import conference  # noqa: F401  (fixture)
from vnhr_desktop.domain.text import proper_name
from vnhr_desktop.persistence.models import Participant
from vnhr_desktop.services.participant_import import ImportOptions, commit_import, preview_file


def test_proper_name():
    assert proper_name("nguyễn  văn an") == "Nguyễn Văn An"
    assert proper_name(" đặng thị út ") == "Đặng Thị Út"
    assert proper_name("Nguyễn Văn An") == "Nguyễn Văn An"


def test_lower_case_names_are_offered_not_changed(sample_db, conference, tmp_path):  # noqa: F811
    event_id, _ = conference
    path = plain_workbook(
        tmp_path / "ds.xlsx",
        [[1, "nguyễn  văn an", "Sở Ngoại vụ", None], [2, "Lê Thị Hoa", "Công an tỉnh", None]],
    )
    with sample_db.Session() as s:
        sheet, preview = preview_file(s, event_id, path)
    first, second = preview.rows
    assert first.data.full_name == "nguyễn văn an" and first.ok
    assert first.warnings == ["Họ tên “nguyễn văn an” chưa viết hoa; đề nghị: “Nguyễn Văn An”."]
    assert second.warnings == []
    with sample_db.session() as s:
        commit_import(s, event_id, sheet, preview.mapping, ImportOptions(proper_case_names=True))
    with sample_db.Session() as s:
        names = set(s.scalars(select(Participant.full_name).where(Participant.event_id == event_id)))
    assert "Nguyễn Văn An" in names and "nguyễn văn an" not in names and "Lê Thị Hoa" in names
