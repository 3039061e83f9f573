"""Write N realistic report packages from N different units, as a province's
communes and departments hand them in over several campaigns.

    python tests/bench/make_packages.py DIR N [--campaigns K] [--distinct-files]

One unit office per campaign is entered through the app's services, issues its
report and writes its package with the app (PDF, annex workbook, data.json,
MANIFEST.json). Every other unit's package is that package with its own
data.json: its sender (name, code), its report number and date, its own
figures and records (a different number of news items, banners and events),
written again with its manifest (with ``--distinct-files`` its PDF and
workbook are also made unique to it, so no two packages share a file). Unit i answers campaign i mod K; campaign c
is the province plan ``12+c/KH-BCĐNQ`` of 05/11/(2024-c).

Prints the number of packages and their total size.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))

from tests.receiving.offices import PLAN_SYMBOL, issue_and_package, unit_office  # noqa: E402

KINDS = ["commune", "department"]
DEPARTMENTS = ["Sở Tư pháp", "Sở Y tế", "Sở Giáo dục và Đào tạo", "Công an", "Sở Văn hóa, Thể thao và Du lịch"]


def campaign_plan(c: int) -> dict:
    year = 2024 - c
    return {
        "number": 12 + c,
        "symbol": PLAN_SYMBOL,
        "number_symbol": f"{12 + c:02d}/{PLAN_SYMBOL}",
        "issued_on": f"{year}-11-05",
        "issuer": "Ban Chỉ đạo về Nhân quyền tỉnh Trà Vinh",
        "title": f"Tuyên truyền kỷ niệm Ngày Quyền con người thế giới năm {year}",
        "report_deadline": f"{year + 1}-01-01",
    }


def unit_of(i: int) -> tuple[str, str, str]:
    if i % 5 == 4:
        return f"S{i:04d}", f"{DEPARTMENTS[i % len(DEPARTMENTS)]} (đơn vị {i})", "Sở, ngành"
    return f"{29000 + i}", f"Ủy ban nhân dân xã số {i}", "Cấp xã"


def template_packages(work: Path, campaigns: int) -> list[Path]:
    """One package written by the app for each campaign."""
    from vnhr_desktop.paths import DataPaths
    from vnhr_desktop.persistence.database import open_database

    out = []
    for c in range(campaigns):
        db = open_database(DataPaths(work / f"unit-{c}"))
        code, name, level = unit_of(c)
        with db.session() as s:
            report_id = unit_office(s, code, name, level, media=12, banners=3)
        stick = work / f"stick-{c}"
        stick.mkdir()
        out.append(issue_and_package(db, report_id, dt.date(2024 - c, 12, 28), stick))
        db.close()
    return out


def unit_data(template: dict, i: int, c: int, rng: random.Random) -> dict:
    data = copy.deepcopy(template)
    code, name, level = unit_of(i)
    year = 2024 - c
    data["sender"].update(name=name, code=code, level=level, reporting_body=name)
    data["office"].update(name=name, reporting_body=name)
    data["upper_plan"] = campaign_plan(c)
    data["plan"].update(number=20 + i % 50, number_symbol=f"{20 + i % 50:02d}/KH-UBND", issuer=name)
    issued = dt.date(year, 12, 20) + dt.timedelta(days=rng.randint(0, 20))
    data["report"].update(number=1 + i % 90, number_symbol=f"{1 + i % 90:02d}/BC-UBND", issued_on=issued.isoformat())
    data["created_on"] = issued.isoformat()
    media = data["figures"]["media"]
    keep = rng.randint(1, len(media)) if media else 0
    data["figures"]["media"] = media[:keep]
    for line in data["figures"]["media"]:
        line["quantity"] = rng.randint(1, 30)
    for line in data["figures"]["banners"]:
        line["quantity"] = rng.randint(0, 20)
    ids = {i for line in data["figures"]["media"] for i in line["ids"]}
    records = data["records"]
    if "media_output" in records:
        records["media_output"] = [r for r in records["media_output"] if r["id"] in ids]
    return data


def write_unit(folder: Path, template_folder: Path, data: dict, distinct: bool = False) -> None:
    """With ``distinct`` the unit's PDF and workbook differ from every other
    unit's (a comment after the PDF's end, the workbook's zip comment), as
    files rendered by each unit would: nothing is shared between packages."""
    from vnhr_desktop.exports.manifest import write_manifest

    folder.mkdir()
    for name in ("bao-cao.pdf", "phu-luc.xlsx"):
        (folder / name).write_bytes((template_folder / name).read_bytes())
    if distinct:
        with open(folder / "bao-cao.pdf", "ab") as fh:
            fh.write(f"% {data['sender']['code']}\n".encode())
        with zipfile.ZipFile(folder / "phu-luc.xlsx", "a") as zf:
            zf.comment = data["sender"]["code"].encode()
    (folder / "data.json").write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    write_manifest(folder, ["bao-cao.pdf", "phu-luc.xlsx", "data.json"], extra={"package": folder.name})


def make_packages(target: Path, n: int, campaigns: int = 4, seed: int = 15, distinct: bool = False) -> list[Path]:
    target.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        templates = template_packages(Path(tmp), campaigns)
        datas = [json.loads((t / "data.json").read_text(encoding="utf-8")) for t in templates]
        out = []
        for i in range(n):
            c = i % campaigns
            data = unit_data(datas[c], i, c, rng)
            folder = target / f"BaoCao_{data['sender']['code']}_{data['report']['issued_on']}"
            write_unit(folder, templates[c], data, distinct)
            out.append(folder)
    return out


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    campaigns = 4
    if "--campaigns" in argv:
        campaigns = int(argv[argv.index("--campaigns") + 1])
        args.remove(str(campaigns))
    if len(args) != 2:
        print(__doc__)
        return 2
    folders = make_packages(Path(args[0]), int(args[1]), campaigns, distinct="--distinct-files" in argv)
    size = sum(f.stat().st_size for folder in folders for f in folder.iterdir())
    print(f"{len(folders)} gói, {size / 1e6:.1f} MB trong {args[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
