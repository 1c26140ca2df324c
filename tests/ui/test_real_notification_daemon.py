"""A reminder through a real notification daemon (dunst, as on many Linux desktops) on a
virtual X screen and a private session bus: it is shown, its default action opens the
follow-up in Today, and the daemon's history has it as cxlogger's."""
# ruff: noqa: F811  (pytest fixtures imported from helpers)

import json
import os
import shutil
import subprocess
import time

import pytest

from cxlogger.ui.desktop import reminders as reminders_mod
from cxlogger.ui.main_window import MainWindow
from cxlogger.ui.qt import QApplication
from tests.ui.notification_service import session_bus  # noqa: F401
from tests.ui.reminders_helpers import add_anna, clock, ctx, log, settle, utc  # noqa: F401

pytest.importorskip("jeepney")
NEEDED = ("Xvfb", "dunst", "dunstctl", "dbus-send")


@pytest.fixture
def dunst(session_bus, tmp_path):
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"not installed: {', '.join(missing)} (apt-get install xvfb dunst)")
    read, write = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    number = b""
    while not number.endswith(b"\n"):  # the whole line: closing early would kill Xvfb
        chunk = os.read(read, 16)
        if not chunk:
            pytest.fail("Xvfb did not start")
        number += chunk
    os.close(read)
    display = ":" + number.decode().strip()
    env = {**os.environ, "DISPLAY": display, "DBUS_SESSION_BUS_ADDRESS": session_bus}
    config = tmp_path / "dunstrc"
    config.write_text("[global]\n    history_length = 20\n[urgency_normal]\n    timeout = 0\n")

    def start_dunst():
        return subprocess.Popen(
            ["dunst", "-config", str(config)], env=env, stderr=subprocess.DEVNULL
        )

    daemon = start_dunst()

    def ctl(*args):
        return subprocess.run(
            ["dunstctl", *args], env=env, capture_output=True, text=True, timeout=10
        )

    deadline = time.monotonic() + 10
    while ctl("is-paused").returncode != 0:  # dunst owns the name once this answers
        if time.monotonic() > deadline:
            pytest.fail("dunst did not start")
        if daemon.poll() is not None:  # the X server was not quite ready: again
            daemon = start_dunst()
        time.sleep(0.1)
    yield ctl
    daemon.terminate()
    daemon.wait(timeout=5)
    xvfb.terminate()
    xvfb.wait(timeout=5)


def test_a_reminder_shows_in_the_daemon_and_its_default_action_opens_it(qtbot, dunst, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    rem = reminders_mod.install_reminders(
        QApplication.instance(), window, ctx, tray_available=lambda: True
    )
    balloons = []
    rem.tray.notify = lambda *args: balloons.append(args)
    try:
        with qtbot.waitSignal(rem.desktop.available, timeout=5000) as blocker:
            rem.desktop.start()
        assert blocker.args == [True] and rem.desktop.has_actions  # dunst offers buttons
        anna = add_anna(ctx)
        log(ctx, anna.id)
        rem.notifier.tick()
        settle(ctx)
        qtbot.waitUntil(lambda: dunst("count", "displayed").stdout.strip() == "1", timeout=5000)
        window.hide()
        assert dunst("action", "0").returncode == 0  # the default action: a click on it
        qtbot.waitUntil(window.isVisible, timeout=5000)
        settle(ctx)
        assert window.stack.currentWidget() is rem.today
        assert any(r.property("focused") == "true" for r in rem.today.rows.values())
        dunst("close-all")
        qtbot.waitUntil(lambda: "Thank: Anna" in dunst("history").stdout, timeout=5000)
        [shown] = json.loads(dunst("history").stdout)["data"][0]
        assert shown["appname"]["data"] == "cxlogger"
        assert shown["summary"]["data"] == "Thank: Anna Müller"
        assert "Bought the anniversary cake" in shown["body"]["data"]
        assert balloons == []
    finally:
        rem.desktop.stop()
        QApplication.instance().setQuitOnLastWindowClosed(True)
