"""``postpad check`` and the window report a Hugo shortcode pair left open at its line (decision
0220): real Hugo 0.168 stops the build with "shortcode "details" must be closed or self-closed"
(tests/engines/test_hugo_shortcode_pairs.py builds the same cases with it)."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render import render
from postpad.core.render.options import options_for_site
from postpad.core.site.check import check_text
from postpad.core.site.check.context import Finding
from postpad.core.site.check.render_findings import render_findings
from postpad.core.site.detect import detect_site

HEADER = "---\ntitle: t\ndate: 2024-03-05\n---\n"


def _checked(root: Path, body: str) -> list[tuple[int, int, str]]:
    post = root / "content/posts/p.md"
    found = check_text(post, HEADER + body, detect_site(root))
    return [(f.line, f.column, f.data["name"]) for f in found if f.code == "unclosed-shortcode"]


def _window_findings(root: Path, body: str) -> list[Finding]:
    """What the window lists (``gui/render_warnings/tracker.findings_for``)."""
    post = root / "content/posts/p.md"
    site = detect_site(root)
    rendered = render(HEADER + body, options_for_site(site, post))
    return render_findings(rendered.warnings, post, site, None, rendered.open_shortcodes)


def _window(root: Path, body: str) -> list[tuple[int, str, str]]:
    return [(f.line, f.code, f.severity) for f in _window_findings(root, body)]


def test_check_finds_each_open_pair_where_hugo_does(site_copy) -> None:
    root = site_copy("hugo")
    body = (
        '{{< details summary="x" >}}\n\n'  # 5: never closed
        "text {{< qr >}} and `{{< comment >}}`\n\n"  # 7: Hugo reads code spans too
        "```\n    {{< highlight go >}}\n```\n"  # 10: and fences
        "{{< details />}} {{</* details */>}} {{< figure src=a.png >}}\n"  # 12: none
    )
    assert _checked(root, body) == [(5, 1, "details"), (7, 6, "qr"), (7, 22, "comment"),
                                    (10, 5, "highlight")]  # fmt: skip
    window = _window_findings(root, body)  # the same, mid-line and in code too (0238)
    assert [
        (f.line, f.column, f.data["name"]) for f in window if f.code == "unclosed-shortcode"
    ] == _checked(root, body)


def test_closing_tags_mid_line_nested_and_in_either_delimiter(site_copy) -> None:
    root = site_copy("hugo")
    assert _checked(root, "{{< details >}}\nx {{% /details %}}\n") == []
    nested = "{{< details >}}\n{{< details >}}\nx\n{{< /details >}}\n"
    assert _checked(root, nested) == [(5, 1, "details")]


def test_the_sites_own_templates_decide(site_copy) -> None:
    root = site_copy("hugo")
    body = "{{< mybox >}}\n\n{{< myinline a >}}\n\n{{< details >}}\n"
    folder = root / "layouts/_shortcodes"
    folder.mkdir(parents=True)
    (folder / "mybox.html").write_text('<div class="box">{{ .Inner }}</div>', "utf-8")
    (folder / "myinline.html").write_text("<b>{{ .Get 0 }}</b>", "utf-8")
    assert _checked(root, body) == [(5, 1, "mybox"), (9, 1, "details")]
    assert _window(root, body) == [
        (5, "unclosed-shortcode", "error"),
        (9, "unclosed-shortcode", "error"),
    ]
    inline = "x {{< mybox >}} y {{< myinline a >}} z\n"  # mid-paragraph, the site's pair (0238)
    assert [(f.line, f.column, f.code) for f in _window_findings(root, inline)] == [
        (5, 3, "unclosed-shortcode")
    ]
    # the site's details.html reads no .Inner: Hugo takes {{< details >}} alone
    (folder / "details.html").write_text("<hr>", "utf-8")
    assert _checked(root, body) == [(5, 1, "mybox")]
    assert _window(root, body) == [(5, "unclosed-shortcode", "error")]


def test_the_window_says_what_check_says(site_copy) -> None:
    root = site_copy("hugo")
    post = root / "content/posts/p.md"
    text = HEADER + "前文\n\n{{< highlight go >}}\nx := 1\n"
    site = detect_site(root)
    [finding] = render_findings(render(text, options_for_site(site, post)).warnings, post, site)
    [checked] = [f for f in check_text(post, text, site) if f.code == "unclosed-shortcode"]
    assert (finding.line, finding.column, finding.message, finding.data["name"]) == (
        checked.line,
        checked.column,
        checked.message,
        "highlight",
    )
    assert "'{{< /highlight >}}'" in finding.message


def test_unknown_and_removed_shortcodes_in_code_are_reported(site_copy) -> None:
    """Hugo extracts shortcodes before Markdown, so code does not hide them (real Hugo 0.168:
    "template for shortcode "nosuch" not found" from a fence and from a code span)."""
    root = site_copy("hugo")
    body = "```\n{{< nosuch >}}\n```\n\nx `{{< gist u 1 >}}` y\n\n```\n{{</* nosuch */>}}\n```\n"
    post = root / "content/posts/p.md"
    found = check_text(post, HEADER + body, detect_site(root))
    assert [(f.line, f.code) for f in found if f.severity == "error"] == [
        (6, "unknown-shortcode"),
        (9, "removed-shortcode"),
    ]
