"""Draw the pictures of the bundled guide (resources/guide/*.png) from the app
itself over the sample campaign, in Vietnamese, at the 1024x600 screen size:

    QT_QPA_PLATFORM=offscreen python packaging/make_guide_pictures.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = ROOT / "resources" / "guide"
WIDTH = 980


def save(widget, name: str, app) -> None:
    app.processEvents()
    image = widget.grab().toImage()
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.SmoothTransformation)
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image.convertToFormat(image.Format.Format_Indexed8, flags).save(str(OUT / name))
    print(name, image.width(), image.height())


def main() -> int:
    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence.database import open_database
    from vnhr_desktop.services.demo import load_sample
    from vnhr_desktop.ui.dialogs.first_run_dialog import FirstRunDialog
    from vnhr_desktop.ui.dialogs.plan_editor import PAGE_TASKS, PlanEditorDialog
    from vnhr_desktop.ui.i18n import install_translators
    from vnhr_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, "vi")
    folder = Path(tempfile.mkdtemp())
    empty = open_database(DataPaths(folder / "empty").ensure())
    first = FirstRunDialog(empty)
    for name, text in {
        "office_name": "Ủy ban nhân dân huyện Châu Thành",
        "parent_body": "Ủy ban nhân dân tỉnh Trà Vinh",
        "place_name": "Châu Thành",
        "signer_authority": "TM. ỦY BAN NHÂN DÂN",
        "signer_title": "CHỦ TỊCH",
        "signer_name": "Nguyễn Văn An",
        "unit_code": "CT",
    }.items():
        first.edits[name].setText(text)
    first.show()
    save(first, "buoc-1-co-quan.png", app)
    first.hide()

    paths = DataPaths(folder / "sample").ensure()
    database = open_database(paths)
    with database.session() as session:
        load_sample(session)
    window = MainWindow(paths, QSettings(str(folder / "s.ini"), QSettings.IniFormat))
    window.attach(database)
    window.resize(1000, 560)
    window.show()
    save(window, "buoc-2-ke-hoach.png", app)
    from sqlalchemy import text

    with database.Session() as session:
        plan_id = session.execute(
            text("SELECT plan_id FROM plan_task GROUP BY plan_id ORDER BY count(*) DESC")
        ).scalar()
    editor = PlanEditorDialog(database, plan_id)
    editor.resize(1000, 560)
    editor.show()
    editor.pages.setCurrentIndex(PAGE_TASKS)
    save(editor, "buoc-3-soan-ke-hoach.png", app)
    editor.dirty = False
    editor.hide()
    for index, name in ((1, "buoc-4-bang-ron.png"), (2, "buoc-5-hoi-nghi.png"), (3, "buoc-6-bao-cao.png")):
        window.tabs.setCurrentIndex(index)
        save(window, name, app)
    database.close()
    empty.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
