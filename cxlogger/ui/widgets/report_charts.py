"""The Reports view's charts, drawn with QPainter: bars per month, stacked bars, a line.

Why no chart library (see README, "Reports: charts"): the charts are a handful of bars
and a line. QPainter draws them on the screen, on a QPdfWriter page and on a printer
with the same code, takes its colours from the palette it is given (light, dark, or the
white-paper palette of the PDF), and costs no install size and no import time beyond
PySide6, which the app loads anyway. This module is imported when the Reports view is
first shown (or a PDF is written), not at start-up.

Series are told apart by more than colour: each has its own fill pattern, shown in the
legend, and every bar's tooltip names its series and value.
"""

from __future__ import annotations

from cxlogger.core.reports import Chart
from cxlogger.ui.qt import (
    QBrush,
    QColor,
    QCoreApplication,
    QFont,
    QLocale,
    QPainter,
    QPalette,
    QSize,
    Qt,
    QToolTip,
    QWidget,
    Signal,
)
from cxlogger.ui.views.reports_view import report_text
from cxlogger.ui.widgets.widgets import AMBER, GREEN, RED, mixed, muted_text

Role = QPalette.ColorRole
PATTERNS = (
    Qt.BrushStyle.SolidPattern,
    Qt.BrushStyle.BDiagPattern,
    Qt.BrushStyle.Dense4Pattern,
    Qt.BrushStyle.CrossPattern,
    Qt.BrushStyle.FDiagPattern,
    Qt.BrushStyle.HorPattern,
)


# series that mean "went well", "late", "went wrong" or "not settled yet" get the same
# colours in every chart; others take the palette's highlight, then the rest in turn
GOOD = ("Kept on time", "Told", "Done")
LATE = ("Kept late", "Dismissed")
BAD = ("Broken", "Overdue", "Not told")
UNSETTLED = ("Open", "Pending", "No longer needed")


def series_colours(palette: QPalette, names) -> list[QColor]:
    """Fill colours for the series ``names``, from the palette: the highlight, amber, red
    and green, each mixed towards the background, and the text colour faded."""
    back = palette.color(Role.Base)
    text = palette.color(Role.Text)
    highlight = mixed(back, palette.color(Role.Highlight), 0.85)
    amber, red, green = (mixed(back, c, 0.85) for c in (AMBER, RED, GREEN))
    grey = mixed(back, text, 0.45)
    cycle = [highlight, amber, green, red, grey]
    colours = []
    for index, name in enumerate(names):
        if name in GOOD:
            colours.append(highlight)
        elif name in LATE:
            colours.append(amber)
        elif name in BAD:
            colours.append(red)
        elif name in UNSETTLED:
            colours.append(grey)
        else:
            colours.append(cycle[index % len(cycle)])
    return colours


def month_label(category: str, with_year: bool = False) -> str:
    """ "2026-03" as the locale's short month name ("Mar", "mars")."""
    try:
        year, month = (int(part) for part in category.split("-"))
    except ValueError:
        return category
    name = QLocale().monthName(month, QLocale.FormatType.ShortFormat)
    return f"{name} {year}" if with_year else name


def value_text(value, unit: str) -> str:
    locale = QLocale()
    if value is None:
        return QCoreApplication.translate("Reports", "none")
    if unit.startswith("money:"):
        from cxlogger.ui.widgets.formats import money_text

        return money_text(int(value), unit.split(":", 1)[1])
    if unit == "rating":
        return locale.toString(float(value), "f", 2)
    if unit == "nps":
        return ("+" if value > 0 else "") + locale.toString(float(value), "f", 0)
    return locale.toString(int(value))


def _nice_step(span: float) -> float:
    raw = span / 4 or 1
    magnitude = 10 ** len(str(int(raw))) / 10 if raw >= 1 else 1
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * magnitude:
            return factor * magnitude
    return 10 * magnitude


def _axis(chart: Chart) -> tuple[float, float, float]:
    """Lowest and highest value on the y axis, and the step between grid lines."""
    if chart.unit == "rating":
        return 1.0, 5.0, 1.0
    if chart.unit == "nps":
        return -100.0, 100.0, 50.0
    values = []
    if chart.kind == "stacked":
        for index in range(len(chart.categories)):
            values.append(sum((s[1][index] or 0) for s in chart.series))
    else:
        values = [v for _name, series in chart.series for v in series if v is not None]
    scale = _money_scale(chart)
    low = min([0.0, *values]) / scale
    high = max([0.0, *values]) / scale
    step = _nice_step(high - low)
    bottom = step * int(low // step) if low < 0 else 0.0
    top = step * -int(-high // step) if high > 0 else step
    return bottom * scale, top * scale, step * scale


def _money_scale(chart: Chart) -> float:
    if chart.unit.startswith("money:"):
        from cxlogger.core.records import money

        try:
            return float(10 ** money.decimals(chart.unit.split(":", 1)[1]))
        except ValueError:
            return 100.0
    return 1.0


def _tick_text(value: float, chart: Chart) -> str:
    locale = QLocale()
    scale = _money_scale(chart)
    if scale != 1.0:
        major = value / scale
        if abs(major) >= 10_000:
            return locale.toString(major / 1000, "f", 0) + "k"
        return locale.toString(major, "f", 0)
    if chart.unit == "nps":
        return ("+" if value > 0 else "") + locale.toString(value, "f", 0)
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(value, "f", 1)


def paint_chart(painter: QPainter, rect, chart: Chart, palette: QPalette, font: QFont) -> list:
    """Draw ``chart`` in ``rect`` (QRectF); returns each category's hit area (QRectF)
    and the bars' (series, value, QRectF) for tooltips: ``(areas, bars)``."""
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QFontMetricsF, QPen

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    text_colour = palette.color(Role.Text)
    muted = muted_text(palette, palette.color(Role.Base))
    title_font = QFont(font)
    title_font.setBold(True)
    title = report_text(chart.title)
    metrics = QFontMetricsF(title_font)
    line = metrics.height()
    if metrics.horizontalAdvance(title) > rect.width():  # a long title (German): smaller
        shrunk = QFont(title_font)
        if font.pixelSize() > 0:
            shrunk.setPixelSize(max(1, round(font.pixelSize() * 0.85)))
        else:
            shrunk.setPointSizeF(font.pointSizeF() * 0.85)
        title_font, metrics = shrunk, QFontMetricsF(shrunk)
    painter.setFont(title_font)
    painter.setPen(text_colour)
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), line),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        metrics.elidedText(title, Qt.TextElideMode.ElideRight, rect.width()),
    )
    painter.setFont(font)
    small = QFontMetricsF(font)
    top = rect.top() + line + 4
    colours = series_colours(palette, [name for name, _v in chart.series])
    if len(chart.series) > 1:  # the legend: swatch (colour and pattern) and name
        x = rect.left()
        for index, (name, _values) in enumerate(chart.series):
            label = report_text(name)
            width = small.horizontalAdvance(label)
            if x > rect.left() and x + 16 + width > rect.right():
                x = rect.left()
                top += max(small.height(), 14) + 4
            _fill(painter, QRectF(x, top + 2, 12, 12), colours[index], index, palette)
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 16, top + 2 + small.ascent() - 1), label)
            x += 16 + width + 12
        top += small.height() + 6
    bottom, ceiling, step = _axis(chart)
    label_width = max(
        small.horizontalAdvance(_tick_text(v, chart)) for v in (bottom, ceiling, bottom + step)
    )
    headroom = small.height() * 1.5  # values above points and bars, clear of the title
    plot = QRectF(
        rect.left() + label_width + 6,
        top + headroom,
        rect.width() - label_width - 8,
        rect.bottom() - top - headroom - small.height() * 1.5 - 4,
    )
    span = (ceiling - bottom) or 1.0

    def y_of(value: float) -> float:
        return plot.bottom() - (value - bottom) / span * plot.height()

    grid = QPen(mixed(palette.color(Role.Base), text_colour, 0.18))
    grid.setWidthF(1.0)
    value = bottom
    while value <= ceiling + step / 1000:
        y = y_of(value)
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(muted)
        painter.drawText(
            QRectF(rect.left(), y - small.height() / 2, label_width, small.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _tick_text(value, chart),
        )
        value += step
    count = max(1, len(chart.categories))
    slot = plot.width() / count
    areas, bars = [], []
    months = all(len(c) == 7 and c[4] == "-" for c in chart.categories)
    years = {c[:4] for c in chart.categories} if months else set()
    every = max(1, int(small.horizontalAdvance("Mmm 0000") * 1.1 // slot) + 1)
    for index, category in enumerate(chart.categories):
        left = plot.left() + index * slot
        areas.append(QRectF(left, plot.top(), slot, plot.height() + small.height() + 4))
        if index % every == 0:
            text = month_label(category, with_year=len(years) > 1) if months else category
            painter.setPen(muted)
            painter.drawText(
                QRectF(left - slot, plot.bottom() + 2, slot * 3, small.height()),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                text,
            )
    if chart.kind == "line":
        pen = QPen(
            colours[0].darker(115) if palette.color(Role.Base).lightness() > 128 else colours[0]
        )
        pen.setWidthF(2.5)
        for _s, (name, values) in enumerate(chart.series):
            previous = None
            for index, value in enumerate(values):
                if value is None:
                    previous = None
                    continue
                point = QPointF(plot.left() + (index + 0.5) * slot, y_of(value))
                painter.setPen(pen)
                if previous is not None:
                    painter.drawLine(previous, point)
                painter.setBrush(QBrush(palette.color(Role.Base)))
                painter.drawEllipse(point, 4, 4)
                previous = point
                bars.append((name, value, QRectF(point.x() - 6, point.y() - 6, 12, 12), index))
                label = _tick_text(round(value, 1), chart)
                if small.horizontalAdvance(label) + 2 > slot:
                    continue  # too narrow for a value above each point: the tooltip has it
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(
                        point.x() - slot / 2, point.y() - small.height() - 6, slot, small.height()
                    ),
                    Qt.AlignmentFlag.AlignHCenter,
                    label,
                )
    else:
        zero = y_of(0.0)
        stacked = chart.kind == "stacked"
        groups = 1 if stacked else max(1, len(chart.series))
        width = min(slot * 0.7, 48.0)
        for index in range(len(chart.categories)):
            centre = plot.left() + (index + 0.5) * slot
            base = 0.0
            for s, (name, values) in enumerate(chart.series):
                value = values[index] or 0
                if stacked:
                    x = centre - width / 2
                    y1, y2 = y_of(base), y_of(base + value)
                    base += value
                    w = width
                else:
                    w = width / groups
                    x = centre - width / 2 + s * w
                    y1, y2 = zero, y_of(value)
                if not value:
                    continue
                bar = QRectF(x, min(y1, y2), w, abs(y2 - y1))
                _fill(painter, bar, colours[s], s, palette)
                bars.append((name, value, bar, index))
            if stacked and base and slot > small.horizontalAdvance("0000"):
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(
                        centre - slot / 2, y_of(base) - small.height() - 1, slot, small.height()
                    ),
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    _tick_text(base, chart),
                )
        painter.setPen(QPen(muted))
        painter.drawLine(QPointF(plot.left(), zero), QPointF(plot.right(), zero))
    painter.restore()
    return areas, bars


def _fill(painter: QPainter, rect, colour: QColor, index: int, palette: QPalette) -> None:
    painter.fillRect(rect, colour)
    pattern = PATTERNS[index % len(PATTERNS)]
    if pattern != Qt.BrushStyle.SolidPattern:
        over = QColor(palette.color(Role.Base))
        over.setAlpha(150)
        painter.fillRect(rect, QBrush(over, pattern))


class ChartWidget(QWidget):
    """One chart on screen; a click on a month (or a rating) emits its index."""

    clicked = Signal(int)

    def __init__(self, chart: Chart, parent=None):
        super().__init__(parent)
        self.chart = chart
        self._areas: list = []
        self._bars: list = []
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(300, 220))
        self.setAccessibleName(report_text(chart.title))
        self.setToolTip(
            QCoreApplication.translate("Reports", "Click a bar to see the records behind it.")
        )

    def set_chart(self, chart: Chart) -> None:
        self.chart = chart
        self.update()

    def paintEvent(self, _event) -> None:
        from PySide6.QtCore import QRectF

        painter = QPainter(self)
        rect = QRectF(self.rect()).adjusted(8, 6, -8, -6)
        painter.fillRect(self.rect(), self.palette().color(Role.Base))
        self._areas, self._bars = paint_chart(
            painter, rect, self.chart, self.palette(), self.font()
        )
        painter.end()

    def category_at(self, pos) -> int | None:
        for index, area in enumerate(self._areas):
            if area.contains(pos):
                return index
        return None

    def mouseMoveEvent(self, event) -> None:
        pos = event.position()
        hit = next((b for b in self._bars if b[2].adjusted(-2, -2, 2, 2).contains(pos)), None)
        index = self.category_at(pos)
        clickable = index is not None and bool(self.chart.links) and index < len(self.chart.links)
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        if hit is not None:
            name, value, _rect, at = hit
            category = self.chart.categories[at]
            where = month_label(category, True) if len(category) == 7 else category
            QToolTip.showText(
                event.globalPosition().toPoint(),
                f"{where} · {report_text(name)}: {value_text(value, self.chart.unit)}",
                self,
            )
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        index = self.category_at(event.position())
        if index is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(index)
        super().mouseReleaseEvent(event)
