"""Issue 14: Settings → General → "Add cxlogger to the applications menu" installs the menu
entry and its icons under the user's XDG data folder, and says so in the dialog."""
# ruff: noqa: F811  (pytest fixtures imported from tests.ui.reminders_helpers)

import struct

from cxlogger.ui.dialogs.settings_dialog import SettingsDialog
from cxlogger.ui.qt import QPushButton, Qt
from tests.ui.reminders_helpers import clock, ctx, utc  # noqa: F401


def make(qtbot, ctx, tmp_path):
    dialog = SettingsDialog(ctx, autostart_base=tmp_path / "config", platform="linux")
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.ready)  # the settings arrived from the background: tabs built
    return dialog


def the_button(dialog) -> QPushButton:
    (button,) = [
        b
        for b in dialog.findChildren(QPushButton)
        if b.text() == "Add cxlogger to the applications menu"
    ]
    return button


def test_the_button_installs_the_menu_entry_and_icons(qtbot, ctx, tmp_path, monkeypatch):
    share = tmp_path / "share"
    monkeypatch.setenv("XDG_DATA_HOME", str(share))
    dialog = make(qtbot, ctx, tmp_path)
    assert dialog.tabs.tabText(dialog.tabs.indexOf(the_button(dialog).parentWidget())) == (
        "General"
    )
    assert dialog.menu_entry_state.text() == ""
    assert not dialog.menu_entry_state.isVisibleTo(dialog)  # no empty line under the button

    qtbot.mouseClick(the_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.menu_entry_state.text() == (
        "cxlogger is in the applications menu now, with its icon. "
        "(If the menu does not show it yet, log out and in again.)"
    )
    assert dialog.menu_entry_state.isVisibleTo(dialog)
    desktop = (share / "applications" / "cxlogger.desktop").read_text("utf-8")
    assert "\nIcon=cxlogger\n" in desktop
    assert f"--data-dir {ctx.paths.data_dir}\n" in desktop
    png = share / "icons" / "hicolor" / "48x48" / "apps" / "cxlogger.png"
    assert struct.unpack(">II", png.read_bytes()[16:24]) == (48, 48)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "cxlogger.svg").exists()

    # opened again, it says the entry is there
    again = make(qtbot, ctx, tmp_path)
    assert again.menu_entry_state.text() == "cxlogger is in the applications menu."


def test_a_failure_is_a_sentence_in_the_dialog(qtbot, ctx, tmp_path, monkeypatch):
    share = tmp_path / "share"
    share.mkdir()
    (share / "applications").write_text("a file where the folder should be")
    monkeypatch.setenv("XDG_DATA_HOME", str(share))
    dialog = make(qtbot, ctx, tmp_path)

    qtbot.mouseClick(the_button(dialog), Qt.MouseButton.LeftButton)

    text = dialog.menu_entry_state.text()
    assert text.startswith("cxlogger could not be added to the applications menu: ")
    assert text.endswith(".") and "Traceback" not in text
