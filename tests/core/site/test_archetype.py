"""Hugo archetypes: found as ``hugo new content`` finds them and evaluated as Hugo 0.168 does
(decision 0283); the expected texts were written by real Hugo (tests/engines/
test_archetype_engines.py)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from archetype_cases import CASES, NOW, machine_zone, make_site
from postpad.core.site import detect_site
from postpad.core.site.archetype import BUILT_IN, find_archetype, render_archetype
from postpad.core.site.go_template import UnsupportedTemplateError
from postpad.core.site.header import read_header
from postpad.core.site.newpost import create_post, plan_new_post

TARGET = PurePosixPath("posts/my-first-post.md")


@pytest.mark.parametrize(
    ("line", "operation", "template", "expected"), CASES, ids=[f"L{c[0]}" for c in CASES]
)
def test_archetype_fixture(
    tmp_path: Path, line: int, operation: str, template: str, expected: str
) -> None:
    site = detect_site(make_site(tmp_path, {}))
    assert site is not None
    with machine_zone():
        if operation == "render":
            assert render_archetype(site, template, TARGET, NOW) == expected
        else:
            with pytest.raises(UnsupportedTemplateError) as caught:
                render_archetype(site, template, TARGET, NOW)
            assert caught.value.construct == expected.strip()


def test_lookup_order_section_then_default_each_in_site_then_themes(tmp_path: Path) -> None:
    config = 'title = "S"\ntheme = ["t", "u"]\n'
    site = detect_site(
        make_site(
            tmp_path,
            {
                "archetypes/default.md": "site default",
                "themes/t/archetypes/posts.md": "theme t posts",
                "themes/t/archetypes/default.md": "theme t default",
                "themes/u/archetypes/notes.md": "theme u notes",
            },
            config,
        )
    )
    assert site is not None
    root = site.root
    # a theme's section archetype wins over the site's default.md, as in Hugo 0.168
    assert find_archetype(site, "posts").path == root / "themes/t/archetypes/posts.md"
    assert find_archetype(site, "notes").path == root / "themes/u/archetypes/notes.md"
    assert find_archetype(site, "other").path == root / "archetypes/default.md"
    (root / "archetypes/default.md").unlink()
    assert find_archetype(site, "other").path == root / "themes/t/archetypes/default.md"
    (root / "themes/t/archetypes/default.md").unlink()
    found = find_archetype(site, "other")
    assert found.path is None
    assert found.template() == BUILT_IN


def test_new_post_takes_the_archetype_with_the_typed_title(tmp_path: Path) -> None:
    archetype = (
        "---\n"
        'title: "{{ replace .Name "-" " " | title }}" # from the file name\n'
        "date: {{ .Date }}\ndraft: true\ntags: []\n---\n\n<!--more-->\n"
    )
    site = detect_site(make_site(tmp_path, {"archetypes/posts.md": archetype}))
    assert site is not None
    with machine_zone():
        plan = plan_new_post(site, "新文章", slug="xin-wen-zhang", now=NOW, tags=["笔记"])
    assert plan.archetype == site.root / "archetypes/posts.md"
    assert plan.unsupported is None
    assert plan.draft is True
    assert plan.text == (
        '---\ntitle: "新文章" # from the file name\ndate: 2024-06-01T06:05:09+09:00\n'
        "draft: true\ntags: [笔记]\n---\n\n<!--more-->\n"
    )


def test_draft_box_sets_or_clears_the_archetype_draft(tmp_path: Path) -> None:
    site = detect_site(make_site(tmp_path, {}))  # Hugo's built-in archetype: draft: true
    assert site is not None
    with machine_zone():
        kept = plan_new_post(site, "My First Post", slug="my-first-post", now=NOW)
        cleared = plan_new_post(site, "My First Post", slug="my-first-post", now=NOW, draft=False)
    assert kept.text == (
        '---\ntitle: "My First Post"\ndate: 2024-06-01T06:05:09+09:00\ndraft: true\n---\n\n'
    )
    assert kept.archetype is None
    assert kept.draft is True
    assert read_header(cleared.text).fields["draft"] is False
    assert cleared.draft is False


def test_unsupported_archetype_falls_back_and_says_which_action(tmp_path: Path) -> None:
    archetype = "---\ntitle: x\nlang: {{ .Site.Language.Lang }}\n---\n"
    site = detect_site(make_site(tmp_path, {"archetypes/default.md": archetype}))
    assert site is not None
    plan = plan_new_post(site, "新文章", now=NOW)
    assert plan.unsupported == "{{ .Site.Language.Lang }}"
    assert plan.archetype == site.root / "archetypes/default.md"
    assert read_header(plan.text).fields == {"title": "新文章", "date": "2024-06-01T05:05:09+08:00"}


def test_bundle_directory_archetype_is_evaluated_and_its_files_copied(tmp_path: Path) -> None:
    site = detect_site(
        make_site(
            tmp_path,
            {
                "archetypes/posts/index.md": (
                    '---\ntitle: "{{ .Name }}"\nb: {{ .File.BaseFileName }}\n---\n'
                ),
                "archetypes/posts/images/cover.txt": "cover",
                "archetypes/default.md": "default {{ .Name }}",
            },
        )
    )
    assert site is not None
    plan = plan_new_post(site, "x", slug="x", bundle=True, now=NOW)
    assert plan.text == '---\ntitle: "x"\nb: index\n---\n'
    create_post(plan)
    assert (site.root / "content/posts/x/images/cover.txt").read_text() == "cover"
    single = plan_new_post(site, "y", slug="y", now=NOW)
    assert single.archetype == site.root / "archetypes/default.md"


def test_an_archetype_with_a_broken_header_is_written_as_hugo_writes_it(tmp_path: Path) -> None:
    archetype = '---\ntitle: "{{ .Name }}\nbroken: [x\n---\n'
    site = detect_site(make_site(tmp_path, {"archetypes/posts.md": archetype}))
    assert site is not None
    plan = plan_new_post(site, "T", slug="my-post", now=NOW, tags=["a"], category=["b"])
    assert plan.text == '---\ntitle: "my-post\nbroken: [x\n---\n'


def test_site_data_from_the_site_and_its_theme(tmp_path: Path) -> None:
    files = {
        "data/author/default.yaml": "name: Leon\n",
        "themes/t/data/site.json": '{"name": "Theme", "x": 1}',
        "themes/t/data/author.toml": 'name = "Other"\n',
    }
    site = detect_site(make_site(tmp_path, files, 'theme = "t"\n'))
    assert site is not None
    template = (
        "{{ .Site.Data.author.default.name }} {{ .Site.Data.site.name }} {{ .Site.Data.site.x }} "
        "{{ .Site.Data.no.y }} {{ .Site.Data.author.name }}"
    )
    # as real Hugo 0.168 writes it (tests/engines/test_archetype_engines.py)
    assert render_archetype(site, template, TARGET, NOW) == "Leon Theme 1 <no value> Other"


def test_a_module_imported_from_the_themes_folder_is_a_layer(tmp_path: Path) -> None:
    config = 'title = "S"\ntheme = ["t"]\n[module]\n[[module.imports]]\npath = "t2"\n'
    files = {"themes/t2/archetypes/posts.md": "t2", "themes/t/archetypes/default.md": "t"}
    site = detect_site(make_site(tmp_path, files, config))
    assert site is not None
    assert find_archetype(site, "posts").path == site.root / "themes/t2/archetypes/posts.md"
    assert site.config.raw["theme"] == ["t"]  # the config is read, not changed
