"""The plan header form: a received plan shows only what a received plan has;
an own plan has both report deadlines (ours upwards, our agencies' to us)."""

from __future__ import annotations

import datetime as dt

from tests.ui.test_plan_editor import editor, type_date
from vnhr_desktop.services import plans


def shown(dialog, widget) -> bool:
    return widget.isVisibleTo(dialog)


def test_received_plan_hides_own_plan_fields(qtbot, db, vi):
    dialog = editor(qtbot, db)
    h = dialog.header
    own_only = [
        h.signer_authority,
        h.signer_title,
        h.signer_name,
        h.recipients,
        h.opening,
        h.closing,
        h.implements,
        h.agencies_report_to,
    ]
    received_too = [h.number, h.symbol, h.issued_on, h.issuer_name, h.title_edit, h.dates["display_start"]]
    received_too += [h.dates["report_deadline"], h.report_to, h.note]
    assert all(shown(dialog, w) for w in own_only)
    h.kind.setCurrentIndex(h.kind.findData("received"))
    assert not any(shown(dialog, w) for w in own_only)
    assert all(shown(dialog, w) for w in received_too)
    labels = [h._form.labelForField(w) for w in (h.signer_name, h.recipients)]
    assert not any(label.isVisibleTo(dialog) for label in labels)
    h.kind.setCurrentIndex(h.kind.findData("own"))
    assert all(shown(dialog, w) for w in own_only)


def test_two_deadlines_are_saved(qtbot, db, vi):
    from vnhr_desktop.services.issuers import IssuerData, save_issuer

    with db.session() as s:
        issuer = save_issuer(s, IssuerData(name="Ủy ban nhân dân huyện Châu Thành", code="UBND")).id
    dialog = editor(qtbot, db)
    h = dialog.header
    h.issuer.setCurrentIndex(h.issuer.findData(issuer))
    h.title_edit.setPlainText("Tuyên truyền kỷ niệm 76 năm Ngày Nhân quyền thế giới")
    type_date(h.dates["agencies_report_by"], "20/12/2024")
    h.agencies_report_to.setText("Phòng Văn hóa và Thông tin huyện")
    type_date(h.dates["report_deadline"], "25/12/2024")
    h.report_to.setText("Ban Chỉ đạo về Nhân quyền tỉnh")
    h.note.setPlainText("Chờ ý kiến Trưởng ban.")
    assert dialog.save()
    with db.Session() as s:
        got = plans.get_plan(s, dialog.plan_id)
    assert got.agencies_report_by == dt.date(2024, 12, 20) and got.report_deadline == dt.date(2024, 12, 25)
    assert got.agencies_report_to == "Phòng Văn hóa và Thông tin huyện"
    assert got.report_to == "Ban Chỉ đạo về Nhân quyền tỉnh" and got.note == "Chờ ý kiến Trưởng ban."
