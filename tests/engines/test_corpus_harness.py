"""The corpus harness's own rules: the edit diff check, the named normalisations, the lenient
form (no engine needed), and one small synthetic site through the real Hexo (each can fail on
the example it is given)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from corpus_edits import EDITS, new_date, outside_key
from corpus_report import measure_site
from corpus_sites import POSTS_DIR, CorpusSite, is_post, load_site
from engine_harness import EnginePost
from hexo_themes import installed
from html_normalise import lenient_text, strict_text

from conftest import require_engine

POST = "---\ntitle: a\ntags:\n- x\n- y\ndate: 2020-01-01\n---\nbody\n"


def test_an_edit_may_change_only_its_keys_lines() -> None:
    assert outside_key(POST, POST.replace("- y\n", "- y\n- z\n"), "tags", "hexo") is None
    assert outside_key(POST, POST.replace("title: a", "title: b"), "tags", "hexo") is not None
    assert outside_key(POST, POST.replace("body", "bodx"), "tags", "hexo") is not None
    added = POST.replace("date: 2020-01-01\n", "date: 2020-01-01\nnew: 1\n")
    assert outside_key(POST, added, "new", "hexo") is None


def test_hugo_keys_match_case_insensitively_and_json_commas_are_allowed() -> None:
    toml = '+++\nTitle = "a"\n+++\nb\n'
    assert outside_key(toml, toml.replace('"a"', '"b"'), "title", "hugo") is None
    assert outside_key(toml, toml.replace('"a"', '"b"'), "title", "hexo") is not None
    json = '{\n  "title": "a",\n  "x": 1\n}\nbody\n'
    assert outside_key(json, json.replace('"x": 1\n', '"x": 1,\n  "n": 2\n'), "n", "hugo") is None


def test_a_second_header_on_top_of_a_blank_line_post_is_caught() -> None:
    post = "\n---\ntitle: a\n---\nbody\n"
    assert outside_key(post, "---\ntitle: X\n---\n" + post, "title", "hexo") is not None


def test_named_normalisations_meet_in_one_form() -> None:
    preview = '<p><span class="pp-remote-image" title="https://a/b.png">remote image: q</span></p>'
    engine = '<p><img src="https://a/b.png" alt="q"></p>'
    assert strict_text(preview) == strict_text(engine)
    assert strict_text(preview) != strict_text('<p><img src="https://a/c.png" alt="q"></p>')
    tag = '<p><span class="pp-tag-inline">{% btn x %}</span></p>'
    assert strict_text(tag) == strict_text('<p><span data-postpad-stub="btn"></span></p>')


def test_a_liquid_include_is_named_by_its_file_and_edge_whitespace_is_invisible() -> None:
    ours = '<div><span class="pp-tag-inline" title="Liquid">{%- include a/b.html x=1 -%}</span>'
    ours += "</div>"
    assert strict_text(ours) == strict_text('<div><span data-postpad-stub="a/b.html"></span></div>')
    assert strict_text(ours) != strict_text('<div><span data-postpad-stub="a/c.html"></span></div>')
    assert strict_text("<iframe></iframe> \n") == strict_text("<iframe></iframe>")
    assert strict_text("<i>a</i> b") != strict_text("<i>a</i>b")


def test_hexo_embed_tags_meet_the_engines_iframe_or_stub_by_name_and_url() -> None:
    """`embed`: `{% iframe url %}` is compared by URL, `{% youtube id %}` (a stub in the harness:
    Hexo 8 ships no youtube tag) by name; another URL or tag name still differs."""
    frame = '<span class="pp-embed">embedded iframe: https://a/x (not loaded in the preview)</span>'
    engine = '<iframe src="https://a/x" width="100%" height="300" frameborder="0"></iframe>'
    assert strict_text(frame) == strict_text(engine)
    assert strict_text(frame) != strict_text(engine.replace("/x", "/y"))
    video = '<span class="pp-embed">embedded youtube: abc (not loaded in the preview)</span>'
    assert strict_text(video) == strict_text('<span data-postpad-stub="youtube"></span>')
    assert strict_text(video) != strict_text('<span data-postpad-stub="vimeo"></span>')


def test_a_butterfly_gallery_compares_its_images_alt_and_file() -> None:
    """`butterfly-gallery`: the theme's JSON list and the preview's <img>s meet; a changed alt,
    file or a missing image is still a difference."""
    engine = (
        '<div class="gallery-container" data-type="data" data-button="" data-limit="10" '
        'data-first="10">\n    <div class="gallery-items">[{"url":"./甲.png","alt":"A",'
        '"title":""},{"url":"https://x/b.jpg","alt":"B","title":""}]</div>\n  </div>'
    )
    preview = (
        '<div class="gallery-container"><div class="gallery-items"><p>'
        '<img src="/blog/./%E7%94%B2.png" alt="A"><br>'
        '<span class="pp-remote-image" title="https://x/b.jpg">remote image: B</span></p>'
        "</div></div>"
    )
    assert strict_text(preview) == strict_text(engine)
    assert strict_text(preview.replace('alt="A"', 'alt="C"')) != strict_text(engine)
    assert strict_text(preview.replace("%E7%94%B2", "b")) != strict_text(engine)
    assert strict_text(preview.replace("<br>", "").replace("A", "")) != strict_text(engine)


def test_a_butterfly_hide_block_is_compared_as_the_themes_button() -> None:
    """`butterfly-hide-block`: the preview's <details> meets the theme's button and <div>; the
    label, style and content are still compared."""
    engine = (
        '<div class="hide-block"><button type="button" class="hide-button" style="">看</button>'
        '<div class="hide-content"><p>x</p></div></div>'
    )
    preview = (
        '<details class="hide-block"><summary class="hide-button" style="">看</summary>'
        '<div class="hide-content"><p>x</p></div></details>'
    )
    assert strict_text(preview) == strict_text(engine)
    assert strict_text(preview.replace("看", "点")) != strict_text(engine)
    assert strict_text(preview.replace("<p>x", "<p>y")) != strict_text(engine)


def test_a_butterfly_tab_panes_title_is_the_previews_own_and_the_rest_is_compared() -> None:
    """`butterfly-tab-title`: the title the preview draws in each pane goes; the pane's content
    and the nav buttons are still compared."""
    engine = (
        '<div class="tabs"><div class="nav-tabs"><button type="button" class="tab active">一'
        '</button></div><div class="tab-contents"><div class="tab-item-content active"><p>x</p>'
        "</div></div></div>"
    )
    preview = engine.replace('active"><p>', 'active"><div class="pp-tab-title">一</div><p>')
    assert strict_text(preview) == strict_text(engine)
    assert strict_text(preview.replace("<p>x", "<p>y")) != strict_text(engine)
    assert strict_text(preview.replace(">一</button>", ">二</button>")) != strict_text(engine)


def test_a_single_quoted_remote_image_is_a_remote_image() -> None:
    """Butterfly's galleryGroup writes `src='…'`: still compared by URL and alt."""
    engine = '<img class="g" src=\'https://a/b.png\' alt="q">'
    preview = '<span class="pp-remote-image" title="https://a/b.png">remote image: q</span>'
    assert strict_text(preview) == strict_text(engine)
    assert strict_text(preview) != strict_text(engine.replace("b.png", "c.png"))


def test_a_drawn_formula_compares_by_its_tex_with_kramdowns_mathjax_delimiters() -> None:
    from postpad.core.render import RenderOptions, render

    rendered = render("a $$x<1$$ b\n\n$$y$$\n", RenderOptions(engine="jekyll"))
    ours = "".join(block.html for block in rendered.blocks)
    kramdown = "<p>a \\(x&lt;1\\) b</p>\n\\[y\\]\n"
    assert strict_text(ours) == strict_text(kramdown)
    assert strict_text(ours) != strict_text(kramdown.replace("y", "z"))
    assert strict_text(ours) != strict_text("<p>a \\(x&lt;1\\) b</p>\n<p>\\(y\\)</p>")
    dollar = render(r"c $\\{z\\}$", RenderOptions(engine="jekyll")).blocks[0].html
    assert strict_text(dollar) == strict_text("<p>c $\\{z\\}$</p>")  # kramdown leaves the text
    assert strict_text(dollar) != strict_text("<p>c \\(\\{z\\}\\)</p>")


def test_hugo_video_shortcodes_compare_by_their_video_id() -> None:
    """`hugo-video`: the preview's youtube/vimeo placeholder and Hugo's player <div><iframe>
    meet by the video id (positional or `id=`); another id or host still differs."""
    engine = (
        '<div class="youtube-video">\n<iframe allow="autoplay" src="https://www.youtube.com/embed/'
        'Bw1?autoplay=0&amp;controls=1" title="T"></iframe>\n</div>'
    )
    named = (
        '<span class="pp-tag-inline" title="shortcode">{{&lt; youtube id=&quot;Bw1&quot; '
        "class=&quot;youtube-video&quot; &gt;}}</span>"
    )
    positional = '<span class="pp-tag-inline" title="shortcode">{{&lt;youtube Bw1&gt;}}</span>'
    assert strict_text(named) == strict_text(engine) == strict_text(positional)
    assert strict_text(positional.replace("Bw1", "Bw2")) != strict_text(engine)
    vimeo = engine.replace("www.youtube.com/embed", "player.vimeo.com/video")
    assert strict_text(positional) != strict_text(vimeo)
    assert strict_text(positional.replace("youtube", "vimeo")) == strict_text(vimeo)


def test_lenient_ignores_heading_anchors_and_highlighting_but_not_code_text() -> None:
    hexo = (
        '<h2 id="x"><a href="#x" class="headerlink" title="x"></a>Hi</h2>'
        '<figure class="highlight js"><table><tr><td class="gutter"><pre><span class="line">1'
        '</span><br></pre></td><td class="code"><pre><span class="line">a &lt; 1</span><br>'
        "</pre></td></tr></table></figure>"
    )
    ours = '<h2 id="hi">Hi</h2><pre><code class="language-js"><span class="k">a</span> &lt; 1\n'
    ours += "</code></pre>"
    assert strict_text(hexo) != strict_text(ours)
    assert lenient_text(hexo) == lenient_text(ours)
    assert lenient_text(hexo) != lenient_text(ours.replace("1", "2"))


def test_posts_are_markdown_files_in_the_engines_posts_folder() -> None:
    assert is_post("hexo", "source/_posts/a/b.md")
    assert not is_post("hexo", "source/about/index.md")
    assert is_post("hugo", "content/posts/x/index.md")
    assert not is_post("hugo", "content/posts/_index.md")
    assert is_post("jekyll", "_posts/2020-01-01-a.markdown")
    assert not is_post("jekyll", "_config.yml")


def synthetic_site(
    where: Path, posts: dict[str, str], config: str = "", engine: str = "hexo"
) -> CorpusSite:
    """A Hexo (or Jekyll) site in the corpus layout (posts: path under the posts folder -> text)."""
    folder = where / engine / "example--blog"
    files = {"_config.yml": "title: Example\ntimezone: Asia/Shanghai\n" + config}
    files.update({f"{POSTS_DIR[engine]}{name}": text for name, text in posts.items()})
    lines = ['repo = "example/blog"', f'engine = "{engine}"']
    for path, text in files.items():
        target = folder / "site" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        lines += ["[[files]]", f'path = "{path}"', 'sha1 = ""']
    (folder / "SOURCE.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return load_site(folder)


@pytest.mark.engines
def test_the_engine_confirms_a_real_error_and_catches_a_lost_edit(tmp_path: Path) -> None:
    """A post Hexo drops (`title: a: b`) makes check's error on it real, and every edit kind on a
    plain post is read back by the engine (the harness can say both yes and no)."""
    require_engine("hexo")
    site = synthetic_site(
        tmp_path,
        {
            "good.md": "---\ntitle: Good\ndate: 2024-01-02\ntags: [a]\n---\nBody\n",
            "bad.md": "---\ntitle: a: b\ndate: 2024-01-02\n---\nBody\n",
        },
    )
    report = measure_site(site)
    bad = "source/_posts/bad.md"
    assert report.baseline is not None
    assert report.baseline.read(bad) is None
    assert any(c.post == bad and c.real for c in report.checks), report.checks
    good = {e.edit: e.status for e in report.edits if e.post == "source/_posts/good.md"}
    assert good == dict.fromkeys(EDITS, "ok"), report.edits


def test_a_date_edit_moves_each_post_by_a_day_in_the_sites_zone() -> None:
    """Each post gets its own new date (one date for all gave same-named posts one URL), a day
    after its own in the site's zone, so it no longer agrees with a Jekyll file name."""
    shanghai = ZoneInfo("Asia/Shanghai")

    def post(when: str) -> EnginePost:
        return EnginePost("p.md", "t", dt.datetime.fromisoformat(when), (), (), False, None, "")

    late = post("2023-09-16T20:00:00+00:00")  # 2023-09-17 04:00 in Shanghai
    assert new_date(late, shanghai) == dt.datetime(2023, 9, 18, 8, 9, 10)
    assert new_date(late, dt.UTC) == dt.datetime(2023, 9, 17, 8, 9, 10)
    assert new_date(post("2023-09-18T00:00:00+08:00"), shanghai) != new_date(late, shanghai)
    assert new_date(post("0001-01-01T00:00:00+00:00"), shanghai) == dt.datetime(
        2024, 6, 1, 8, 9, 10
    )


@pytest.mark.engines
def test_date_edits_on_same_named_posts_keep_both_posts(tmp_path: Path) -> None:
    """Two Jekyll posts of one name (nim-lang's "this-month-with-nim") stay two pages after the
    date edit: one date for every post put both at /2024/06/01/this-month.html and Jekyll
    wrote one of them, which the harness counted as a dropped post (15 in the real blogs)."""
    require_engine("jekyll")
    body = "---\ntitle: This month\n---\nBody\n"
    site = synthetic_site(
        tmp_path,
        {"2021-02-03-this-month.md": body, "2021-05-01-this-month.md": body},
        engine="jekyll",
    )
    report = measure_site(site, ("edits",))
    dates = {e.post: e.status for e in report.edits if e.edit == "date"}
    assert dates == dict.fromkeys(
        ["_posts/2021-02-03-this-month.md", "_posts/2021-05-01-this-month.md"], "ok"
    ), report.edits


@pytest.mark.engines
def test_a_butterfly_site_is_built_with_the_real_theme_tags(tmp_path: Path) -> None:
    """`theme: butterfly` loads hexo-theme-butterfly's own tags (decision 0125), not stubs, and
    Postpad's preview of them agrees with the theme's HTML."""
    require_engine("hexo")
    if installed("butterfly") is None:
        pytest.skip("hexo-theme-butterfly is not installed (tests/engines/install_engines.sh)")
    post = (
        "---\ntitle: T\ndate: 2024-01-02\n---\n"
        "{% note info no-icon simple %}\nA **note**\n{% endnote %}\n\n{% label 文字 blue %}\n"
        "\n{% label 两个 词 red %} 和 {% hideInline 答案,查看 %}\n"
        "\n{% note warning modern 'fas fa-bullhorn' %}\n注意\n{% endnote %}\n"
        "\n{% tabs 选项, 2 %} <!-- 注释 -->\n<!-- tab -->\n**一**\n<!-- endtab -->\n"
        "<!-- tab 二@fas fa-bomb -->\n二\n<!-- endtab -->\n{% endtabs %}\n"
    )
    site = synthetic_site(tmp_path, {"t.md": post}, config="theme: butterfly\n")
    report = measure_site(site, ("preview",))
    built = report.baseline.read("source/_posts/t.md") if report.baseline else None
    assert built is not None, report.baseline and report.baseline.log
    assert "data-postpad-stub" not in built.body_html
    assert '<div class="note info no-icon simple">' in built.body_html
    assert '<mark class="hl-label blue">文字</mark>' in built.body_html
    assert [p.strict for p in report.previews] == [True], [p.diff for p in report.previews]


@pytest.mark.engines
def test_tags_whose_file_is_missing_write_nothing_in_hexo_and_the_preview(tmp_path: Path) -> None:
    """`{% asset_img %}` without its asset and `{% include_code %}` without its file: real Hexo
    writes nothing for either, and so does the preview; the text around them is compared."""
    require_engine("hexo")
    post = (
        "---\ntitle: T\ndate: 2024-01-02\n---\n前文\n\n{% asset_img gone.png 图 %}\n\n"
        "{% include_code 标题 lang:js gone.js %}\n\n后文 {% link Hexo https://Hexo.IO %}\n"
    )
    site = synthetic_site(tmp_path, {"t.md": post}, config="post_asset_folder: true\n")
    report = measure_site(site, ("preview",))
    built = report.baseline.read("source/_posts/t.md") if report.baseline else None
    assert built is not None, report.baseline and report.baseline.log
    assert "<img" not in built.body_html
    assert 'href="https://hexo.io/"' in built.body_html
    assert [p.strict for p in report.previews] == [True], [p.diff for p in report.previews]
