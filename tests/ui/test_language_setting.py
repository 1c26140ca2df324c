"""Settings → General → Language: kept for this desktop, used at the next start (issue 14)."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

from cxlogger.core.storage import local_config
from cxlogger.ui import app, i18n
from cxlogger.ui.dialogs.settings_dialog import SettingsDialog
from cxlogger.ui.qt import QCoreApplication, QLocale
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, settle, utc  # noqa: F401


def make(qtbot, ctx, tmp_path):
    dialog = SettingsDialog(ctx, autostart_base=tmp_path / "config", platform="linux")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)
    return dialog


def test_the_language_chosen_in_settings_is_used_at_the_next_start(qtbot, qapp, ctx, tmp_path):
    dialog = make(qtbot, ctx, tmp_path)
    assert dialog.language.currentData() == ""  # as the computer is set
    assert dialog.language.itemText(0).startswith("As the computer is set (")
    assert [dialog.language.itemText(i) for i in range(1, dialog.language.count())] == [
        "English",
        "Deutsch",
        "Français",
        "Español",
        "Norsk bokmål",
    ]
    dialog.language.setCurrentIndex(dialog.language.findData("nb"))
    dialog.accept()
    assert ctx.ops.wait_idle()
    assert local_config.load(ctx.paths.data_dir)["language"] == "nb"
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # not until restart

    before = QLocale()
    try:
        assert app.install_language(qapp, ctx.paths) == "nb"  # what the next start does
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fil"
        assert QLocale().name() == "nb_NO"
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)


def test_a_norwegian_start_turns_the_built_in_templates_norwegian(qtbot, qapp, ctx):
    from cxlogger.core.reminders import message_templates

    before = QLocale()
    try:
        i18n.install(qapp, "nb")
        app.localize_templates(ctx)
        settle(ctx)
    finally:
        i18n.install(qapp, "en")
        QLocale.setDefault(before)
    with ctx.session() as session:
        [thank] = message_templates.list_templates(session, "thank")
        assert (thank.name, thank.subject) == ("Takkemelding", "Takk")


def test_overdue_is_said_in_words_not_only_in_colour(qtbot, ctx, clock):
    """An overdue card carries the word 'Overdue' beside its colour."""
    from cxlogger.ui.qt import QLabel
    from cxlogger.ui.views.today_view import TodayView

    anna = add_anna(ctx)
    log(ctx, anna.id)
    clock.advance(days=10)
    view = TodayView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.refresh()
    settle(ctx)
    rows = list(view.rows.values())
    assert rows
    for row in rows:  # the thank-you was due ten days ago, and so is everything after it
        words = [label.text() for label in row.findChildren(QLabel) if label.isVisibleTo(row)]
        assert "Overdue" in words, words
