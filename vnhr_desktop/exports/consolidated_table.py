"""The annex of a consolidated report as plain rows: one row per reporting unit,
one column per main figure, then the office's own records and the totals.
Shared by the PDF annex and the annex workbook."""

from __future__ import annotations

from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.domain.main_figures import MAIN_FIGURES, SHORT_LABELS
from vnhr_desktop.domain.printouts.consolidated import ConsolidatedView
from vnhr_desktop.domain.printouts.reporting import STATUS_TEXT

HEADERS = ["STT", "Đơn vị", "Báo cáo số, ngày", *(SHORT_LABELS[k] for k in MAIN_FIGURES)]


def annex_rows(view: ConsolidatedView) -> list[list[object]]:
    """Unit rows, then "Cơ quan thường trực" (own records), then "Tổng cộng"."""
    rows: list[list[object]] = []
    for i, u in enumerate(view.units, 1):
        ref = f"{u.number_symbol} ngày {fmt_date(u.issued_on)}" if u.number_symbol else ""
        note = f" ({STATUS_TEXT[u.status].lower()})" if u.status == "late" else ""
        rows.append([i, u.name + note, ref, *(u.values.get(k, 0) for k in MAIN_FIGURES)])
    rows.append(
        ["", f"{view.report.reporter} (kết quả của đơn vị tổng hợp)", "", *(view.own.get(k, 0) for k in MAIN_FIGURES)]
    )
    rows.append(["", "Tổng cộng", "", *(view.totals.get(k, 0) for k in MAIN_FIGURES)])
    return rows


def missing_rows(view: ConsolidatedView) -> list[list[object]]:
    return [[i, name, code] for i, (code, name) in enumerate(view.missing, 1)]
