"""Native notifications through the freedesktop notification service (D-Bus).

GNOME, KDE, XFCE and dunst all show these in their own style and keep them in
their notification list, with our buttons (Done, Snooze 1 hour, Open). Qt's tray
balloons are the fallback where no such service answers (Windows, macOS, a bare
X session). QtDBus in PySide6 cannot send the ``uint`` the Notify call needs, so
the talking is done by jeepney (pure Python, the D-Bus library keyring uses) on
a thread of its own: the GUI thread never waits for the bus.
"""

from __future__ import annotations

import logging
import os
import queue
import sys
import threading
from dataclasses import dataclass

from cxlogger.ui.qt import QObject, Signal

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"
CALL_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class Request:
    """One notification to show: ``actions`` are (key, label) pairs; ``target`` is what an
    action applies to (a follow-up id, or None for a summary)."""

    title: str
    body: str
    actions: tuple[tuple[str, str], ...]
    target: int | None
    icon: str = ""


def session_bus_present() -> bool:
    """Only Linux and the BSDs have the freedesktop service; it needs a session bus."""
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and bool(
        os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    )


class DesktopNotifications(QObject):
    """Sends notifications and reports the buttons people press on them.

    ``available`` says (once) whether a service answered and shows buttons;
    ``action`` is (target, key) when a button or the notification itself was
    clicked (key "default" for the notification); ``failed`` hands back a
    request the service did not take, for the tray to show instead.
    """

    available = Signal(bool)
    action = Signal(object, str)
    failed = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ready = False  # a service answered
        self.asking = False  # started, no answer yet
        self.has_actions = False
        self._targets: dict[int, int | None] = {}
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self._bridge = _Bridge()
        self._bridge.answered.connect(self._answered)
        self._bridge.invoked.connect(self._invoked)
        self._bridge.closed.connect(self._closed)
        self._bridge.not_sent.connect(self.failed)
        self._bridge.sent.connect(self._remember)

    def start(self) -> bool:
        """Connect in the background; False when there is no session bus to try."""
        if self._thread is not None:
            return True
        if not session_bus_present():
            return False
        try:
            import jeepney  # noqa: F401  (Linux only dependency)
        except ImportError:
            return False
        self._thread = threading.Thread(
            target=_talk, args=(self._queue, self._bridge), name="notifications", daemon=True
        )
        self.asking = True
        self._thread.start()
        return True

    def stop(self) -> None:
        if self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=2)
            self._thread = None

    def notify(self, request: Request) -> None:
        """Show it (in the background); a request the service refuses comes back on ``failed``."""
        if self._thread is None:
            self.failed.emit(request)
            return
        if not self.has_actions:  # a service without buttons: say how to act instead
            request = Request(request.title, request.body, (), request.target, request.icon)
        self._queue.put(request)

    # --- answers from the bus thread (queued onto the GUI thread) -------------------------------
    def _answered(self, ok: bool, has_actions: bool) -> None:
        self.ready, self.has_actions, self.asking = ok, has_actions, False
        if not ok:
            self._thread = None
        self.available.emit(ok)

    def _remember(self, notification_id: int, target) -> None:
        self._targets[notification_id] = target

    def _invoked(self, notification_id: int, key: str) -> None:
        if notification_id in self._targets:  # ours, not another app's
            self.action.emit(self._targets[notification_id], key)

    def _closed(self, notification_id: int) -> None:
        self._targets.pop(notification_id, None)


class _Bridge(QObject):
    """Signals emitted on the bus thread and delivered, queued, on the GUI thread."""

    answered = Signal(bool, bool)
    sent = Signal(int, object)
    not_sent = Signal(object)
    invoked = Signal(int, str)
    closed = Signal(int)


def _talk(requests: queue.Queue, bridge: _Bridge) -> None:  # on the notifications thread
    """Open the session bus, ask the service what it can do, then send what is asked for
    and pass on what is clicked, until ``None`` arrives."""
    from jeepney import DBusAddress, MatchRule, Message, message_bus, new_method_call
    from jeepney.io.threading import Proxy, open_dbus_router

    address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
    try:
        router_cm = open_dbus_router("SESSION")
        router = router_cm.__enter__()
    except Exception as exc:  # no bus, refused, a broken address
        log.info("no desktop notification service: %s", exc)
        bridge.answered.emit(False, False)
        return
    try:
        try:
            reply = router.send_and_get_reply(
                new_method_call(address, "GetCapabilities"), timeout=CALL_TIMEOUT_S
            )
            capabilities = reply.body[0] if reply.body else []
            if not isinstance(capabilities, list):
                raise TypeError(reply.body)
        except Exception as exc:  # nobody owns the name, or it answered nonsense
            log.info("the desktop notification service did not answer: %s", exc)
            bridge.answered.emit(False, False)
            return
        rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
        Proxy(message_bus, router, timeout=CALL_TIMEOUT_S).AddMatch(rule)
        with router.filter(rule, queue=requests):
            bridge.answered.emit(True, "actions" in capabilities)
            while True:
                item = requests.get()
                if item is None:
                    return
                if isinstance(item, Message):
                    _signal(item, bridge)
                    continue
                _send(router, address, item, bridge)
    finally:
        router_cm.__exit__(None, None, None)


def _send(router, address, request: Request, bridge: _Bridge) -> None:
    from jeepney import new_method_call

    actions: list[str] = []
    for key, label in request.actions:
        actions += [key, label]
    hints = {"desktop-entry": ("s", "cxlogger"), "urgency": ("y", 1)}
    body = (
        "cxlogger",
        0,  # replaces nothing: each follow-up stays in the list until dealt with
        request.icon,
        request.title,
        request.body,
        actions,
        hints,
        -1,  # the desktop's own timeout
    )
    try:
        message = new_method_call(address, "Notify", "susssasa{sv}i", body)
        reply = router.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
        notification_id = int(reply.body[0])
    except Exception as exc:
        log.warning("the desktop did not take a notification: %s", exc)
        bridge.not_sent.emit(request)
        return
    bridge.sent.emit(notification_id, request.target)


def _signal(message, bridge: _Bridge) -> None:
    from jeepney.low_level import HeaderFields

    member = message.header.fields.get(HeaderFields.member)
    try:
        if member == "ActionInvoked":
            notification_id, key = message.body
            bridge.invoked.emit(int(notification_id), str(key))
        elif member == "NotificationClosed":
            bridge.closed.emit(int(message.body[0]))
    except (TypeError, ValueError):
        log.info("an unexpected notification signal: %r", message.body)
