"""Shared fixtures for the engine tests: the corpus reports (one measurement per site per run)
and the figures printed at the end of `make test-engines`."""

from __future__ import annotations

import os
from collections.abc import Callable

import pytest
from corpus_baseline import summary
from corpus_report import SiteReport, measure_site
from corpus_sites import CorpusSite
from engine_harness import ENGINES

REPORTS: dict[str, SiteReport] = {}


def require_engine(name: str) -> None:
    """Skip when the engine is missing; fail instead on CI (POSTPAD_REQUIRE_ENGINES=1)."""
    reason = ENGINES[name].unavailable()
    if reason is None:
        return
    if os.environ.get("POSTPAD_REQUIRE_ENGINES") == "1":
        pytest.fail(f"{name} is required here (POSTPAD_REQUIRE_ENGINES=1): {reason}")
    pytest.skip(f"{name}: {reason}")


@pytest.fixture(autouse=True, scope="session")
def engines_required() -> None:
    """On CI (POSTPAD_REQUIRE_ENGINES=1) a missing engine fails every engine test, never skips."""
    if os.environ.get("POSTPAD_REQUIRE_ENGINES") != "1":
        return
    missing = {name: why for name, engine in ENGINES.items() if (why := engine.unavailable())}
    if missing:
        pytest.fail(f"engines required (POSTPAD_REQUIRE_ENGINES=1) but missing: {missing}")


@pytest.fixture(scope="session")
def corpus_report() -> Callable[[CorpusSite], SiteReport]:
    def get(site: CorpusSite) -> SiteReport:
        require_engine(site.engine)
        if site.id not in REPORTS:
            REPORTS[site.id] = measure_site(site)
        return REPORTS[site.id]

    return get


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if not REPORTS:
        return
    write = terminalreporter.write_line
    terminalreporter.section("real-post corpus (tests/corpus)")
    for row in summary(list(REPORTS.values())):
        causes = ", ".join(f"{name} {count}" for name, count in row.pop("top_causes"))  # type: ignore[attr-defined]
        write(" ".join(f"{k}={v}" for k, v in row.items()))
        write(f"    top preview differences: {causes or 'none'}")
