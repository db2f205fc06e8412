"""New Post on a Hugo site writes what ``hugo new content`` writes (decision 0283): real Hugo
0.168 runs with ``--clock`` at the same instant and in the same machine zone, and its file is
compared with Postpad's byte for byte."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from engine_harness import ENGINES, run

from archetype_cases import CASES, CLOCK, CONFIG, MACHINE_ZONE, NOW, machine_zone, make_site
from conftest import require_engine
from postpad.core.site.detect import detect_site
from postpad.core.site.header import read_header
from postpad.core.site.newpost import create_post, plan_new_post

pytestmark = pytest.mark.engines

#: real archetypes as their themes ship them (read with the search tool), one site each
REAL = {
    "hugo-new-site": (
        "archetypes/default.md",
        '+++\ntitle = \'{{ replace .File.ContentBaseName "-" " " | title }}\'\n'
        "date = {{ .Date }}\ndraft = true\n+++\n",
    ),
    "blowfish": (
        "themes/blowfish/archetypes/default.md",
        "---\ntitle: '{{ replace .Name \"-\" \" \" | title }}'\ndate: '{{ .Date }}'\n"
        'draft: true\ndescription: ""\n---\n',
    ),
    "stack-no-final-newline": (
        "themes/stack/archetypes/default.md",
        '---\ntitle: "{{ replace .Name "-" " " | title }}"\ndescription: \ndate: {{ .Date }}\n'
        "image: \nmath: \nlicense: \ncomments: true\ndraft: true\n---",
    ),
    "loveit": (
        "archetypes/posts.md",
        '---\ntitle: "{{ replace .TranslationBaseName "-" " " | title }}"\nsubtitle: ""\n'
        "date: {{ .Date }}\nlastmod: {{ .Date }}\ndraft: true\n\ntags: []\nmapbox:\n"
        '    accessToken: ""\nshare:\n  enable: true\n---\n\n<!--more-->\n',
    ),
    "gokarna": (
        "archetypes/posts.md",
        '---\ndate: {{ now.Format "2006-01-02" }}\n# description: ""\n'
        'lastmod: {{ now.Format "2006-01-02" }}\nshowTableOfContents: false\n'
        'title: "{{ replace .File.ContentBaseName `-` ` ` | title }}"\ntype: "post"\n---\n',
    ),
    "hermit-shortcodes": (
        "archetypes/posts.md",
        '---\ntitle: "{{ .File.ContentBaseName }}"\n'
        'slug: "{{ .File.ContentBaseName | urlize }}"\ndate: {{ .Date }}\ndraft: true\n---\n\n'
        '{{< admonition type=summary title="Summary headline" >}}\nDetails\n'
        "{{< /admonition >}}\n",
    ),
    "congo": (
        "archetypes/default.md",
        '---\ntitle: "{{ replace .Name "-" " " | title }}"\ndate: {{ .Date }}\ndraft: true\n'
        'description: ""\nslug: "{{ .File.BaseFileName }}"\ntopics: []\n---\n',
    ),
    "json": (
        "archetypes/posts.md",
        '{\n  "title": "{{ replace .Name "-" " " | title }}",\n  "date": "{{ .Date }}",\n'
        '  "draft": true\n}\n\nBody.\n',
    ),
    "built-in": ("", ""),
}


def _hugo_new(site: Path, target: str) -> str:
    binary = ENGINES["hugo"].binary()
    assert binary is not None
    code, out = run([binary, "new", "content", "--clock", CLOCK, target], site, MACHINE_ZONE)
    assert code == 0, out
    return out


def _pair(tmp_path: Path, files: dict[str, str], config: str | None = None) -> tuple[Path, Path]:
    """The same site twice: one for Hugo, one for Postpad."""
    hugo = make_site(tmp_path / "hugo", files, *([config] if config else []))
    postpad = tmp_path / "postpad"
    shutil.copytree(hugo, postpad)
    return hugo, postpad


@pytest.mark.parametrize("name", list(REAL))
def test_new_post_equals_hugo_new_content(tmp_path: Path, name: str) -> None:
    require_engine("hugo")
    path, text = REAL[name]
    files = {path: text} if path else {}
    theme = path.split("/")[1] if path.startswith("themes/") else None
    config = f'theme = "{theme}"\n' + CONFIG if theme else None
    hugo, postpad = _pair(tmp_path, files, config)
    _hugo_new(hugo, "posts/my-first-post.md")
    expected = (hugo / "content/posts/my-first-post.md").read_bytes()
    title = read_header(expected.decode()).fields.get("title", "")
    site = detect_site(postpad)
    assert site is not None
    with machine_zone():
        plan = plan_new_post(site, str(title), slug="my-first-post", now=NOW)
    assert plan.unsupported is None
    assert plan.text.encode() == expected


@pytest.mark.parametrize(
    ("line", "template", "expected"),
    [(c[0], c[2], c[3]) for c in CASES if c[1] == "render"],
    ids=[f"L{c[0]}" for c in CASES if c[1] == "render"],
)
def test_fixture_expectations_are_hugo_output(
    tmp_path: Path, line: int, template: str, expected: str
) -> None:
    """Every "render" case of tests/fixtures/site/archetypes.txt is what Hugo writes."""
    require_engine("hugo")
    site = make_site(tmp_path, {"archetypes/posts.md": template})
    _hugo_new(site, "posts/my-first-post.md")
    assert (site / "content/posts/my-first-post.md").read_text("utf-8") == expected


def test_bundle_archetype_directory_equals_hugo(tmp_path: Path) -> None:
    require_engine("hugo")
    files = {
        "archetypes/posts/index.md": (
            '---\ntitle: "{{ replace .Name "-" " " | title }}"\ndate: {{ .Date }}\n'
            "base: {{ .File.BaseFileName }} {{ .Type }}\n---\n"
        ),
        "archetypes/posts/images/cover.svg": "<svg/>\n",
        "archetypes/default.md": "default\n",
    }
    hugo, postpad = _pair(tmp_path, files)
    _hugo_new(hugo, "posts/my-first-post")
    site = detect_site(postpad)
    assert site is not None
    with machine_zone():
        plan = plan_new_post(site, "My First Post", slug="my-first-post", bundle=True, now=NOW)
    create_post(plan)
    made = hugo / "content/posts/my-first-post"
    ours = postpad / "content/posts/my-first-post"
    assert sorted(p.relative_to(made) for p in made.rglob("*")) == sorted(
        p.relative_to(ours) for p in ours.rglob("*")
    )
    assert (ours / "index.md").read_bytes() == (made / "index.md").read_bytes()
    assert (ours / "images/cover.svg").read_bytes() == (made / "images/cover.svg").read_bytes()


DATA_FILES = {
    "data/author/default.yaml": "name: Leon\n",
    "themes/t/data/site.json": '{"name": "Theme", "x": 1}',
    "themes/t/data/author.toml": 'name = "Other"\n',
    "archetypes/posts.md": (
        '---\ntitle: "{{ replace .Name "-" " " | title }}"\n'
        'author: "{{ .Site.Data.author.default.name }}"\n'
        "t: {{ .Site.Data.site.name }} {{ .Site.Data.site.x }} {{ .Site.Data.no.y }} "
        "{{ .Site.Data.author.name }}\n---\n"
    ),
}


def test_site_data_equals_hugo(tmp_path: Path) -> None:
    """``.Site.Data``: the site's and the theme's data files, a file's keys beside a folder's."""
    require_engine("hugo")
    hugo, postpad = _pair(tmp_path, DATA_FILES, 'theme = "t"\n' + CONFIG)
    _hugo_new(hugo, "posts/my-first-post.md")
    site = detect_site(postpad)
    assert site is not None
    with machine_zone():
        plan = plan_new_post(site, "My First Post", slug="my-first-post", now=NOW)
    expected = (hugo / "content/posts/my-first-post.md").read_text("utf-8")
    assert "Leon" in expected
    assert plan.text == expected


@pytest.mark.parametrize("style", ["ap", "chicago", "go", "none", "firstupper"])
def test_title_case_styles_equal_hugo(tmp_path: Path, style: str) -> None:
    """``title`` follows the site's ``titleCaseStyle`` as Hugo's does."""
    require_engine("hugo")
    template = (
        '---\ntitle: "{{ replace .Name "-" " " | title }}"\n'
        'x: "{{ title "the art of war in a day with friends from home" }}|'
        '{{ title "THE iPhone is on" }}|{{ title "hello-world foo_bar" }}|'
        '{{ title "über ñandú: a guide" }}"\n---\n'
    )
    config = f'titleCaseStyle = "{style}"\n' + CONFIG
    hugo, postpad = _pair(tmp_path, {"archetypes/posts.md": template}, config)
    _hugo_new(hugo, "posts/my-first-post.md")
    expected = (hugo / "content/posts/my-first-post.md").read_text("utf-8")
    title = str(read_header(expected).fields["title"])
    site = detect_site(postpad)
    assert site is not None
    with machine_zone():
        plan = plan_new_post(site, title, slug="my-first-post", now=NOW)
    assert plan.text == expected


def test_module_import_in_themes_dir_equals_hugo(tmp_path: Path) -> None:
    """A theme imported as a module from ``themes/`` gives its archetypes, as ``theme`` does."""
    require_engine("hugo")
    config = CONFIG.replace("[params]", '[module]\n[[module.imports]]\npath = "t2"\n\n[params]')
    files = {"themes/t2/archetypes/posts.md": '---\ntitle: "{{ .Name }}"\nfrom: t2\n---\n'}
    hugo, postpad = _pair(tmp_path, files, config)
    _hugo_new(hugo, "posts/my-first-post.md")
    site = detect_site(postpad)
    assert site is not None
    plan = plan_new_post(site, "my-first-post", slug="my-first-post", now=NOW)
    expected = (hugo / "content/posts/my-first-post.md").read_text("utf-8")
    assert "from: t2" in expected
    assert plan.text == expected
