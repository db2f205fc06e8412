"""`postpad check` reports two spellings Hugo reads as one key; the site index reads `Title`."""

from __future__ import annotations

from pathlib import Path

from postpad.core.site import detect_site
from postpad.core.site.check import check_text
from postpad.core.site.index import build_index


def _hugo_site(tmp_path: Path, posts: dict[str, str]) -> Path:
    (tmp_path / "hugo.toml").write_text("title = 'site'\n", encoding="utf-8")
    folder = tmp_path / "content" / "posts"
    folder.mkdir(parents=True)
    for name, text in posts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _key_case(tmp_path: Path, text: str, engine: str = "hugo") -> list[tuple[int, str, str]]:
    if engine == "hugo":
        folder = _hugo_site(tmp_path, {"p.md": text})
    else:
        (tmp_path / "_config.yml").write_text("title: site\n", encoding="utf-8")
        folder = tmp_path / "source" / "_posts"
        folder.mkdir(parents=True)
    path = folder / "p.md"
    site = detect_site(path)
    assert site is not None
    assert site.engine == engine
    return [
        (f.line, f.severity, f.code)
        for f in check_text(path, text, site)
        if f.code.startswith("key-case")
    ]


def test_lower_and_mixed_case_title_is_a_warning_at_the_ignored_line(tmp_path: Path) -> None:
    # real Hugo 0.168: `Title` wins in either order, the build passes (decision 0090)
    text = "---\ntitle: lower\ndate: 2024-01-02\nTitle: Upper\n---\nbody\n"
    assert _key_case(tmp_path, text) == [(2, "warning", "key-case/shadowed")]


def test_two_mixed_case_spellings_are_an_error(tmp_path: Path) -> None:
    # real Hugo 0.168 picks `Title` or `TITLE` at random from one build to the next
    text = "---\nTitle: A\nTITLE: B\n---\nbody\n"
    assert _key_case(tmp_path, text) == [(3, "error", "key-case/random")]


def test_one_spelling_and_exact_engines_are_quiet(tmp_path: Path) -> None:
    assert _key_case(tmp_path, "---\nTitle: A\nTags: [x]\n---\nbody\n") == []
    hexo = tmp_path / "hexo"
    hexo.mkdir()
    assert _key_case(hexo, "---\ntitle: a\nTitle: A\n---\nbody\n", engine="hexo") == []


def test_hugo_index_reads_keys_in_any_case(tmp_path: Path) -> None:
    _hugo_site(
        tmp_path,
        {
            "a.md": "---\nTitle: 大写\nTags: [x, y]\nDate: 2020-08-11\nDraft: true\n---\nbody\n",
            "b.md": "\n\n---\ntitle: after blank lines\n---\nbody\n",
        },
    )
    site = detect_site(tmp_path)
    assert site is not None
    entries = {e.path.rsplit("/", 1)[-1]: e for e in build_index(site, use_cache=False).entries}
    assert entries["a.md"].title == "大写"
    assert entries["a.md"].tags == ("x", "y")
    assert entries["a.md"].date == "2020-08-11"
    assert entries["a.md"].draft is True
    assert entries["b.md"].title == "after blank lines"
