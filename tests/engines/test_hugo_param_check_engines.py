"""Real Hugo 0.168 stops the build on exactly the posts ``postpad check`` flags with
``hugo-param-missing`` (decision 0289): each post is built alone in a site with ``params``."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_harness import ENGINES

from conftest import require_engine
from postpad.core.site.check import check_paths

pytestmark = pytest.mark.engines

HEADER = '+++\ntitle = "Params"\ndate = 2024-06-01\nmine = "page"\nempty = ""\noff = false\n+++\n'
POSTS = {
    "missing": "Before {{< param nope >}} after.\n",
    "markdown": "Before {{% param nope %}} after.\n",
    "site": "{{< param shared >}} and {{< param Social.GitHub >}}\n",
    "page": "{{< param mine >}} and {{< param title >}} {{% param mine %}}\n",
    "empty": "{{< param empty >}}\n",
    "false": "Line one\nline two {{< param off >}}\n",
    "link": "[x](/a/{{< param nope >}}/)\n",
    "escaped": "{{</* param nope */>}}\n",
    "none": "No shortcode here.\n",
}


def _built(tmp_path: Path, name: str, body: str) -> tuple[bool, bool]:
    """(Hugo stopped, check flagged) for the post alone in its site."""
    root = ENGINES["hugo"].new_site(tmp_path / name)
    config = root / "hugo.toml"
    config.write_text(
        config.read_text("utf-8")
        + '\n[params]\n  shared = "site"\n  [params.social]\n    github = "gh"\n',
        encoding="utf-8",
    )
    post = root / "content" / "posts" / f"{name}.md"
    post.write_text(HEADER + body, encoding="utf-8")
    result = ENGINES["hugo"].build(root, "UTC")
    stopped = result.returncode != 0
    if stopped:
        assert "not found" in result.log, result.log
    flagged = any(f.code == "hugo-param-missing" for f in check_paths([post]))
    return stopped, flagged


def test_hugo_stops_on_exactly_the_posts_check_flags(tmp_path: Path) -> None:
    require_engine("hugo")
    found = {name: _built(tmp_path, name, body) for name, body in POSTS.items()}
    assert {name for name, (stopped, _) in found.items() if stopped} == {
        "missing",
        "markdown",
        "empty",
        "false",
        "link",
    }
    assert {name: flagged for name, (_, flagged) in found.items()} == {
        name: stopped for name, (stopped, _) in found.items()
    }
