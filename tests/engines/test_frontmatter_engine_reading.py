"""Headers Postpad's YAML reader (PyYAML) refuses, built with the real engines (decision 0239):
``engine_reads`` says the engine reads the header exactly when Hugo 0.168 builds the page with
the header's title, Jekyll 4.3 publishes the post with its front matter and Hexo 8.1 lists the
post; ``postpad check`` makes the parse finding a warning then, an error otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_harness import ENGINES

from postpad.core.frontmatter.engine_reading import engine_fields, engine_reads
from postpad.core.site.check import check_paths

pytestmark = pytest.mark.engines

HEADERS = [
    "p:\n  \tq: 1",
    "p:\n  a: 1\n  \tb: 2",
    "tags:\n-\tx",
    "tags:\n  - a\n  -\tb",
    "k: 1\nk: 2",
    "k: !foo bar",
    "k: !foo bar\nj: 1\nj: 2",
    "k: *nope",
    "k: @foo",
    "k: a: b",
]


def _need(name: str) -> None:
    reason = ENGINES[name].unavailable()
    if reason:
        pytest.skip(reason)


def _write(site: Path, engine: str, index: int, header: str) -> None:
    harness = ENGINES[engine]
    post = site / harness.posts_dir / harness.post_name(f"c{index:02d}.md")
    post.write_text(f"---\ntitle: c{index:02d}\ndate: 2024-01-01\n{header}\n---\nbody\n", "utf-8")


def _parse_severity(site: Path, index: int) -> str | None:
    found = [
        f.severity
        for f in check_paths([site])
        if f.code == "front-matter-parse" and f"c{index:02d}" in f.path.name
    ]
    return found[0] if found else None


def _agrees(engine: str, index: int, read: bool, site: Path) -> None:
    inner = f"title: c{index:02d}\ndate: 2024-01-01\n{HEADERS[index]}\n"
    assert engine_reads(inner, 1, engine) is read, (engine, HEADERS[index])
    assert _parse_severity(site, index) == ("warning" if read else "error"), HEADERS[index]


@pytest.mark.parametrize("engine", ["jekyll", "hexo"])
def test_jekyll_and_hexo(tmp_path: Path, engine: str) -> None:
    _need(engine)
    site = ENGINES[engine].new_site(tmp_path)
    for index, header in enumerate(HEADERS):
        _write(site, engine, index, header)
    titles = {str(post.title) for post in ENGINES[engine].build(site, "UTC").posts.values()}
    for index in range(len(HEADERS)):
        _agrees(engine, index, f"c{index:02d}" in titles, site)


@pytest.mark.parametrize("index", range(len(HEADERS)))
def test_hugo(tmp_path: Path, index: int) -> None:
    _need("hugo")
    site = ENGINES["hugo"].new_site(tmp_path)
    _write(site, "hugo", index, HEADERS[index])
    result = ENGINES["hugo"].build(site, "UTC")
    read = result.returncode == 0 and [str(p.title) for p in result.posts.values()] == [
        f"c{index:02d}"
    ]
    _agrees("hugo", index, read, site)


#: headers PyYAML refuses and the engine reads: (engine, header lines, keys to compare)
READ_FIELDS = [
    (
        "jekyll",
        "note: 1\ndescription: x\nnote: 2\nnum: !bar 7\nquote: !foo bar",
        ("note", "num", "quote", "description"),
    ),
    ("hugo", "p:\n  \tq: 1\nnum: !bar 7\nquote: !foo bar", ("p", "num", "quote")),
]


@pytest.mark.parametrize(
    ("engine", "header", "keys"), READ_FIELDS, ids=[e for e, _, _ in READ_FIELDS]
)
def test_the_read_only_form_shows_what_the_engine_reads(
    tmp_path: Path, engine, header, keys
) -> None:
    """Decision 0249: the fields the form shows for such a header are the engine's."""
    _need(engine)
    harness = ENGINES[engine]
    site = harness.new_site(tmp_path)
    post = site / harness.posts_dir / harness.post_name("2023-01-05-a.md")
    inner = f"title: a\ndate: 2023-01-05\n{header}\n"
    post.write_text(f"---\n{inner}---\nbody\n", encoding="utf-8")
    result = harness.build(site, "UTC")
    assert result.returncode == 0, result.describe()
    (built,) = result.posts.values()
    ours = engine_fields(inner, 1, engine)
    assert ours is not None
    assert {key: built.exposed(engine, key) for key in keys} == {
        key: ours.fields[key] for key in keys
    }
