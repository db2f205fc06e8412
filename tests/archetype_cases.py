"""The archetype fixture cases (tests/fixtures/site/archetypes.txt) and the site they run on,
shared by the core test and the real-Hugo test (decision 0283)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from fixture_cases import RawCase, read_raw_cases

FIXTURE = Path(__file__).parent / "fixtures" / "site" / "archetypes.txt"
CASES: list[RawCase] = read_raw_cases(FIXTURE)
NOW = datetime(2024, 5, 31, 21, 5, 9, tzinfo=UTC)
#: what ``hugo new content --clock`` takes for ``NOW``
CLOCK = "2024-05-31T21:05:09Z"
MACHINE_ZONE = "Asia/Tokyo"
CONFIG = """baseURL = "https://example.org/"
title = "My Site"
timeZone = "Asia/Shanghai"
[params]
author = "Ann"
tags = ["a", "b"]
[params.social]
github = "ann"
"""


def make_site(root: Path, archetypes: dict[str, str], config: str = CONFIG) -> Path:
    """A Hugo site with ``content/posts`` and the given ``archetypes/`` files."""
    (root / "content" / "posts").mkdir(parents=True)
    (root / "hugo.toml").write_text(config, encoding="utf-8")
    for name, text in archetypes.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    return root


@contextmanager
def machine_zone(zone: str = MACHINE_ZONE) -> Iterator[None]:
    """Run with the process's local zone set to ``zone`` (Hugo writes ``.Date`` in it)."""
    import os

    before = os.environ.get("TZ")
    os.environ["TZ"] = zone
    time.tzset()
    try:
        yield
    finally:
        if before is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = before
        time.tzset()
