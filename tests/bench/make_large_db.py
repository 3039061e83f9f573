"""Fill DIR (usable as --data-dir) with ten years of realistic records:
about 500 plans, 20,000 tasks, 50,000 banner placements, 2,000 events,
200,000 participants and 50,000 media outputs.

    python tests/bench/make_large_db.py DIR
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy import insert  # noqa: E402

from vnhr_desktop.domain.text import fold_join, normalise_for_duplicates, person_sort_key, sort_key  # noqa: E402
from vnhr_desktop.paths import data_paths  # noqa: E402
from vnhr_desktop.persistence import models as m  # noqa: E402
from vnhr_desktop.persistence import search_index  # noqa: E402
from vnhr_desktop.persistence.database import open_database  # noqa: E402
from vnhr_desktop.services import sample_data as S  # noqa: E402

YEARS = range(2015, 2025)
rng = random.Random(1948)


def random_person(rng: random.Random, female: bool) -> tuple[str, str]:
    """A Vietnamese full name and an agency, drawn from the sample lists."""
    name = " ".join(
        (
            rng.choice(S.FAMILY),
            rng.choice(S.MIDDLE_F if female else S.MIDDLE_M),
            rng.choice(S.GIVEN_F if female else S.GIVEN_M),
        )
    )
    return name, rng.choice(S.PARTICIPANT_AGENCIES)


def chunks(rows, size=5000):
    for i in range(0, len(rows), size):
        yield rows[i : i + size]


def bulk(session, model, rows):
    for part in chunks(rows):
        session.execute(insert(model), part)


def main(target: str) -> None:
    started = time.perf_counter()
    db = open_database(data_paths(target))
    with db.session() as s:
        agencies = [
            dict(
                id=i + 1,
                name=f"{name} ({i})" if i >= len(S.AGENCIES) else name,
                short_code=code,
                kind=kind,
                search_key=fold_join(name),
                sort_key=sort_key(name),
            )
            for i, (name, code, kind) in enumerate(S.AGENCIES * 5)
        ]
        bulk(s, m.Agency, agencies)
        plans, tasks, placements, events, people, media, slogans = [], [], [], [], [], [], []
        plan_id = task_id = placement_id = event_id = person_id = media_id = slogan_id = 0
        for year in YEARS:
            for n in range(50):
                plan_id += 1
                issued = dt.date(year, 1 + n % 12, 1 + n % 28)
                title = f"{S.CAMPAIGN_TITLE} - đợt {n + 1} năm {year}"
                plans.append(
                    dict(
                        id=plan_id,
                        kind="own" if n % 3 else "received",
                        status="issued",
                        number=n + 1,
                        symbol="KH-UBND",
                        issued_on=issued,
                        issuer_name="UBND",
                        title=title,
                        year=year,
                        period_start=issued,
                        period_end=dt.date(year, 12, 31),
                        report_deadline=dt.date(year + 1, 1, 1),
                        search_key=fold_join(title),
                    )
                )
                for t in range(40):
                    task_id += 1
                    content = S.CAMPAIGN_TASKS[t % len(S.CAMPAIGN_TASKS)][1]
                    tasks.append(
                        dict(
                            id=task_id,
                            plan_id=plan_id,
                            position=t,
                            content=content,
                            lead_agency_id=1 + t % len(agencies),
                            due_date=issued + dt.timedelta(days=t),
                            status=("done", "in_progress", "not_started")[t % 3],
                            note="",
                            search_key=fold_join(content),
                        )
                    )
                slogan_id += 1
                text = S.SLOGANS[n % len(S.SLOGANS)]
                slogans.append(
                    dict(
                        id=slogan_id,
                        text=text,
                        plan_id=plan_id,
                        year=year,
                        active=True,
                        position=0,
                        dedup_key=normalise_for_duplicates(text),
                        search_key=fold_join(text),
                    )
                )
                for b in range(100):
                    placement_id += 1
                    loc, commune = S.LOCATIONS[b % len(S.LOCATIONS)]
                    placements.append(
                        dict(
                            id=placement_id,
                            plan_id=plan_id,
                            slogan_id=slogan_id,
                            form="banner",
                            location=f"{loc} ({b})",
                            commune=commune,
                            size_text="0,8 x 6 m",
                            quantity=1 + b % 4,
                            start_date=dt.date(year, 11, 20),
                            end_date=dt.date(year, 12, 31),
                            status="removed",
                            note="",
                            search_key=fold_join(text, loc, commune),
                        )
                    )
                for e in range(4):
                    event_id += 1
                    etitle = f"{S.CONFERENCE['title']} ({year}, lần {n * 4 + e + 1})"
                    events.append(
                        dict(
                            id=event_id,
                            plan_id=plan_id,
                            kind="training",
                            title=etitle,
                            starts_at=dt.datetime(year, 12, 1 + e, 8),
                            format="hybrid",
                            venue="Hội trường UBND",
                            search_key=fold_join(etitle),
                        )
                    )
                    for p in range(100):
                        person_id += 1
                        female = p % 2
                        name, agency = random_person(rng, female)
                        people.append(
                            dict(
                                id=person_id,
                                event_id=event_id,
                                full_name=name,
                                gender="female" if female else "male",
                                position_title="Chuyên viên",
                                agency_name=agency,
                                phone="",
                                attended=p % 5 != 0,
                                sort_key=person_sort_key(name),
                                name_key=fold_join(name),
                                search_key=fold_join(name, agency),
                            )
                        )
                for k in range(100):
                    media_id += 1
                    mtitle = f"Tin tuyên truyền về quyền con người số {media_id}"
                    media.append(
                        dict(
                            id=media_id,
                            plan_id=plan_id,
                            kind="news",
                            channel="Trang thông tin điện tử",
                            title=mtitle,
                            published_on=issued + dt.timedelta(days=k % 60),
                            quantity=1,
                            link="",
                            search_key=fold_join(mtitle),
                        )
                    )
        for model, rows in (
            (m.Plan, plans),
            (m.PlanTask, tasks),
            (m.Slogan, slogans),
            (m.BannerPlacement, placements),
            (m.TrainingEvent, events),
            (m.Participant, people),
            (m.MediaOutput, media),
        ):
            bulk(s, model, rows)
            # Each table arrives as one big import, and is merged afterwards as imports do.
            search_index.after_import(s, model.__tablename__, len(rows))
            print(f"{model.__tablename__}: {len(rows):,}", flush=True)
    db.close()
    print(f"done in {time.perf_counter() - started:.1f} s: {data_paths(target).database}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit("usage: python tests/bench/make_large_db.py DIR")
    main(sys.argv[1])
