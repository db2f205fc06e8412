"""A Hugo site's own shortcodes: parameters read from the templates (``.Get``, ``.Params``,
``.Inner``), the site's template replacing an embedded one, and the Butterfly data the preview
draws with."""

from __future__ import annotations

from pathlib import Path

from postpad.core.render.rules import hexo_tags
from postpad.core.tags import butterfly, format_tag, hugo, insertion, library_for, parse_tag_at
from postpad.core.tags.spec import version_notes

NOTICE = """{{ $type := .Get "type" | default "info" }}
<div class="notice {{ $type }}" title="{{ default "Note" (.Get "title") }}">
  {{ .Inner | markdownify }}
</div>"""
BILIBILI = """<iframe src="//player.bilibili.com/player.html?bvid={{ .Get 0 }}&page={{ .Get 1 }}">
</iframe>"""
CALLOUT = (
    """<aside class="{{ .Params.kind }}">{{ range $k, $v := .Params }}{{ $k }}{{ end }}</aside>"""
)


def _site(tmp_path: Path) -> Path:
    own = tmp_path / "layouts" / "shortcodes"
    own.mkdir(parents=True)
    (own / "notice.html").write_text(NOTICE, encoding="utf-8")
    (own / "bilibili.html").write_text(BILIBILI, encoding="utf-8")
    (own / "figure.html").write_text('<img src="{{ .Get "src" }}">', encoding="utf-8")
    theme = tmp_path / "themes" / "paper" / "layouts" / "_shortcodes"
    theme.mkdir(parents=True)
    (theme / "callout.html").write_text(CALLOUT, encoding="utf-8")
    (theme / "notice.html").write_text("theme's, hidden by the site's", encoding="utf-8")
    return tmp_path


def test_parameters_come_from_the_templates(tmp_path: Path) -> None:
    library = library_for("hugo", "paper", _site(tmp_path))
    assert library is not None
    notice = library.get("notice")
    assert notice is not None
    assert notice.paired
    assert [(p.name, p.default) for p in notice.params] == [("type", "info"), ("title", "Note")]
    bilibili = library.get("bilibili")
    assert bilibili is not None
    assert not bilibili.paired
    assert bilibili.positional
    assert [(p.name, p.position) for p in bilibili.params] == [("0", 0), ("1", 1)]
    callout = library.get("callout")  # from the theme's layouts/_shortcodes
    assert callout is not None
    assert callout.open_params
    assert [p.name for p in callout.params] == ["kind"]
    figure = library.get("figure")
    assert figure is not None
    assert [p.name for p in figure.params] == ["src"]


def test_site_shortcodes_insert_and_read_back(tmp_path: Path) -> None:
    library = hugo.library(_site(tmp_path), None)
    bilibili = library.get("bilibili")
    assert bilibili is not None
    text, _cursor = insertion(bilibili, {"0": "BV1xx411c7mD", "1": "2"})
    assert text == "{{< bilibili BV1xx411c7mD 2 >}}"
    notice = library.get("notice")
    assert notice is not None
    text, cursor = insertion(notice, {"type": "warning", "title": ""}, "Careful.")
    assert text == '{{< notice type="warning" >}}\nCareful.\n{{< /notice >}}'
    found = parse_tag_at(text, cursor, library)
    assert found is not None
    assert found.values == {"type": "warning", "title": ""}
    changed = format_tag(notice, {**found.values, "title": "注意"}, like=found)
    assert changed == '{{< notice type="warning" title="注意" >}}'


def test_the_preview_draws_the_tags_the_forms_offer() -> None:
    tags = hexo_tags.tag_set("butterfly")
    for spec in butterfly.TAGS:
        expected = {"markdown": tags.block_markdown, "raw": tags.block_raw, None: tags.inline}
        assert spec.name in expected[spec.body], spec.name
    assert "note" not in hexo_tags.tag_set("next").block_markdown
    assert library_for("hexo", "next", None) is None
    assert library_for("hexo", "butterfly", None) is not None


def test_installed_theme_version_and_notes(tmp_path: Path) -> None:
    package = tmp_path / "node_modules" / "hexo-theme-butterfly"
    package.mkdir(parents=True)
    (package / "package.json").write_text('{"name": "hexo-theme-butterfly", "version": "5.2.1"}')
    library = butterfly.library(tmp_path)
    assert library.version == "5.2.1"
    gallery = library.get("gallery")
    assert gallery is not None
    assert version_notes(gallery, "5.2.1") == [gallery.notes[0].text]
    assert version_notes(gallery, "5.7.0") == []
    assert butterfly.library(tmp_path / "elsewhere").version is None


def test_tags_the_installed_theme_registers(tmp_path: Path) -> None:
    scripts = tmp_path / "themes" / "butterfly" / "scripts" / "tag"
    scripts.mkdir(parents=True)
    (scripts / "note.js").write_text(
        "hexo.extend.tag.register('note', postNote, { ends: true })\n"
        'hexo.extend.tag.register("subnote", postNote, { ends: true })\n',
        encoding="utf-8",
    )
    (scripts / "label.js").write_text("hexo.extend.tag.register('label', addLabel)", "utf-8")
    library = butterfly.library(tmp_path)
    assert library.available == {"note", "subnote", "label"}
    assert butterfly.library(tmp_path / "none").available is None
