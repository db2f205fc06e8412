"""Jekyll's ``{{ site.x }}`` / ``{{ page.x }}`` filled in before Markdown (decision 0185).

The expected HTML is what Jekyll 4.3.1 built for the same post and ``_config.yml`` keys."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render import IncrementalRenderer, RenderOptions, render

SITE = {
    "img_url": "/assets/img/",
    "finder": "/url.html#",
    "flag": True,
    "number": 3,
    "nothing": None,
    "word": "yes",
    "count": 3,
}


def _html(text: str, engine: str = "jekyll") -> str:
    options = RenderOptions(engine=engine, site_variables=SITE)
    return "".join(block.html for block in render(text, options).blocks)


def test_site_variable_in_an_image_path_and_a_link_url() -> None:
    html = _html("![pic]({{ site.img_url }}a.png) and [x]({{ site.finder }}http://e.com/)\n")
    assert html == (
        '<p><img src="/assets/img/a.png" alt="pic" /> and '
        '<a href="/url.html#http://e.com/">x</a></p>\n'
    )


def test_scalars_print_as_liquid_prints_them() -> None:
    assert _html("{{ site.flag }} {{ site.number }} [{{ site.nothing }}]\n") == "<p>true 3 []</p>\n"


def test_page_variables_come_from_the_front_matter_and_become_markdown() -> None:
    post = (
        '---\ntitle: Hello "World"\ntag_line: a *b*\n---\n{{ page.title }} / {{ page.tag_line }}\n'
    )
    assert _html(post) == "<p>Hello “World” / a <em>b</em></p>\n"


def test_variables_inside_code_are_filled_too() -> None:
    assert _html("`{{ site.img_url }}`\n") == (
        '<p><code class="language-plaintext highlighter-rouge">/assets/img/</code></p>\n'
    )


def test_raw_keeps_the_variable_literal() -> None:
    assert _html("{% raw %}{{ site.img_url }}{% endraw %}\n") == "<p>{{ site.img_url }}</p>\n"


def test_unknown_or_inexact_lookups_stay_placeholders() -> None:
    # missing key, a word Ruby's YAML reads as true, and ``count`` (the drop's Enumerable#count)
    for name in ("site.missing", "site.word", "site.count", "page.url", "page.title"):
        html = _html(f"x {{{{ {name} }}}}\n")
        assert "pp-template-output" in html, name


def test_other_engines_keep_their_placeholders() -> None:
    assert "pp-template-output" in _html("{{ site.img_url }}\n", engine="eleventy")


def test_a_front_matter_edit_re_renders_the_body() -> None:
    renderer = IncrementalRenderer(RenderOptions(engine="jekyll"))
    renderer.update("---\ntitle: One\n---\n{{ page.title }}\n")
    patch = renderer.update("---\ntitle: Two\n---\n{{ page.title }}\n")
    assert "Two" in "".join(block.html for block in patch.rendered.blocks)


def test_code_inside_raw_is_not_flagged() -> None:
    for text in (
        "```html\n{% raw %}\n<p>{{ page.title }}</p>\n{% endraw %}\n```\n",
        "a `{% raw %}{{ x }}{% endraw %}` b\n",
        "{% raw %}\n```html\n<p>{{ page.title }}</p>\n```\n{% endraw %}\n",
    ):
        rendered = render(text, RenderOptions(engine="jekyll"))
        assert [w.code for w in rendered.warnings] == [], text
        assert "pp-tag-inline" not in "".join(block.html for block in rendered.blocks)


def test_liquid_in_code_is_still_flagged() -> None:
    rendered = render("`{{ x }}`\n", RenderOptions(engine="jekyll"))
    assert [w.code for w in rendered.warnings] == ["liquid-in-code"]


def test_a_site_without_baseurl_prints_nothing_for_it(tmp_path: Path) -> None:
    options = RenderOptions(engine="jekyll", site_root=tmp_path, site_variables={"title": "T"})
    html = "".join(b.html for b in render("![a]({{ site.baseurl }}/img/a.png)\n", options).blocks)
    assert html == '<p><img src="/img/a.png" alt="a" /></p>\n'
    outside = render("{{ site.baseurl }}\n", RenderOptions(engine="jekyll")).blocks[0].html
    assert "pp-template-output" in outside  # no site: unknown


def test_url_filters_as_jekyll_writes_them(tmp_path: Path) -> None:
    # the HTML Jekyll 4.3.1 built with baseurl: /blog/ and url: https://example.com
    site = {
        "baseurl": "/blog/",
        "url": "https://example.com",
        "img": "/i/c.png",
        "rel": "img/d.png",
    }
    options = RenderOptions(engine="jekyll", site_root=tmp_path, site_variables=site)
    post = (
        "---\ncover: /covers/x.png\n---\n"
        "![a]({{ \"/assets/a.png\" | relative_url }}) ![b]({{ 'img/b.png' | relative_url }}) "
        "![c]({{ site.img | relative_url }})\n\n"
        '[x]({{ "/x/" | absolute_url }}) [y]({{ "https://o.com/y" | relative_url }}) '
        '[z]({{ site.rel | absolute_url }}) {{ page.cover | absolute_url }} {{ "lit" }}\n'
    )
    html = "".join(block.html for block in render(post, options).blocks)
    assert html == (
        '<p><img src="/blog/assets/a.png" alt="a" /> <img src="/blog/img/b.png" alt="b" /> '
        '<img src="/blog/i/c.png" alt="c" /></p>\n'
        '<p><a href="https://example.com/blog/x/">x</a> <a href="https://o.com/y">y</a> '
        '<a href="https://example.com/blog/img/d.png">z</a> '
        "https://example.com/blog/covers/x.png lit</p>\n"
    )


def test_url_filters_stay_placeholders_when_inexact() -> None:
    # no site: baseurl unknown; dot segments and other characters: Addressable would normalise
    for source in ('{{ "/a.png" | relative_url }}', '{{ "/a/../b" | relative_url }}'):
        assert "pp-template-output" in _html(source + "\n")
    assert _html('{{ "/a b" | relative_url }}\n').count("pp-template-output") == 1


def test_relative_url_refuses_what_addressable_would_normalise() -> None:
    from postpad.core.render.rules.liquid_url_filters import absolute_url, relative_url

    site = {"baseurl": None, "url": "https://Example.com:80"}
    assert relative_url("a.png", site) == "/a.png"
    assert relative_url("/a/../b", site) is None
    assert relative_url("/a%20b", site) is None
    assert absolute_url("/a", site) is None  # Addressable lower-cases the host, drops :80


def test_liquid_in_code_names_no_engine_where_eleventy_runs_it() -> None:
    for engine in ("jekyll", "eleventy"):
        rendered = render("```html\n<p>{{ page.title }}</p>\n```\n", RenderOptions(engine=engine))
        assert [w.code for w in rendered.warnings] == ["liquid-in-code"], engine
        assert "Jekyll" not in rendered.warnings[0].message  # Eleventy runs Liquid too
