"""One Postpad per user: a second launch hands its files to the running window and exits.

The first process holds a ``QLockFile`` for its whole life and listens on a ``QLocalServer``.
A later process that cannot take the lock connects and sends its files as one JSON line. The lock
decides who is primary, not the socket, so two launches at the same moment cannot both become
primary, and a socket file left by a crash is removed by the next primary (``removeServer``)
because a dead owner's lock is stale. On macOS, Finder sends files as ``QFileOpenEvent``s, which
``FileOpenFilter`` turns into the same ``files_received`` signal.

The primary takes the lock before its window is built but listens only once the window is
complete (``HandOff.attach_window``): QtNetwork, ~15-20 ms to load, is not needed for the first
frame (decision 0205). A launch in between finds the lock held and retries connecting, as it
always did while a primary was starting.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDeadlineTimer,
    QEvent,
    QLockFile,
    QObject,
    QThread,
    Signal,
)
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # QtNetwork loads once the window is complete (module docstring)
    from PySide6.QtNetwork import QLocalSocket

_CONNECT_TIMEOUT_MS = 8000  # the primary may still be starting (WebEngine takes a while)
_IO_TIMEOUT_MS = 3000


def _user_tag() -> str:
    import getpass
    import hashlib

    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment (containers)
        user = str(os.getuid()) if hasattr(os, "getuid") else "user"
    return hashlib.sha256(user.encode("utf-8")).hexdigest()[:12]


def default_runtime_dir() -> Path:
    """A per-user folder for the lock and socket: ``$XDG_RUNTIME_DIR`` or the temp folder."""
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and os.path.isdir(runtime):
        return Path(runtime)
    return Path(tempfile.gettempdir())


def server_name(runtime_dir: Path | None = None) -> str:
    """The local socket name: a full path on Unix (per user), a per-user pipe name on Windows."""
    if os.name == "nt":
        return f"postpad-{_user_tag()}"
    folder = runtime_dir or default_runtime_dir()
    return str(folder / f"postpad-{_user_tag()}.sock")


def encode_request(files: Sequence[Path]) -> bytes:
    paths = [os.path.abspath(p) for p in files]
    return json.dumps({"files": paths}, ensure_ascii=True).encode("ascii") + b"\n"


def decode_request(data: bytes) -> list[Path]:
    try:
        message = json.loads(data.decode("ascii").strip() or "{}")
        return [Path(p) for p in message.get("files", []) if isinstance(p, str)]
    except (ValueError, UnicodeDecodeError, AttributeError):
        return []


class InstanceServer(QObject):
    """The primary's listening end. ``files_received`` also fires with [] for a bare launch."""

    files_received = Signal(list)

    def __init__(self, name: str, lock: QLockFile, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer

        super().__init__(parent)
        self._lock = lock  # held until this object dies
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(name)  # a socket file left by a crashed primary
        if not self._server.listen(name):
            raise OSError(f"cannot listen on {name}: {self._server.errorString()}")
        self._server.newConnection.connect(self._accept)
        self._buffers: dict[QLocalSocket, bytes] = {}

    @property
    def name(self) -> str:
        return self._server.fullServerName()

    def close(self) -> None:
        self._server.close()
        self._lock.unlock()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._finish(s))
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        self._buffers[socket] += bytes(socket.readAll().data())
        if b"\n" in self._buffers[socket]:
            data = self._buffers.pop(socket)
            socket.write(QByteArray(b"ok\n"))
            socket.flush()
            socket.disconnectFromServer()
            self.files_received.emit(decode_request(data))

    def _finish(self, socket: QLocalSocket) -> None:
        self._read(socket)
        self._buffers.pop(socket, None)
        socket.deleteLater()


def send_to_running(
    name: str, files: Sequence[Path], timeout_ms: int = _CONNECT_TIMEOUT_MS
) -> bool:
    """Hand ``files`` to the primary listening on ``name``; True once it acknowledged them."""
    from PySide6.QtNetwork import QLocalSocket

    deadline = QDeadlineTimer(timeout_ms)
    while not deadline.hasExpired():
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            socket.write(QByteArray(encode_request(files)))
            socket.waitForBytesWritten(_IO_TIMEOUT_MS)
            acknowledged = socket.waitForReadyRead(_IO_TIMEOUT_MS)
            socket.disconnectFromServer()
            return acknowledged
        socket.abort()
        QThread.msleep(100)  # the primary holds the lock but is not listening yet
    return False


class InstanceUnreachableError(RuntimeError):
    """Another Postpad holds the lock but does not answer."""


def claim_or_forward(
    files: Sequence[Path], runtime_dir: Path | None = None, timeout_ms: int = _CONNECT_TIMEOUT_MS
) -> QLockFile | None:
    """Become the primary (returns its lock: listen with ``InstanceServer(name, lock)``) or
    deliver ``files`` to it (returns None).

    Raises ``InstanceUnreachableError`` when another process holds the lock but never answers.
    """
    folder = runtime_dir or default_runtime_dir()
    lock = QLockFile(str(folder / f"postpad-{_user_tag()}.lock"))
    lock.setStaleLockTime(0)  # never stale by age: only when the owning process is gone
    if lock.tryLock(0):
        return lock
    name = server_name(folder)
    if send_to_running(name, files, timeout_ms):
        return None
    if lock.tryLock(0):  # the holder died meanwhile
        return lock
    raise InstanceUnreachableError(name)


class HandOff(QObject):
    """What ``app.run`` keeps: whether the files went to another Postpad, and the file router.

    Files arriving from macOS ``QFileOpenEvent`` before the window exists are queued and
    delivered by ``attach_window``, which also starts listening for later launches when this
    process holds the primary's ``lock`` (``server`` is None until then).
    """

    def __init__(self, lock: QLockFile | None, delivered: bool, name: str = "") -> None:
        super().__init__()
        self.server: InstanceServer | None = None
        self.delivered = delivered
        self._lock = lock
        self._name = name
        self._pending: list[Path] = []
        self._window: QWidget | None = None
        self._raise_pending = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Never call super() or touch ``watched``: this filter sees every event of the process,
        # including those of objects being destroyed, where a Python wrapper would crash.
        if event.type() == QEvent.Type.FileOpen:
            file = event.file()  # type: ignore[attr-defined]
            if file:
                self._receive([Path(file)])
                return True
        return False

    def attach_window(self, window: QWidget) -> None:
        """Route received files to ``window.open_paths`` and raise it on each launch; start
        listening for those launches."""
        self._window = window
        self.listen()
        pending, self._pending = self._pending, []
        if pending or self._raise_pending:
            self._receive(pending)

    def listen(self) -> None:
        """The primary's server, once (a failure leaves this process without a hand-off, as a
        lock it could not take would)."""
        lock, self._lock = self._lock, None
        if lock is None:
            return
        try:
            self.server = InstanceServer(self._name, lock, self)
        except OSError:
            lock.unlock()  # nobody can reach this process: let a later launch be the primary
            return
        self.server.files_received.connect(self._receive)

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
        elif self._lock is not None:
            self._lock.unlock()

    def _receive(self, files: list[Path]) -> None:
        window = self._window
        if window is None:
            self._pending.extend(files)
            self._raise_pending = True
            return
        if files:
            window.open_paths(files)  # type: ignore[attr-defined]
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()


def hand_off(files: Sequence[Path], new_window: bool, runtime_dir: Path | None = None) -> HandOff:
    """Call once, right after the ``QApplication`` exists and before building the window.

    If ``result.delivered`` is true another Postpad opened the files: exit with status 0.
    Otherwise build the window, then call ``result.attach_window(window)``, which listens.
    """
    lock: QLockFile | None = None
    delivered = False
    if not new_window:
        try:
            lock = claim_or_forward(files, runtime_dir)
            delivered = lock is None
        except (InstanceUnreachableError, OSError):
            lock = None  # a hung primary must not stop the user from writing: own window
    name = server_name(runtime_dir) if lock is not None else ""
    result = HandOff(lock, delivered, name)
    app = QCoreApplication.instance()
    if app is not None and not delivered and sys.platform == "darwin":  # only macOS sends these
        app.installEventFilter(result)
    return result
