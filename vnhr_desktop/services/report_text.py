"""Plain-Vietnamese sentences drafted from a report's figures.

The composer puts these into the report's sections; the officer then edits them
freely. Counts under ten take a leading zero ("Cử 01 lượt"), as administrative
reports write them; larger numbers use dots ("2.000 tờ rơi").
"""

from __future__ import annotations

import datetime as dt

from vnhr_desktop.domain.dates import fmt_date, fmt_decimal
from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.domain.media_wording import TEXT_NOUNS, count, span
from vnhr_desktop.domain.target_units import value_with_unit
from vnhr_desktop.domain.text import clean_line, lower_first
from vnhr_desktop.services.report_figures import EventLine, MediaLine, OutsideLine, ReportFigures

BANNER_NOUNS = {
    "banner": "băng rôn",
    "pano": "pano",
    "poster": "áp phích",
    "sign": "biểu ngữ",
    "led": "màn hình LED, bảng điện tử",
}
EVENT_NOUNS = {"conference": "hội nghị", "training": "tập huấn", "workshop": "hội thảo", "seminar": "tọa đàm"}
TOPIC = "tuyên truyền về bảo đảm và thúc đẩy quyền con người"

HEAD_CONTENT = "Nội dung thực hiện"
HEAD_RESULTS = "Kết quả thực hiện"
HEAD_TASKS = "Thực hiện nhiệm vụ của các cơ quan, đơn vị"


def value_text(value: float | None, unit: str) -> str:
    if value is None:
        return "chưa có số liệu"
    return value_with_unit(value, unit)


def when(first: dt.date | None, last: dt.date | None) -> str:
    """ "Từ ngày 01/12 đến ngày 15/12/2020, " / "Ngày 03/12/2020, " / ""."""
    text = span(first, last)
    return f"{text[:1].upper()}{text[1:]}, " if text else ""


def _sentence(prefix: str, text: str) -> str:
    body = text if prefix else text[:1].upper() + text[1:]
    return f"- {prefix}{body}."


def _channel_text(lines: list[MediaLine], channel: str) -> str:
    kinds = [m for m in lines if m.kind in TEXT_NOUNS]
    total = sum(m.quantity for m in kinds)
    nouns = ", ".join(TEXT_NOUNS[m.kind] for m in sorted(kinds, key=lambda m: list(TEXT_NOUNS).index(m.kind)))
    where = f" trên {channel}" if channel else ""
    return f"đăng {count(total)} {nouns} {TOPIC}{where}"


def media_sentences(figures: ReportFigures) -> list[str]:
    by_channel: dict[str, list[MediaLine]] = {}
    for line in figures.media:
        by_channel.setdefault(line.channel, []).append(line)
    out = []
    for channel, lines in by_channel.items():
        text_lines = [m for m in lines if m.kind in TEXT_NOUNS]
        if text_lines:
            first = min((m.first_on for m in text_lines if m.first_on), default=None)
            last = max((m.last_on for m in text_lines if m.last_on), default=None)
            out.append(_sentence(when(first, last), _channel_text(text_lines, channel)))
        for m in lines:
            if m.kind in TEXT_NOUNS:
                continue
            where = f" trên {channel}" if channel else ""
            if m.kind == "broadcast":
                minutes = f" (tổng thời lượng {fmt_decimal(m.minutes)} phút)" if m.minutes else ""
                text = f"phát sóng {count(m.quantity)} chương trình phát thanh{minutes}{where}"
            elif m.kind == "social_post":
                text = f"đăng {count(m.quantity)} bài {TOPIC}{where}"
            elif m.kind == "leaflet":
                place = f" ({lower_first(channel)})" if channel else ""
                text = f"phát hành {count(m.quantity)} tờ rơi {TOPIC}{place}"
            elif m.kind == "billboard":
                text = f"trình chiếu {count(m.quantity)} thông điệp {TOPIC} trên {channel or 'bảng điện tử'}"
            else:
                text = f"thực hiện {count(m.quantity)} {vi_label(m.kind).lower()}{where}"
            out.append(_sentence(when(m.first_on, m.last_on), text))
    return out


def banner_sentence(figures: ReportFigures) -> str | None:
    if not figures.banners:
        return None
    parts = [f"{count(b.quantity)} {BANNER_NOUNS.get(b.form, vi_label(b.form).lower())}" for b in figures.banners]
    items = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " và " + parts[-1]
    places = sum(b.places for b in figures.banners)
    return f"- Treo {items} tuyên truyền hưởng ứng Ngày Nhân quyền thế giới tại {count(places)} địa điểm trên địa bàn."


def event_sentence(e: EventLine) -> str:
    where = f" tại {e.venue}" if e.venue else ""
    how = ""
    if e.format in ("online", "hybrid"):
        how = f" theo hình thức {vi_label(e.format).lower()}"
        if len(e.bridge_points) > 1:
            how += f" với {count(len(e.bridge_points))} điểm cầu"
    who = ""
    if e.reached:
        who = f", có {count(e.reached)} đại biểu tham dự"
        if e.organisations > 1:
            who += f", đại diện {count(e.organisations)} cơ quan, tổ chức"
    return _sentence(when(e.held_on, e.held_on), f"tổ chức {e.title}{where}{how}{who}")


def outside_sentence(o: OutsideLine) -> str:
    names = f" ({clean_line(o.staff_names)})" if clean_line(o.staff_names) else ""
    sent = f"cử {count(o.staff_sent)} lượt cán bộ, công chức{names}" if o.staff_sent else "cử cán bộ"
    host = f" do {o.host_body} tổ chức" if o.host_body else ""
    day = f" vào ngày {fmt_date(o.held_on)}" if o.held_on else ""
    where = f" tại {o.venue}" if o.venue else ""
    return _sentence("", f"{sent} tham dự {o.title}{host}{day}{where}")


def totals_sentence(figures: ReportFigures) -> str | None:
    t = figures.event_totals
    if t is None or (t.events_held < 2 and t.outside_events < 2):
        return None
    parts = []
    if t.events_held:
        kinds = ", ".join(EVENT_NOUNS.get(k, k) for k in t.events_by_kind)
        parts.append(
            f"đã tổ chức {count(t.events_held)} cuộc ({kinds}) với {count(t.participants_reached)} "
            f"lượt đại biểu tham dự"
        )
    if t.outside_events:
        parts.append(
            f"cử {count(t.staff_sent)} lượt cán bộ tham dự {count(t.outside_events)} hội nghị, "
            f"hội thảo, tập huấn do cơ quan khác tổ chức"
        )
    return _sentence("Tổng cộng, ", "; ".join(parts))


def target_sentences(figures: ReportFigures) -> list[str]:
    return [
        f"- {t.description}: chỉ tiêu {value_text(t.target, t.unit)}, đạt {value_text(t.achieved, t.unit)}."
        for t in figures.targets
    ]


def task_sentences(figures: ReportFigures) -> list[str]:
    out = []
    for t in figures.tasks:
        if t.done == t.total:
            out.append(f"- {t.agency}: đã hoàn thành {count(t.done)}/{count(t.total)} nhiệm vụ được giao.")
            continue
        parts = [f"được giao {count(t.total)} nhiệm vụ"]
        for n, words in (
            (t.done, "đã hoàn thành"),
            (t.in_progress, "đang thực hiện"),
            (t.not_started, "chưa thực hiện"),
        ):
            if n:
                parts.append(f"{words} {count(n)}")
        line = f"- {t.agency}: " + ", ".join(parts)
        if t.overdue:
            line += f"; quá hạn {count(t.overdue)} nhiệm vụ"
        out.append(line + ".")
    total = sum(t.total for t in figures.tasks)
    if total:
        done = sum(t.done for t in figures.tasks)
        late = sum(t.overdue for t in figures.tasks)
        summary = f"Các cơ quan, đơn vị đã hoàn thành {count(done)}/{count(total)} nhiệm vụ được giao"
        summary += f"; còn {count(late)} nhiệm vụ quá hạn chưa hoàn thành." if late else "."
        out.append(summary)
    return out


def forms_sentence(figures: ReportFigures) -> str | None:
    forms = []
    text_channels = [c for c in dict.fromkeys(m.channel for m in figures.media if m.kind in TEXT_NOUNS) if c]
    if text_channels:
        forms.append("đăng tải tin, bài trên " + ", ".join(text_channels))
    if any(m.kind == "broadcast" for m in figures.media):
        forms.append("phát sóng chương trình phát thanh")
    social = [c for c in dict.fromkeys(m.channel for m in figures.media if m.kind == "social_post") if c]
    if social:
        forms.append("đăng bài trên " + ", ".join(social))
    if any(m.kind == "leaflet" for m in figures.media):
        forms.append("phát hành tờ rơi")
    if figures.banners:
        forms.append("treo " + ", ".join(BANNER_NOUNS.get(b.form, b.form) for b in figures.banners))
    held = list(dict.fromkeys(EVENT_NOUNS.get(e.kind, e.kind) for e in figures.events))
    if held:
        forms.append("tổ chức " + ", ".join(held))
    if figures.outside:
        forms.append("cử cán bộ tham dự hội nghị, hội thảo, tập huấn do cơ quan khác tổ chức")
    if not forms:
        return None
    return "- Hình thức thực hiện: " + "; ".join(forms) + "."


def draft_sections(
    figures: ReportFigures, plan_ref: str, reporter: str, title: str, addressee: str
) -> list[tuple[str, str]]:
    """(heading, body) pairs; body lines are paragraphs, "- " lines are bullets.
    The last pair has no heading: the closing paragraph."""
    content = [
        f"- Triển khai các nội dung tuyên truyền theo {plan_ref}."
        if plan_ref
        else "- Triển khai các nội dung tuyên truyền theo kế hoạch."
    ]
    forms = forms_sentence(figures)
    if forms:
        content.append(forms)
    results = media_sentences(figures)
    banner = banner_sentence(figures)
    if banner:
        results.append(banner)
    results += [event_sentence(e) for e in figures.events]
    results += [outside_sentence(o) for o in figures.outside]
    total = totals_sentence(figures)
    if total:
        results.append(total)
    if figures.targets:
        results.append("- Kết quả thực hiện các chỉ tiêu:")
        results += target_sentences(figures)
    if not results:
        results.append("- Chưa ghi nhận kết quả trong kỳ báo cáo.")
    sections = [(HEAD_CONTENT, "\n".join(content)), (HEAD_RESULTS, "\n".join(results))]
    tasks = task_sentences(figures)
    if tasks:
        sections.append((HEAD_TASKS, "\n".join(tasks)))
    sections.append(("", closing_text(title, reporter, addressee)))
    return sections


def closing_text(title: str, reporter: str, addressee: str) -> str:
    about = lower_first(title) if title else "kết quả thực hiện"
    of = f" của {reporter}" if reporter else ""
    to = f", kính gửi {addressee} tổng hợp, báo cáo" if clean_line(addressee) else ""
    return f"Trên đây là báo cáo {about}{of}{to}./."
