"""Dark themes: every colour comes from the palette, so text stays readable.

Seen: with a dark GTK theme Today's overdue cards were a light pink (hard-coded) under the
theme's light text, and the dates and counts were drawn in the palette's "dark" colour."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

import pytest

from cxlogger.core.reminders import followups
from cxlogger.ui.qt import QApplication, QColor, QImage, QPalette
from cxlogger.ui.views.today_view import TodayView
from cxlogger.ui.widgets.widgets import ErrorLabel, contrast_ratio
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, utc  # noqa: F401

Role = QPalette.ColorRole
WCAG_AA = 4.5


def dark_palette() -> QPalette:
    """A dark theme as a desktop (GTK/KDE dark, Fusion) hands it to Qt."""
    palette = QPalette()
    for role, colour in {
        Role.Window: "#2b2b2b",
        Role.WindowText: "#e6e6e6",
        Role.Base: "#1e1e1e",
        Role.AlternateBase: "#262626",
        Role.Text: "#e6e6e6",
        Role.Button: "#353535",
        Role.ButtonText: "#e6e6e6",
        Role.Highlight: "#2f6fb5",
        Role.HighlightedText: "#ffffff",
        Role.PlaceholderText: "#8a8a8a",
        Role.Light: "#505050",
        Role.Midlight: "#404040",
        Role.Mid: "#303030",
        Role.Dark: "#1a1a1a",
        Role.Shadow: "#000000",
    }.items():
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["dark", "light"])
def theme(request, qapp):
    before = QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    else:
        qapp.setPalette(qapp.style().standardPalette())
    yield request.param
    qapp.setPalette(before)


def drawn(widget) -> QImage:
    return widget.grab().toImage()


def background_of(card) -> QColor:
    """The card's fill as drawn: a pixel inside its border, right of its content."""
    image = drawn(card)
    return image.pixelColor(image.width() - 6, image.height() // 2)


def text_colour(label) -> QColor:
    return label.palette().color(label.foregroundRole())


def ink_of(label, background: QColor) -> QColor:
    """The drawn pixel of ``label`` that differs most from ``background`` (its text)."""
    image = drawn(label)
    far, best = background, -1.0
    for x in range(0, image.width(), 1):
        for y in range(0, image.height(), 2):
            pixel = image.pixelColor(x, y)
            distance = contrast_ratio(pixel, background)
            if distance > best:
                far, best = pixel, distance
    return far


@pytest.fixture
def today(qtbot, ctx, clock, theme):
    """Today with an overdue card (a thank-you days old) and a fresh one."""
    anna = add_anna(ctx)
    log(ctx, anna.id)
    clock.advance(days=6)
    with ctx.session() as session:
        followups.refresh(session, clock())
    ben = add_anna(ctx, company="Ben's Bikes")
    log(ctx, ben.id, summary="Bought a bike")
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.resize(900, 700)
    view.show()
    qtbot.waitExposed(view)
    view.refresh()
    assert ctx.ops.wait_idle()
    QApplication.processEvents()
    return view


def test_todays_cards_are_readable(today, theme):
    rows = list(today.rows.values())
    assert {row.overdue for row in rows} == {True, False}, "need an overdue and a fresh card"
    for row in rows:
        back = background_of(row)
        for label in (row.title_label, row.due_label):
            assert contrast_ratio(text_colour(label), back) >= WCAG_AA, (theme, label.text())
            assert contrast_ratio(ink_of(label, back), back) >= WCAG_AA, (theme, label.text())
        link = row.customer_button
        assert contrast_ratio(link.palette().color(link.foregroundRole()), back) >= WCAG_AA
    if theme == "dark":  # the cards follow the theme: dark, not a light wash
        assert all(background_of(row).lightnessF() < 0.35 for row in rows)


def test_todays_header_texts_are_readable(today, theme):
    window = today.palette().color(Role.Window)
    for label in (today.date_label, today.summary):
        assert contrast_ratio(text_colour(label), window) >= WCAG_AA, (theme, label.text())


def test_error_sentences_are_readable(qtbot, theme):
    label = ErrorLabel()
    qtbot.addWidget(label)
    label.show_error("Enter the customer's name.")
    back = label.palette().color(Role.Window)
    assert contrast_ratio(text_colour(label), back) >= WCAG_AA
    assert text_colour(label) != QApplication.palette().color(Role.WindowText)  # it warns


def test_contrast_ratio_is_wcags():
    assert round(contrast_ratio(QColor("black"), QColor("white")), 1) == 21.0
    assert contrast_ratio(QColor("#777777"), QColor("#777777")) == 1.0
