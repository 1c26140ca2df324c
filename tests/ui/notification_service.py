"""A private D-Bus session bus with a stand-in freedesktop notification service.

It answers Notify and GetCapabilities as GNOME's or KDE's service would, records what
it was asked to show, and emits ActionInvoked when a test "presses" a button, so the
tests check the whole round trip over a real bus without a desktop.
"""

from __future__ import annotations

import itertools
import shutil
import subprocess
import threading

import pytest

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"


@pytest.fixture
def session_bus(monkeypatch):
    """A dbus-daemon of the test's own; DBUS_SESSION_BUS_ADDRESS points at it."""
    if shutil.which("dbus-daemon") is None:
        pytest.skip("dbus-daemon is not installed (apt-get install dbus)")
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    address = daemon.stdout.readline().strip()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    yield address
    daemon.terminate()
    daemon.wait(timeout=5)


class NotificationService:
    """Owns org.freedesktop.Notifications on the session bus, on a thread of its own."""

    def __init__(self, capabilities=("actions", "body")):
        from jeepney import MessageType, message_bus
        from jeepney.io.threading import open_dbus_connection

        self.capabilities = list(capabilities)
        self.shown: list[dict] = []  # what Notify was asked, in order
        self._ids = itertools.count(1)
        self._seen = threading.Condition()
        self.conn = open_dbus_connection("SESSION")
        request = message_bus.RequestName(SERVICE)
        self.conn.send(request)
        while True:  # the name is ours before anyone asks (its reply: 1, primary owner)
            reply = self.conn.receive(timeout=5)
            if reply.header.message_type == MessageType.method_return:
                assert reply.body == (1,), reply.body
                break
        self._stop = False
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        from jeepney import MessageType, new_method_return
        from jeepney.io.threading import ReceiveStopped
        from jeepney.low_level import HeaderFields

        while not self._stop:
            try:
                msg = self.conn.receive(timeout=0.1)
            except TimeoutError:
                continue
            except ReceiveStopped:
                return
            if msg.header.message_type != MessageType.method_call:
                continue
            member = msg.header.fields.get(HeaderFields.member)
            if member == "GetCapabilities":
                self.conn.send(new_method_return(msg, "as", (self.capabilities,)))
            elif member == "Notify":
                app, _replaces, icon, title, body, actions, hints, timeout = msg.body
                nid = next(self._ids)
                with self._seen:
                    self.shown.append(
                        {
                            "id": nid,
                            "app": app,
                            "icon": icon,
                            "title": title,
                            "body": body,
                            "actions": dict(zip(actions[::2], actions[1::2], strict=True)),
                            "hints": hints,
                        }
                    )
                    self._seen.notify_all()
                self.conn.send(new_method_return(msg, "u", (nid,)))

    def press(self, notification_id: int, key: str) -> None:
        """What the desktop sends when a button (or, for "default", the bubble) is clicked."""
        from jeepney import DBusAddress, new_signal

        emitter = DBusAddress(PATH, interface=SERVICE)
        self.conn.send(new_signal(emitter, "ActionInvoked", "us", (notification_id, key)))

    def close(self, notification_id: int) -> None:
        from jeepney import DBusAddress, new_signal

        emitter = DBusAddress(PATH, interface=SERVICE)
        self.conn.send(new_signal(emitter, "NotificationClosed", "uu", (notification_id, 2)))

    def stop(self) -> None:
        self._stop = True
        self._thread.join(timeout=2)
        self.conn.close()
