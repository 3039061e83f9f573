"""The section editor adds lettered points and bullets under a paragraph."""

from __future__ import annotations

from PySide6.QtCore import Qt

from vnhr_desktop.ui.widgets.plan_paragraphs import PlanParagraphList


def test_point_and_bullet_buttons_continue_the_paragraph(qtbot, vi):
    box = PlanParagraphList("II. Nội dung")
    qtbot.addWidget(box)
    box.set_texts(["Hình thức tuyên truyền:\na) Băng rôn;\nb) Tờ rơi;\nc) Tin, bài;\nd) Tuyên truyền miệng;"])
    assert box.point_button.text() == "+ Điểm a)"
    qtbot.mouseClick(box.point_button, Qt.LeftButton)
    box.text.insertPlainText("Mạng xã hội:")
    qtbot.mouseClick(box.bullet_button, Qt.LeftButton)
    box.text.insertPlainText("Fanpage của huyện.")
    assert box.texts()[0].splitlines()[-2:] == ["đ) Mạng xã hội:", "- Fanpage của huyện."]
    box.text.undo()
    assert box.texts()[0].splitlines()[-1] == "- "
