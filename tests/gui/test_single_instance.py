"""Single instance: concurrent launches end in one primary that opens everyone's files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from postpad.gui.single_instance import decode_request, encode_request

pytestmark = pytest.mark.gui

# A stand-in for app.run: the same hand-off calls, a window that records open_paths.
HARNESS = textwrap.dedent(
    """
    import json, os, sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget
    from postpad.gui import single_instance

    class Window(QWidget):
        def open_paths(self, paths):
            for p in paths:
                print(json.dumps({"open": str(p)}), flush=True)

    app = QApplication(sys.argv[:1])
    files = [Path(p) for p in sys.argv[3:]]
    result = single_instance.hand_off(files, new_window=sys.argv[2] == "new")
    if result.delivered:
        print(json.dumps({"role": "delivered"}), flush=True)
        sys.exit(0)
    print(json.dumps({"role": "primary"}), flush=True)
    window = Window()
    window.open_paths(files)
    network = "PySide6.QtNetwork" in sys.modules
    attach_after = int(float(os.environ.get("ATTACH_AFTER", "0")) * 1000)
    if attach_after:  # as app.run: the window is complete a while after the lock was taken
        QTimer.singleShot(attach_after, lambda: result.attach_window(window))
    else:
        result.attach_window(window)
    print(json.dumps({"network_before_attach": network}), flush=True)
    QTimer.singleShot(int(float(sys.argv[1]) * 1000), app.quit)
    app.exec()
    result.close()
    """
)


def _launch(
    seconds: float, *files: str, new_window: bool = False, attach_after: float = 0
) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ATTACH_AFTER=str(attach_after))
    mode = "new" if new_window else "shared"
    return subprocess.Popen(
        [sys.executable, "-c", HARNESS, str(seconds), mode, *files],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def _messages(proc: subprocess.Popen[str], timeout: float = 60) -> list[dict[str, str]]:
    out, err = proc.communicate(timeout=timeout)
    assert proc.returncode == 0, err
    messages = [json.loads(line) for line in out.splitlines() if line.startswith("{")]
    return [m for m in messages if "network_before_attach" not in m]


def test_request_encoding_round_trips_absolute_paths(tmp_path: Path) -> None:
    files = [tmp_path / "文章.md", Path("relative.md")]
    decoded = decode_request(encode_request(files))
    assert decoded == [tmp_path / "文章.md", Path(os.path.abspath("relative.md"))]
    assert decode_request(b"garbage\n") == []


def test_two_launches_at_once_give_one_window_with_both_files(tmp_path: Path) -> None:
    a, b = str(tmp_path / "a.md"), str(tmp_path / "b.md")
    first = _launch(6, a)
    second = _launch(6, b)
    results = [_messages(first), _messages(second)]
    roles = sorted(m["role"] for msgs in results for m in msgs if "role" in m)
    assert roles == ["delivered", "primary"]
    primary = next(msgs for msgs in results if {"role": "primary"} in msgs)
    assert sorted(m["open"] for m in primary if "open" in m) == [a, b]


def test_a_later_launch_hands_over_and_exits(tmp_path: Path) -> None:
    primary = _launch(8, str(tmp_path / "first.md"))
    time.sleep(2.5)
    later = _launch(5, str(tmp_path / "second.md"), str(tmp_path / "third.md"))
    assert _messages(later) == [{"role": "delivered"}]
    opened = [m["open"] for m in _messages(primary) if "open" in m]
    assert opened == [str(tmp_path / n) for n in ("first.md", "second.md", "third.md")]


def test_new_window_opts_out(tmp_path: Path) -> None:
    primary = _launch(6, str(tmp_path / "a.md"))
    time.sleep(2.5)
    separate = _launch(1, str(tmp_path / "b.md"), new_window=True)
    assert _messages(separate) == [{"role": "primary"}, {"open": str(tmp_path / "b.md")}]
    assert [m.get("open") for m in _messages(primary) if "open" in m] == [str(tmp_path / "a.md")]


def test_a_launch_while_the_primary_builds_its_window_waits_for_it(tmp_path: Path) -> None:
    """The primary holds the lock at once but listens only when its window is complete
    (decision 0205): a launch in between is delivered once it listens, not given a window."""
    primary = _launch(9, str(tmp_path / "first.md"), attach_after=3)
    assert primary.stdout is not None
    assert json.loads(primary.stdout.readline()) == {"role": "primary"}
    assert json.loads(primary.stdout.readline()) == {"open": str(tmp_path / "first.md")}
    # QtNetwork is not loaded for the first frame; the lock alone decides who is primary
    assert json.loads(primary.stdout.readline()) == {"network_before_attach": False}
    started = time.monotonic()
    later = _launch(5, str(tmp_path / "second.md"))
    assert _messages(later) == [{"role": "delivered"}]
    assert time.monotonic() - started > 1  # it waited for the primary's server
    opened = [m["open"] for m in _messages(primary) if "open" in m]
    assert opened == [str(tmp_path / "second.md")]


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_stale_lock_and_socket_after_a_crash(tmp_path: Path) -> None:
    crashed = _launch(60, str(tmp_path / "a.md"))
    assert crashed.stdout is not None
    assert json.loads(crashed.stdout.readline()) == {"role": "primary"}
    crashed.stdout.readline()  # its file
    assert json.loads(crashed.stdout.readline()) == {"network_before_attach": False}  # listening
    crashed.send_signal(signal.SIGKILL)
    crashed.wait()
    runtime = Path(os.environ["XDG_RUNTIME_DIR"])
    assert any(p.name.endswith(".sock") for p in runtime.iterdir())  # left behind by the crash
    started = time.monotonic()
    after = _launch(1, str(tmp_path / "b.md"))
    assert _messages(after) == [{"role": "primary"}, {"open": str(tmp_path / "b.md")}]
    assert time.monotonic() - started < 20


# --- the real application ---------------------------------------------------------------------


def _devtools():
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "postpad_smoke", Path(__file__).resolve().parents[2] / "packaging" / "smoke_test.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _preview_texts(smoke, port: int) -> list[str]:
    texts = []
    for page in smoke._pages(port):
        url = page.get("webSocketDebuggerUrl")
        if url:
            value = smoke.DevTools(url).evaluate("document.body ? document.body.innerText : ''")
            texts.append(value if isinstance(value, str) else "")
    return texts


@pytest.mark.slow
def test_two_real_app_launches_at_once_open_both_posts_in_one_window(tmp_path: Path) -> None:
    """`postpad a.md` and `postpad b.md` together: one process stays, its window has both."""
    smoke = _devtools()
    a, b = tmp_path / "a" / "a.md", tmp_path / "b" / "b.md"
    for post, marker in ((a, "Alpha marker"), (b, "Bravo marker")):
        post.parent.mkdir()
        post.write_text(f"---\ntitle: {marker}\n---\n## {marker}\n", encoding="utf-8")
    port = smoke._free_port()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env["QTWEBENGINE_REMOTE_DEBUGGING"] = f"127.0.0.1:{port}"  # only the primary gets to bind
    launches = [
        subprocess.Popen(
            [sys.executable, "-m", "postpad", str(post)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for post in (a, b)
    ]
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and all(p.poll() is None for p in launches):
            time.sleep(0.2)
        finished = [p for p in launches if p.poll() is not None]
        assert len(finished) == 1, "exactly one launch hands over and exits"
        assert finished[0].returncode == 0, finished[0].stderr.read() if finished[0].stderr else ""
        primary = next(p for p in launches if p.poll() is None)
        texts: list[str] = []
        while time.monotonic() < deadline:
            assert primary.poll() is None, "the primary must keep running"
            texts = _preview_texts(smoke, port)
            if any("Alpha marker" in t for t in texts) and any("Bravo marker" in t for t in texts):
                break
            time.sleep(0.5)
        assert any("Alpha marker" in t for t in texts), texts
        assert any("Bravo marker" in t for t in texts), texts
    finally:
        for proc in launches:
            proc.kill()
            proc.wait()
