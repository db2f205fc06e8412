"""The render's warnings in ``postpad check``'s vocabulary (decision 0198): codes, severities,
subjects, the site's own tags not reported, preview-only notes dropped."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render import RenderOptions, render
from postpad.core.render.options import options_for_site
from postpad.core.site.check import check_text
from postpad.core.site.check.render_findings import KINDS, render_findings, subject_of
from postpad.core.site.check.tags_known import _hexo_tags
from postpad.core.site.detect import detect_site

POST = (
    "---\ntitle: t\n---\n\n"
    "Intro,\nand ![cat](missing.png) here.\n\n"  # 5-6
    "{% nosuchtag a %}\n\n"  # 8
    "{{ page.x }} and {# note #}\n\n"  # 10
    "![remote](https://example.org/a.png)\n\n"  # 12
    "<script>alert(1)</script>\n"  # 14
)


def _triples(text: str, engine: str, path: Path, site=None) -> list[tuple[int, str, str]]:
    options = RenderOptions(engine=engine, post_path=path)
    rendered = render(text, options_for_site(site, path) if site else options)
    found = render_findings(rendered.warnings, path, site, engine)
    return [(f.line, f.code, f.severity) for f in found]


def test_hexo_warnings_become_check_findings(tmp_path: Path) -> None:
    assert _triples(POST, "hexo", tmp_path / "p.md") == [
        (6, "broken-link", "warning"),  # the image's own line, as check (decision 0245)
        (8, "unknown-tag", "warning"),  # in no site: a theme or plugin may register it
        (10, "hexo-nunjucks-variable", "warning"),
        (10, "hexo-nunjucks-comment", "warning"),
    ]  # the remote image and the script concern the preview only


def test_jekyll_liquid(tmp_path: Path) -> None:
    text = "---\ntitle: t\n---\n\n{% nosuchtag %}\n\n```\n{{ page.x }}\n```\n\n{{ page.y }}\n"
    assert _triples(text, "jekyll", tmp_path / "p.md") == [
        (5, "unknown-tag", "warning"),
        (7, "liquid-in-code", "warning"),
    ]  # {{ page.y }} in prose: only the preview cannot know its value


def test_wording_and_subject_follow_postpad_check(tmp_path: Path) -> None:
    rendered = render(POST, RenderOptions(engine="hexo", post_path=tmp_path / "p.md"))
    found = render_findings(rendered.warnings, tmp_path / "p.md", None, "hexo")
    assert found[0].data["target"] == "missing.png"
    assert found[0].message == (
        "'missing.png' does not exist: the engine builds, the link or image is broken"
    )
    assert found[1].data["name"] == "nosuchtag"
    assert found[1].message.startswith("unknown tag '{% nosuchtag %}': Hexo stops the build unless")
    # ``postpad check`` names the same problems with the same codes
    checked = {(f.line, f.code) for f in check_text(tmp_path / "p.md", POST, None)}
    assert (6, "broken-link") in checked


def test_every_subject_pattern_reads_the_renders_wording(tmp_path: Path) -> None:
    """A change of the render's wording must not silently lose the subject."""
    text = (
        "---\ntitle: t\n---\n\n![a](gone.png)\n\n{% nosuchtag %}\n\n{% endnothing %}\n\n"
        "{% note %}\nx\n"
    )
    rendered = render(text, RenderOptions(engine="hexo", post_path=tmp_path / "p.md"))
    subjects = {w.code: subject_of(w) for w in rendered.warnings}
    assert subjects == {
        "missing-image": "gone.png",
        "hexo-unknown-tag": "nosuchtag",
        "hexo-unmatched-end-tag": "endnothing",
        "hexo-unclosed-tag": "note",
    }
    assert set(subjects) <= set(KINDS)


def test_a_tag_the_site_registers_is_no_problem(tmp_path: Path) -> None:
    root = tmp_path / "s"
    (root / "source/_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("theme: landscape\n", "utf-8")
    (root / "themes/landscape/layout").mkdir(parents=True)
    post = root / "source/_posts/a.md"
    text = "---\ntitle: t\n---\n\n{% sitetag x %}\n"
    _hexo_tags.cache_clear()
    assert _triples(text, "hexo", post, detect_site(root)) == [(5, "unknown-tag", "error")]
    (root / "scripts").mkdir()
    (root / "scripts/sitetag.js").write_text("hexo.extend.tag.register('sitetag', fn);\n", "utf-8")
    _hexo_tags.cache_clear()
    assert _triples(text, "hexo", post, detect_site(root)) == []


def test_relative_image_needs_a_site_to_be_judged(tmp_path: Path) -> None:
    (tmp_path / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    text = "---\ntitle: t\n---\n\n![a](pic.png)\n"
    rendered = render(text, RenderOptions(engine="hexo", post_path=tmp_path / "p.md"))
    assert [w.code for w in rendered.warnings] == ["hexo-relative-image"]
    assert render_findings(rendered.warnings, tmp_path / "p.md", None, "hexo") == []


def test_hugo_shortcodes_as_check_names_them(sites_dir: Path, tmp_path: Path) -> None:
    root = tmp_path / "hugo"
    import shutil

    shutil.copytree(sites_dir / "hugo", root)
    post = root / "content/posts/probe.md"
    text = (
        "---\ntitle: t\n---\n\n{{< nope a >}}\n\n{{< gist u 123 >}}\n\n"
        "{{% mine %}}x{{% /mine %}}\n\n{{< youtube abc >}} {{< x_simple user=a id=1 >}}\n\n"
        "{{< bluesky link=l >}}\n"  # not embedded in Hugo 0.168: the build fails
    )
    site = detect_site(root)
    assert _triples(text, "hugo", post, site) == [
        (5, "unknown-shortcode", "error"),
        (7, "removed-shortcode", "error"),
        (9, "unknown-shortcode", "error"),
        (13, "unknown-shortcode", "error"),
    ]
    checked = {(f.line, f.code) for f in check_text(post, text, site)}
    assert checked == {
        (5, "unknown-shortcode"),
        (7, "removed-shortcode"),
        (9, "unknown-shortcode"),
        (13, "unknown-shortcode"),
    }
    (root / "layouts/_shortcodes").mkdir(parents=True)
    (root / "layouts/_shortcodes/mine.html").write_text("{{ .Inner }}", "utf-8")
    assert _triples(text, "hugo", post, detect_site(root)) == [
        (5, "unknown-shortcode", "error"),
        (7, "removed-shortcode", "error"),
        (13, "unknown-shortcode", "error"),
    ]


def test_a_missing_non_ascii_image_is_named_as_written(tmp_path: Path) -> None:
    # the Problems list named ./%E8%8F%9C%E5%88%80.png (markdown-it's URL) for ./菜刀.png
    text = "---\ntitle: t\n---\n\n![菜刀](./菜刀.png) and ![a b](./a%20b.png)\n"
    path = tmp_path / "p.md"
    rendered = render(text, RenderOptions(engine="hexo", post_path=path))
    found = render_findings(rendered.warnings, path, None, "hexo")
    assert [f.data["target"] for f in found] == ["./菜刀.png", "./a%20b.png"]
    assert found[0].message.startswith("'./菜刀.png' does not exist")
