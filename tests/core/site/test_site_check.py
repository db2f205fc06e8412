"""Each check rule against the fixture sites (file, line, code); clean sites stay clean."""

from __future__ import annotations

from pathlib import Path

import pytest

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
    assert found == [(8, "unknown-shortcode", "nope")]
