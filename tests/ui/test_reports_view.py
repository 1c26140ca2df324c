"""The Reports view: figures arrive block by block, clicks open the records behind them,
and the report goes to PDF, a printer and CSV."""

from __future__ import annotations

import re
import threading

import pytest

from cxlogger.core import reports
from cxlogger.ui.context import AppContext
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QCoreApplication, QKeySequence, QPoint, Qt
from cxlogger.ui.views.reports_view import BLOCK_TITLES, FigureCard, RecordsDialog, ReportsView
from tests.conftest import NOW
from tests.core.test_reports import Data, at
from tests.helpers import local_timezone, per_action


@pytest.fixture
def utc():
    with local_timezone("UTC"):
        yield


@pytest.fixture
def ctx(utc, db, paths, me):
    return AppContext(db, paths, me.id, clock=lambda: NOW)


@pytest.fixture
def data(db):
    """February 2026 (the view's default period at NOW): promises, complaints, a sale."""
    with db.session() as s:
        d = Data(per_action(s))
        d.promise(at(2026, 2, 10, 17), "kept", closed=at(2026, 2, 10, 17))  # on time
        d.promise(at(2026, 2, 12, 17), "kept", closed=at(2026, 2, 14, 17))  # late
        d.promise(at(2026, 2, 25, 17), owner=d.kim)  # overdue now
        d.promise(at(2026, 1, 20, 17), "kept", closed=at(2026, 1, 19, 9))  # January
        d.interaction(at(2026, 2, 6, 9), "complaint", staff=d.kim)
        d.interaction(at(2026, 2, 16, 9), "complaint")
        d.interaction(
            at(2026, 2, 7, 9), "purchase", amount_minor=12_345, currency="EUR", amount_kind="sale"
        )
        d.feedback(at(2026, 2, 10, 9), "csat", 2)
        return {"anna": d.anna.id, "kim": d.kim.id, "sam": d.sam.id}


def cards(view: ReportsView, key: str) -> dict[str, FigureCard]:
    section = view.sections[key]
    found = section.findChildren(FigureCard)
    return {card.figure.key: card for card in found}


def shown(qtbot, ctx, view) -> None:
    view.show()
    qtbot.waitUntil(view.settled, timeout=10_000)  # figures, charts and tables
    assert ctx.ops.wait_idle()
    # a widget added to a shown layout is shown by Qt on the next turn (a queued call):
    # the last table may have come in the turn that settled it (seen once on Python 3.13)
    QCoreApplication.processEvents()


def test_nothing_is_built_or_asked_until_the_view_is_first_shown(qtbot, ctx, data):
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    assert ctx.ops.wait_idle()
    assert not view.sections and not view.blocks
    shown(qtbot, ctx, view)
    assert view.period.currentText() == "Last month"
    assert (
        "2026-02-01" in view.compared.text()
        or "2/1/26" in view.compared.text()
        or view.compared.text()
    )
    kept = cards(view, "promises")["on_time"]
    assert kept.value.text() == "1"
    assert kept.change.text() == "same as before (1)"
    late = cards(view, "promises")["late"]
    assert (late.value.text(), late.change.text()) == ("1", "▲ +1 from 0 · worse")
    rate = cards(view, "promises")["rate"]
    assert rate.value.text().replace("\u202f", " ") == "33 %"
    assert cards(view, "money")["net_EUR"].value.text() == "€123.45"  # en_US
    charts = view.sections["promises"].chart_widgets
    assert [c.chart.categories for c in charts] == [["2026-02"]]
    assert view.pdf_button.isEnabled() and view.print_button.isEnabled()


def test_blocks_show_as_they_arrive(qtbot, ctx, data, monkeypatch):
    gate = threading.Event()
    slow = reports.BLOCKS["money"]

    def held(*args):
        gate.wait(10)
        return slow(*args)

    monkeypatch.setitem(reports.BLOCKS, "money", held)
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: "promises" in view.blocks and "activity" in view.blocks, timeout=10_000)
    assert cards(view, "promises")["made"].value.text() == "3"
    assert view.sections["money"].status.text() == "Counting…"
    assert not view.pdf_button.isEnabled()  # the PDF waits for the whole report
    gate.set()
    qtbot.waitUntil(view.complete, timeout=10_000)
    assert view.sections["money"].status.isHidden()
    assert view.pdf_button.isEnabled()


def test_the_staff_and_period_choices_change_the_figures(qtbot, ctx, data):
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    view.staff.setCurrentIndex(view.staff.findData(data["kim"]))
    qtbot.waitUntil(lambda: view.complete() and view.header.staff_id == data["kim"])
    assert cards(view, "promises")["overdue"].value.text() == "1"
    assert cards(view, "promises")["on_time"].value.text() == "0"
    view.staff.setCurrentIndex(0)
    view.period.setCurrentIndex(view.period.findData("this-quarter"))
    qtbot.waitUntil(lambda: view.complete() and view.header.period.first.month == 1)
    assert cards(view, "promises")["on_time"].value.text() == "2"  # January's too
    chart = view.sections["promises"].chart_widgets[0].chart
    assert chart.categories == ["2026-01", "2026-02", "2026-03"]


def test_a_click_on_a_figure_lists_its_records_and_opens_a_customer(qtbot, ctx, data):
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    opened = []
    view.open_customer.connect(opened.append)
    qtbot.mouseClick(cards(view, "promises")["late"], Qt.MouseButton.LeftButton)
    dialog = view.findChild(RecordsDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.addWidget(dialog)
    assert ctx.ops.wait_idle()
    assert dialog.windowTitle() == "Promises"
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 4).text() == "Kept late"
    assert dialog.summary.text().startswith("1 records")
    dialog.table.cellActivated.emit(0, 1)
    assert opened == [data["anna"]]


def test_a_click_on_an_interactions_figure_opens_the_log_filtered_to_it(qtbot, ctx, data):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_view("reports")
    view = window.reports_view
    qtbot.waitUntil(view.complete, timeout=10_000)
    qtbot.mouseClick(cards(view, "loop")["complaints"], Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "interactions"
    log = window.interactions_view
    assert log.kind.currentData() == "complaint"
    assert log.use_dates.isChecked()
    assert log.date_from.date().toString("yyyy-MM-dd") == "2026-02-01"
    assert log.date_to.date().toString("yyyy-MM-dd") == "2026-02-28"
    qtbot.waitUntil(lambda: log.model.rowCount() == 2, timeout=10_000)
    window.show_view("reports")  # every interaction of the month: the kind filter goes
    qtbot.mouseClick(cards(view, "activity")["interactions"], Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "interactions"
    assert log.kind.currentData() is None and log.staff.currentData() is None
    qtbot.waitUntil(lambda: log.model.rowCount() == 3, timeout=10_000)


def test_the_reports_view_has_its_ctrl_number_like_the_others(qtbot, ctx, data):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.sidebar.item(r).text() for r in range(window.sidebar.count())]
    assert titles[-1] == "Reports"
    action = next(a for a in window.view_menu.actions() if a.text() == "Reports")
    assert action.shortcut() == QKeySequence(f"Ctrl+{len(titles)}")
    action.trigger()
    assert window.current_view_key() == "reports"
    assert ctx.ops.wait_idle()


def test_a_click_on_a_month_bar_lists_that_month(qtbot, ctx, data):
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.period.setCurrentIndex(view.period.findData("this-quarter"))
    qtbot.waitUntil(lambda: view.complete() and view.header.period.first.month == 1)
    links = []
    view.sections["promises"].open_link.connect(links.append)
    chart = view.sections["promises"].chart_widgets[0]
    chart.resize(600, 240)
    chart.grab()  # paints it, as the screen would
    february = chart._areas[1].center().toPoint()
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=february)
    assert links and (links[0]["first"], links[0]["last"]) == ("2026-02-01", "2026-02-28")
    for dialog in view.findChildren(RecordsDialog):
        dialog.close()
    assert ctx.ops.wait_idle()


def test_pdf_export_writes_two_a4_pages_with_the_period_and_business(qtbot, ctx, data, tmp_path):
    from cxlogger.core.records import settings

    with ctx.db.session() as s, s.begin():
        settings.put(s, "business_name", "Weber Bikes")
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    target = tmp_path / "report.pdf"
    view.ask_path = lambda *a: str(target)
    view.pdf_button.click()
    raw = target.read_bytes()
    assert raw.startswith(b"%PDF")
    assert re.search(rb"/Count 2\b", raw)  # two pages
    assert re.search(rb"/MediaBox \[0 0 595", raw)  # A4: 595 x 842 points
    assert view.header.business_name == "Weber Bikes"
    assert not list(tmp_path.glob("*.part"))


def test_print_paints_the_same_pages_on_a_printer(qtbot, ctx, data, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from cxlogger.ui.widgets import report_pdf

    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    report_pdf.print_report(view.report(), printer)
    assert re.search(rb"/Count 2\b", (tmp_path / "printed.pdf").read_bytes())

    asked = []

    class Dialog:
        class DialogCode:
            Accepted = 1

        def __init__(self, printer, parent):
            asked.append(parent)

        def exec(self):
            return 0  # cancelled: nothing printed

    import PySide6.QtPrintSupport as support

    original = support.QPrintDialog
    support.QPrintDialog = Dialog
    try:
        view.print_button.click()
    finally:
        support.QPrintDialog = original
    assert asked == [view]


def test_each_table_saves_as_a_safe_csv(qtbot, ctx, data, tmp_path, db):
    from cxlogger.core.models import Staff

    with db.session() as s, s.begin():
        s.get(Staff, data["kim"]).name = "=Kim"
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    target = tmp_path / "staff.csv"
    view.ask_path = lambda *a: str(target)
    menu = view.sections["promises"].tables_button.menu()
    titles = [a.text() for a in menu.actions()]
    assert titles == ["“Promises by month”…", "“Promises due, per staff member”…"]
    menu.actions()[1].trigger()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Staff,Kept on time,Kept late,Broken,Overdue,Open,On-time rate %"
    assert "'=Kim,0,0,0,1,0,0.0" in lines
    view.csv_button.click()
    figures = target.read_text(encoding="utf-8-sig").splitlines()
    assert "Promises,Kept late,1,0,1,count," in figures


def test_changes_elsewhere_refresh_the_figures(qtbot, ctx, data, db):
    from cxlogger.core.models import Interaction

    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    assert cards(view, "loop")["complaints"].value.text() == "2"
    when = at(2026, 2, 20, 9)
    with db.session() as s, s.begin():
        s.add(
            Interaction(
                occurred_at=when,
                customer_id=data["anna"],
                channel="phone",
                kind="complaint",
                summary="x",
                staff_id=data["sam"],
                created_at=when,
            )
        )
    ctx.changes.changed.emit({"interactions"})
    qtbot.waitUntil(
        lambda: view.complete() and cards(view, "loop")["complaints"].value.text() == "3"
    )


def test_change_texts_say_which_way_and_whether_that_is_better():
    from cxlogger.core.reports import Figure
    from cxlogger.ui.views.reports_view import change_text

    assert change_text(Figure("nps", "NPS", 47.0, 17.0, unit="nps")) == (
        "▲ +30 from +17",
        "better",
    )
    assert change_text(Figure("broken", "Broken", 2, 5, better="down")) == (
        "▼ −3 from 5",
        "better",
    )
    rate = Figure("rate", "Rate", 0.5, 0.75, unit="percent")
    assert change_text(rate) == ("▼ −25 pts from 75\u202f%", "worse")
    assert change_text(Figure("x", "X", 3, None)) == ("nothing to compare with", "")
    assert change_text(Figure("x", "X", 3, 3)) == ("same as before (3)", "")


@pytest.fixture
def german(qapp):
    from cxlogger.ui import i18n
    from cxlogger.ui.qt import QLocale

    before = QLocale()
    i18n.install(qapp, "de")
    yield
    i18n.install(qapp, "en")
    QLocale.setDefault(before)


def test_every_text_of_the_core_s_report_is_translated(db, data, german):
    """Labels, chart and table titles, series, columns and notes come from core/reports.py
    in English, some with a number in them ("... after 3 days"): each is German on screen
    (before, they all stayed English: lupdate saw none of them)."""
    from cxlogger.ui.views.reports_view import report_text

    with db.session() as s:
        report = reports.build_report(s, reports.parse_period("last-month", NOW.date()), NOW)
    texts = set()
    for block in report.blocks:
        texts |= {block.title, block.note} | {f.label for f in block.figures}
        for chart in block.charts:
            texts |= {chart.title} | {name for name, _values in chart.series}
        for table in block.tables:
            texts |= {table.title, *table.columns}
    texts.discard("")
    same_in_german = {"NPS", "CSAT", "Feedback", "Netto", "Support"}
    english = sorted(t for t in texts if report_text(t) == t and t not in same_in_german)
    assert not english, ", ".join(english)
    assert (
        report_text("Complaints with no promise or resolution after 3 days")
        == "Reklamationen ohne Versprechen oder Lösung nach 3 Tagen"
    )
    assert report_text("Net sales by month (EUR)") == "Nettoumsatz nach Monat (EUR)"


# --- the blocks' tables on screen ------------------------------------------------------------


def tables(view: ReportsView, key: str) -> dict:
    return {t.table.key: t for t in view.sections[key].table_widgets}


def column(widget, col: int) -> list[str]:
    model = widget.model()
    return [model.index(r, col).data() for r in range(model.rowCount())]


def header(widget) -> list[str]:
    model = widget.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


def test_each_block_shows_its_tables_under_its_figures(qtbot, ctx, data):
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    promises = tables(view, "promises")
    assert list(promises) == ["promises_by_month", "promises_by_staff"]
    by_staff = promises["promises_by_staff"]
    assert by_staff.isVisibleTo(view)
    assert header(by_staff) == [
        "Staff",
        "Kept on time",
        "Kept late",
        "Broken",
        "Overdue",
        "Open",
        "On-time rate %",
    ]
    rows = [[by_staff.model().index(r, c).data() for c in range(7)] for r in range(2)]
    assert rows == [
        ["Kim", "0", "0", "0", "1", "0", "0\u202f%"],
        ["Sam", "1", "1", "0", "0", "0", "50\u202f%"],
    ]
    month = promises["promises_by_month"]
    assert column(month, 0) == ["Feb 2026"]  # the locale's month, not "2026-02"
    assert header(month)[:3] == ["Month", "Made", "Kept on time"]
    money = tables(view, "money")["money_by_month"]
    assert column(money, 2) == ["€123.45"]  # net, in the row's currency (en_US)
    kinds = tables(view, "activity")["by_kind"]
    assert column(kinds, 0)[:3] == ["Inquiry", "Purchase", "Complaint"]
    assert column(kinds, 1)[:3] == ["0", "1", "2"]
    # every table of every block is on screen
    for key, _title in BLOCK_TITLES:
        block = view.blocks[key]
        lists = {"unhandled_complaints", "low_ratings"}  # lists of records, tested below
        assert {t.key for t in block.tables if t.rows} == set(tables(view, key)) - lists, key


def test_a_table_sorts_by_a_column_and_a_click_still_opens_its_own_row(qtbot, ctx, data):
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    by_staff = tables(view, "promises")["promises_by_staff"]
    by_staff.resize(700, by_staff.height())
    titles = by_staff.horizontalHeader()
    overdue = QPoint(titles.sectionViewportPosition(4) + 5, titles.height() // 2)
    assert column(by_staff, 0) == ["Kim", "Sam"]  # by name, as the core sorts them
    qtbot.mouseClick(titles.viewport(), Qt.MouseButton.LeftButton, pos=overdue)
    assert column(by_staff, 0) == ["Sam", "Kim"]  # 0 overdue, then 1
    qtbot.mouseClick(titles.viewport(), Qt.MouseButton.LeftButton, pos=overdue)
    assert column(by_staff, 0) == ["Kim", "Sam"]
    assert column(by_staff, 4) == ["1", "0"]
    links = []
    view.sections["promises"].open_link.connect(links.append)
    kim = by_staff.visualRect(by_staff.model().index(0, 0)).center()
    qtbot.mouseClick(by_staff.viewport(), Qt.MouseButton.LeftButton, pos=kim)
    assert links == [
        {
            "list": "promises",
            "first": "2026-02-01",
            "last": "2026-02-28",
            "staff_id": data["kim"],
        }
    ]
    dialog = view.findChild(RecordsDialog)
    qtbot.addWidget(dialog)
    assert ctx.ops.wait_idle()
    assert dialog.table.rowCount() == 1
    assert [dialog.table.item(0, c).text() for c in (3, 4)] == ["Kim", "Overdue"]


def test_a_click_on_a_kind_row_opens_the_log_filtered_to_that_kind(qtbot, ctx, data):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.show_view("reports")
    view = window.reports_view
    qtbot.waitUntil(view.settled, timeout=10_000)
    kinds = tables(view, "activity")["by_kind"]
    view.scroll.ensureWidgetVisible(kinds)
    complaint = kinds.visualRect(kinds.model().index(2, 0)).center()
    qtbot.mouseClick(kinds.viewport(), Qt.MouseButton.LeftButton, pos=complaint)
    assert window.current_view_key() == "interactions"
    log = window.interactions_view
    assert log.kind.currentData() == "complaint"
    assert log.date_from.date().toString("yyyy-MM-dd") == "2026-02-01"
    qtbot.waitUntil(lambda: log.model.rowCount() == 2, timeout=10_000)


def test_enter_on_a_follow_up_kind_row_lists_that_kind_only(qtbot, ctx, data, db):
    from datetime import timedelta

    from cxlogger.core.models import FollowUp

    with db.session() as s, s.begin():
        for kind, day in (("thank", 3), ("feedback", 4), ("feedback", 5)):
            due = at(2026, 2, day, 9)
            s.add(
                FollowUp(
                    kind=kind,
                    customer_id=data["anna"],
                    due_at=due,
                    created_at=due - timedelta(days=1),
                    title=f"{kind} {day}",
                    status="done",
                    done_at=due,
                    rule_key=f"test:{kind}:{day}",
                )
            )
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    kinds = tables(view, "followups")["followups_by_kind"]
    assert column(kinds, 1) == ["1", "2", "0"]  # done: thank-yous, feedback asks, report-backs
    kinds.setCurrentIndex(kinds.model().index(1, 0))
    qtbot.keyClick(kinds, Qt.Key.Key_Return)
    dialog = view.findChild(RecordsDialog)
    qtbot.addWidget(dialog)
    assert ctx.ops.wait_idle()
    assert sorted(dialog.table.item(r, 3).text() for r in range(dialog.table.rowCount())) == [
        "feedback 4",
        "feedback 5",
    ]


def test_the_table_model_passes_the_model_tester(qtmodeltester, ctx, db, data):
    from cxlogger.ui.widgets.report_tables import ReportTableModel

    with db.session() as s:
        report = reports.build_report(s, reports.parse_period("last-month", NOW.date()), NOW)
    for block in report.blocks:
        for table in block.tables:
            qtmodeltester.check(ReportTableModel(table))


def test_the_tables_are_in_german_with_german_months_and_money(qtbot, ctx, data, german):
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    by_staff = tables(view, "promises")["promises_by_staff"]
    assert header(by_staff)[:3] == ["Mitarbeiter", "Pünktlich gehalten", "Verspätet gehalten"]
    assert column(tables(view, "promises")["promises_by_month"], 0) == ["Feb. 2026"]
    money = tables(view, "money")["money_by_month"]
    assert column(money, 2) == ["123,45\u00a0€"]
    assert money.accessibleName() == "Geld nach Monat"  # amounts, not "minor units"
    tip = money.model().index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Klicken Sie, um die Einträge dieser Zeile zu sehen."
    assert column(tables(view, "activity")["by_kind"], 0)[1] == "Kauf"
    qtbot.waitUntil(lambda: "low_ratings" in tables(view, "feedback"), timeout=10_000)
    low = tables(view, "feedback")["low_ratings"]
    assert low.accessibleName() == "Schlechte Bewertungen und was getan wurde"
    assert header(low)[:2] == ["Erhalten", "Kunde"]


# --- the tables in the PDF ---------------------------------------------------------------------


def pdf_text(path) -> list[str]:
    """The PDF's pages as text (poppler's pdftotext, in the order they were drawn)."""
    import shutil
    import subprocess
    import unicodedata

    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    out = subprocess.run(
        ["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    out = unicodedata.normalize("NFKC", out)  # the "ff" of "staff" is one ligature glyph
    return [" ".join(page.split()) for page in out.split("\f") if page.strip()]


def overlapping_words(path) -> list[tuple[int, str, str]]:
    """Words drawn over each other on a page of the PDF (pdftotext -bbox): a text that
    ran into its neighbour, or a line wrapped into the row below it."""
    import html
    import subprocess

    out = subprocess.run(
        ["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    found = []
    word = r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>'
    for number, page in enumerate(out.split("<page")[1:], 1):
        boxes = [(*map(float, m[:4]), html.unescape(m[4])) for m in re.findall(word, page)]
        for i, (x0, y0, x1, y1, text) in enumerate(boxes):
            for u0, v0, u1, v1, other in boxes[i + 1 :]:
                if min(x1, u1) - max(x0, u0) > 0.5 and min(y1, v1) - max(y0, v0) > 1.0:
                    found.append((number, text, other))
    return found


def test_the_pdf_has_the_per_staff_money_and_other_tables_on_its_two_pages(
    qtbot, ctx, data, tmp_path
):
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    target = tmp_path / "report.pdf"
    view.ask_path = lambda *a: str(target)
    view.pdf_button.click()
    first, second = pdf_text(target)
    assert "Promises due, per staff member" in first
    assert "Kim 0 0 0 1 0 0 %" in first  # its rows, as on screen
    assert "Sam 1 1 0 0 0 50 %" in first
    assert "Follow-ups by kind" in first
    assert "Money by month" in second and "minor units" not in second
    assert "Feb 2026 €123.45 €123.45 €0.00 €0.00 €0.00" in second
    assert "Interactions by channel" in second
    assert "Phone 3 0" in second  # this period, the period before
    assert "CSAT ratings" in second
    # the by-month tables of promises and the loop repeat their charts: not in the PDF
    assert "Promises by month" not in first and "Closing the loop by month" not in first
    assert overlapping_words(target) == []


def test_a_long_staff_table_is_cut_in_the_pdf_and_says_how_many_more(
    qtbot, ctx, data, db, tmp_path
):
    from cxlogger.core.models import Customer, Staff

    with db.session() as s:
        d = Data.__new__(Data)  # its helpers, on the fixture's customer
        d.s = per_action(s)
        d.anna = s.get(Customer, data["anna"])
        for n in range(11):
            with d.s.begin():
                person = Staff(name=f"Helper {n:02d}", active=True, created_at=at(2025, 1, 1))
                d.s.add(person)
            d.promise(at(2026, 2, 3 + n, 17), "kept", closed=at(2026, 2, 3, 9), owner=person)
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    assert len(view.blocks["promises"].tables[1].rows) == 13
    assert tables(view, "promises")["promises_by_staff"].model().rowCount() == 13  # all
    target = tmp_path / "report.pdf"
    view.ask_path = lambda *a: str(target)
    view.pdf_button.click()
    pages = pdf_text(target)
    assert len(pages) == 2
    assert "Helper 00" in pages[0] and "Helper 07" in pages[0]
    assert "Helper 08" not in pages[0]
    assert "Rows not shown: 5 (the table's CSV has them all)" in pages[0]


def test_the_german_pdf_keeps_its_long_words_whole(qtbot, ctx, data, german, tmp_path):
    """German titles are longer: the per-staff table goes under the chart at full width
    rather than cutting its titles ("Pünktlichkeitsquote %" was cut to "ktlichkeitsquote")
    and the long caption of unhandled complaints wraps onto a third line."""
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    target = tmp_path / "bericht.pdf"
    view.ask_path = lambda *a: str(target)
    view.pdf_button.click()
    first, second = pdf_text(target)
    assert "Fällige Versprechen je Mitarbeiter" in first
    assert "Pünktlich gehalten Verspätet gehalten" in first
    assert "Pünktlichkeitsquote %" in first
    assert "Kim 0 0 0 1 0 0 %" in first
    assert "Reklamationen ohne Versprechen oder Lösung nach 3 Tagen" in first
    assert "Geld nach Monat" in second and "Feb. 2026 123,45 €" in second
    assert overlapping_words(target) == []  # before: "Pünktlich" ran into "Verspätet"


def test_the_low_ratings_and_unhandled_complaints_are_listed_and_open_their_customer(
    qtbot, ctx, data, tmp_path
):
    view = ReportsView(ctx)
    qtbot.addWidget(view)
    shown(qtbot, ctx, view)
    qtbot.waitUntil(lambda: "low_ratings" in tables(view, "feedback"), timeout=10_000)
    low = tables(view, "feedback")["low_ratings"]
    assert header(low) == ["Received", "Customer", "Scale", "Rating", "Comment", "Action", "Told"]
    assert [low.model().index(0, c).data() for c in (1, 2, 3, 6)] == ["Anna", "CSAT", "2", "–"]
    qtbot.waitUntil(lambda: "unhandled_complaints" in tables(view, "loop"), timeout=10_000)
    complaints = tables(view, "loop")["unhandled_complaints"]
    assert column(complaints, 3) == ["Complaint", "Complaint"]
    assert column(complaints, 5) == ["Sam", "Kim"]  # newest first
    opened = []
    view.open_customer.connect(opened.append)
    complaints.row_clicked.emit(1)
    assert opened == [data["anna"]]
    target = tmp_path / "low.csv"
    view.ask_path = lambda *a: str(target)
    menu = view.sections["feedback"].tables_button.menu()
    titles = [a.text() for a in menu.actions()]
    assert titles[-1] == "“Low ratings and what was done”…"
    menu.actions()[-1].trigger()
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "Received,Customer,Scale,Rating,Comment,Action,Told"
    assert ",Anna,csat,2," in lines[1]
