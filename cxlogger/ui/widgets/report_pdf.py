"""The report on two A4 pages: to a PDF file (QPdfWriter) or a printer (QPrinter).

The same painting code draws both (``render``). Pages are laid out in points (1/72
inch): the painter is scaled from the device's resolution, and fonts are sized in
pixels of that scaled space, so the page looks the same on any device. Colours come
from the style's standard (light) palette: the page is white paper whatever the
desktop's theme.
"""

from __future__ import annotations

import os
import sys

from cxlogger.ui.qt import QCoreApplication, QFont, QPainter, QPalette, Qt
from cxlogger.ui.views.reports_view import report_text

PAGE_W, PAGE_H, MARGIN = 595.0, 842.0, 36.0
PAGES = (("promises", "loop", "followups"), ("feedback", "activity", "money"))
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
            for figure in block.figures:
                painter.setFont(_font(8.5))
                painter.setPen(text)
                painter.drawText(
                    QRectF(MARGIN, fy, left_w * 0.42, row_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    painter.fontMetrics().elidedText(
                        report_text(figure.label),
                        Qt.TextElideMode.ElideRight,
                        round(left_w * 0.42),
                    ),
                )
                painter.setFont(_font(8.5, True))
                painter.drawText(
                    QRectF(MARGIN + left_w * 0.42, fy, left_w * 0.21, row_h),
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                    figure_text(figure.value, figure.unit, figure.currency),
                )
                change, verdict = change_text(figure)
                if verdict:
                    change += " · " + QCoreApplication.translate("Reports", verdict)
                painter.setFont(_font(7.5))
                painter.setPen(muted)
                painter.drawText(
                    QRectF(MARGIN + left_w * 0.65, fy, left_w * 0.35 + 6, row_h),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    painter.fontMetrics().elidedText(
                        change, Qt.TextElideMode.ElideRight, round(left_w * 0.35 + 6)
                    ),
                )
                fy += row_h
            if not block.figures:
                painter.setFont(_font(8.5))
                painter.drawText(
                    QRectF(MARGIN, fy, left_w, row_h),
                    Qt.AlignmentFlag.AlignLeft,
                    QCoreApplication.translate("Reports", "Nothing recorded in this period."),
                )
                fy += row_h
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
