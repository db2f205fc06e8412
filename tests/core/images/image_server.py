"""A real local HTTP server for image tests: serves images (and failures) and stands in for
PicGo's upload server (POST /upload {"list": [paths]} -> {"success": true, "result": [urls]}).
Only 127.0.0.1 is ever contacted."""

from __future__ import annotations

import contextlib
import io
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from PIL import Image


def png_bytes(
    width: int = 8, height: int = 6, colour: tuple[int, int, int] = (200, 30, 30)
) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


def jpeg_bytes(width: int = 8, height: int = 6) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 120, 200)).save(out, "JPEG")
    return out.getvalue()


@dataclass
class Served:
    status: int = 200
    body: bytes = b""
    content_type: str = "image/png"
    delay: float = 0.0


@dataclass
class ImageServer:
    routes: dict[str, Served] = field(default_factory=dict)
    uploads: list[list[str]] = field(default_factory=list)
    picgo_fails: bool = False
    base: str = ""

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def add(self, path: str, body: bytes, content_type: str = "image/png", **kw: object) -> str:
        self.routes[path] = Served(body=body, content_type=content_type, **kw)  # type: ignore[arg-type]
        return self.url(path)


def _handler(state: ImageServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _send(self, served: Served, head: bool) -> None:
            time.sleep(served.delay)
            self.send_response(served.status)
            self.send_header("Content-Type", served.content_type)
            self.send_header("Content-Length", str(len(served.body)))
            self.end_headers()
            if not head:
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(served.body)  # the client may have given up (timeout)

        def do_GET(self) -> None:
            self._send(state.routes.get(self.path, Served(404, b"missing", "text/plain")), False)

        def do_HEAD(self) -> None:
            self._send(state.routes.get(self.path, Served(404, b"", "text/plain")), True)

        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length", "0"))
            files = json.loads(self.rfile.read(length))["list"]
            state.uploads.append(files)
            if state.picgo_fails:
                answer = {"success": False, "message": "no picbed configured"}
            else:
                urls = []
                for number, name in enumerate(files):
                    path = f"/cdn/{len(state.uploads)}-{number}-{Path(name).name}"
                    urls.append(state.add(path, Path(name).read_bytes()))
                answer = {"success": True, "result": urls}
            data = json.dumps(answer).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


def start_server() -> tuple[ImageServer, ThreadingHTTPServer]:
    state = ImageServer()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.base = f"http://127.0.0.1:{server.server_address[1]}"
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return state, server
