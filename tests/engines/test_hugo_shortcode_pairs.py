"""A Hugo shortcode pair left open: ``postpad check`` reports an error exactly when real Hugo
0.168 fails the build with "shortcode … must be closed or self-closed", at the position Hugo
names (decision 0220), and so does the window (the render's warnings and open shortcodes
through ``render_findings``), mid-paragraph and in code too (decision 0238)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from engine_harness import ENGINES, SITES

from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site.check import check_paths
from postpad.core.site.check.render_findings import render_findings
from postpad.core.site.detect import detect_site

pytestmark = pytest.mark.engines
HEADER = "---\ntitle: a\ndate: 2020-01-01\n---\n"
_POSITION = re.compile(
    r'p\.md:(\d+):(\d+)": failed to extract shortcode: shortcode "([\w-]+)" must'
)


def _site(tmp_path: Path, body: str) -> Path:
    root = tmp_path / "hugo"
    shutil.copytree(SITES / "hugo", root)
    (root / "content/posts").mkdir(parents=True)
    (root / "content/posts/p.md").write_text(HEADER + body, "utf-8")
    folder = root / "layouts/_shortcodes"
    folder.mkdir(parents=True)
    (folder / "mybox.html").write_text('<div class="box">{{ .Inner }}</div>', "utf-8")
    (folder / "myinline.html").write_text("<b>{{ .Get 0 }}</b>", "utf-8")
    return root


def _hugo_open_pair(root: Path) -> tuple[int, int] | None:
    """Where Hugo says a shortcode must be closed (None: the build succeeds)."""
    reason = ENGINES["hugo"].unavailable()
    if reason:
        pytest.skip(reason)
    hugo = ENGINES["hugo"].binary()  # type: ignore[attr-defined]
    done = subprocess.run(
        [hugo, "-d", "public"], cwd=root, capture_output=True, text=True, timeout=120
    )
    if done.returncode == 0:
        return None
    found = _POSITION.search(done.stdout + done.stderr)
    assert found, done.stderr  # the build fails for this reason, not another
    return int(found.group(1)), int(found.group(2))


@pytest.mark.parametrize(
    "body",
    [
        '{{< details summary="更多" >}}\n\n正文\n',
        "{{< details >}}\nx\n{{< /details >}}\n",
        "{{< details >}}\nx {{% /details %}}\n",
        "{{< details />}}\n",
        "前文\n\n{{% qr text=x %}}\n",
        "{{< qr text=x />}}\n",
        "{{< comment >}}\n",
        "{{< highlight go >}}\nx := 1\n",
        "{{< details >}}\n{{< details >}}\nx\n{{< /details >}}\n",
        "text {{< details >}} inline\n",
        "text {{< highlight go >}} more\n",
        "text {{< highlight go >}} more\n\nx := 1 {{< /highlight >}} after\n",
        "a {{< details >}} b\n\n- item {{< details >}}\n\n  c {{< /details >}}\n",
        "a {{< qr text=x />}} b {{< mybox />}} c\n",
        "a {{< mybox >}} b\n",
        "a {{< mybox >}} b\n\n> c {{% /mybox %}}\n",
        "x `{{< details >}}` y\n",
        "```\n{{< details >}}\n```\n",
        "{{</* details */>}}\n",
        "{{< mybox >}}\nx\n",
        "{{< mybox >}}\nx\n{{< /mybox >}}\n",
        "{{< myinline a >}}\n",
        "{{< figure src=a.png >}}\n",
    ],
)
def test_check_and_hugo_agree_on_open_pairs(tmp_path: Path, body: str) -> None:
    root = _site(tmp_path, body)
    hugo = _hugo_open_pair(root)
    found = [f for f in check_paths([root]) if f.code == "unclosed-shortcode"]
    assert all(f.severity == "error" for f in found)
    assert (min((f.line, f.column) for f in found) if found else None) == hugo
    post = root / "content/posts/p.md"
    site = detect_site(root)
    rendered = render(HEADER + body, options_for_site(site, post))
    found = render_findings(rendered.warnings, post, site, None, rendered.open_shortcodes)
    window = [(f.line, f.column) for f in found if f.code == "unclosed-shortcode"]
    assert (min(window) if window else None) == hugo


@pytest.mark.parametrize(
    "body",
    [
        "```\n{{< nosuch >}}\n```\n",
        "x `{{< nosuch >}}` y\n",
        "    {{< nosuch >}}\n",
        "```\n{{< gist u 1 >}}\n```\n",
        "```\n{{</* nosuch */>}}\n```\n",
    ],
)
def test_shortcodes_in_code_count_for_hugo_and_check(tmp_path: Path, body: str) -> None:
    """Hugo reads shortcodes before Markdown, code included: an unknown or removed one in a
    fence or a code span stops the build, and check says so."""
    root = _site(tmp_path, body)
    reason = ENGINES["hugo"].unavailable()
    if reason:
        pytest.skip(reason)
    hugo = ENGINES["hugo"].binary()  # type: ignore[attr-defined]
    done = subprocess.run([hugo, "-d", "public"], cwd=root, capture_output=True, timeout=120)
    errors = [f.code for f in check_paths([root]) if f.severity == "error"]
    assert bool(errors) == (done.returncode != 0), (errors, done.stdout[-400:])
