"""Smoke test of a PyInstaller build: it starts, reports its version and shows a post's preview.

    python packaging/smoke_test.py [dist/postpad/postpad]
    python packaging/smoke_test.py --appimage dist/Postpad-x86_64.AppImage

Checks, printing one JSON line of figures at the end:
1. ``postpad --version`` prints the package version;
2. no bundled Qt library or plugin misses a shared library (``ldd``, Linux);
3. ``postpad --new-window POST`` offscreen renders the post in the WebEngine preview: the test asks
   the page itself over the Chrome DevTools protocol (``QTWEBENGINE_REMOTE_DEBUGGING``, a Qt
   environment variable; nothing in Postpad is built for the test) until the rendered body shows.

With ``--appimage`` it runs the AppImage as ``--appimage-extract-and-run`` (CI containers have no
FUSE), skips the library check (the folder inside was checked by ``make package``) and also fails
when the runtime leaves its extracted copy behind (decision 0194).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MARKER = "Smoke marker 烟雾测试"
POST = (
    "---\ntitle: 冒烟测试\ndate: 2024/3/7 10:00:00\ncategories: 测试\ncover: \n---\n"
    f"&ensp;&ensp;&ensp;&ensp;第一段。\n\n## {MARKER}\n\n- item\n"
)


def check_version(command: list[str]) -> str:
    out = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=120)
    sys.path.insert(0, str(ROOT / "src"))
    from postpad import __version__

    expected = f"postpad {__version__}"
    if out.stdout.strip() != expected:
        raise SystemExit(f"--version printed {out.stdout!r} {out.stderr!r}, expected {expected!r}")
    return out.stdout.strip()


def check_libraries(bundle: Path) -> tuple[int, list[str]]:
    """Fails when a bundled library misses a Qt library (the spec trimmed too much); system
    libraries this machine lacks (e.g. Wayland's on an X11-only box) are only listed."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return 0, []
    checked = 0
    system_missing: set[str] = set()
    qt = bundle / "_internal" / "PySide6" / "Qt"
    for lib in [*qt.glob("lib/*.so*"), *qt.glob("plugins/**/*.so"), *qt.glob("libexec/*")]:
        out = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, check=False)
        missing = [line.split()[0] for line in out.stdout.splitlines() if "not found" in line]
        qt_missing = [name for name in missing if name.startswith("libQt6")]
        if qt_missing:
            raise SystemExit(f"{lib.relative_to(bundle)} misses {qt_missing}")
        system_missing.update(missing)
        checked += 1
    return checked, sorted(system_missing)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


class DevTools:
    """Just enough of a WebSocket client to send Runtime.evaluate (RFC 6455, text frames)."""

    def __init__(self, ws_url: str) -> None:
        rest = ws_url.removeprefix("ws://")
        hostport, path = rest.split("/", 1)
        host, port = hostport.split(":")
        self.sock = socket.create_connection((host, int(port)), timeout=10)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET /{path} HTTP/1.1\r\nHost: {hostport}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n"
        )
        self.sock.sendall(request.encode())
        response = b""
        while b"\r\n\r\n" not in response:
            response += self.sock.recv(4096)
        if b" 101 " not in response.split(b"\r\n", 1)[0]:
            raise RuntimeError(response.decode(errors="replace"))
        self.buffer = response.split(b"\r\n\r\n", 1)[1]
        self.next_id = 0

    def _send(self, text: str) -> None:
        data = text.encode()
        mask = os.urandom(4)
        header = bytes([0x81])
        if len(data) < 126:
            header += bytes([0x80 | len(data)])
        elif len(data) < 65536:
            header += bytes([0x80 | 126]) + struct.pack(">H", len(data))
        else:
            header += bytes([0x80 | 127]) + struct.pack(">Q", len(data))
        masked = bytes(b ^ mask[i % 4] for i, b in enumerate(data))
        self.sock.sendall(header + mask + masked)

    def _read(self, n: int) -> bytes:
        while len(self.buffer) < n:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise ConnectionError("devtools closed")
            self.buffer += chunk
        data, self.buffer = self.buffer[:n], self.buffer[n:]
        return data

    def _receive(self) -> str:
        first, second = self._read(2)
        length = second & 0x7F
        if length == 126:
            length = struct.unpack(">H", self._read(2))[0]
        elif length == 127:
            length = struct.unpack(">Q", self._read(8))[0]
        payload = self._read(length)
        return payload.decode(errors="replace") if first & 0x0F == 1 else ""

    def evaluate(self, expression: str) -> object:
        self.next_id += 1
        message = {
            "id": self.next_id,
            "method": "Runtime.evaluate",
            "params": {"expression": expression, "returnByValue": True},
        }
        self._send(json.dumps(message))
        while True:
            reply = self._receive()
            if reply and json.loads(reply).get("id") == self.next_id:
                return json.loads(reply).get("result", {}).get("result", {}).get("value")


def _pages(port: int) -> list[dict[str, str]]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json", timeout=2) as reply:
            return list(json.load(reply))
    except OSError:
        return []


def _stop(proc: subprocess.Popen[str]) -> None:
    """SIGTERM to the whole group (an AppImage runtime then deletes its extracted copy)."""
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.killpg(proc.pid, sig)
            proc.wait(timeout=60)
            return
        except ProcessLookupError:
            return
        except subprocess.TimeoutExpired:
            continue


def check_preview(command: list[str], timeout: float = 90) -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="postpad-smoke-"))
    post = work / "smoke.md"
    post.write_bytes(POST.encode("utf-8"))
    port = _free_port()
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(work / "home"),
        XDG_CONFIG_HOME=str(work / "config"),
        XDG_DATA_HOME=str(work / "data"),
        XDG_STATE_HOME=str(work / "state"),
        XDG_CACHE_HOME=str(work / "cache"),
        QTWEBENGINE_REMOTE_DEBUGGING=f"127.0.0.1:{port}",
        TMPDIR=str(work),
    )
    if hasattr(os, "geteuid") and os.geteuid() == 0:  # Chromium refuses root without this
        env["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox"
    started = time.monotonic()
    proc = subprocess.Popen(
        [*command, "--new-window", str(post)],
        env=env,
        start_new_session=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        shown = None
        while time.monotonic() - started < timeout and shown is None:
            if proc.poll() is not None:
                raise SystemExit(f"postpad exited with {proc.returncode}:\n{proc.stdout.read()}")
            for page in _pages(port):
                url = page.get("webSocketDebuggerUrl")
                if not url:
                    continue
                text = DevTools(url).evaluate("document.body ? document.body.innerText : ''")
                if isinstance(text, str) and MARKER in text:
                    shown = time.monotonic() - started
            time.sleep(0.5)
        if shown is None:
            raise SystemExit(f"the preview never showed the post within {timeout} s")
    finally:
        _stop(proc)
        left = sorted(p.name for p in work.glob("appimage_extracted_*"))
        shutil.rmtree(work, ignore_errors=True)
    if left:
        raise SystemExit(f"the AppImage runtime left {left} behind")
    return {"preview_seconds": round(shown, 2)}


def main_appimage(appimage: Path) -> int:
    command = [str(appimage.resolve()), "--appimage-extract-and-run"]
    version = check_version(command)
    figures = check_preview(command)
    print(
        json.dumps(
            {
                "bench": "appimage_smoke",
                "version": version,
                "appimage_mb": round(appimage.stat().st_size / 1e6, 1),
                **figures,
            }
        )
    )
    return 0


def main() -> int:
    if len(sys.argv) > 2 and sys.argv[1] == "--appimage":
        return main_appimage(Path(sys.argv[2]))
    exe = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist" / "postpad" / "postpad"
    if sys.platform.startswith("win") and exe.suffix != ".exe":
        exe = exe.with_suffix(".exe")
    version = check_version([str(exe)])
    libraries, system_missing = check_libraries(exe.parent)
    figures = check_preview([str(exe)])
    files = exe.parent.rglob("*")
    size = sum(f.stat().st_size for f in files if f.is_file() and not f.is_symlink())
    print(
        json.dumps(
            {
                "bench": "package_smoke",
                "version": version,
                "libraries_checked": libraries,
                "system_libraries_absent_here": system_missing,
                "bundle_mb": round(size / 1e6, 1),
                **figures,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
