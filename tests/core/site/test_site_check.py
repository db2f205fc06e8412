"""Each check rule against the fixture sites (file, line, code); clean sites stay clean."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from plugin_site import hexo_plugins_site
from postpad.core.site import detect_site
from postpad.core.site.check import check_paths, check_text


def _triples(findings) -> set[tuple[str, int, str]]:
    return {(f.path.name, f.line, f.code) for f in findings}


@pytest.fixture(scope="module")
def broken() -> set[tuple[str, int, str]]:
    sites = Path(__file__).resolve().parents[2] / "fixtures" / "sites"
    return _triples(check_paths([sites / "hexo-broken"]))


@pytest.mark.parametrize(
    "expected",
    [
        ("yaml-error.md", 2, "front-matter-parse"),
        ("duplicate-key.md", 3, "front-matter-parse"),  # js-yaml refuses duplicates
        ("trailing-space.md", 1, "front-matter-delimiter"),
        ("bad-date.md", 3, "unreadable-date"),
        ("offset-date.md", 3, "hexo-date-offset"),
        ("yes-no.md", 4, "yaml11-boolean"),
        ("yes-no.md", 5, "yaml11-boolean"),
        ("misspelled.md", 3, "misspelled-key"),
        ("misspelled.md", 4, "misspelled-key"),
        ("missing-files.md", 4, "missing-image"),
        ("missing-files.md", 5, "missing-image"),
        ("missing-files.md", 9, "broken-link"),
        ("missing-files.md", 11, "hexo-relative-image"),
        ("missing-files.md", 6, "near-duplicate-tag"),
        ("misspelled.md", 5, "near-duplicate-tag"),
        ("fine.md", 4, "near-duplicate-tag"),
        ("templates.md", 5, "hexo-nunjucks-variable"),
        ("templates.md", 7, "hexo-nunjucks-comment"),
        ("templates.md", 9, "unknown-tag"),
        ("comment-value.md", 2, "yaml-comment-in-value"),  # title: #话题 -> empty
        ("comment-value.md", 3, "yaml-comment-in-value"),  # unquoted gradient cut at ' #'
        ("tabs.md", 5, "yaml-tab"),
        ("tabs.md", 6, "yaml-tab"),
    ],
)
def test_broken_site_rule(
    broken: set[tuple[str, int, str]], expected: tuple[str, int, str]
) -> None:
    assert expected in broken


def test_no_false_positives_on_broken_site(broken: set[tuple[str, int, str]]) -> None:
    lines = {(name, line) for name, line, _ in broken}
    assert ("templates.md", 11) not in lines  # {% raw %}
    assert ("templates.md", 13) not in lines  # code span
    assert ("comment-value.md", 4) not in {(n, li) for n, li, c in broken if c != "missing-image"}
    assert not any(n == "comment-value.md" and li in (6, 7, 8) for n, li, _ in broken)

    sites = Path(__file__).resolve().parents[2] / "fixtures" / "sites"
    links = [
        f.data["target"] for f in check_paths([sites / "hexo-broken"]) if f.code == "broken-link"
    ]
    assert sorted(links) == ["files/manual.pdf", "pics/none.png"]  # not the URL, not the anchor


def test_clean_butterfly_site_has_no_findings(sites_dir: Path) -> None:
    assert check_paths([sites_dir / "hexo-butterfly"]) == []


def test_unknown_tag_without_butterfly(tmp_path: Path) -> None:
    text = "---\ntitle: t\n---\n{% note info %}\nx\n{% endnote %}\n\n```\n{% note %}\n```\n"
    site_root = tmp_path / "s"
    (site_root / "source/_posts").mkdir(parents=True)
    (site_root / "_config.yml").write_text("theme: landscape\n", "utf-8")
    (site_root / "themes/landscape/layout").mkdir(parents=True)  # installed, registers nothing
    post = site_root / "source/_posts/a.md"
    found = check_text(post, text, detect_site(site_root))
    assert [(f.line, f.code, f.severity) for f in found] == [(4, "unknown-tag", "error")]
    (site_root / "scripts").mkdir()
    (site_root / "scripts/note.js").write_text(
        "hexo.extend.tag.register('note', fn, { ends: true });\n", "utf-8"
    )
    from postpad.core.site.check.tags_known import _hexo_tags

    _hexo_tags.cache_clear()
    assert check_text(post, text, detect_site(site_root)) == []


def test_unclosed_block_tag(sites_dir: Path) -> None:
    site = detect_site(sites_dir / "hexo-butterfly")
    found = check_text(
        site.root / "source/_posts/x.md", "---\ntitle: t\n---\n{% note %}\nx\n", site
    )
    assert [(f.line, f.code) for f in found] == [(4, "unclosed-tag")]


def test_other_engines(sites_dir: Path) -> None:
    hugo_legacy = _triples(check_paths([sites_dir / "hugo-legacy"]))
    assert ("old.md", 3, "unreadable-date") in hugo_legacy  # 2024/6/1 fails Hugo
    assert ("old.md", 4, "yaml11-boolean") in hugo_legacy  # draft: yes
    jekyll = _triples(check_paths([sites_dir / "jekyll"]))
    assert jekyll == {("idea.md", 6, "unknown-tag")}  # {% raw %} in hello.md is fine
    eleventy = _triples(check_paths([sites_dir / "eleventy"]))
    assert eleventy == {("first.md", 3, "unreadable-date")}
    zola = _triples(check_paths([sites_dir / "zola"]))
    assert ("first.md", 1, "missing-image") in zola  # [extra] cover, key line unknown
    assert check_paths([sites_dir / "hugo"]) == []
    assert check_paths([sites_dir / "astro"]) == []


def test_hugo_tabs_are_errors(sites_dir: Path) -> None:
    site = detect_site(sites_dir / "hugo")
    found = check_text(site.root / "content/posts/t.md", "---\ntags:\n\t- a\n---\n", site)
    assert [(f.line, f.severity, f.code) for f in found] == [(3, "error", "yaml-tab")]


def test_generic_file_without_site(tmp_path: Path) -> None:
    post = tmp_path / "note.md"
    post.write_text("---\ntitle: x\ndraft: on\n---\n![a](missing.png)\n", "utf-8")
    assert _triples(check_paths([post])) == {
        ("note.md", 3, "yaml11-boolean"),
        ("note.md", 5, "broken-link"),
    }


def test_not_utf8_and_binary(tmp_path: Path) -> None:
    (tmp_path / "gbk.md").write_bytes("---\ntitle: 中文\n---\n".encode("gbk"))
    (tmp_path / "bin.md").write_bytes(b"\x00\x01\x02")
    codes = {(f.path.name, f.code) for f in check_paths([tmp_path])}
    assert codes == {("gbk.md", "not-utf8"), ("bin.md", "binary")}


def test_site_registered_liquid_tags_and_hugo_shortcodes(site_copy) -> None:
    jekyll = site_copy("jekyll")
    (jekyll / "_plugins").mkdir()
    (jekyll / "_plugins" / "note.rb").write_text(
        "Liquid::Template.register_tag('note', Jekyll::NoteTag)\n", "utf-8"
    )
    assert check_paths([jekyll]) == []
    eleventy = site_copy("eleventy")
    post = eleventy / "posts" / "second.md"
    post.write_text("---\ntitle: t\ndate: 2024-06-01\n---\n{% youtube 'x' %} {% nope %}\n", "utf-8")
    (eleventy / "eleventy.config.js").write_text(
        'export default function (c) { c.addShortcode("youtube", (id) => id); }\n', "utf-8"
    )
    found = [(f.path.name, f.line, f.data.get("name")) for f in check_paths([post])]
    assert found == [("second.md", 5, "nope")]
    hugo = site_copy("hugo")
    page = hugo / "content" / "posts" / "codes.md"
    page.write_text(
        "---\ntitle: t\n---\n{{< figure src=x >}}\n{{< mine >}}\n{{%/* nope */%}}\n"
        "`{{< incode >}}`\n{{< nope >}}\n",
        "utf-8",
    )
    (hugo / "layouts" / "shortcodes").mkdir(parents=True)
    (hugo / "layouts" / "shortcodes" / "mine.html").write_text("x", "utf-8")
    found = [(f.line, f.code, f.data.get("name")) for f in check_paths([page])]
    # Hugo 0.168 extracts shortcodes before Markdown: one in a code span fails too (0220)
    assert found == [(7, "unknown-shortcode", "incode"), (8, "unknown-shortcode", "nope")]


# Issue 11: errors only where the engine really trips (decision 0047).


def test_plugin_and_theme_tags_are_known(tmp_path: Path) -> None:
    found = check_paths([hexo_plugins_site(tmp_path)])
    by_post = {(f.path.name, f.code, f.severity) for f in found}
    assert not any(name == "plugin-tags.md" for name, _, _ in by_post)
    assert ("maybe-plugin.md", "unknown-tag", "warning") in by_post
    assert "hexo-include-file" in next(f for f in found if f.path.name == "maybe-plugin.md").message
    assert ("unclosed-plugin-block.md", "unclosed-tag", "error") in by_post  # ends from a variable


def test_unknown_tag_is_an_error_once_everything_is_installed(tmp_path: Path) -> None:
    root = hexo_plugins_site(tmp_path)
    package = root / "package.json"
    data = json.loads(package.read_text("utf-8"))
    for name in ("hexo-include-file", "hexo-sliding-spoiler", "hexo-static-math"):
        del data["dependencies"][name]
    data["dependencies"]["hexo-x"] = "1"
    package.write_text(json.dumps(data), "utf-8")
    (root / "node_modules/hexo-x").mkdir()
    (root / "node_modules/hexo-x/index.js").write_text("module.exports = 1;\n", "utf-8")
    found = check_paths([root / "source/_posts/maybe-plugin.md"])
    assert [(f.code, f.severity) for f in found] == [("unknown-tag", "error")]


def test_well_known_theme_tags_when_not_installed(tmp_path: Path) -> None:
    root = tmp_path / "s"
    (root / "source/_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("theme: fluid\n", "utf-8")
    text = (
        "---\ntitle: t\n---\n{% note success %}\nx\n{% endnote %}\n"
        "{% fold info @t %}\ny\n{% endfold %}\n{% nosuch %}\n"
    )
    found = check_text(root / "source/_posts/a.md", text, detect_site(root))
    # the theme's version in use may register more: not installed here, so only a warning
    assert [(f.line, f.code, f.severity) for f in found] == [(10, "unknown-tag", "warning")]
    assert "the theme 'fluid' (not installed here)" in found[0].message


def test_js_regexp_in_hexo_config_keeps_theme(tmp_path: Path) -> None:
    root = hexo_plugins_site(tmp_path)
    site = detect_site(root)
    assert site is not None
    assert site.theme == "quiet"
    assert site.config.raw["exclude_re"] == "/^drafts?\\//i"
    assert not [f for f in check_paths([root]) if f.code == "config-parse"]


def test_unknown_yaml_tag_in_hexo_config_is_an_error_but_keeps_theme(tmp_path: Path) -> None:
    root = tmp_path / "s"
    (root / "source/_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("theme: next\nodd: !foo bar\n", "utf-8")
    (root / "source/_posts/a.md").write_text("---\ntitle: t\n---\nx\n", "utf-8")
    site = detect_site(root)
    assert site is not None
    assert site.theme == "next"
    assert [(f.code, f.severity) for f in check_paths([root])] == [("config-parse", "error")]


def test_hugo_theme_static_and_mounts_resolve(sites_dir: Path) -> None:
    found = check_paths([sites_dir / "hugo-theme"])
    assert [(f.line, f.code, f.severity) for f in found] == [(14, "broken-link", "warning")]


@pytest.mark.parametrize(
    ("value", "readable"),
    [("2018-05-22T9:48:00", True), ("2018-05-22 9:48:00", True), ("22 May 2018", True),
     ("2018-05-22T09:48:00+0800", True), ("2018-05-22 09:48:00.5", True),
     ("2018-5-22", False), ("2018-05-22T09:48", False), ("May 22, 2018", False),
     ("2018-02-30", False), ("2018-05-22 09:48:00+08", False),
     ("2018-05-22T09:48:00 +0800", False)],
)  # fmt: skip
def test_hugo_dates_as_cast_reads_them(value: str, readable: bool, tmp_path: Path) -> None:
    root = tmp_path / "h"
    (root / "content/posts").mkdir(parents=True)
    (root / "hugo.toml").write_text('title = "x"\n', "utf-8")
    text = f'---\ntitle: t\ndate: "{value}"\n---\nx\n'
    found = check_text(root / "content/posts/a.md", text, detect_site(root))
    assert (not [f for f in found if f.code == "unreadable-date"]) == readable


@pytest.mark.parametrize(
    ("yaml", "hugo", "jekyll"),
    [("tags:\n\t- x", True, True), ("d: |\n  a\n  \tb", False, False),
     ("t: [a,\n\tb]", False, False), ("t: a\n  \tb", False, False), ('t: "a\n\tb"', True, False),
     ("tags:\n-\tx", False, True), ("p:\n  \tq: 1", False, True),
     ("p:\n  a: 1\n  \tb: 2", True, True), ("x: 1\n \ty: 2", True, True)],
)  # fmt: skip
def test_yaml_tabs_only_where_the_engine_refuses(yaml: str, hugo: bool, jekyll: bool) -> None:
    from postpad.core.site.check.tabs import rejected_tab_lines

    refused = [r for _, _, r in rejected_tab_lines(f"title: a\n{yaml}")]
    assert (any(h for h, _ in refused), any(j for _, j in refused)) == (hugo, jekyll)


def test_jekyll_keeps_the_last_of_two_equal_keys(tmp_path: Path) -> None:
    root = tmp_path / "j"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: a\ntitle: b\n", "utf-8")
    post = root / "_posts/2020-01-01-p.md"
    post.write_text("---\ntitle: a\ntitle: b\n---\nx\n", "utf-8")
    found = check_paths([root])
    assert {(f.code, f.severity) for f in found} == {
        ("front-matter-parse", "warning"),
        ("config-parse", "warning"),
    }


def test_hugo_shortcode_of_a_theme_not_checked_out_is_a_warning(tmp_path: Path) -> None:
    root = tmp_path / "h"
    (root / "content/posts").mkdir(parents=True)
    (root / "hugo.toml").write_text('theme = "LoveIt"\n', "utf-8")
    text = "---\ntitle: t\ndate: 2020-01-01\n---\n{{< admonition >}}x{{< /admonition >}}\n"
    post = root / "content/posts/a.md"
    found = check_text(post, text, detect_site(root))
    assert [(f.code, f.severity) for f in found] == [("unknown-shortcode", "warning")]
    (root / "themes/LoveIt").mkdir(parents=True)  # a submodule not checked out: still unknown
    found = check_text(post, text, detect_site(root))
    assert [(f.code, f.severity) for f in found] == [("unknown-shortcode", "warning")]
    (root / "themes/LoveIt/layouts/shortcodes").mkdir(parents=True)  # installed: now certain
    found = check_text(post, text, detect_site(root))
    assert [(f.code, f.severity) for f in found] == [("unknown-shortcode", "error")]


def test_templates_outside_a_site_are_not_posts(tmp_path: Path) -> None:
    (tmp_path / "archetypes").mkdir()
    (tmp_path / "archetypes/default.md").write_text(
        '---\ntitle: "{{ replace .Name "-" " " | title }}"\n---\n', "utf-8"
    )
    (tmp_path / "notes.md").write_text("---\ntitle: [\n---\n", "utf-8")
    assert [f.path.name for f in check_paths([tmp_path])] == ["notes.md"]


def test_jekyll_tags_from_plugin_gems(tmp_path: Path) -> None:
    root = tmp_path / "j"
    (root / "_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("title: x\nplugins:\n  - jekyll-seo-tag\n", "utf-8")
    post = root / "_posts/2020-01-01-p.md"
    text = "---\ntitle: t\n---\n{% seo %}\n{% spoiler %}\n"
    found = check_text(post, text, detect_site(root))
    assert [(f.line, f.code, f.severity) for f in found] == [(5, "unknown-tag", "error")]
    (root / "Gemfile").write_text('gem "jekyll"\ngem "jekyll-spoilers"\n', "utf-8")
    found = check_text(post, text, detect_site(root))
    assert [(f.line, f.severity) for f in found] == [(5, "warning")]
    assert "jekyll-spoilers" in found[0].message


def test_unclosed_block_known_only_from_the_table_is_a_warning(tmp_path: Path) -> None:
    root = tmp_path / "s"
    (root / "source/_posts").mkdir(parents=True)
    (root / "_config.yml").write_text("theme: fluid\n", "utf-8")
    text = "---\ntitle: t\n---\n{% note info %}\nnever closed\n{% quote %}\n"
    found = check_text(root / "source/_posts/a.md", text, detect_site(root))
    assert [(f.line, f.code, f.severity) for f in found] == [
        (4, "unclosed-tag", "warning"),
        (6, "unclosed-tag", "error"),
    ]


@pytest.mark.parametrize(
    ("engine", "value", "severity"),
    [("jekyll", "22/05/2018", "warning"), ("jekyll", "2018-05-22 09:48:00 CST", "warning"),
     ("jekyll", "2018年5月22日", "error"), ("jekyll", "2018-13-01", "error"),
     ("jekyll", "2018-05-22", None), ("hexo", "2018-13-01", "error"),
     ("hexo", "2018-5-22 9:48", None)],
)  # fmt: skip
def test_dates_as_hexo_and_jekyll_read_them(
    engine: str, value: str, severity: str | None, tmp_path: Path
) -> None:
    root = tmp_path / "s"
    folder = root / ("source/_posts" if engine == "hexo" else "_posts")
    folder.mkdir(parents=True)
    (root / "_config.yml").write_text("title: x\n", "utf-8")
    text = f"---\ntitle: t\ndate: '{value}'\n---\nx\n"
    found = check_text(folder / "2020-01-01-p.md", text, detect_site(root))
    dates = [f.severity for f in found if f.code == "unreadable-date"]
    assert dates == ([severity] if severity else [])


def test_post_link_to_a_missing_post_is_an_error(tmp_path: Path) -> None:
    """Hexo finds the post by slug or by title; none of them: "Post not found" stops the build."""
    site_root = tmp_path / "s"
    posts = site_root / "source/_posts"
    (posts / "notes").mkdir(parents=True)
    (site_root / "_config.yml").write_text("title: x\n", "utf-8")
    (posts / "notes/first.md").write_text("---\ntitle: 第一篇\n---\nx\n", "utf-8")
    text = (
        "---\ntitle: t\n---\n{% post_link notes/first %} {% post_link 第一篇 看这里 %}\n"
        "{% post_link nowhere %} {% post_path nowhere %}\n\n```\n{% post_link nowhere %}\n```\n"
    )
    found = check_text(posts / "b.md", text, detect_site(site_root))
    assert [(f.line, f.code, f.severity) for f in found] == [(5, "hexo-post-not-found", "error")]


def test_removed_hugo_shortcode_is_an_error_unless_the_site_defines_it(tmp_path: Path) -> None:
    """Hugo 0.156 replaced gist/twitter with an error (found on a corpus site that no longer
    builds); a site's own template of that name is used instead."""
    (tmp_path / "hugo.toml").write_text('title = "x"\n', "utf-8")
    post = tmp_path / "content/posts/a.md"
    post.parent.mkdir(parents=True)
    text = "---\ntitle: t\n---\n{{< gist user 123 >}}\n{{< youtube abc >}}\n"
    found = check_text(post, text, detect_site(tmp_path))
    assert [(f.line, f.code, f.severity) for f in found] == [(4, "removed-shortcode", "error")]
    own = tmp_path / "layouts/_shortcodes/gist.html"
    own.parent.mkdir(parents=True)
    own.write_text('<script src="x"></script>\n', "utf-8")
    assert check_text(post, text, detect_site(tmp_path)) == []


def test_a_broken_non_ascii_image_is_named_as_written_on_its_own_line(tmp_path: Path) -> None:
    # a real gallery (1075309047/blog, 《风云决》.md): markdown-it percent-encodes the src, so
    # the finding named ./%E8%8F%9C... and fell back to the paragraph's first line
    post = tmp_path / "gallery.md"
    post.write_text(
        "---\ntitle: x\n---\n![菜刀步惊云](./菜刀步惊云.png)\n![风云 重逢](./风云%20重逢.png)\n"
        "![夕阳](./夕阳.png)\n![bad](./%FF.png)\n",
        "utf-8",
    )
    found = [(f.line, f.data["target"]) for f in check_paths([post]) if f.code == "broken-link"]
    assert found == [
        (4, "./菜刀步惊云.png"),
        (5, "./风云%20重逢.png"),
        (6, "./夕阳.png"),
        (7, "./%FF.png"),
    ]
    assert "'./菜刀步惊云.png' does not exist" in check_paths([post])[0].message
