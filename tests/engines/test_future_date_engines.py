"""Real Jekyll 4.3 leaves a post dated after the build out of the site unless `future: true`,
whether the date key or the file name dates it, and `postpad check` warns about exactly those
posts (future-date)."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_harness import ENGINES, run

from postpad.core.site import detect_site
from postpad.core.site.check import check_paths

pytestmark = pytest.mark.engines

POSTS = {
    "2020-01-01-past.md": "date: 2020-01-01 08:09:10 +0800",
    "2020-01-02-later.md": "date: 2999-01-01 08:09:10 +0800",  # the date key decides
    "2020-01-03-quoted.md": "date: '2999-01-01 08:09'",
    "2999-01-04-named.md": "",  # no date key: the file name's date
    "2999-01-05-keyed.md": "date: 2020-01-05",  # the key wins over the file name
}


def _site(where: Path, config: str) -> Path:
    site = ENGINES["jekyll"].new_site(where)
    (site / "_config.yml").write_text("timezone: Asia/Shanghai\n" + config, "utf-8")
    for name, date_line in POSTS.items():
        text = f"---\nlayout: post\ntitle: {name[11:-3]}\n{date_line}\n---\nbody\n"
        (site / "_posts" / name).write_text(text, "utf-8")
    return site


@pytest.mark.parametrize("config", ["", "future: false\n", "future: true\n"])
def test_check_warns_about_the_posts_jekyll_leaves_out(tmp_path: Path, config: str) -> None:
    if reason := ENGINES["jekyll"].unavailable():
        pytest.skip(reason)
    site = _site(tmp_path, config)
    code, log = run(["jekyll", "build"], site, "UTC")
    assert code == 0, log
    built = {p.stem for p in (site / "_site").rglob("*.html") if p.parent != site / "_site"}
    left_out = {name[11:-3] for name in POSTS} - built
    assert detect_site(site) is not None
    warned = {f.path.name[11:-3] for f in check_paths([site / "_posts"]) if f.code == "future-date"}
    assert warned == left_out
    assert left_out == (set() if "true" in config else {"later", "quoted", "named"})
