"""Hexo code highlighted by highlight.js itself, through Node.js when it is installed (0126).

Hexo sites need Node.js, so a Hexo author has ``node``. Postpad ships highlight.js (the version
Hexo 8 installs) and a small worker script (``assets/highlightjs``); one ``node`` process is
started on the first Hexo code block and answers one JSON line per block. Without ``node``, or
when the worker fails or is slow, the caller falls back to Pygments with highlight.js class names
(``hljs_markup``, decision 0099). ``POSTPAD_HIGHLIGHTJS=0`` turns the worker off.

The worker runs only Postpad's own bundled files, never the site's ``node_modules`` or anything
from the post, and reads no files and no network.
"""

from __future__ import annotations

import atexit
import json
import os
import queue
import shutil
import subprocess
import threading
from functools import lru_cache

from postpad.core.assets import asset_path

#: how long one block may take before the worker is given up for this session
ANSWER_SECONDS = 5.0
#: the first answer also waits for Node.js to start and load highlight.js
FIRST_ANSWER_SECONDS = 15.0
#: workers replaced after a stall or crash before the fall-back is used for good
MAX_RESTARTS = 3


class _Worker:
    """One ``node worker.js`` process; requests are serialised by a lock."""

    def __init__(self, node: str) -> None:
        script = asset_path("highlightjs/worker.js")
        self._process = subprocess.Popen(
            [node, str(script)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )
        self._answers: queue.Queue[str] = queue.Queue()
        self._lock = threading.Lock()
        self._answered = False
        threading.Thread(target=self._read, name="postpad-highlightjs", daemon=True).start()

    def _read(self) -> None:
        stdout = self._process.stdout
        assert stdout is not None
        for line in stdout:
            self._answers.put(line)
        self._answers.put("")  # the process ended

    def highlight(self, code: str, lang: str, prefix: str, auto: bool) -> tuple[str, str] | None:
        request = json.dumps(
            {"code": code, "lang": lang, "prefix": prefix, "auto": auto}, ensure_ascii=False
        )
        with self._lock:
            stdin = self._process.stdin
            assert stdin is not None
            stdin.write(request + "\n")
            stdin.flush()
            wait = ANSWER_SECONDS if self._answered else FIRST_ANSWER_SECONDS
            line = self._answers.get(timeout=wait)
            self._answered = True
        if not line:
            raise OSError("the highlight.js worker ended")
        answer = json.loads(line)
        value, language = answer.get("value"), answer.get("language")
        if not isinstance(value, str) or not isinstance(language, str):
            return None
        return value, language

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()


class _Bridge:
    """Starts the worker on first use. A worker that dies or stalls (a loaded machine) is
    replaced and the block asked again; after ``MAX_RESTARTS`` replacements, or without
    ``node``, it answers None for the rest of the run."""

    def __init__(self) -> None:
        self._worker: _Worker | None = None
        self._failed = False
        self._restarts = 0
        self._lock = threading.Lock()

    def _get(self) -> _Worker | None:
        with self._lock:
            if self._worker is None and not self._failed:
                node = node_command()
                try:
                    self._worker = _Worker(node) if node else None
                except OSError:
                    self._worker = None
                if self._worker is None:
                    self._failed = True
                    return None
                atexit.register(self._worker.close)
            return self._worker

    def start(self) -> None:
        self._get()

    def highlight(self, code: str, lang: str, prefix: str, auto: bool) -> tuple[str, str] | None:
        while (worker := self._get()) is not None:
            try:
                return worker.highlight(code, lang, prefix, auto)
            except (OSError, ValueError, queue.Empty):
                worker.close()
                with self._lock:
                    if self._worker is worker:
                        self._worker = None
                        self._restarts += 1
                        self._failed = self._restarts > MAX_RESTARTS
        return None

    def reset(self) -> None:
        """Stop the worker and forget a failure (tests; a changed PATH)."""
        with self._lock:
            worker, self._worker, self._failed = self._worker, None, False
            self._restarts = 0
        if worker is not None:
            worker.close()


def node_command() -> str | None:
    """The ``node`` to run, unless turned off with ``POSTPAD_HIGHLIGHTJS=0``."""
    if os.environ.get("POSTPAD_HIGHLIGHTJS", "1").strip().lower() in ("0", "false", "no", "off"):
        return None
    return shutil.which("node") or shutil.which("nodejs")


_BRIDGE = _Bridge()


def highlight_js(code: str, lang: str, prefix: str = "") -> str | None:
    """highlight.js's HTML for ``code`` with its spans closed at each line end (None: no Node)."""
    found = _highlight(code, lang.lower(), prefix, False)
    return found[0] if found else None


def highlight_auto(code: str, prefix: str = "") -> tuple[str, str] | None:
    """Hexo's ``auto_detect``: (HTML, the language highlight.js guessed or "") or None."""
    return _highlight(code, "", prefix, True)


@lru_cache(maxsize=2048)
def _highlight(code: str, lang: str, prefix: str, auto: bool) -> tuple[str, str] | None:
    return _BRIDGE.highlight(code, lang, prefix, auto)


def prestart() -> None:
    """Start the worker now (no wait), so highlight.js is loaded by the first code block."""
    _BRIDGE.start()


def reset() -> None:
    """Forget cached answers and restart the worker on next use."""
    _highlight.cache_clear()
    _BRIDGE.reset()
