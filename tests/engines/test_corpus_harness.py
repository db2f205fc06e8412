"""The corpus harness's own rules, without an engine: the edit diff check, the named
normalisations and the lenient form (each can fail on the example it is given)."""

from __future__ import annotations

from corpus_edits import outside_key
from corpus_sites import is_post
from html_normalise import lenient_text, strict_text

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
