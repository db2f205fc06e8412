"""render(): front matter, file line numbers, outline, warnings, statistics, site settings."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from postpad.core.render import RenderOptions, render

FIXTURES = Path(__file__).parents[2] / "fixtures" / "render"


@pytest.fixture
def seed_shaped() -> str:
    return (FIXTURES / "seed_shaped_post.md").read_text(encoding="utf-8")


def test_seed_shaped_post_renders_like_hexo(seed_shaped: str) -> None:
    rendered = render(seed_shaped, RenderOptions(engine="hexo", theme="butterfly"))
    assert seed_shaped.endswith("花时间。")  # the shape under test: no trailing newline
    # front matter is not body text (no <hr>, no setext heading made of it)
    assert "title" not in rendered.html
    assert "<hr" not in rendered.html
    assert "<h" not in rendered.html
    assert len(rendered.blocks) == 1
    block = rendered.blocks[0]
    assert (block.first_line, block.last_line) == (11, 15)  # file lines, front matter counted
    assert 'data-line="11" data-line-end="15"' in rendered.html
    # &ensp; is the character it names; single newlines are <br> (breaks: true)
    assert "\u2002\u2002\u2002\u2002今年春天" in block.html
    assert block.html.count("<br />") == 4
    # Hexo smartypants: quotes after CJK or full-width punctuation all close
    assert "朋友问我：”你一周能读几本？”我说”一本都不到”" in block.html
    assert "发现“慢阅读”" in block.html  # typographic quotes the author typed stay
    assert rendered.outline == []
    assert rendered.warnings == []


def test_seed_shaped_post_statistics(seed_shaped: str) -> None:
    stats = render(seed_shaped, RenderOptions()).stats
    assert stats.han == 164
    # Butterfly's 字数 counts each &ensp; as the word "ensp" (marked keeps the entity and
    # hexo-wordcount 6.0.1 counts its name; real Hexo 8, decision 0276): 5 lines of 4
    assert stats.latin_words == 20
    assert stats.wordcount == 184
    assert stats.paragraphs == 5  # five &ensp;-indented lines
    assert stats.minutes == 1


def test_front_matter_lines_shift_block_lines() -> None:
    text = "---\ntitle: t\ntags: [a]\n---\n\n# One\n\npara\n"
    rendered = render(text, RenderOptions(engine="hugo"))
    assert [(b.first_line, b.last_line) for b in rendered.blocks] == [(6, 6), (8, 8)]
    assert [(h.level, h.text, h.id, h.line) for h in rendered.outline] == [(1, "One", "one", 6)]


def test_toml_front_matter_is_split_for_hugo() -> None:
    rendered = render('+++\ntitle = "x"\n+++\n\nbody\n', RenderOptions(engine="hugo"))
    assert rendered.blocks[0].html == "<p>body</p>\n"
    assert rendered.blocks[0].first_line == 5


def test_outline_has_unique_ids_and_file_lines() -> None:
    text = "# A\n\n## B\n\n## B\n\n> ## C\n"
    outline = render(text, RenderOptions(engine="generic")).outline
    assert [(h.level, h.text, h.id, h.line) for h in outline] == [
        (1, "A", "a", 1),
        (2, "B", "b", 3),
        (2, "B", "b-1", 5),
        (2, "C", "c", 7),
    ]


def test_warnings_carry_file_lines() -> None:
    text = "---\ntitle: t\n---\n\n第一段\n第二行 {{ name }}\n\n{% nosuch %}\n\n$\\frac{a}{$\n"
    warnings = render(text, RenderOptions(engine="hexo", math=True)).warnings
    assert [(w.line, w.code) for w in warnings] == [
        (6, "hexo-template-variable"),
        (8, "hexo-unknown-tag"),
        (10, "math-error"),
    ]


def test_unclosed_block_tag_is_warned() -> None:
    warnings = render("{% note info %}\ntext\n", RenderOptions(engine="hexo")).warnings
    assert [(w.line, w.code) for w in warnings] == [(1, "hexo-unclosed-tag")]


def test_butterfly_tags_are_unknown_for_another_theme() -> None:
    text = "{% note info %}\nx\n{% endnote %}\n"
    assert render(text, RenderOptions(engine="hexo", theme="butterfly")).warnings == []
    codes = [w.code for w in render(text, RenderOptions(engine="hexo", theme="next")).warnings]
    assert codes == ["hexo-unknown-tag"]


def test_hexo_marked_overrides() -> None:
    text = '## Title\nline one\nline two "q"\n'
    options = RenderOptions(
        engine="hexo",
        site_overrides={"breaks": False, "smartypants": False, "headerIds": False},
    )
    html = render(text, options).html
    assert "<h2>Title</h2>" in html
    assert "<br" not in html
    assert "&quot;q&quot;" in html


def test_hexo_modify_anchors_lowercases_ids() -> None:
    options = RenderOptions(engine="hexo", site_overrides={"modifyAnchors": 1})
    assert 'id="hello-world"' in render("# Hello World\n", options).html


def test_hugo_goldmark_overrides_unsafe_and_hard_wraps() -> None:
    text = "<b>x</b>\n\na\nb\n"
    default = render(text, RenderOptions(engine="hugo")).html
    assert "raw HTML omitted" in default
    assert "<b>" not in default
    assert "<br" not in default
    options = RenderOptions(
        engine="hugo", site_overrides={"renderer": {"unsafe": True, "hardWraps": True}}
    )
    html = render(text, options).html
    assert "<b>x</b>" in html
    assert "<br />" in html


def test_hugo_dotted_override_keys() -> None:
    options = RenderOptions(engine="hugo", site_overrides={"extensions.typographer": False})
    assert "&quot;" in render('"a"\n', options).html


def test_math_follows_front_matter_in_hexo() -> None:
    body = "$x^2$\n"
    assert "<math" not in render(body, RenderOptions(engine="hexo")).html
    assert "<math" in render("---\nmathjax: true\n---\n" + body, RenderOptions(engine="hexo")).html
    assert "<math" in render(body, RenderOptions(engine="hexo", math=True)).html
    assert "<math" not in render(body, RenderOptions(engine="generic", math=False)).html


def test_profile_keyword_is_a_synonym_of_engine() -> None:
    assert RenderOptions(profile="hugo").engine == "hugo"
    assert RenderOptions(engine="nonsense").engine == "generic"


def test_hexo_asset_folder_images_resolve_to_files(tmp_path: Path) -> None:
    posts = tmp_path / "source" / "_posts"
    (posts / "my-post").mkdir(parents=True)
    (posts / "my-post" / "pic.png").write_bytes(b"\x89PNG")
    (tmp_path / "source" / "images").mkdir()
    (tmp_path / "source" / "images" / "site.png").write_bytes(b"\x89PNG")
    post = posts / "my-post.md"
    text = "![a](pic.png) ![b](/images/site.png) {% asset_img pic.png 标题 %} ![c](gone.png)\n"
    options = RenderOptions(
        engine="hexo",
        post_path=post,
        site_root=tmp_path,
        post_asset_folder=True,
        site_overrides={"postAsset": True},
    )
    rendered = render(text, options)
    html = rendered.html
    assert (posts / "my-post" / "pic.png").resolve().as_uri() in html
    assert (tmp_path / "source" / "images" / "site.png").resolve().as_uri() in html
    assert html.count((posts / "my-post" / "pic.png").resolve().as_uri()) == 2
    assert [w.code for w in rendered.warnings] == ["missing-image"]


def test_hexo_relative_image_without_post_asset_is_warned(tmp_path: Path) -> None:
    (tmp_path / "pic.png").write_bytes(b"\x89PNG")
    rendered = render("![a](pic.png)\n", RenderOptions(engine="hexo", post_path=tmp_path / "p.md"))
    assert (tmp_path / "pic.png").resolve().as_uri() in rendered.html
    assert [w.code for w in rendered.warnings] == ["hexo-relative-image"]


def test_hugo_bundle_and_static_images(tmp_path: Path) -> None:
    bundle = tmp_path / "content" / "posts" / "b"
    bundle.mkdir(parents=True)
    (bundle / "pic.png").write_bytes(b"x")
    (tmp_path / "static").mkdir()
    (tmp_path / "static" / "logo.png").write_bytes(b"x")
    options = RenderOptions(engine="hugo", post_path=bundle / "index.md", site_root=tmp_path)
    html = render("![a](pic.png) ![b](/logo.png)\n", options).html
    assert (bundle / "pic.png").resolve().as_uri() in html
    assert (tmp_path / "static" / "logo.png").resolve().as_uri() in html


def test_remote_images_are_placeholders_unless_allowed() -> None:
    text = "![远程](https://example.com/a.png)\n"
    blocked = render(text, RenderOptions(engine="generic"))
    assert "<img" not in blocked.html
    assert "pp-remote-image" in blocked.html
    assert [w.code for w in blocked.warnings] == ["remote-image"]
    allowed = render(text, RenderOptions(engine="generic", allow_remote_images=True)).html
    assert '<img src="https://example.com/a.png"' in allowed


def test_empty_post_and_front_matter_only() -> None:
    assert render("", RenderOptions()).html == ""
    only = render("---\ntitle: x\n---\n", RenderOptions())
    assert only.blocks == []
    assert only.stats.wordcount == 0


def test_local_links_and_post_links_resolve_to_files(tmp_path: Path) -> None:
    posts = tmp_path / "source" / "_posts"
    (posts / "p").mkdir(parents=True)
    (posts / "p" / "doc.pdf").write_bytes(b"%PDF")
    (posts / "other.md").write_text("x", encoding="utf-8")
    options = RenderOptions(
        engine="hexo", post_path=posts / "p.md", site_root=tmp_path, post_asset_folder=True
    )
    text = "[pdf](doc.pdf) [web](https://x.org) [top](#h) {% post_link other 另一篇 %} [no](x.md)\n"
    html = render(text, options).html
    assert f'<a href="{(posts / "p" / "doc.pdf").resolve().as_uri()}">pdf</a>' in html
    # hexo-util encodeURL adds the /; Hexo's external_link filter the target (decision 0014)
    assert '<a target="_blank" rel="noopener" href="https://x.org/">web</a>' in html
    assert '<a href="#h">top</a>' in html
    # post_link: the URL the built site has (default permalink, dated by the file) and the file
    # to open on a click (decision 0098)
    assert re.search(r'<a href="/\d{4}/\d\d/\d\d/other/" title="other" data-pp-file="', html)
    assert f'data-pp-file="{(posts / "other.md").resolve().as_uri()}">另一篇</a>' in html
    assert '<a href="x.md">no</a>' in html


def test_jekyll_site_root_images(tmp_path: Path) -> None:
    (tmp_path / "assets").mkdir()
    (tmp_path / "assets" / "a.png").write_bytes(b"x")
    (tmp_path / "_posts").mkdir()
    options = RenderOptions(
        engine="jekyll", post_path=tmp_path / "_posts" / "2024-06-01-x.md", site_root=tmp_path
    )
    html = render("![a](/assets/a.png)\n", options).html
    assert (tmp_path / "assets" / "a.png").resolve().as_uri() in html


def test_jekyll_kramdown_overrides() -> None:
    options = RenderOptions(engine="jekyll", site_overrides={"hard_wrap": True, "auto_ids": False})
    html = render("# Title\na\nb\n", options).html
    assert "<h1>Title</h1>" in html
    assert "a<br />" in html


def test_options_for_a_detected_hexo_site(tmp_path: Path) -> None:
    from postpad.core.render import options_for_site
    from postpad.core.site import detect_site

    (tmp_path / "_config.yml").write_text(
        "theme: butterfly\npost_asset_folder: true\nmarked:\n  postAsset: true\n  breaks: false\n",
        encoding="utf-8",
    )
    posts = tmp_path / "source" / "_posts"
    (posts / "a").mkdir(parents=True)
    (posts / "a" / "pic.png").write_bytes(b"x")
    post = posts / "a.md"
    post.write_text("---\ntitle: a\n---\n", encoding="utf-8")
    site = detect_site(post)
    assert site is not None
    options = options_for_site(site, post)
    assert options.engine == "hexo"
    assert options.theme == "butterfly"
    rendered = render("![p](pic.png)\n一\n二\n\n{% note info %}\nx\n{% endnote %}\n", options)
    assert (posts / "a" / "pic.png").resolve().as_uri() in rendered.html
    assert "<br" not in rendered.html  # marked.breaks: false from the site
    assert rendered.warnings == []


def test_hexo_external_link_follows_the_site_config(tmp_path: Path) -> None:
    def html(site: dict[str, object]) -> str:
        options = RenderOptions(engine="hexo", site_overrides={"site": site})
        return render("[a](https://blog.example.org/x) [b](https://cdn.org/y)\n", options).html

    own = {"url": "https://blog.example.org/sub", "external_link": {"exclude": ["cdn.org"]}}
    assert "target" not in html(own)
    assert 'target="_blank" rel="noopener" href="https://cdn.org/y"' in html(
        {"url": "https://blog.example.org"}
    )
    assert "target" not in html({"url": "https://x.org", "external_link": True})  # Hexo 8: off
    assert "target" not in html({"url": "https://x.org", "external_link": {"enable": False}})


def test_hexo_highlight_settings_from_the_site_config() -> None:
    def html(highlight: dict[str, object], info: str = "js") -> str:
        options = RenderOptions(engine="hexo", site_overrides={"site": {"highlight": highlight}})
        return render(f"```{info}\n\tx\n\t\ty\n```\n", options).html

    assert 'class="gutter"' in html({})
    assert 'class="gutter"' not in html({"line_number": False})
    assert 'class="gutter"' not in html({"line_threshold": 5})
    assert ">x<" in html({}, "text")  # strip-indent took one tab
    assert ">\ty<" in html({}, "text")
    assert ">  y<" in html({"tab_replace": "  "}, "text")
    assert '<pre><code class="highlight js">' in html({"wrap": False, "line_number": False})
    assert '<pre><code class="highlight js">' in html({"exclude_languages": ["js"]})


def test_hexo_post_link_shows_the_target_posts_title(tmp_path: Path) -> None:
    posts = tmp_path / "source" / "_posts"
    posts.mkdir(parents=True)
    (posts / "other.md").write_text("---\ntitle: 另一篇文章\n---\n正文\n", encoding="utf-8")
    options = RenderOptions(engine="hexo", post_path=posts / "p.md", site_root=tmp_path)

    def html(tag: str) -> str:
        return render(tag + "\n", options).blocks[0].html

    assert ">另一篇文章</a>" in html("{% post_link other %}")
    assert ">另一篇文章</a>" in html("{% post_link other#h2 true %}")
    assert ">自定义</a>" in html("{% post_link other 自定义 %}")
    assert ">missing</a>" in html("{% post_link missing %}")


def test_hexo_missing_image_points_where_the_site_publishes_it(tmp_path: Path) -> None:
    """hexo-renderer-marked prepends ``root`` (url_for) to an image it has no file for."""
    posts = tmp_path / "source" / "_posts"
    posts.mkdir(parents=True)
    options = RenderOptions(
        engine="hexo",
        post_path=posts / "p.md",
        site_root=tmp_path,
        site_overrides={"site": {"root": "/blog/"}},
    )
    html = render("![a](<./pic 1.jpg>) ![b](../images/x.png)\n", options).html
    assert 'src="/blog/./pic%201.jpg"' in html
    assert 'src="/blog/../images/x.png"' in html
    off = RenderOptions(**{**options.__dict__, "site_overrides": {"prependRoot": False}})
    assert 'src="./pic%201.jpg"' in render("![a](<./pic 1.jpg>)\n", off).html


def test_hexo_asset_img_without_its_asset_shows_nothing_as_hexo_does(tmp_path: Path) -> None:
    """Hexo's asset_img finds the file in the post's asset folder or writes nothing at all
    (seaoak's corpus posts, real Hexo 8); the preview warns instead of drawing a broken image."""
    posts = tmp_path / "source" / "_posts"
    (posts / "p").mkdir(parents=True)
    (posts / "p" / "here.png").write_bytes(b"\x89PNG")
    text = "{% asset_img here.png 在 %}\n\n{% asset_img gone.png 无 %}\n"
    options = RenderOptions(
        engine="hexo", post_path=posts / "p.md", site_root=tmp_path, post_asset_folder=True
    )
    rendered = render(text, options)
    assert 'alt="在"' in rendered.html
    assert "gone.png" not in rendered.html
    assert 'alt="无"' not in rendered.html
    assert any("gone.png" in w.message for w in rendered.warnings)
    off = render(text, RenderOptions(engine="hexo", post_path=posts / "p.md", site_root=tmp_path))
    assert "<img" not in off.html  # no post_asset_folder: Hexo has no assets for the post


def test_hexo_include_code_without_its_file_shows_nothing_as_hexo_does(tmp_path: Path) -> None:
    """include_code reads source/<code_dir>/<path>; with no such file Hexo writes nothing (the
    Icarus corpus post, real Hexo 8): the preview too, with a warning."""
    posts = tmp_path / "source" / "_posts"
    posts.mkdir(parents=True)
    (tmp_path / "source" / "downloads" / "code").mkdir(parents=True)
    (tmp_path / "source" / "downloads" / "code" / "here.js").write_text("x", encoding="utf-8")
    options = RenderOptions(engine="hexo", post_path=posts / "p.md", site_root=tmp_path)
    gone = render("{% include_code 标题 lang:js from:2 gone.js %}\n", options)
    assert "".join(block.html for block in gone.blocks).strip() == ""
    assert any("gone.js" in w.message for w in gone.warnings)
    here = render("{% include_code here.js %}\n", options)
    assert "here.js" in here.html
