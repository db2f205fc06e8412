"""The first render in a child process (decision 0210): the same blocks the render thread makes,
for the text the window reads and the options a tab on that post renders with."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from postpad.core.document import Document
from postpad.core.first_render import (
    FROZEN_FLAG,
    MAX_CHARS,
    NICENESS,
    first_render,
    options_for,
    text_sha,
)
from postpad.core.render import render

SITE = Path(__file__).resolve().parents[1] / "fixtures" / "sites" / "hexo-butterfly"

# the post both the first-render child (tests/core) and the window (tests/gui) are given
POST = (SITE.parents[1] / "text" / "prestarted-butterfly.md").read_text(encoding="utf-8")


def _site_post(tmp_path: Path) -> Path:
    root = tmp_path / "blog"
    shutil.copytree(SITE, root)
    post = root / "source/_posts/prestarted.md"
    post.write_text(POST, encoding="utf-8")
    return post.resolve()


def _request(path: Path) -> dict[str, object]:
    return {"path": str(path), "default_profile": "hexo", "dialect": "", "remote_images": False}


def test_the_blocks_are_the_render_of_the_post_with_the_sites_options(tmp_path: Path) -> None:
    post = _site_post(tmp_path)
    reply = first_render(_request(post))
    text = Document.load(post).text
    options = options_for(post, "hexo", "", False)
    assert options.theme == "butterfly"  # the site was found: its theme's tags render
    assert reply["text_sha"] == text_sha(text)
    assert reply["options"] == repr(options)
    expected = render(text, options).blocks
    assert len(reply["blocks"]) == len(expected) == 5
    assert "note info" in reply["blocks"][2]["html"]  # the Butterfly tag: the site was read
    for block, want in zip(reply["blocks"], expected, strict=True):
        assert (block["html"], block["first"], block["last"]) == (
            want.html,
            want.first_line,
            want.last_line,
        )


def test_a_dialect_and_remote_images_reach_the_options(tmp_path: Path) -> None:
    post = _site_post(tmp_path)
    reply = first_render({**_request(post), "dialect": "jekyll", "remote_images": True})
    assert "engine='jekyll'" in reply["options"]
    assert reply["options"] == repr(options_for(post, "hexo", "jekyll", True))


def test_a_long_post_is_left_to_the_render_thread(tmp_path: Path) -> None:
    post = tmp_path / "long.md"
    post.write_text("---\ntitle: long\n---\n" + "word " * (MAX_CHARS // 5 + 10), encoding="utf-8")
    reply = first_render(_request(post))
    assert reply["blocks"] == []
    assert reply["text_sha"] == text_sha(Document.load(post).text)


def test_the_child_process_prints_the_reply_and_says_why_it_failed(tmp_path: Path) -> None:
    post = _site_post(tmp_path)
    module = ["-P", "-m", "postpad.core.first_render"]
    done = subprocess.run(
        [sys.executable, *module, json.dumps(_request(post))],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    reply = json.loads(done.stdout.decode("utf-8"))
    assert reply["text_sha"] == text_sha(Document.load(post).text)
    assert "<figure" in reply["blocks"][3]["html"]  # highlighted as Hexo writes code
    missing = subprocess.run(
        [sys.executable, *module, json.dumps(_request(tmp_path / "missing.md"))],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert missing.returncode == 1
    assert "error" in json.loads(missing.stdout)


def test_a_frozen_build_runs_the_child_through_its_launcher(tmp_path: Path) -> None:
    post = _site_post(tmp_path)
    launcher = Path(__file__).resolve().parents[2] / "packaging" / "launcher.py"
    done = subprocess.run(
        [sys.executable, str(launcher), FROZEN_FLAG, json.dumps(_request(post))],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(done.stdout.decode("utf-8")) == first_render(_request(post)) | {
        "blocks": json.loads(done.stdout.decode("utf-8"))["blocks"]  # block ids count per process
    }


def test_the_blocks_are_numbered_from_the_windows_next_id(tmp_path: Path) -> None:
    post = _site_post(tmp_path)
    reply = first_render({**_request(post), "first_id": 41})
    assert [block["id"] for block in reply["blocks"]] == ["b41", "b42", "b43", "b44", "b45"]


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process niceness here")
def test_the_child_yields_to_the_window(tmp_path: Path) -> None:
    post = _site_post(tmp_path)
    script = (
        "import os, sys\nfrom postpad.core.first_render import main\n"
        "before = os.nice(0)\nmain(['first_render', sys.argv[1]])\n"
        "print('', os.nice(0) - before, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, json.dumps(_request(post))],
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert int(done.stderr.split()[-1]) == NICENESS
