"""A report draft keeps up with the records: a record added after the draft was
composed shows as a changed figure line in the composer; the officer puts it
in, and the sentences the officer wrote or edited stay as they were."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.report_seed import PERIOD, WEBSITE, enter_seed_000
from vnhr_desktop.persistence.models import Report
from vnhr_desktop.services.media import MediaInput, add_media
from vnhr_desktop.services.reports import create_report, report_edit, update_report
from vnhr_desktop.ui.dialogs.report_composer_dialog import ReportComposerDialog

OWN = "- Cán bộ của Sở đã chủ động phối hợp với các cơ quan báo chí địa phương."
REWRITTEN = "- Sở đã triển khai kịp thời, nghiêm túc các nội dung của Kế hoạch."


def test_draft_picks_up_a_new_record_and_keeps_the_officers_text(qtbot, db, vi):
    with db.session() as s:
        seed = enter_seed_000(s)
        report_id = create_report(s, seed.plan_id, *PERIOD, today=dt.date(2020, 12, 16))
        edit = report_edit(s, report_id)
        sections = [list(x) for x in edit.sections]
        content = sections[0][1].split("\n")
        content[0] = REWRITTEN  # the officer rewrote the generated first sentence
        sections[0][1] = "\n".join(content)
        sections[1][1] += "\n" + OWN  # and wrote a sentence of their own
        update_report(s, report_id, dataclasses.replace(edit, sections=tuple(map(tuple, sections))))
        before = sections[1][1]
    old_line = next(line for line in before.split("\n") if "12 tin" in line and WEBSITE in line)

    with db.session() as s:  # a record entered after the draft was composed
        add_media(s, MediaInput("news", "Tin bổ sung", dt.date(2020, 12, 12), WEBSITE, plan_id=seed.plan_id))

    dialog = ReportComposerDialog(db, report_id)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "_saved", d.edit_value()))
    assert dialog.update_button.isEnabled()
    assert "2 dòng số liệu mới hoặc đã thay đổi" in dialog.status.text()
    qtbot.mouseClick(dialog.update_button, Qt.LeftButton)
    shown = dialog.updates_dialog
    items = [shown.list.item(i).text() for i in range(shown.list.count())]
    changed = next(i for i, text in enumerate(items) if old_line in text)
    assert "13 tin" in items[changed]
    for i in range(shown.list.count()):  # the officer takes only the website line
        shown.list.item(i).setCheckState(Qt.Checked if i == changed else Qt.Unchecked)
    shown.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok).click()

    value = dict(dialog.sections.value())
    results = [b for h, b in value.items() if OWN in b]
    assert len(results) == 1 and old_line not in results[0]
    assert old_line.replace("12 tin", "13 tin") in results[0]
    assert REWRITTEN in next(iter(value.values()))
    assert dialog.dirty() and dialog.save()
    with db.Session() as s:
        bodies = "\n".join(x.body for x in s.get(Report, report_id).sections)
    assert OWN in bodies and REWRITTEN in bodies and "13 tin" in bodies and old_line not in bodies


def test_sections_grow_with_their_text_in_one_scroll_area(qtbot, db, vi):
    with db.session() as s:
        seed = enter_seed_000(s)
        report_id = create_report(s, seed.plan_id, *PERIOD, today=dt.date(2020, 12, 16))
    dialog = ReportComposerDialog(db, report_id)
    qtbot.addWidget(dialog, before_close_func=lambda d: setattr(d, "_saved", d.edit_value()))
    dialog.resize(1200, 700)
    dialog.show()
    qtbot.waitExposed(dialog)
    section = dialog.sections.sections[1]
    # once laid out, the box fits its width: the whole text shows without its own scrolling
    qtbot.waitUntil(lambda: section.body.verticalScrollBar().maximum() == 0, timeout=2000)
    before = section.body.height()
    section.body.appendPlainText("\n".join(f"- Dòng thêm số {i}." for i in range(12)))
    qtbot.waitUntil(lambda: section.body.height() > before + 100, timeout=2000)
    assert section.body.verticalScrollBar().maximum() == 0
