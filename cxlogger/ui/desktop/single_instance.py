"""One window per data folder: the second start brings the first to the front and exits.

The instance lock (core.instance_lock) decides who runs; the running copy listens
on a local socket named after the data folder, and a second copy that cannot
get the lock sends it "show" and exits.

The app takes the lock before its window and starts listening once the window has
painted (``claim(paths, listen=False)``, then ``listen()``): QtNetwork is not loaded
before the first paint, and a second copy keeps trying to reach the first for a few
seconds anyway.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING

from cxlogger.core.storage.instance_lock import AlreadyRunningError, InstanceLock, server_name
from cxlogger.core.storage.paths import AppPaths
from cxlogger.ui.qt import QObject, Signal

if TYPE_CHECKING:
    from cxlogger.ui.qt import QLocalSocket

log = logging.getLogger(__name__)

SHOW = b"show\n"
CONNECT_TIMEOUT_S = 5.0  # the first copy may still be starting (opening its database)


class SingleInstance(QObject):
    """Holds the lock and listens; ``activated`` fires when another start asks to be shown."""

    activated = Signal()

    def __init__(self, lock: InstanceLock, name: str, listen: bool = True):
        super().__init__()
        self.lock = lock
        self.name = name
        self.server = None
        self._sockets: list[QLocalSocket] = []
        if listen:
            self.listen()

    def listen(self) -> None:
        """Answer other starts from now on (once)."""
        if self.server is not None:
            return
        from cxlogger.ui.qt import QLocalServer

        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._on_connection)
        if not self.server.listen(self.name):
            # a socket left by a crashed copy: we hold the lock, so it is stale
            QLocalServer.removeServer(self.name)
            if not self.server.listen(self.name):
                log.warning("cannot listen on %s: %s", self.name, self.server.errorString())

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()  # a child of the server
            self._sockets.append(socket)
            socket.readyRead.connect(self._read_all)
        self._read_all()

    def _read_all(self) -> None:
        for socket in list(self._sockets):
            if socket.bytesAvailable() and b"show" in bytes(socket.readAll().data()):
                self._sockets.remove(socket)
                socket.readyRead.disconnect(self._read_all)
                socket.abort()
                self.activated.emit()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
        self.lock.release()


def notify_running(name: str, timeout_s: float = CONNECT_TIMEOUT_S) -> bool:
    """Ask the running copy to show its window; False if it could not be reached."""
    from cxlogger.ui.qt import QLocalSocket

    deadline = time.monotonic() + timeout_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(SHOW)
            socket.waitForBytesWritten(1000)
            socket.disconnectFromServer()
            socket.abort()
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)


def claim(paths: AppPaths, listen: bool = True) -> SingleInstance | None:
    """Become the one running copy for this data folder, or wake the one that is.

    Returns None when another copy runs (it was asked to come to the front).
    ``listen=False``: the lock only; the caller calls ``listen()`` later.
    """
    lock = InstanceLock(paths.data_dir)
    name = server_name(paths.data_dir)
    try:
        lock.acquire()
    except AlreadyRunningError as exc:
        log.info("%s", exc)
        if not notify_running(name):
            log.warning("the running copy (pid %s) did not answer", exc.pid)
        return None
    return SingleInstance(lock, name, listen=listen)
