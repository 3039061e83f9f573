import threading

from vnhr_desktop.errors import UserError
from vnhr_desktop.ui.export_file import export_to_file
from vnhr_desktop.ui.workers import run_job, wait_for_jobs


def test_job_runs_off_the_gui_thread_and_reports_back(qtbot):
    seen = {}

    def work():
        seen["thread"] = threading.current_thread() is threading.main_thread()
        return 42

    run_job(None, work, on_success=lambda r: seen.setdefault("result", r))
    qtbot.waitUntil(lambda: "result" in seen, timeout=5000)
    assert seen == {"thread": False, "result": 42}


def test_expected_failure_goes_to_the_failure_callback(qtbot):
    failures = []

    def work():
        raise UserError("Ổ đĩa đã đầy.")

    run_job(None, work, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert failures[0].message == "Ổ đĩa đã đầy."


def test_export_to_file_writes_through_the_registered_exporter(qtbot, sample_db, tmp_path):
    from vnhr_desktop.persistence.models import Plan

    with sample_db.Session() as s:
        plan_id = s.query(Plan).filter(Plan.number == 27).one().id
    written = []
    export_to_file(
        None, sample_db, "banners", plan_id, "lich-treo.xlsx", on_done=written.append, path=tmp_path / "lich-treo.xlsx"
    )
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    wait_for_jobs()
    assert written[0].exists() and written[0].stat().st_size > 0


def _progress_dialog():
    from PySide6.QtWidgets import QApplication, QProgressDialog

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
    return found[0] if found else None


def test_long_job_shows_determinate_progress_and_can_be_cancelled(qtbot):
    from vnhr_desktop.errors import Cancelled

    halfway, released = threading.Event(), threading.Event()
    outcome = {}

    def work(report):
        report(1, 4)
        halfway.set()
        released.wait(5)
        try:
            report(2, 4)  # raises once the user has pressed Hủy
        except Cancelled:
            outcome["cancelled"] = True
            raise
        return "written"

    run_job(
        None,
        work,
        on_success=lambda r: outcome.setdefault("result", r),
        on_failure=lambda e: outcome.setdefault("failure", e),
        show_after_ms=0,
        with_progress=True,
    )
    try:
        qtbot.waitUntil(lambda: bool(halfway.is_set() and _progress_dialog() is not None), timeout=5000)
        dialog = _progress_dialog()
        qtbot.waitUntil(lambda: bool(dialog.maximum() == 4 and dialog.value() == 1), timeout=5000)
        from PySide6.QtWidgets import QPushButton

        buttons = dialog.findChildren(QPushButton)
        assert len(buttons) == 1 and buttons[0].text() in ("Cancel", "Hủy")  # English, or Vietnamese when installed
        buttons[0].click()  # the user presses Hủy
    finally:
        released.set()
    wait_for_jobs()
    qtbot.waitUntil(lambda: bool(outcome.get("cancelled")) and _progress_dialog() is None, timeout=5000)
    assert "result" not in outcome and "failure" not in outcome  # ended quietly, no warning


def test_progress_job_runs_to_the_end_when_not_cancelled(qtbot):
    outcome = []

    def work(report):
        for done in range(1, 4):
            report(done, 3)
        return done

    run_job(None, work, on_success=outcome.append, with_progress=True)
    qtbot.waitUntil(lambda: bool(outcome), timeout=5000)
    assert outcome == [3]
