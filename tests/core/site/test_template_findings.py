"""A site's template (Hexo ``scaffolds/``, Hugo ``archetypes/``) is not a post (decisions 0250,
0258): ``postpad check`` on the site skips it, on the file itself and in the window's header
findings its ``{{ … }}`` header is no parse error; a post in a folder named ``scaffolds`` under
``_posts`` still is one."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.site import detect_site
from postpad.core.site.check import check_paths
from postpad.core.site.check.frontmatter_parse import CODE, header_findings
from postpad.core.site.template_files import template_name

SCAFFOLD = "---\ntitle: {{ title }}\ndate: {{ date }}\ntags:\n---\n"
ARCHETYPE = (
    '---\ntitle: "{{ replace .File.ContentBaseName "-" " " | title }}"\ndate: {{ .Date }}\n---\n'
)


def _hexo(root: Path) -> Path:
    (root / "source" / "_posts" / "scaffolds").mkdir(parents=True)
    (root / "scaffolds").mkdir()
    (root / "_config.yml").write_text("title: x\n", encoding="utf-8")
    (root / "package.json").write_text('{"dependencies": {"hexo": "8.1.2"}}', encoding="utf-8")
    (root / "scaffolds" / "post.md").write_text(SCAFFOLD, encoding="utf-8")
    (root / "source" / "_posts" / "scaffolds" / "p.md").write_text(SCAFFOLD, encoding="utf-8")
    return root


def _hugo(root: Path) -> Path:
    (root / "archetypes").mkdir(parents=True)
    (root / "themes" / "t" / "archetypes").mkdir(parents=True)
    (root / "hugo.toml").write_text("title = 'x'\n", encoding="utf-8")
    for folder in (root / "archetypes", root / "themes" / "t" / "archetypes"):
        (folder / "default.md").write_text("---\ntitle: {{ .Name }}\n---\n", encoding="utf-8")
    return root


def _parse_codes(paths: list[Path]) -> list[tuple[str, str]]:
    return [(f.path.name, f.severity) for f in check_paths(paths) if f.code == CODE]


def test_check_on_a_template_file_is_not_a_parse_error(tmp_path: Path) -> None:
    root = _hexo(tmp_path / "hexo")
    assert _parse_codes([root / "scaffolds" / "post.md"]) == []
    assert _parse_codes([root]) == [("p.md", "error")]  # a post, in source/_posts/scaffolds
    hugo = _hugo(tmp_path / "hugo")
    assert _parse_codes([hugo / "archetypes" / "default.md"]) == []
    assert _parse_codes([hugo / "themes" / "t" / "archetypes" / "default.md"]) == []


@pytest.mark.parametrize("header", [SCAFFOLD, ARCHETYPE])
def test_header_findings_of_a_template(tmp_path: Path, header: str) -> None:
    root = _hexo(tmp_path / "hexo")
    site = detect_site(root)
    lines = header.rstrip("\n")
    assert header_findings(lines, root / "scaffolds" / "post.md", site) == []
    post = root / "source" / "_posts" / "scaffolds" / "p.md"
    assert [f.severity for f in header_findings(lines, post, site)] == ["error"]
    assert [f.code for f in header_findings(lines, Path("/x/archetypes/a.md"), None, "hugo")] == []


def test_template_names(tmp_path: Path) -> None:
    root = _hugo(tmp_path / "hugo")
    site = detect_site(root)
    theme = root / "themes" / "t" / "archetypes" / "default.md"
    assert template_name(theme, site) == "archetypes/default.md"
    assert template_name(root / "content" / "archetypes" / "a.md", site) is None
