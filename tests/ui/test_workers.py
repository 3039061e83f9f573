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
        plan_id = s.query(Plan).filter(Plan.number == 12).one().id
    written = []
    export_to_file(
        None, sample_db, "banners", plan_id, "lich-treo.xlsx", on_done=written.append, path=tmp_path / "lich-treo.xlsx"
    )
    qtbot.waitUntil(lambda: bool(written), timeout=20000)
    wait_for_jobs()
    assert written[0].exists() and written[0].stat().st_size > 0
