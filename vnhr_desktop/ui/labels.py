"""On-screen words for the codes the domain stores. English source text goes
through Qt's translator (Vietnamese by default)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vnhr_desktop.domain.dates import fmt_date, fmt_datetime


def code_labels() -> dict[str, str]:
    return {
        "received": QCoreApplication.translate("Codes", "Received"),
        "own": QCoreApplication.translate("Codes", "Own"),
        "draft": QCoreApplication.translate("Codes", "Draft"),
        "issued": QCoreApplication.translate("Codes", "Issued"),
        "done": QCoreApplication.translate("Codes", "Done"),
        "not_started": QCoreApplication.translate("Codes", "Not started"),
        "in_progress": QCoreApplication.translate("Codes", "In progress"),
        "percent": QCoreApplication.translate("Codes", "%"),
        "count": QCoreApplication.translate("Codes", "count"),
        "banner": QCoreApplication.translate("Codes", "Banner"),
        "pano": QCoreApplication.translate("Codes", "Billboard panel"),
        "poster": QCoreApplication.translate("Codes", "Poster"),
        "sign": QCoreApplication.translate("Codes", "Slogan sign"),
        "led": QCoreApplication.translate("Codes", "LED screen / e-board"),
        "planned": QCoreApplication.translate("Codes", "Planned"),
        "up": QCoreApplication.translate("Codes", "Up"),
        "removed": QCoreApplication.translate("Codes", "Taken down"),
        "conference": QCoreApplication.translate("Codes", "Conference"),
        "training": QCoreApplication.translate("Codes", "Training"),
        "workshop": QCoreApplication.translate("Codes", "Workshop"),
        "seminar": QCoreApplication.translate("Codes", "Seminar"),
        "outside": QCoreApplication.translate("Codes", "Outside event attended"),
        "in_person": QCoreApplication.translate("Codes", "In person"),
        "online": QCoreApplication.translate("Codes", "Online"),
        "hybrid": QCoreApplication.translate("Codes", "In person and online"),
        "male": QCoreApplication.translate("Codes", "Male"),
        "female": QCoreApplication.translate("Codes", "Female"),
        "other": QCoreApplication.translate("Codes", "Other"),
        "news": QCoreApplication.translate("Codes", "News item"),
        "article": QCoreApplication.translate("Codes", "Article"),
        "reportage": QCoreApplication.translate("Codes", "Report (feature)"),
        "broadcast": QCoreApplication.translate("Codes", "Radio broadcast"),
        "social_post": QCoreApplication.translate("Codes", "Fanpage/Zalo post"),
        "leaflet": QCoreApplication.translate("Codes", "Leaflets"),
        "billboard": QCoreApplication.translate("Codes", "Electronic billboard message"),
        "submitted": QCoreApplication.translate("Codes", "Submitted"),
    }


def code_label(code: str | None) -> str:
    if not code:
        return ""
    return code_labels().get(code, code)


def yes_no(value: bool) -> str:
    return QCoreApplication.translate("Codes", "Yes") if value else ""


def date_text(value) -> str:
    return fmt_date(value)


def datetime_text(value) -> str:
    return fmt_datetime(value)


def days_text(days: int | None) -> str:
    """ "quá 4 ngày", "hôm nay", "còn 3 ngày" instead of -4, 0, 3."""
    if days is None:
        return ""
    if days < 0:
        return QCoreApplication.translate("Codes", "%1 days overdue").replace("%1", str(-days))
    if days == 0:
        return QCoreApplication.translate("Codes", "due today")
    return QCoreApplication.translate("Codes", "%1 days left").replace("%1", str(days))


def number_text(row) -> str:
    """The number and symbol of a plan or report; a draft shows "Dự thảo" where the number will go."""
    if getattr(row, "number", None) is None:
        symbol = getattr(row, "symbol", "")
        draft = QCoreApplication.translate("Codes", "Draft")
        return f"{draft} /{symbol}" if symbol else draft
    return row.number_symbol
