"""The engine rules table: key matching and where a header may start (decision 0090)."""

from __future__ import annotations

import pytest

from postpad.core.errors import FrontMatterError
from postpad.core.fields import schema_for
from postpad.core.frontmatter.engine_rules import (
    key_to_edit,
    key_to_remove,
    lookup,
    match_key,
    rules_for,
)


def test_hugo_winner_is_the_one_mixed_case_spelling() -> None:
    # measured with Hugo 0.168: `Title` beats `title` in either order; two mixed-case spellings
    # are picked at random from build to build
    assert match_key(["title", "Title"], "title", "hugo").winner == "Title"
    assert match_key(["Title", "title"], "TITLE", "hugo").winner == "Title"
    assert match_key(["Title", "TITLE"], "title", "hugo").winner is None
    assert match_key(["Title"], "title", "hugo").key == "Title"
    assert match_key(["date"], "title", "hugo").exists is False


@pytest.mark.parametrize("engine", ["hexo", "jekyll", "zola"])
def test_other_engines_match_exactly(engine: str) -> None:
    assert match_key(["Title"], "title", engine).exists is False
    assert lookup({"Title": "a"}, "title", engine) is None
    assert key_to_edit(["Title"], "title", engine) == "title"


def test_lookup_reads_what_the_engine_reads() -> None:
    fields = {"title": "lower", "Title": "Upper", "TAGS": ["x"]}
    assert lookup(fields, "title", "hugo") == "Upper"
    assert lookup(fields, "tags", "hugo") == ["x"]
    assert lookup(fields, "title", "hexo") == "lower"
    assert lookup({"Title": "a", "TITLE": "b"}, "title", "hugo", "?") == "?"
    assert lookup({"Title": "a"}, "title", None, "?") == "?"  # unknown engine: not guessed


def test_edit_and_remove_spellings() -> None:
    assert key_to_edit(["title", "Title"], "Title", "hugo") == "Title"
    with pytest.raises(FrontMatterError, match="uses 'Title'"):
        key_to_edit(["title", "Title"], "title", "hugo")
    with pytest.raises(FrontMatterError, match="at random"):
        key_to_edit(["Title", "TITLE"], "Title", "hugo")
    assert key_to_remove(["title", "Title"], "title", "hugo") == "title"
    assert key_to_remove(["Title"], "title", "hugo") == "Title"
    assert key_to_remove(["Title"], "title", "hexo") is None
    with pytest.raises(FrontMatterError, match="--engine"):
        key_to_edit(["Title"], "title", None)


def test_schemas_take_their_case_rule_from_the_table() -> None:
    assert rules_for("HUGO").key_case == "fold"
    assert rules_for("something else").name == "generic"
    assert schema_for("hugo").get("TITLE") is not None
    assert schema_for("hexo").get("TITLE") is None


def test_jekyll_wall_clock_time_gets_the_site_zone() -> None:
    # Jekyll reads `2024-06-01 08:09:10` as UTC (measured: shown as 16:09 on an Asia/Shanghai
    # site); with the site's zone the picked time is what Jekyll shows
    import datetime as dt
    from zoneinfo import ZoneInfo

    from postpad.core.frontmatter import set_field

    moment = dt.datetime(2024, 6, 1, 8, 9, 10)
    zone = ZoneInfo("Asia/Shanghai")
    new_key = set_field("---\ntitle: x\n---\n", "date", moment, engine="jekyll", zone=zone)
    assert new_key == "---\ntitle: x\ndate: 2024-06-01 08:09:10 +0800\n---\n"
    widened = set_field("---\ndate: 2020-01-01\n---\n", "date", moment, engine="jekyll", zone=zone)
    assert widened == "---\ndate: 2024-06-01 08:09:10 +0800\n---\n"
    hugo = set_field("---\ndate: 2020-01-01\n---\n", "date", moment, engine="hugo", zone=zone)
    assert hugo == "---\ndate: 2024-06-01 08:09:10\n---\n"  # Hugo reads it in its timeZone
