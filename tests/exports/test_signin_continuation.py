"""Sign-in sheets over several pages: later pages of a bridge point repeat its
name above the header row, page numbers run through the whole document, blank
rows for walk-ins close each bridge point; long exports report progress, and a
cancelled export writes nothing."""

from __future__ import annotations

import datetime as dt
import io
import re

import pdfplumber
import pytest
from sqlalchemy import select

from vnhr_desktop.domain.events import ParticipantData
from vnhr_desktop.persistence.models import BridgePoint, TrainingEvent
from vnhr_desktop.services.document_export import Cancelled, export_document, render_document
from vnhr_desktop.services.participants import save_participant

POINTS = ("Hội trường UBND tỉnh", "UBND huyện Càng Long")
PER_POINT = 40  # about 17 rows fit a page: three pages per bridge point


@pytest.fixture
def event_id(db):
    with db.session() as s:
        event = TrainingEvent(title="Hội nghị tập huấn", starts_at=dt.datetime(2024, 12, 12, 14))
        for i, name in enumerate(POINTS):
            event.bridge_points.append(BridgePoint(name=name, position=i))
        s.add(event)
        s.flush()
        for point in event.bridge_points:
            for i in range(PER_POINT):
                data = ParticipantData(f"Lê Văn Người {i:02d} {point.position}", bridge_point_id=point.id)
                save_participant(s, event.id, data)
        return event.id


def pages(pdf: bytes) -> list[str]:
    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return [page.extract_text() or "" for page in doc.pages]


def top_number(text: str) -> int | None:
    first = text.splitlines()[0].strip()
    return int(first) if first.isdigit() else None


def test_continuation_pages_name_the_bridge_point_and_numbers_run_on(db, event_id):
    with db.Session() as s:
        texts = pages(render_document(s, "signin", event_id, ".pdf"))
    starts = [i for i, t in enumerate(texts) if "DANH SÁCH ĐẠI BIỂU KÝ TÊN" in t]
    assert len(starts) == 2 and starts[0] == 0 and starts[1] >= 3
    # every page after the first carries its number in the whole document
    assert [top_number(t) for t in texts[1:]] == list(range(2, len(texts) + 1))
    for index, text in enumerate(texts):
        if index in starts:
            assert "(tiếp theo)" not in text
            continue
        point = POINTS[0] if index < starts[1] else POINTS[1]
        assert f"{point} (tiếp theo)" in text
        lines = text.splitlines()
        caption = next(i for i, line in enumerate(lines) if "(tiếp theo)" in line)
        assert all(h in lines[caption + 1] for h in ("STT", "Họ và tên", "Ký tên"))  # header right under it


def test_blank_rows_for_walk_ins_close_each_bridge_point(db, event_id, tmp_path):
    out = tmp_path / "ky-ten.pdf"
    with db.Session() as s:
        export_document(s, "signin", event_id, out, blank_rows=4)
    texts = pages(out.read_bytes())
    starts = [i for i, t in enumerate(texts) if "DANH SÁCH ĐẠI BIỂU KÝ TÊN" in t]
    for first, last in ((starts[0], starts[1]), (starts[1], len(texts))):
        section = "\n".join(texts[first:last])
        assert re.search(rf"^\s*{PER_POINT}\s+Lê Văn Người", section, re.M)
        for n in range(PER_POINT + 1, PER_POINT + 5):  # numbered rows with nobody in them
            assert re.search(rf"^\s*{n}\s*$", section, re.M), n
        assert f"Tổng số: {PER_POINT} đại biểu." in section  # the count is of people, not rows


def test_blank_rows_from_the_command_line(sample_db, data_paths, tmp_path, capsys):
    from vnhr_desktop.cli import main

    with sample_db.Session() as s:
        event = s.query(TrainingEvent).filter(TrainingEvent.kind == "training").one()
        save_participant(s, event.id, ParticipantData("Lâm Văn Tự Do"))
        s.commit()
        event_id = event.id
    out = tmp_path / "ky-ten.pdf"
    args = ["--data-dir", str(data_paths.root), "export", "signin", str(event_id), "--out", str(out)]
    assert main([*args, "--blank-rows", "3"]) == 0
    assert "Đã ghi" in capsys.readouterr().out
    loose = next(t for t in pages(out.read_bytes()) if "Chưa phân điểm cầu" in t)
    assert re.search(r"^\s*4\s*$", loose, re.M) and "Lâm Văn Tự Do" in loose


@pytest.mark.parametrize(("what", "suffix"), [("signin", ".pdf"), ("participants", ".xlsx")])
def test_progress_is_reported_and_a_cancel_writes_nothing(db, event_id, tmp_path, what, suffix):
    seen = []
    with db.Session() as s:
        render_document(s, what, event_id, suffix, progress=lambda done, total: seen.append((done, total)))
    assert seen and seen[-1] == (seen[-1][1], seen[-1][1]) and seen[-1][1] >= 2 * PER_POINT
    assert [d for d, _t in seen] == sorted(d for d, _t in seen)

    folder = tmp_path / "ra"
    folder.mkdir()
    out = folder / f"danh-sach{suffix}"
    out.write_bytes(b"older file")

    def stop(done, total):
        raise Cancelled()

    with db.Session() as s, pytest.raises(Cancelled):
        export_document(s, what, event_id, out, progress=stop)
    assert out.read_bytes() == b"older file"
    assert [p.name for p in folder.iterdir()] == [out.name]  # no temporary file left


def test_any_export_can_be_stopped_before_its_file_is_written(sample_db, tmp_path):
    from vnhr_desktop.persistence.models import Plan

    with sample_db.Session() as s:
        plan_id = s.scalars(select(Plan.id).where(Plan.number == 27)).one()
    calls = []

    def stop(done, total):
        calls.append((done, total))
        raise Cancelled()

    with sample_db.Session() as s, pytest.raises(Cancelled):
        export_document(s, "plan", plan_id, tmp_path / "ke-hoach.pdf", progress=stop)
    assert calls == [(0, 0)] and not (tmp_path / "ke-hoach.pdf").exists()
