import datetime as dt

from vnhr_desktop.persistence.models import Agency
from vnhr_desktop.services.backups import list_backup_infos
from vnhr_desktop.ui.backup_timer import BackupTimer


def test_backup_at_start_then_only_when_changed_and_due(qapp, db, data_paths):
    timer = BackupTimer(data_paths, db)
    timer.start_session()
    assert len(list_backup_infos(data_paths)) == 1
    later = timer.last_backup_at + dt.timedelta(minutes=31)
    timer.tick(later)
    assert len(list_backup_infos(data_paths)) == 1  # nothing changed
    with db.session() as s:
        s.add(Agency(name="Phòng Văn hóa và Thông tin"))
    timer.tick(timer.last_backup_at + dt.timedelta(minutes=5))
    assert len(list_backup_infos(data_paths)) == 1  # changed, but not due yet
    timer.tick(later)
    assert len(list_backup_infos(data_paths)) == 2
    assert timer.dirty is False
