"""How much the light check for other PCs' changes costs on the large database
(tests/bench/make_large_db.py), and what it adds to a small save. Figures are
appended to tests/bench/results-change-watch.txt.

    python tests/bench/bench_change_watch.py DIR   # DIR made by make_large_db.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from sqlalchemy import select  # noqa: E402

from vnhr_desktop.paths import data_paths  # noqa: E402
from vnhr_desktop.persistence.database import open_database  # noqa: E402
from vnhr_desktop.persistence.models import MediaOutput  # noqa: E402
from vnhr_desktop.services.change_watch import other_changes  # noqa: E402

ROUNDS = 200


def _ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples) * 1000:.2f} ms, max {max(samples) * 1000:.2f} ms"


def main() -> int:
    paths = data_paths(sys.argv[1])
    db = open_database(paths)
    other = open_database(paths)
    other_changes(db)
    quiet = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        assert not other_changes(db)
        quiet.append(time.perf_counter() - start)
    with db.Session() as s:
        media_id = s.scalars(select(MediaOutput.id).order_by(MediaOutput.id)).first()
    saves, noticed = [], []
    for n in range(ROUNDS // 4):
        start = time.perf_counter()
        with other.session() as s:
            s.get_one(MediaOutput, media_id).channel = f"Kênh {n}"
        saves.append(time.perf_counter() - start)
        start = time.perf_counter()
        assert other_changes(db).kinds == {"media_output"}
        noticed.append(time.perf_counter() - start)
    db.close()
    other.close()
    lines = [
        f"{time.strftime('%Y-%m-%d %H:%M:%S')} {paths.database} ({paths.database.stat().st_size // 2**20} MB)",
        f"  check, nothing changed: {_ms(quiet)}",
        f"  check, another PC saved: {_ms(noticed)}",
        f"  small save (with the marker bump): {_ms(saves)}",
    ]
    print("\n".join(lines))
    with open(HERE / "results-change-watch.txt", "a", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
