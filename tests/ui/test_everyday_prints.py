"""The everyday lists saved from the app: the reminder of due tasks from the
due view, the slogan list and the hanging progress from the banner tab, in
the status words the app shows."""

from __future__ import annotations

import subprocess

from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog

from vnhr_desktop.domain.banner_rules import STATUS_LABELS
from vnhr_desktop.services.sample_data import SLOGANS


def saved(monkeypatch, target):
    from vnhr_desktop.ui import export_file

    shown = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(export_file, "show_written", lambda parent, path: shown.append(path))
    return shown


def action(button, text):
    return next(a for a in button.menu().actions() if a.text() == text)


def test_due_view_prints_the_reminder(make_window, sample_db, tmp_path, monkeypatch):
    from vnhr_desktop.ui.workers import wait_for_jobs

    window = make_window(sample_db)
    view = window.plans_tab.due_view
    target = tmp_path / "nhac-viec.pdf"
    shown = saved(monkeypatch, target)
    assert view.print_button.text() == "In danh sách nhắc việc"
    action(view.print_button, "Danh sách nhắc việc (PDF)…").trigger()
    wait_for_jobs()
    assert shown == [target]
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())
    assert "Phòng Văn hóa và Thông tin" in text and "Quá hạn" in text


def test_banner_tab_prints_progress_in_the_app_words(make_window, sample_db, tmp_path, monkeypatch):
    from vnhr_desktop.ui.labels import code_label
    from vnhr_desktop.ui.workers import wait_for_jobs

    window = make_window(sample_db)
    window.tabs.setCurrentWidget(window.banners_tab)
    panel = window.banners_tab.placements
    for code, word in STATUS_LABELS.items():
        assert code_label(code) == word  # the app and the printouts say the same
    target = tmp_path / "tinh-hinh.xlsx"
    shown = saved(monkeypatch, target)
    action(panel.print_button, "Tình hình treo (Excel)…").trigger()
    wait_for_jobs()
    assert shown == [target]
    rows = [r for r in load_workbook(target)["Tình hình treo"].iter_rows(values_only=True) if isinstance(r[0], int)]
    assert {r[8] for r in rows} == {code_label(row.status) for row in panel.model.rows()}

    target = tmp_path / "danh-muc.pdf"
    shown = saved(monkeypatch, target)
    action(panel.print_button, "Danh mục khẩu hiệu của kế hoạch (PDF)…").trigger()
    wait_for_jobs()
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout.split())
    assert all(slogan in text for slogan in SLOGANS)


def test_print_shop_sheets_for_slogans_without_placements(make_window, sample_db, tmp_path, monkeypatch):
    import pdfplumber
    from PySide6.QtCore import Qt
    from sqlalchemy import delete, select

    from vnhr_desktop.persistence.models import BannerPlacement, Plan, Slogan
    from vnhr_desktop.ui.dialogs.slogan_sheets_dialog import SloganSheetsDialog
    from vnhr_desktop.ui.workers import wait_for_jobs

    with sample_db.session() as s:  # placements cover only the first two slogans
        plan = s.scalar(select(Plan.id).where(Plan.number == 27))
        ids = list(s.scalars(select(Slogan.id).where(Slogan.plan_id == plan).order_by(Slogan.position)))
        s.execute(delete(BannerPlacement).where(BannerPlacement.slogan_id.not_in(ids[:2])))
    window = make_window(sample_db)
    window.tabs.setCurrentWidget(window.banners_tab)
    panel = window.banners_tab.placements
    assert panel.plan_id == plan  # the sample campaign is chosen
    seen = {}

    def choose(dialog):
        seen["ticked"] = dialog.chosen()
        dialog.list.item(7).setCheckState(Qt.Checked)  # the last slogan, not placed yet
        dialog.list.item(0).setCheckState(Qt.Unchecked)
        return 1

    monkeypatch.setattr(SloganSheetsDialog, "exec", choose)
    target = tmp_path / "in-chon.pdf"
    saved(monkeypatch, target)
    action(panel.print_button, "Tờ in khẩu hiệu, chọn khẩu hiệu (PDF)…").trigger()
    wait_for_jobs()
    assert seen["ticked"] == tuple(ids[:2])
    with pdfplumber.open(target) as pdf:
        texts = [" ".join((p.extract_text() or "").split()) for p in pdf.pages]
    assert len(texts) == 2
    assert "cộng đồng quốc tế" in texts[0]  # slogan 2
    assert "hoàn thiện hệ thống pháp luật" in texts[1]  # slogan 8, no placement
