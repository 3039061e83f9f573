"""A media record holds a run of days and a count ("12 tin từ 01/12 đến 15/12"),
and the draft report and its annex both say it the same way."""

from __future__ import annotations

import datetime as dt

from vnhr_desktop.services.media import MediaInput, add_media, get_media

D = dt.date
PORTAL = "Cổng thông tin điện tử huyện"
SAID = "từ ngày 01/12 đến ngày 15/12/2024, đăng 12 tin"


def _enter(db) -> int:
    with db.session() as s:
        return add_media(
            s,
            MediaInput(
                kind="news",
                title="Tin tuyên truyền Ngày Nhân quyền thế giới",
                published_on=D(2024, 12, 1),
                published_until=D(2024, 12, 15),
                quantity=12,
                channel=PORTAL,
                plan_id=3,
            ),
        )


def test_the_range_is_kept(sample_db):
    media_id = _enter(sample_db)
    with sample_db.Session() as s:
        kept = get_media(s, media_id)
    assert (kept.published_on, kept.published_until, kept.quantity) == (D(2024, 12, 1), D(2024, 12, 15), 12)


def test_draft_and_annex_say_the_same(sample_db, tmp_path):
    from openpyxl import load_workbook

    from vnhr_desktop.exports.excel.annex_workbook import annex_xlsx
    from vnhr_desktop.services.report_view import load_report
    from vnhr_desktop.services.reports import create_report, report_edit

    _enter(sample_db)
    with sample_db.session() as s:
        # a period that starts inside the run still counts the record
        report_id = create_report(s, 3, D(2024, 12, 10), D(2024, 12, 31), today=D(2025, 1, 1))
        text = " ".join(body for _heading, body in report_edit(s, report_id).sections)
        out = tmp_path / "phu-luc.xlsx"
        out.write_bytes(annex_xlsx(load_report(s, report_id, today=D(2025, 1, 1))))
    assert SAID[:1].upper() + SAID[1:] in text
    cells = [c for row in load_workbook(out)["Truyền thông"].iter_rows(values_only=True) for c in row]
    assert SAID in cells
