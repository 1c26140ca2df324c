"""The report on two A4 pages: to a PDF file (QPdfWriter) or a printer (QPrinter).

The same painting code draws both (``render``). Pages are laid out in points (1/72
inch): the painter is scaled from the device's resolution, and fonts are sized in
pixels of that scaled space, so the page looks the same on any device. Colours come
from the style's standard (light) palette: the page is white paper whatever the
desktop's theme.

Each block's figures are on the left, its charts on the right; one of its tables goes
under the figures, in the space the taller charts leave there, so the report stays on
two pages (``PDF_TABLES``). The tables chosen are the ones a chart does not already
show: who keeps their promises (per staff member), the follow-ups by kind, the spread
of CSAT ratings (its chart is left out of the PDF), interactions by channel against the
previous period, and money by month (sales, refunds, credits and goodwill, which the
net-sales chart sums up). The by-month tables of promises, the loop, feedback and
activity repeat their charts and stay on screen and in the CSV. A table longer than
its room is cut after the rows that fit, with a line saying how many more there are.
"""

from __future__ import annotations

import os
import sys

from cxlogger.ui.qt import QCoreApplication, QFont, QLocale, QPainter, QPalette, Qt
from cxlogger.ui.views.reports_view import report_text

PAGE_W, PAGE_H, MARGIN = 595.0, 842.0, 36.0
PAGES = (("promises", "loop", "followups"), ("feedback", "activity", "money"))
PDF_TABLES = {
    "promises": "promises_by_staff",
    "followups": "followups_by_kind",
    "feedback": "csat_distribution",
    "activity": "by_channel",
    "money": "money_by_month",
}
TABLE_ROWS = {"promises_by_staff": 8, "money_by_month": 12}  # at most, then "… more"
PDF_SKIP_COLUMNS = {"money_by_month": ("Currency",)}  # the amounts name their currency
Role = QPalette.ColorRole


def paper_palette() -> QPalette:
    from cxlogger.ui.qt import QApplication, QGuiApplication

    app = QGuiApplication.instance()
    if isinstance(app, QApplication):
        return app.style().standardPalette()
    palette = QPalette()
    for role, colour in (
        (Role.Window, Qt.GlobalColor.white),
        (Role.Base, Qt.GlobalColor.white),
        (Role.Text, Qt.GlobalColor.black),
        (Role.WindowText, Qt.GlobalColor.black),
    ):
        palette.setColor(role, colour)
    return palette


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(size)))
    font.setBold(bold)
    return font


def _fitted(painter: QPainter, text: str, width: float, size: float, smallest: float) -> str:
    """Sets a font of ``size`` px, or smaller (down to ``smallest``) so that ``text``
    fits in ``width``; cut with "…" only if it does not fit even then."""
    while True:
        painter.setFont(_font(size))
        metrics = painter.fontMetrics()
        if metrics.horizontalAdvance(text) <= width - 1 or size - 0.5 < smallest:
            return metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width))
        size -= 0.5


def _wrapped_height(painter: QPainter, text: str, width: float) -> float:
    """How tall ``text`` is, wrapped to ``width`` in the painter's font."""
    from PySide6.QtCore import QRect

    flags = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)
    return float(
        painter.fontMetrics().boundingRect(QRect(0, 0, int(width), 1000), flags, text).height()
    )


def render(painter: QPainter, report, new_page, dpi: float) -> None:
    """Paint ``report``'s pages; ``new_page()`` starts the next one."""
    from PySide6.QtCore import QPointF, QRectF

    from cxlogger.ui.views.reports_view import change_text, figure_text
    from cxlogger.ui.widgets.formats import date_text, long_date_text
    from cxlogger.ui.widgets.report_charts import paint_chart
    from cxlogger.ui.widgets.widgets import muted_text

    palette = paper_palette()
    text = palette.color(Role.Text)
    muted = muted_text(palette, palette.color(Role.Base))
    blocks = {block.key: block for block in report.blocks}
    head = report.header
    scale = dpi / 72.0
    for page_number, keys in enumerate(PAGES):
        if page_number:
            new_page()
        painter.save()
        painter.scale(scale, scale)
        painter.fillRect(QRectF(0, 0, PAGE_W, PAGE_H), palette.color(Role.Base))
        y = MARGIN
        width = PAGE_W - 2 * MARGIN
        painter.setPen(text)
        if page_number == 0:
            painter.setFont(_font(18, True))
            business = head.business_name or "cxlogger"
            painter.drawText(QRectF(MARGIN, y, width, 24), Qt.AlignmentFlag.AlignLeft, business)
            painter.setFont(_font(9))
            painter.setPen(muted)
            painter.drawText(
                QRectF(MARGIN, y + 4, width, 14),
                Qt.AlignmentFlag.AlignRight,
                QCoreApplication.translate("Reports", "Made %1").replace(
                    "%1", long_date_text(head.now)
                ),
            )
            y += 26
            painter.setPen(text)
            painter.setFont(_font(13, True))
            painter.drawText(
                QRectF(MARGIN, y, width, 18),
                Qt.AlignmentFlag.AlignLeft,
                QCoreApplication.translate("Reports", "Report for %1").replace(
                    "%1", head.period.label()
                ),
            )
            y += 19
            painter.setFont(_font(9))
            painter.setPen(muted)
            line = (
                QCoreApplication.translate("Reports", "%1 to %2, compared with %3 to %4")
                .replace("%1", date_text(head.period.first))
                .replace("%2", date_text(head.period.last))
                .replace("%3", date_text(head.previous.first))
                .replace("%4", date_text(head.previous.last))
            )
            if head.staff_name:
                line += " · " + QCoreApplication.translate("Reports", "staff: %1").replace(
                    "%1", head.staff_name
                )
            painter.drawText(QRectF(MARGIN, y, width, 14), Qt.AlignmentFlag.AlignLeft, line)
            y += 20
        else:
            painter.setFont(_font(9))
            painter.setPen(muted)
            title = QCoreApplication.translate("Reports", "Report for %1").replace(
                "%1", head.period.label()
            )
            painter.drawText(
                QRectF(MARGIN, y, width, 14),
                Qt.AlignmentFlag.AlignLeft,
                f"{head.business_name or 'cxlogger'} · {title}",
            )
            y += 20
        for key in keys:
            block = blocks.get(key)
            if block is None:
                continue
            painter.setPen(text)
            painter.setFont(_font(12, True))
            painter.drawText(
                QRectF(MARGIN, y, width, 16),
                Qt.AlignmentFlag.AlignLeft,
                QCoreApplication.translate("Reports", block.title),
            )
            y += 17
            painter.setPen(muted)
            painter.drawLine(QPointF(MARGIN, y), QPointF(MARGIN + width, y))
            y += 4
            left_w = width * 0.56
            row_h = 12.5
            fy = y
            # captions as wide as this block's longest (at most 42 % of the column),
            # so that short ones ("Net sales") leave the change texts more room
            painter.setFont(_font(8.5))
            widest = max(
                (
                    painter.fontMetrics().horizontalAdvance(report_text(f.label))
                    for f in block.figures
                ),
                default=left_w,
            )
            label_w = min(left_w * 0.42, widest + 6)
            value_w = left_w * 0.21
            change_x = MARGIN + label_w + value_w + left_w * 0.02
            change_w = MARGIN + left_w + 6 - change_x
            for figure in block.figures:
                painter.setPen(text)
                wrapped_h = 0.0
                caption = report_text(figure.label)
                fitted = _fitted(painter, caption, label_w, 8.5, smallest=7.5)
                if fitted == caption:
                    painter.drawText(
                        QRectF(MARGIN, fy, label_w, row_h),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        caption,
                    )
                else:  # a long caption ("Complaints with no promise …") on two lines or more
                    painter.setFont(_font(7.5))
                    wrapped_h = max(wrapped_h, _wrapped_height(painter, caption, label_w))
                    painter.drawText(
                        QRectF(MARGIN, fy + 1, label_w, wrapped_h),
                        Qt.AlignmentFlag.AlignLeft
                        | Qt.AlignmentFlag.AlignTop
                        | Qt.TextFlag.TextWordWrap,
                        caption,
                    )
                painter.setFont(_font(8.5, True))
                painter.drawText(
                    QRectF(MARGIN + label_w, fy, value_w, row_h),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    figure_text(figure.value, figure.unit, figure.currency),
                )
                change, verdict = change_text(figure)
                if verdict:
                    change += " · " + QCoreApplication.translate("Reports", verdict)
                painter.setPen(muted)
                shown = _fitted(painter, change, change_w, 7.5, smallest=6.5)
                if shown == change:
                    painter.drawText(
                        QRectF(change_x, fy, change_w, row_h),
                        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                        change,
                    )
                else:  # "▼ −€24,836.75 from €105,430.74 · better": "better" is not cut off
                    painter.setFont(_font(7))
                    wrapped_h = max(wrapped_h, _wrapped_height(painter, change, change_w))
                    painter.drawText(
                        QRectF(change_x, fy + 1.5, change_w, wrapped_h),
                        Qt.AlignmentFlag.AlignLeft
                        | Qt.AlignmentFlag.AlignTop
                        | Qt.TextFlag.TextWordWrap,
                        change,
                    )
                fy += max(row_h, wrapped_h + 3)
            if not block.figures:
                painter.setFont(_font(8.5))
                painter.drawText(
                    QRectF(MARGIN, fy, left_w, row_h),
                    Qt.AlignmentFlag.AlignLeft,
                    QCoreApplication.translate("Reports", "Nothing recorded in this period."),
                )
                fy += row_h
            table = next((t for t in block.tables if t.key == PDF_TABLES.get(key) and t.rows), None)
            wide = table is not None and not table_fits(painter, table, left_w)
            note_h = 16.0 if block.note else 0.0  # the note under the table stays on the page
            if table is not None and block.figures and not wide:
                fy = paint_table(
                    painter,
                    QRectF(MARGIN, fy + 8, left_w, PAGE_H - MARGIN - fy - 8 - note_h),
                    table,
                    palette,
                    TABLE_ROWS.get(table.key, 12),
                )
            charts = [c for c in block.charts if c.key != "csat_spread"][:2]
            chart_h = 120.0 if len(charts) > 1 else 150.0
            cy = y
            for chart in charts:
                paint_chart(
                    painter,
                    QRectF(MARGIN + left_w + 14, cy, width - left_w - 14, chart_h),
                    chart,
                    palette,
                    _font(7.5),
                )
                cy += chart_h + 6
            y = max(fy, cy) + 4
            if wide and block.figures:  # too wide beside the charts: under both
                y = paint_table(
                    painter,
                    QRectF(MARGIN, y + 4, width, PAGE_H - MARGIN - y - 4 - note_h),
                    table,
                    palette,
                    TABLE_ROWS.get(table.key, 12),
                )
            if block.note:
                painter.setFont(_font(7))
                painter.setPen(muted)
                painter.drawText(
                    QRectF(MARGIN, y, width, 20),
                    Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                    report_text(block.note),
                )
                y += 14
            y += 8
        painter.setFont(_font(7))
        painter.setPen(muted)
        painter.drawText(
            QRectF(MARGIN, PAGE_H - MARGIN + 8, width, 12),
            Qt.AlignmentFlag.AlignRight,
            QCoreApplication.translate("Reports", "Page %1 of %2")
            .replace("%1", str(page_number + 1))
            .replace("%2", str(len(PAGES))),
        )
        painter.restore()


def _columns(painter: QPainter, heads: list[str], cells: list[list[str]], width: float):
    """Fonts, title widths and the least width of each column: as wide as its cells and
    its title's longest word (titles wrap), in 7 px type, or smaller when that is too
    wide (German: "Pünktlichkeitsquote %")."""
    pad = 3.0
    for size in (7.0, 6.5, 6.0):
        head_font, cell_font = _font(size, True), _font(size)
        painter.setFont(cell_font)
        metrics = painter.fontMetrics()
        cell_w = [
            max((metrics.horizontalAdvance(row[n]) for row in cells), default=0)
            for n in range(len(heads))
        ]
        painter.setFont(head_font)
        metrics = painter.fontMetrics()
        word_w = [max(metrics.horizontalAdvance(w) for w in (h.split() or [""])) for h in heads]
        head_w = [metrics.horizontalAdvance(h) for h in heads]
        widths = [max(c, w) + 2 * pad + 1 for c, w in zip(cell_w, word_w, strict=True)]
        if sum(widths) <= width:
            break
    return head_font, cell_font, head_w, widths


def _shown_columns(table) -> list[int]:
    skip = PDF_SKIP_COLUMNS.get(table.key, ())
    return [i for i, name in enumerate(table.columns) if name not in skip]


def table_fits(painter: QPainter, table, width: float, max_rows: int = 12) -> bool:
    """Whether ``table``'s columns fit in ``width`` (titles wrapped, type at least 6 px)."""
    from cxlogger.ui.widgets.report_tables import cell_text

    columns = _shown_columns(table)
    heads = [report_text(table.columns[i]) for i in columns]
    cells = [[cell_text(table, row, i) for i in columns] for row in table.rows[:max_rows]]
    return sum(_columns(painter, heads, cells, width)[3]) <= width


def paint_table(painter: QPainter, rect, table, palette: QPalette, max_rows: int) -> float:
    """``table`` (a core reports.Table) in ``rect``: its title, a header row and at most
    ``max_rows`` rows (and as many as fit); returns the y under it. Cells as on screen
    (report_tables.cell_text); columns as wide as their texts, shrunk to fit with "…"."""
    from PySide6.QtCore import QPointF, QRectF

    from cxlogger.ui.widgets.report_tables import cell_text, table_title
    from cxlogger.ui.widgets.widgets import muted_text

    text = palette.color(Role.Text)
    muted = muted_text(palette, palette.color(Role.Base))
    columns = _shown_columns(table)
    row_h, pad = 10.0, 3.0
    shown = table.rows[:max_rows]
    if not shown or rect.height() < 4 * row_h:
        return rect.top()
    heads = [report_text(table.columns[i]) for i in columns]
    cells = [[cell_text(table, row, i) for i in columns] for row in shown]
    # a column is as wide as its cells and its title's longest word (titles wrap on two
    # lines), or its whole title when that is wider still and there is room; a smaller
    # type when even that is too wide (German: "Pünktlichkeitsquote %")
    head_font, cell_font, head_w, widths = _columns(painter, heads, cells, rect.width())
    spare = rect.width() - sum(widths)
    for n in range(len(columns)):  # whole titles on one line where the room allows
        grow = head_w[n] + 2 * pad + 2 - widths[n]
        if 0 < grow <= spare:
            widths[n] += grow
            spare -= grow
    if sum(widths) > rect.width():
        factor = rect.width() / sum(widths)
        widths = [w * factor for w in widths]
    y = rect.top()
    painter.setFont(_font(7.5, True))
    painter.setPen(text)
    painter.drawText(
        QRectF(rect.left(), y, rect.width(), row_h + 1),
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
        painter.fontMetrics().elidedText(
            table_title(table), Qt.TextElideMode.ElideRight, round(rect.width())
        ),
    )
    y += row_h + 2

    def line(values, font, pen, height=row_h, wrap=False):
        painter.setFont(font)
        painter.setPen(pen)
        x = rect.left()
        for n, column in enumerate(columns):
            align = (
                Qt.AlignmentFlag.AlignRight
                if column in table.numeric
                else Qt.AlignmentFlag.AlignLeft
            )
            box = QRectF(x + pad, y, widths[n] - 2 * pad, height)
            if wrap:
                painter.drawText(
                    box, align | Qt.AlignmentFlag.AlignBottom | Qt.TextFlag.TextWordWrap, values[n]
                )
            else:
                painter.drawText(
                    box,
                    align | Qt.AlignmentFlag.AlignVCenter,
                    painter.fontMetrics().elidedText(
                        values[n], Qt.TextElideMode.ElideRight, int(widths[n] - 2 * pad)
                    ),
                )
            x += widths[n]

    painter.setFont(head_font)  # titles as many lines high as the longest wraps to
    head_h = max(
        row_h,
        *(_wrapped_height(painter, heads[n], widths[n] - 2 * pad) for n in range(len(columns))),
    )
    # as many rows as fit under the title and the header, with a line for the rest
    room = rect.bottom() - y - head_h - 1
    fit = int(room // row_h)
    if fit < len(table.rows) and len(cells) >= fit:
        cells = cells[: max(0, fit - 1)]  # the last line says how many are not shown
    shown = table.rows[: len(cells)]
    line(heads, head_font, muted, head_h, wrap=True)
    y += head_h
    painter.setPen(muted)
    painter.drawLine(QPointF(rect.left(), y), QPointF(rect.left() + sum(widths), y))
    y += 1
    for row in cells:
        line(row, cell_font, text)
        y += row_h
    more = len(table.rows) - len(shown)
    if more:
        painter.setFont(_font(7))
        painter.setPen(muted)
        # no plural form here: lupdate sees those only in tr() calls
        words = QCoreApplication.translate(
            "Reports", "Rows not shown: %1 (the table's CSV has them all)"
        ).replace("%1", QLocale().toString(more))
        painter.drawText(
            QRectF(rect.left(), y, rect.width(), row_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            words,
        )
        y += row_h
    return y + 3


def write_pdf(report, path: str) -> None:
    """The report as a two-page A4 PDF, written through a temporary file."""
    from pathlib import Path

    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    from cxlogger.core.storage import leftovers

    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    held = leftovers.private_temp(folder, target.name, suffix=".part")
    tmp = held.path
    try:
        writer = QPdfWriter(str(tmp))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Portrait)
        writer.setPageMargins(QPageLayout().margins())  # none: the page draws its own
        writer.setResolution(300)
        writer.setTitle(
            QCoreApplication.translate("Reports", "Report for %1").replace(
                "%1", report.header.period.label()
            )
        )
        writer.setCreator("cxlogger")
        painter = QPainter(writer)
        if not painter.isActive():
            raise OSError(f"cannot write {target}")
        try:
            render(painter, report, writer.newPage, writer.resolution())
        finally:
            painter.end()
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def print_report(report, printer) -> None:
    painter = QPainter(printer)
    try:
        render(painter, report, printer.newPage, printer.resolution())
    finally:
        painter.end()


def print_with_dialog(report, parent) -> bool:
    """Ask for a printer (the system's print dialog) and print; False if cancelled."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    from PySide6.QtGui import QPageSize

    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_report(report, printer)
    return True


def write_pdf_standalone(report, path: str) -> None:
    """For ``cxlogger report --format pdf``: a QGuiApplication (offscreen when there is no
    display) to paint with, then ``write_pdf``."""
    from cxlogger.ui.qt import QGuiApplication

    if QGuiApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication._report_app = QGuiApplication(sys.argv[:1])  # kept alive
    write_pdf(report, path)
