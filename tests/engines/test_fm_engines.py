"""`postpad fm get` on a header PyYAML refuses prints what the real engine reads (decision 0259):
Hugo 0.168 (a tab after spaces, an unknown tag) and Jekyll 4.3 (a key written twice)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from engine_harness import ENGINES

from postpad.cli import main

pytestmark = pytest.mark.engines

CASES = [
    ("hugo", "title: 骑行\np:\n  \tq: 1\nk: !foo bar\ndate: 2024-03-04", ("p", "k")),
    ("jekyll", "title: a\ncomments: 1\ncomments: 2\ndate: 2024-03-04", ("comments",)),
]


@pytest.mark.parametrize(("engine", "header", "keys"), CASES)
def test_fm_get_prints_the_engines_values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], engine: str, header: str, keys: tuple
) -> None:
    harness = ENGINES[engine]
    reason = harness.unavailable()
    if reason:
        pytest.skip(reason)
    site = harness.new_site(tmp_path)
    post = site / harness.posts_dir / harness.post_name("2024-03-04-p.md")
    post.write_text(f"---\n{header}\n---\nbody\n", encoding="utf-8")
    result = harness.build(site, "UTC")
    assert result.returncode == 0, result.describe()
    (built,) = result.posts.values()
    assert main(["fm", "get", str(post), "--engine", engine]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["title"] == built.title
    for key in keys:
        assert printed[key] == built.exposed(engine, key), key
