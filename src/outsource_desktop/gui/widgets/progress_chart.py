"""A small bar chart of ratings per day, painted with QPainter.

QtCharts is not part of PySide6-Essentials, and a few weeks of bars need no
more than rectangles and labels. Colours come from the palette, so the chart
follows the light or dark theme; a day's figure is in the bar's tooltip and
the whole series in words in the accessible description.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QHelpEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QToolTip, QWidget

from outsource_desktop.gui.accessibility import describe
from outsource_desktop.gui.plain_text import plain_tooltip
from outsource_desktop.i18n import day_and_month, translate

LEFT, RIGHT, TOP, BOTTOM = 34, 8, 10, 22  # room for the scale and the dates, in pixels
BAR_SHARE = 0.7  # of each day's width; the rest is the gap between bars
WEEK = 7


def nice_ceiling(value: int) -> int:
    """The scale's top: 1, 2 or 5 times a power of ten, at least `value` (and at least 1)."""
    if value <= 1:
        return 1
    power = int(10 ** math.floor(math.log10(value)))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def day_label(day: dt.date, today: dt.date) -> str:
    """Under a bar: 'Today', or the day and month ('3 Dec', or in Hindi the month in full)."""
    if day == today:
        return translate("ProgressChart", "Today")
    return translate("ProgressChart", "{day} {month}").format(
        day=day.day, month=short_month_name(day.month)
    )


def short_month_name(month: int) -> str:
    names = (
        translate("ProgressChart", "Jan"),
        translate("ProgressChart", "Feb"),
        translate("ProgressChart", "Mar"),
        translate("ProgressChart", "Apr"),
        translate("ProgressChart", "May"),
        translate("ProgressChart", "Jun"),
        translate("ProgressChart", "Jul"),
        translate("ProgressChart", "Aug"),
        translate("ProgressChart", "Sep"),
        translate("ProgressChart", "Oct"),
        translate("ProgressChart", "Nov"),
        translate("ProgressChart", "Dec"),
    )
    return names[month - 1]


def reviews_text(count: int) -> str:
    if count == 1:
        return translate("ProgressChart", "1 review")
    return translate("ProgressChart", "{count} reviews").format(count=count)


class ReviewChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.days: list[tuple[dt.date, int]] = []
        describe(self, translate("ProgressChart", "Reviews per day"), "")
        self.setMinimumSize(360, 160)

    def sizeHint(self) -> QSize:
        return QSize(640, 200)

    def set_days(self, days: Sequence[tuple[dt.date, int]]) -> None:
        """The days to show, oldest first, with the number of ratings made on each."""
        self.days = list(days)
        self.setAccessibleDescription(self.summary())
        self.update()

    def summary(self) -> str:
        if not self.days:
            return translate("ProgressChart", "No days to show.")
        total = sum(count for _day, count in self.days)
        busiest = max(self.days, key=lambda entry: entry[1])
        if not total:
            return translate("ProgressChart", "{reviews} in the last {days} days.").format(
                reviews=reviews_text(total), days=len(self.days)
            )
        active = sum(1 for _day, count in self.days if count)
        wording = (
            translate(
                "ProgressChart",
                "{reviews} in the last {days} days, on 1 day; busiest {busiest}, with {most}.",
            )
            if active == 1
            else translate(
                "ProgressChart",
                "{reviews} in the last {days} days, on {active} days; "
                "busiest {busiest}, with {most}.",
            )
        )
        return wording.format(
            reviews=reviews_text(total),
            days=len(self.days),
            active=active,
            busiest=day_and_month(busiest[0]),
            most=busiest[1],
        )

    # Geometry ---------------------------------------------------------------------

    def _plot(self) -> QRect:
        return self.rect().adjusted(LEFT, TOP, -RIGHT, -BOTTOM)

    def _slot(self, index: int) -> QRectF:
        """The full-height column of day `index`: its bar is drawn in the middle of it."""
        plot = self._plot()
        width = plot.width() / max(1, len(self.days))
        return QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def day_at(self, point: QPoint) -> int | None:
        for index in range(len(self.days)):
            if self._slot(index).contains(point.toPointF()):
                return index
        return None

    # Painting ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.days:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        plot = self._plot()
        top_value = nice_ceiling(max(count for _day, count in self.days))

        # Scale: the baseline and a line at the top value, each labelled.
        # The text colour, faded: Mid all but vanishes on a dark theme's window.
        scale_colour = palette.color(QPalette.ColorRole.Text)
        scale_colour.setAlpha(90)
        painter.setPen(scale_colour)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.topLeft(), plot.topRight())
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        for value, y in ((top_value, plot.top()), (0, plot.bottom())):
            label = QRect(0, y - 8, LEFT - 6, 16)
            painter.drawText(
                label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(value)
            )

        today = self.days[-1][0]
        bar_colour = palette.color(QPalette.ColorRole.Highlight)
        for index, (day, count) in enumerate(self.days):
            slot = self._slot(index)
            bar_width = max(2.0, slot.width() * BAR_SHARE)
            left = slot.center().x() - bar_width / 2
            height = plot.height() * count / top_value
            if count:
                painter.fillRect(
                    QRectF(left, plot.bottom() - height, bar_width, height), bar_colour
                )
            # Dates under the bars: today's, then one a week back from it.
            if (len(self.days) - 1 - index) % WEEK == 0:
                date_label = QRectF(slot.center().x() - 40, plot.bottom() + 3, 80, BOTTOM - 3)
                painter.drawText(date_label, Qt.AlignmentFlag.AlignHCenter, day_label(day, today))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.day_at(event.pos())
            if index is None:
                QToolTip.hideText()
            else:
                day, count = self.days[index]
                text = f"{day_and_month(day)}: {reviews_text(count)}"
                QToolTip.showText(event.globalPos(), plain_tooltip(text), self)
            return True
        return super().event(event)
