"""The main figures of a report, the ones a receiving office adds up across its
units: computed from a package's figures data (plain JSON, no database), or
taken from the totals of a consolidated report."""

from __future__ import annotations

# key -> label, in the order of the dashboard, the consolidated report and its annex
MAIN_FIGURES: dict[str, str] = {
    "media": "Tin, bài, chương trình phát thanh, truyền hình",
    "media_minutes": "Thời lượng phát sóng (phút)",
    "banners": "Băng rôn, pano, áp phích",
    "banner_places": "Điểm treo băng rôn, pano",
    "events": "Hội nghị, tập huấn, tọa đàm",
    "participants": "Lượt người tham dự",
    "tasks": "Nhiệm vụ được giao",
    "tasks_done": "Nhiệm vụ đã hoàn thành",
}
SHORT_LABELS: dict[str, str] = {
    "media": "Tin, bài",
    "media_minutes": "Phút phát sóng",
    "banners": "Băng rôn, pano",
    "banner_places": "Điểm treo",
    "events": "Hội nghị",
    "participants": "Lượt người",
    "tasks": "Nhiệm vụ",
    "tasks_done": "Đã xong",
}


def _num(value) -> float:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) and value >= 0 else 0


def _sum(lines, key: str) -> float:
    return sum(_num(line.get(key)) for line in lines or () if isinstance(line, dict))


def values_from_figures(figures: dict) -> dict[str, float]:
    """Main figures of one report's figures data (figures_to_data / data.json "figures")."""
    totals = figures.get("event_totals") or {}
    values = {
        "media": _sum(figures.get("media"), "quantity"),
        "media_minutes": _sum(figures.get("media"), "minutes"),
        "banners": _sum(figures.get("banners"), "quantity"),
        "banner_places": _sum(figures.get("banners"), "places"),
        "events": _num(totals.get("events_held")) if totals else len(figures.get("events") or ()),
        "participants": _num(totals.get("participants_reached")) if totals else 0,
        "tasks": _sum(figures.get("tasks"), "total"),
        "tasks_done": _sum(figures.get("tasks"), "done"),
    }
    return {k: _whole(v) for k, v in values.items()}


def values_of_package(data: dict) -> dict[str, float]:
    """A package's main figures: its consolidated totals when it has them."""
    consolidated = data.get("consolidated")
    if isinstance(consolidated, dict) and isinstance(consolidated.get("totals"), dict):
        return {k: _whole(_num(consolidated["totals"].get(k))) for k in MAIN_FIGURES}
    return values_from_figures(data.get("figures") or {})


def add_values(*many: dict[str, float]) -> dict[str, float]:
    return {k: _whole(sum(_num(v.get(k)) for v in many)) for k in MAIN_FIGURES}


def _whole(value: float):
    return int(value) if float(value).is_integer() else round(float(value), 1)
