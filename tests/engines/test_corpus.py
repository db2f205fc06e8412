"""The real-post corpus (tests/corpus) against Postpad's core and the real engines (decision 0083).

Per site (parametrised from tests/corpus/<engine>/<site>/SOURCE.toml, so new sites are picked up):
- every post opened and saved untouched gives identical bytes (no engine needed);
- every edit kind (corpus_edits.EDITS) touches only its key's lines and the real engine reads the
  new value back; a failure is allowed only when tests/corpus/fidelity_baseline.toml lists it
  with its reason (a site not yet in the baseline is measured and printed, then skipped);
- preview vs engine HTML (strict and lenient, html_normalise.py): the site's rates must not fall
  below the baseline; `postpad check` errors the engine really trips on: same ratchet.
Figures per engine are printed at the end of the run (conftest.py) and by benchmarks/fidelity.py.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from corpus_baseline import (
    FAILING,
    baseline_figures,
    figures,
    known_failures,
    load_baseline,
)
from corpus_edits import round_trip
from corpus_report import SiteReport
from corpus_sites import CorpusSite, load_sites

pytestmark = pytest.mark.engines

SITES = load_sites()
BASELINE = load_baseline()
SLACK = 1e-9


def site_params() -> list[object]:
    if not SITES:
        return [pytest.param(None, id="no-corpus-sites", marks=pytest.mark.skip("no corpus yet"))]
    return [pytest.param(site, id=site.id) for site in SITES]


@pytest.mark.parametrize("site", site_params())
def test_untouched_posts_save_byte_identical(site: CorpusSite, tmp_path: object) -> None:
    from pathlib import Path

    where = Path(str(tmp_path))
    broken = {post: why for post in site.posts if (why := round_trip(site.path(post), where))}
    assert not broken, broken


@pytest.mark.parametrize("site", site_params())
def test_edits_touch_only_their_key_and_the_engine_reads_them(
    site: CorpusSite, corpus_report: Callable[[CorpusSite], SiteReport]
) -> None:
    report = corpus_report(site)
    if baseline_figures(BASELINE, site.id) is None:
        pytest.skip(f"{site.id} has no baseline yet: benchmarks/fidelity.py --write-baseline")
    known = known_failures(BASELINE)
    new = [
        f"{e.edit} {e.status}: {e.post}: {e.detail}"
        for e in report.edits
        if e.status in FAILING and (e.site, e.post, e.edit) not in known
    ]
    assert not new, f"{len(new)} edit(s) failing that the baseline does not list:\n" + "\n".join(
        new[:30]
    )


@pytest.mark.parametrize("site", site_params())
def test_preview_matches_engine_no_worse_than_baseline(
    site: CorpusSite, corpus_report: Callable[[CorpusSite], SiteReport]
) -> None:
    now = figures(corpus_report(site))
    base = baseline_figures(BASELINE, site.id)
    if base is None:
        pytest.skip(f"{site.id} has no baseline yet: benchmarks/fidelity.py --write-baseline")
    assert now.strict_rate >= base.strict_rate - SLACK, (now, base)
    assert now.lenient_rate >= base.lenient_rate - SLACK, (now, base)


@pytest.mark.parametrize("site", site_params())
def test_check_errors_are_real_no_worse_than_baseline(
    site: CorpusSite, corpus_report: Callable[[CorpusSite], SiteReport]
) -> None:
    report = corpus_report(site)
    now = figures(report)
    base = baseline_figures(BASELINE, site.id)
    if base is None:
        pytest.skip(f"{site.id} has no baseline yet: benchmarks/fidelity.py --write-baseline")
    wrong = [f"{c.post}:{c.line} {c.code}: {c.why}" for c in report.checks if not c.real]
    assert now.real_rate >= base.real_rate - SLACK, "\n".join(wrong[:30])
