"""On every real Hugo post of the corpus, Postpad's count is Hugo's ``.WordCount`` and
``.ReadingTime`` (the blog's own config: ``hasCJKLanguage``, ``markup.highlight.lineNos``,
``unsafe``), built by the real Hugo in the corpus harness (decision 0276)."""

from __future__ import annotations

import shutil
from pathlib import Path

import engine_harness
import pytest
from corpus_engine import build_site
from corpus_sites import load_sites

from conftest import require_engine
from postpad.core.count_rules import rule_for
from postpad.core.render import RenderOptions, render
from postpad.core.site.detect import detect_site

pytestmark = pytest.mark.engines

HUGO_SITES = [site for site in load_sites() if site.engine == "hugo"]


@pytest.fixture
def counting_harness(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The Hugo harness site whose layout also prints ``.WordCount`` and ``.ReadingTime``."""
    require_engine("hugo")
    sites = tmp_path / "harness"
    shutil.copytree(engine_harness.SITES / "hugo", sites / "hugo")
    single = sites / "hugo" / "layouts" / "single.html"
    text = single.read_text("utf-8")
    assert '"terms" $terms |' in text
    single.write_text(
        text.replace(
            '"terms" $terms |', '"terms" $terms "words" .WordCount "minutes" .ReadingTime |'
        ),
        encoding="utf-8",
    )
    monkeypatch.setattr(engine_harness, "SITES", sites)
    return tmp_path


@pytest.mark.parametrize("site", HUGO_SITES, ids=[site.id for site in HUGO_SITES])
def test_hugo_corpus_counts(site: object, counting_harness: Path) -> None:
    texts = {path: site.path(path).read_bytes() for path in site.files}  # type: ignore[attr-defined]
    built = build_site(site, counting_harness / "build", texts)  # type: ignore[arg-type]
    found = detect_site(site.path(site.posts[0]))  # type: ignore[attr-defined]
    assert found is not None
    different = []
    compared = 0
    for post in site.posts:  # type: ignore[attr-defined]
        theirs = built.read(post)
        if theirs is None:
            continue
        path = site.path(post)  # type: ignore[attr-defined]
        text = path.read_text("utf-8-sig")
        options = RenderOptions(engine="hugo", post_path=path, **found.render_fields())
        stats = render(text, options).stats
        rule = rule_for("hugo", found.theme, dict(found.config.raw), text)
        compared += 1
        ours = (rule.words(stats), rule.minutes(stats))
        if ours != (theirs.raw["words"], theirs.raw["minutes"]):
            different.append((post, ours, (theirs.raw["words"], theirs.raw["minutes"])))
    assert compared
    assert different == []
