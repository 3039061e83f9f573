"""The figure tables of a report's Phụ lục, independent of the output format.

The PDF appendix pages and the annex workbook both render these, so the two
always show the same rows. Values stay typed (int, float, date, str); each
renderer formats them its own way.
"""

from __future__ import annotations

from dataclasses import dataclass

from vnhr_desktop.domain.enums import vi_label
from vnhr_desktop.domain.media_wording import media_line_text, span
from vnhr_desktop.domain.printouts.report import ReportView
from vnhr_desktop.domain.report_figures import ReportFigures, TargetLine
from vnhr_desktop.domain.target_units import unit_column
from vnhr_desktop.exports.pdf.labels import attachment_note


@dataclass(frozen=True)
class AnnexColumn:
    """``weight`` is the PDF width share, ``chars`` the workbook width; ``kind``
    text, int, decimal or date."""

    title: str
    weight: float = 1.0
    kind: str = "text"
    chars: float = 14.0
    fixed_mm: float | None = None


@dataclass(frozen=True)
class AnnexTable:
    key: str
    title: str
    columns: tuple[AnnexColumn, ...]
    rows: tuple[tuple[object, ...], ...]
    total: tuple[object, ...] | None = None


STT = AnnexColumn("STT", kind="int", chars=6, fixed_mm=12)
EMPTY = "Không có số liệu trong kỳ báo cáo."
BRIDGE_LIST_NOTE = "Số có mặt theo danh sách điểm danh; số tham dự do điểm cầu báo cáo."


def _n(value: int | None) -> int:
    return value if value else 0


def media_table(f: ReportFigures) -> AnnexTable:
    rows = tuple(
        (
            i,
            vi_label(m.kind),
            m.channel,
            m.items,
            m.quantity,
            m.minutes or None,
            media_line_text(m.kind, m.first_on, m.last_on, m.quantity),
        )
        for i, m in enumerate(f.media, start=1)
    )
    total = f.media_total()
    return AnnexTable(
        "media",
        "Tin, bài và sản phẩm truyền thông theo loại và kênh",
        (
            STT,
            AnnexColumn("Loại", 1.6, chars=22),
            AnnexColumn("Kênh đăng, phát", 3, chars=36),
            AnnexColumn("Số bản ghi", 1, "int", 11),
            AnnexColumn("Số lượng", 1, "int", 11),
            AnnexColumn("Thời lượng (phút)", 1.1, "decimal", 12),
            AnnexColumn("Thời gian, số lượng", 2.6, chars=34),
        ),
        rows,
        ("", "Tổng cộng", "", total.items, total.quantity, total.minutes or None, span(total.first_on, total.last_on))
        if rows
        else None,
    )


def banner_table(f: ReportFigures) -> AnnexTable:
    rows = tuple((i, vi_label(b.form), b.places, b.quantity) for i, b in enumerate(f.banners, start=1))
    return AnnexTable(
        "banners",
        "Băng rôn, pano, áp phích đã treo trong kỳ theo hình thức",
        (
            STT,
            AnnexColumn("Hình thức", 3, chars=34),
            AnnexColumn("Số điểm treo", 1, "int", 14),
            AnnexColumn("Số lượng", 1, "int", 12),
        ),
        rows,
        ("", "Tổng cộng", sum(b.places for b in f.banners), sum(b.quantity for b in f.banners)) if rows else None,
    )


def event_table(f: ReportFigures) -> AnnexTable:
    rows = tuple(
        (
            i,
            e.held_on,
            e.title,
            vi_label(e.kind),
            vi_label(e.format),
            e.venue,
            e.invited,
            e.registered,
            e.attended,
            e.reached,
        )
        for i, e in enumerate(f.events, start=1)
    )
    t = f.event_totals
    total = (
        (
            "",
            None,
            "Tổng cộng",
            "",
            "",
            "",
            sum(e.invited or 0 for e in f.events) or None,
            t.participants_registered if t else 0,
            sum(e.attended for e in f.events),
            t.participants_reached if t else 0,
        )
        if rows
        else None
    )
    return AnnexTable(
        "events",
        "Hội nghị, tập huấn, hội thảo, tọa đàm đã tổ chức",
        (
            STT,
            AnnexColumn("Ngày", 1.1, "date", 13),
            AnnexColumn("Tên hội nghị, tập huấn", 3.4, chars=44),
            AnnexColumn("Loại", 1, chars=12),
            AnnexColumn("Hình thức", 1.3, chars=16),
            AnnexColumn("Địa điểm", 1.6, chars=24),
            AnnexColumn("Được mời", 0.9, "int", 10),
            AnnexColumn("Đăng ký", 0.9, "int", 10),
            AnnexColumn("Có mặt", 0.9, "int", 10),
            AnnexColumn("Số đại biểu tham dự", 1, "int", 12),
        ),
        rows,
        total,
    )


def bridge_table(f: ReportFigures) -> AnnexTable:
    rows, n = [], 0
    for e in f.events:
        for bp in e.bridge_points:
            n += 1
            rows.append((n, e.title, bp.name, bp.registered, bp.attended, bp.reported))
    total = (
        ("", "Tổng cộng", "", sum(r[3] for r in rows), sum(r[4] for r in rows), sum(r[5] or 0 for r in rows))
        if rows
        else None
    )
    return AnnexTable(
        "bridge_points",
        "Đại biểu theo điểm cầu",
        (
            STT,
            AnnexColumn("Hội nghị", 3, chars=40),
            AnnexColumn("Điểm cầu", 2.2, chars=30),
            AnnexColumn("Đăng ký", 1, "int", 10),
            AnnexColumn("Có mặt", 1, "int", 10),
            AnnexColumn("Điểm cầu báo cáo", 1.2, "int", 12),
        ),
        tuple(rows),
        total,
    )


def outside_table(f: ReportFigures) -> AnnexTable:
    rows = tuple(
        (i, o.held_on, o.title, o.host_body, o.venue, o.staff_sent, o.staff_names)
        for i, o in enumerate(f.outside, start=1)
    )
    return AnnexTable(
        "outside",
        "Cử cán bộ tham dự hội nghị, hội thảo, tập huấn do cơ quan khác tổ chức",
        (
            STT,
            AnnexColumn("Ngày", 1.1, "date", 13),
            AnnexColumn("Tên sự kiện", 3, chars=40),
            AnnexColumn("Đơn vị tổ chức", 2.2, chars=30),
            AnnexColumn("Địa điểm", 1.4, chars=20),
            AnnexColumn("Số lượt cử", 0.9, "int", 10),
            AnnexColumn("Người được cử", 2, chars=30),
        ),
        rows,
        ("", None, "Tổng cộng", "", "", sum(o.staff_sent for o in f.outside), "") if rows else None,
    )


def task_table(f: ReportFigures) -> AnnexTable:
    counts = [(t.total, _n(t.done), _n(t.in_progress), _n(t.not_started), _n(t.overdue)) for t in f.tasks]
    rows = tuple((i, t.agency, *c) for i, (t, c) in enumerate(zip(f.tasks, counts, strict=True), start=1))
    total = ("", "Tổng cộng", *(sum(c[k] for c in counts) for k in range(5))) if rows else None
    return AnnexTable(
        "tasks",
        "Tình hình thực hiện nhiệm vụ theo cơ quan chủ trì",
        (
            STT,
            AnnexColumn("Cơ quan, đơn vị chủ trì", 3.4, chars=44),
            AnnexColumn("Được giao", 1, "int", 11),
            AnnexColumn("Đã hoàn thành", 1, "int", 12),
            AnnexColumn("Đang thực hiện", 1, "int", 12),
            AnnexColumn("Chưa thực hiện", 1, "int", 12),
            AnnexColumn("Quá hạn", 1, "int", 10),
        ),
        rows,
        total,
    )


def rate(line: TargetLine) -> float | None:
    if line.achieved is None or not line.target:
        return None
    return round(line.achieved / line.target * 100, 1)


def chart_title(f: ReportFigures) -> str:
    return "Chỉ tiêu và kết quả đạt được" if f.targets else "Kế hoạch và kết quả thực hiện"


def chart_values(figures: ReportFigures) -> tuple[list[float], list[float], str]:
    """(targets, achieved, unit label). Targets that are all percentages are drawn
    as they are; otherwise each pair is drawn as a share of its target (target =
    100 %), so a count of 765 and a count of 6 fit on one scale."""
    bars = list(figures.chart)
    if all(b.unit == "percent" for b in bars):
        return [b.target for b in bars], [b.achieved or 0 for b in bars], "%"
    return ([100.0 if b.target else 0.0 for b in bars], [rate(b) or 0.0 for b in bars], "% so với chỉ tiêu, kế hoạch")


def target_table(f: ReportFigures) -> AnnexTable:
    rows = tuple(
        (i, t.description, unit_column(t.unit), t.target, t.achieved, rate(t)) for i, t in enumerate(f.chart, start=1)
    )
    return AnnexTable(
        "targets",
        chart_title(f),
        (
            STT,
            AnnexColumn("Nội dung", 4, chars=60),
            AnnexColumn("Đơn vị tính", 1, chars=12),
            AnnexColumn("Chỉ tiêu", 1, "decimal", 11),
            AnnexColumn("Đạt", 1, "decimal", 11),
            AnnexColumn("Tỷ lệ đạt (%)", 1, "decimal", 12),
        ),
        rows,
    )


def report_attachment_note(view: ReportView) -> str:
    """ "(Kèm theo Báo cáo số 01/BC-... ngày ... của ...)" for a :class:`ReportView`."""
    return attachment_note("Báo cáo", view.number_symbol, view.issued_on, view.reporter, view.year)


def annex_tables(f: ReportFigures) -> list[AnnexTable]:
    tables = [media_table(f), banner_table(f), event_table(f)]
    bridges = bridge_table(f)
    if bridges.rows:
        tables.append(bridges)
    tables += [outside_table(f), task_table(f), target_table(f)]
    return tables
