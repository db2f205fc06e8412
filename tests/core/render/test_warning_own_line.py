"""A path the render warns about is reported at the line that writes it, not its block's first
line, with ``postpad check``'s own search (decision 0245): images in a multi-line paragraph, a
gallery tag block, a list; a raw ``<img src>`` in a paragraph or an HTML block; after edits of
the incremental render as after a full render."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.render import RenderOptions, render
from postpad.core.render.incremental import IncrementalRenderer
from postpad.core.render.options import options_for_site
from postpad.core.site.check import check_text
from postpad.core.site.check.render_findings import render_findings
from postpad.core.site.model import Site

POST = (
    "---\ntitle: t\n---\n\n"  # 1-4
    "Intro,\nsecond ![a](img/a.png) line\nthird ![b](<img/b c.png>)\n\n"  # 5-7
    "{% gallery %}\n![c](./%E8%8F%9C.png)\n![d](./菜刀.png)\n{% endgallery %}\n\n"  # 9-12
    "- one\n- two ![e](e.png)\n\n"  # 14-15
    'Text <img src="raw.png" alt="x">\nand <IMG SRC=\'/up.png\'>\n\n'  # 17-18
    '<div>\n<img src="blk.png">\n</div>\n\n'  # 20-22
    "![ref][r]\n\n[r]: ref.png\n"  # 24, 26
)
OWN = [6, 7, 10, 11, 15, 17, 18, 21, 24]


def _lines(engine: str, root: Path) -> list[int]:
    # in a site: a /root path is looked for under it (in no site it is unknown, no warning)
    rendered = render(POST, options_for_site(Site(engine, root), root / "p.md"))
    return [w.line for w in rendered.warnings if w.code == "missing-image"]


@pytest.mark.parametrize("engine", ["hexo", "jekyll"])
def test_each_path_at_its_own_line(engine: str, tmp_path: Path) -> None:
    assert _lines(engine, tmp_path) == OWN


def test_the_same_lines_as_check(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("title: b\n", encoding="utf-8")
    path = tmp_path / "source" / "_posts" / "p.md"
    site = Site("hexo", tmp_path)
    checked = sorted(f.line for f in check_text(path, POST, site) if f.code == "broken-link")
    assert checked == OWN


def test_hugo_omits_raw_html_so_no_img_warning(tmp_path: Path) -> None:
    # Goldmark's default (unsafe = false) writes "raw HTML omitted": no <img> on the page
    assert _lines("hugo", tmp_path) == [6, 7, 10, 11, 15, 24]


def test_the_message_names_the_path_as_written(tmp_path: Path) -> None:
    rendered = render(POST, RenderOptions(engine="hexo", post_path=tmp_path / "p.md"))
    messages = [w.message for w in rendered.warnings if w.code == "missing-image"]
    assert messages[1] == "image not found: img/b c.png"  # <…> with a space
    assert messages[2] == "image not found: ./%E8%8F%9C.png"


def test_edits_keep_the_own_line(tmp_path: Path) -> None:
    renderer = IncrementalRenderer(RenderOptions(engine="hexo", post_path=tmp_path / "p.md"))
    filler = "".join(f"Paragraph {n}.\n\n" for n in range(300))
    text = filler + "Start,\nmiddle\nend ![x](gone.png)\n"
    assert [w.line for w in renderer.update(text).rendered.warnings] == [603]
    patch = renderer.update(text.replace("middle", "middle\nmore"))  # in the paragraph
    assert not patch.full
    assert renderer.last_rendered_blocks <= 3
    assert [w.line for w in patch.rendered.warnings] == [604]
    patch = renderer.update("New first.\n\n" + text)  # two lines above: the block moves
    assert [w.line for w in patch.rendered.warnings] == [605]
    assert [w.line for w in render("New first.\n\n" + text, renderer.options).warnings] == [605]


def test_a_link_to_a_missing_file_as_check(tmp_path: Path) -> None:
    text = (
        "---\ntitle: t\n---\n\n"
        "See the\n[manual](files/manual.pdf) and [notes](<files/my notes.txt>)\n\n"  # 6
        "[page](/about/), [post](other.html), [site](https://example.org/a.pdf), [top](#x)\n"
    )
    (tmp_path / "source" / "files").mkdir(parents=True)
    (tmp_path / "source" / "files" / "here.pdf").write_bytes(b"%PDF")  # Hexo's /files/here.pdf
    site = Site("hexo", tmp_path)
    path = tmp_path / "source" / "_posts" / "p.md"
    rendered = render(text + "[ok](/files/here.pdf)\n", options_for_site(site, path))
    found = render_findings(rendered.warnings, path, site)
    assert [(f.line, f.code, f.data["target"]) for f in found] == [
        (6, "broken-link", "files/manual.pdf"),
        (6, "broken-link", "files/my notes.txt"),
    ]  # page URLs, .html, remote and anchors are not files; /files/here.pdf is found
    checked = [(f.line, f.code) for f in check_text(path, text, site) if f.code == "broken-link"]
    assert checked == [(f.line, f.code) for f in found]


def test_a_path_written_twice_in_a_block_at_each_line(tmp_path: Path) -> None:
    # the same placeholder picture twice in a paragraph and in a list: the second is reported
    # at the second writing, by check and the render alike (it was the first, twice)
    text = (
        "---\ntitle: t\n---\n\n"
        "A ![a](same.png)\nB ![b](same.png)\n\n"  # 5, 6
        "- one ![c](same.png)\n- two\n  ![d](same.png)\n"  # 8, 10
    )
    site = Site("hexo", tmp_path)
    path = tmp_path / "source" / "_posts" / "p.md"
    rendered = render(text, options_for_site(site, path))
    assert [w.line for w in rendered.warnings if w.code == "missing-image"] == [5, 6, 8, 10]
    checked = [f.line for f in check_text(path, text, site) if f.code == "broken-link"]
    assert checked == [5, 6, 8, 10]
