"""A picture of the campaign window: one row per placement (or per place),
each bar spanning the planned period and coloured by where it stands on the
chosen day (not due yet, late to go up, up, should come down, taken down). The
days it actually hung are a darker strip along the bar's foot; the plan's
display window is shaded; a red line marks the day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from vnhr_desktop.domain.banner_rules import LATE, OVERDUE, REMOVED, UP, UPCOMING, placement_state
from vnhr_desktop.domain.dates import fmt_date
from vnhr_desktop.ui.labels import code_label
from vnhr_desktop.ui.models.banner_models import STATE_COLOURS, state_labels

LABEL_WIDTH = 250
AXIS_HEIGHT = 50
ROW_HEIGHT = 24
LANE_HEIGHT = 12
LEGEND_HEIGHT = 30
LEGEND_LINE = 22  # each further line of a wrapped legend
MARGIN = 8
MIN_DAY_WIDTH = 9.0
WINDOW_COLOUR = "#e6f2e6"


class BannerTimeline(QWidget):
    placementActivated = Signal(int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("bannerTimeline")
        self.setMouseTracking(True)
        self.setMinimumHeight(AXIS_HEIGHT + LEGEND_HEIGHT + ROW_HEIGHT * 2)
        self.timeline = None
        self.today = dt.date.today()
        self._hits: list[tuple[QRectF, object, str]] = []

    # -- data ----------------------------------------------------------------
    def set_timeline(self, timeline) -> None:
        self.timeline = timeline
        # Inside a resizable scroll area: as tall as all rows, at least readable wide.
        self.setMinimumSize(LABEL_WIDTH + 420, self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def set_today(self, today: dt.date) -> None:
        self.today = today
        self.update()

    def counts(self) -> dict[str, int]:
        """Bars per state on the chosen day."""
        out = {state: 0 for state in STATE_COLOURS}
        for bar in self._bars():
            out[self._state(bar)] += 1
        return out

    def _bars(self):
        if self.timeline is None:
            return []
        return [bar for row in self.timeline.rows for bar in row.bars]

    def _state(self, bar) -> str:
        return placement_state(bar.status, bar.start, bar.end, self.today)

    def _span(self) -> tuple[dt.date, dt.date]:
        span = self.timeline.span() if self.timeline else None
        if span is None:
            return self.today - dt.timedelta(days=7), self.today + dt.timedelta(days=30)
        first, last = span
        return first - dt.timedelta(days=1), last + dt.timedelta(days=1)

    def _row_heights(self) -> list[float]:
        rows = self.timeline.rows if self.timeline else []
        return [max(ROW_HEIGHT, LANE_HEIGHT * len(row.bars) + 6) for row in rows]

    def _rows_height(self) -> float:
        return max(sum(self._row_heights()), 2 * ROW_HEIGHT)

    def sizeHint(self) -> QSize:
        first, last = self._span()
        days = (last - first).days + 1
        return QSize(
            LABEL_WIDTH + int(days * MIN_DAY_WIDTH) + 2 * MARGIN,
            int(AXIS_HEIGHT + self._legend_height() + self._rows_height() + 3 * MARGIN),
        )

    def minimumSizeHint(self) -> QSize:
        return QSize(LABEL_WIDTH + 200, self.sizeHint().height())

    # -- geometry ----------------------------------------------------------------
    def _x(self, day: dt.date, first: dt.date, day_width: float) -> float:
        return LABEL_WIDTH + MARGIN + (day - first).days * day_width

    def _layout(self):
        first, last = self._span()
        days = (last - first).days + 1
        day_width = max((self.width() - LABEL_WIDTH - 2 * MARGIN) / days, 1.0)
        return first, last, day_width

    # -- painting --------------------------------------------------------------
    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        first, last, day_width = self._layout()
        top = float(MARGIN + self._legend_height())
        self._draw_legend(painter)
        self._draw_window(painter, first, day_width, top)
        self._draw_axis(painter, first, last, day_width, top)
        self._hits = []
        rows = self.timeline.rows if self.timeline else []
        if not rows:
            painter.setPen(QColor("#777777"))
            painter.drawText(
                QRectF(0, top + AXIS_HEIGHT, self.width(), ROW_HEIGHT * 2),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("No placements in this plan yet."),
            )
        y = top + AXIS_HEIGHT
        for index, (row, height) in enumerate(zip(rows, self._row_heights(), strict=True)):
            if index % 2:
                painter.fillRect(QRectF(0, y, self.width(), height), QColor(0, 0, 0, 10))
            self._draw_label(painter, row.label, y, height)
            self._draw_row(painter, row, y, height, first, day_width)
            y += height
        self._draw_today(painter, first, last, day_width, top)
        painter.end()

    def _legend_items(self) -> list[tuple[QColor, str]]:
        labels = state_labels()
        counts = self.counts()
        items = [
            (QColor(STATE_COLOURS[state]), f"{labels[state]} ({counts[state]})")
            for state in (UPCOMING, LATE, UP, OVERDUE, REMOVED)
        ]
        start, end = self.timeline.window if self.timeline else (None, None)
        if start and end:
            text = self.tr("Display window of the plan %1 - %2").replace("%1", fmt_date(start))
            items.append((QColor(WINDOW_COLOUR).darker(110), text.replace("%2", fmt_date(end))))
        return items

    def _legend_lines(self) -> list[list[tuple[float, QColor, str]]]:
        """The legend items with their x, wrapped onto more lines when the
        widget is narrower than one line of them (a 1024 px screen)."""
        metrics = QFontMetrics(self.font())
        lines: list[list[tuple[float, QColor, str]]] = [[]]
        x = MARGIN
        for colour, text in self._legend_items():
            width = 20 + metrics.horizontalAdvance(text) + 18
            if lines[-1] and x + width - 18 > self.width() - MARGIN:
                lines.append([])
                x = MARGIN
            lines[-1].append((x, colour, text))
            x += width
        return lines

    def _legend_height(self) -> int:
        return LEGEND_HEIGHT + LEGEND_LINE * (len(self._legend_lines()) - 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometry()  # the legend may wrap, and the height hint follows it

    def _draw_legend(self, painter: QPainter) -> None:
        painter.setPen(QColor("#222222"))
        for line_no, line in enumerate(self._legend_lines()):
            y = MARGIN + line_no * LEGEND_LINE
            for x, colour, text in line:
                painter.fillRect(QRectF(x, y + 4, 14, 14), colour)
                painter.drawText(QPointF(x + 20, y + 16), text)

    def _draw_window(self, painter: QPainter, first: dt.date, day_width: float, top: float) -> None:
        if not self.timeline:
            return
        start, end = self.timeline.window
        if not (start and end):
            return
        x0 = self._x(start, first, day_width)
        x1 = self._x(end, first, day_width) + day_width
        height = self.height() - top - MARGIN
        painter.fillRect(QRectF(x0, top, x1 - x0, height), QColor(WINDOW_COLOUR))

    def _draw_axis(self, painter: QPainter, first: dt.date, last: dt.date, day_width: float, top: float) -> None:
        """Month names on one line, day numbers on the next; the first line
        above them is left for the "today" label."""
        month_y, day_y = top + 18, top + 34
        axis_y = top + AXIS_HEIGHT - 2
        bottom = top + AXIS_HEIGHT + self._rows_height()
        step = next((n for n in (1, 2, 3, 7, 14) if n * day_width >= 42), 28)
        painter.setPen(QPen(QColor("#999999"), 1))
        painter.drawLine(QPointF(LABEL_WIDTH, axis_y), QPointF(self.width() - MARGIN, axis_y))
        day = first
        month_start = first
        while day <= last + dt.timedelta(days=1):
            x = self._x(day, first, day_width)
            if day.day == 1 or day > last:
                self._month_label(painter, month_start, first, day_width, x, month_y)
                month_start = day
                if day <= last:
                    painter.setPen(QPen(QColor("#9a9a9a"), 1))
                    painter.drawLine(QPointF(x, month_y), QPointF(x, bottom))
            if day <= last and (day - first).days % step == 0:
                painter.setPen(QPen(QColor("#e4e4e4"), 1))
                painter.drawLine(QPointF(x, axis_y), QPointF(x, bottom))
                painter.setPen(QColor("#555555"))
                painter.drawText(QRectF(x - 21, day_y, 42, 14), Qt.AlignmentFlag.AlignCenter, f"{day:%d/%m}")
            day += dt.timedelta(days=1)

    def _month_label(
        self, painter: QPainter, month_start: dt.date, first: dt.date, day_width: float, x_end: float, y: float
    ) -> None:
        x0 = self._x(month_start, first, day_width)
        text = self.tr("Month %1").replace("%1", f"{month_start:%m/%Y}")
        metrics = QFontMetrics(painter.font())
        if x_end - x0 < metrics.horizontalAdvance(text) + 6:
            text = f"{month_start:%m/%Y}"
        if x_end - x0 < metrics.horizontalAdvance(text) + 6:
            return
        painter.setPen(QColor("#444444"))
        painter.drawText(
            QRectF(x0 + 3, y, max(x_end - x0 - 6, 0), 14),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(max(x_end - x0 - 6, 0))),
        )

    def _draw_label(self, painter: QPainter, label: str, y: float, height: float) -> None:
        metrics = QFontMetrics(painter.font())
        painter.setPen(QColor("#222222"))
        text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, LABEL_WIDTH - 2 * MARGIN)
        painter.drawText(
            QRectF(MARGIN, y, LABEL_WIDTH - 2 * MARGIN, height),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )

    def _draw_row(self, painter: QPainter, row, y: float, height: float, first: dt.date, day_width: float) -> None:
        lanes = max(len(row.bars), 1)
        lane_height = (height - 6) / lanes
        for lane, bar in enumerate(row.bars):
            start = bar.start or bar.hung_on or first
            end = bar.end or bar.removed_on or max(self.today, start)
            x0 = self._x(start, first, day_width)
            x1 = self._x(end, first, day_width) + day_width
            rect = QRectF(x0, y + 3 + lane * lane_height, max(x1 - x0, 3.0), lane_height - 1)
            state = self._state(bar)
            colour = QColor(STATE_COLOURS[state])
            fill = QColor(colour)
            fill.setAlpha(90 if state == UPCOMING else 170)
            painter.setPen(QPen(colour.darker(130), 1))
            painter.setBrush(fill)
            if state == LATE:  # hatched: the bar is there on paper only
                painter.setBrush(QColor(STATE_COLOURS[LATE]).lighter(170))
                painter.drawRoundedRect(rect, 3, 3)
                hatch = QColor(colour)
                hatch.setAlpha(110)
                painter.setBrush(QBrush(hatch, Qt.BrushStyle.BDiagPattern))
            elif state == UPCOMING:
                painter.setPen(QPen(colour.darker(130), 1, Qt.PenStyle.DashLine))
            painter.drawRoundedRect(rect, 3, 3)
            self._draw_hung_strip(painter, bar, rect, first, day_width)
            if rect.height() >= 14 and rect.width() > 60:
                self._draw_bar_text(painter, bar.slogan, rect)
            tip = self._tooltip(bar, state)
            self._hits.append((rect, bar, tip))

    def _draw_bar_text(self, painter: QPainter, text: str, rect: QRectF) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
        painter.save()
        painter.setFont(font)
        painter.setPen(QColor("#10240f"))
        inner = rect.adjusted(6, 0, -6, -3)
        painter.drawText(
            inner,
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, int(inner.width())),
        )
        painter.restore()

    def _draw_hung_strip(self, painter: QPainter, bar, rect: QRectF, first: dt.date, day_width: float) -> None:
        if not bar.hung_on:
            return
        until = bar.removed_on or self.today
        if until < bar.hung_on:
            return
        x0 = self._x(bar.hung_on, first, day_width)
        x1 = min(self._x(until, first, day_width) + day_width, self.width() - MARGIN)
        strip = QRectF(x0, rect.bottom() - 4, x1 - x0, 3)
        painter.fillRect(strip, QColor("#1d4d2d") if bar.status != "removed" else QColor("#555555"))

    def _draw_today(self, painter: QPainter, first: dt.date, last: dt.date, day_width: float, top: float) -> None:
        words = self.tr("Today %1") if self.today == dt.date.today() else self.tr("Viewed day %1")
        label = words.replace("%1", fmt_date(self.today))
        painter.setPen(QPen(QColor("#d00000"), 2))
        if first <= self.today <= last:
            x = self._x(self.today, first, day_width) + day_width / 2
            bottom = top + AXIS_HEIGHT + self._rows_height()
            painter.drawLine(QPointF(x, top + 4), QPointF(x, bottom))
            width = QFontMetrics(painter.font()).horizontalAdvance(label)
            right_room = self.width() - MARGIN - x
            tx = x + 4 if right_room > width + 8 else x - width - 4
            painter.drawText(QPointF(tx, top + 13), label)
            return
        arrow = "→" if self.today > last else "←"
        text = self.tr("%1 is outside this picture %2").replace("%1", label).replace("%2", arrow)
        painter.drawText(
            QRectF(LABEL_WIDTH, top + 2, self.width() - LABEL_WIDTH - MARGIN, 14),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            if self.today > last
            else Qt.AlignmentFlag.AlignLeft,
            text,
        )

    def _tooltip(self, bar, state: str) -> str:
        lines = [
            bar.slogan,
            f"{code_label(bar.form)} · {bar.quantity}",
            f"{fmt_date(bar.start)} - {fmt_date(bar.end)}",
            state_labels()[state],
        ]
        if bar.hung_on:
            lines.append(self.tr("Hung on %1").replace("%1", fmt_date(bar.hung_on)))
        if bar.removed_on:
            lines.append(self.tr("Taken down on %1").replace("%1", fmt_date(bar.removed_on)))
        return "\n".join(lines)

    # -- interaction -------------------------------------------------------------
    def bar_at(self, pos: QPointF):
        for rect, bar, tip in self._hits:
            if rect.adjusted(-1, -1, 1, 1).contains(pos):
                return bar, tip
        return None, ""

    def mouseMoveEvent(self, event) -> None:
        bar, tip = self.bar_at(event.position())
        if bar is not None:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            QToolTip.hideText()

    def mouseDoubleClickEvent(self, event) -> None:
        bar, _ = self.bar_at(event.position())
        if bar is not None:
            self.placementActivated.emit(bar.placement_id)
