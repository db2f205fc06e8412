"""A header PyYAML reads and the engine refuses is listed as broken, as ``postpad check``
reports it (decision 0269): a tab Hugo's and Jekyll's YAML readers refuse (decision 0221)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.site import detect_site
from postpad.core.site.check import check_paths
from postpad.core.site.index import PostEntry, build_index


def _entries(root: Path) -> dict[str, PostEntry]:
    return {entry.path: entry for entry in build_index(detect_site(root), use_cache=False).entries}


def _post(root: Path, folder: str, name: str, header: str) -> Path:
    path = root / folder / name
    path.write_text(f"---\n{header}\n---\nbody\n", encoding="utf-8")
    return path


def _check_errors(root: Path, path: Path) -> list[str]:
    return [f.code for f in check_paths([root]) if f.path == path and f.severity == "error"]


def test_hugo_tab_list_is_broken_as_check_says(site_copy) -> None:
    root = site_copy("hugo")
    path = _post(root, "content/posts", "tab.md", "title: 江南\ndate: 2024-03-04\ntags:\n\t- 江南")
    entry = _entries(root)["content/posts/tab.md"]
    assert entry.error is not None
    assert "tab" in entry.error
    assert _check_errors(root, path) == ["yaml-tab"]


def test_jekyll_tab_list_is_broken(site_copy) -> None:
    root = site_copy("jekyll")
    _post(root, "_posts", "2024-03-04-tab.md", "title: 江南\ndate: 2024-03-04\ntags:\n\t- 江南")
    assert _entries(root)["_posts/2024-03-04-tab.md"].error is not None


def test_hexo_reads_the_leading_tab(site_copy) -> None:
    root = site_copy("hexo-butterfly")
    _post(root, "source/_posts", "tab.md", "title: 江南\ndate: 2024-03-04\ntags:\n\t- 江南")
    entry = _entries(root)["source/_posts/tab.md"]
    assert (entry.error, entry.tags) == (None, ("江南",))


TAB_HEADERS = [
    "tags:\n\t- a",
    "tags:\n  - a\n\t- b",
    "tags:\n-\ta",
    "p:\n  q: 1\n  \tr: 2",
    "p:\n  \tq: 1",
    "d: |\n  x\n\ty",
    "d: |\n  x\n  \ty",
    "t: [a,\n\tb]",
    "\t# comment",
    "k:\tv",
    "s: a\n  \tb",
]


@pytest.mark.parametrize("engine", ["hugo", "jekyll", "hexo-butterfly"])
def test_broken_exactly_when_check_reports_an_error(site_copy, engine: str) -> None:
    """The panel's Broken and ``postpad check``'s header errors agree on every tab case."""
    root = site_copy(engine)
    folder = {"hugo": "content/posts", "jekyll": "_posts"}.get(engine, "source/_posts")
    paths = {
        _post(root, folder, f"2024-03-04-c{n:02d}.md", f"title: c{n}\ndate: 2024-03-04\n{h}"): n
        for n, h in enumerate(TAB_HEADERS)
    }
    errors = {
        f.path
        for f in check_paths([root])
        if f.severity == "error" and f.code in ("yaml-tab", "front-matter-parse")
    }
    entries = _entries(root)
    for path, number in paths.items():
        entry = entries[path.relative_to(root).as_posix()]
        assert (entry.error is not None) == (path in errors), (engine, TAB_HEADERS[number])
