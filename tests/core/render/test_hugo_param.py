"""Hugo's ``param`` shortcode in the preview: page params, then the site's, as Hugo 0.168 writes
them (tests/engines/test_hugo_param_engines.py builds the same with the real Hugo; decision
0277)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from postpad.core.render import RenderOptions, render
from postpad.core.render.incremental import IncrementalRenderer
from postpad.core.render.rules.hugo_param import go_text, lookup, page_params, site_params

CONFIG = {
    "baseURL": "http://e.com/",
    "timeZone": "Asia/Shanghai",
    "Params": {"Author": "Site Author", "shared": "site", "Social": {"GitHub": "site-gh"}},
}


def _options(tmp_path: Path) -> RenderOptions:
    (tmp_path / "hugo.toml").write_text('baseURL = "http://e.com/"\n', encoding="utf-8")
    post = tmp_path / "content" / "posts" / "a.md"
    return RenderOptions(engine="hugo", site_root=tmp_path, post_path=post, site_variables=CONFIG)


def _html(text: str, options: RenderOptions) -> tuple[str, list[str]]:
    rendered = render(text, options)
    return "".join(b.html for b in rendered.blocks), [w.code for w in rendered.warnings]


def test_page_params_come_before_the_sites(tmp_path: Path) -> None:
    text = '+++\ntitle = "T"\nshared = "page"\n+++\n{{< param shared >}} {{< param author >}}\n'
    assert _html(text, _options(tmp_path)) == ("<p>page Site Author</p>\n", [])
    text = "---\ntitle: T\n---\n{{< param social.github >}} {{< param Social.GitHub >}}\n"
    assert _html(text, _options(tmp_path)) == ("<p>site-gh site-gh</p>\n", [])


@pytest.mark.parametrize("value", ['""', "false", "0", "[]"])
def test_empty_or_missing_params_stop_hugo(tmp_path: Path, value: str) -> None:
    text = f'+++\ntitle = "T"\nkey = {value}\n+++\nA {{{{< param key >}}}} B {{{{< param x >}}}}\n'
    html, codes = _html(text, _options(tmp_path))
    assert html == "<p>A  B </p>\n"
    assert codes == ["hugo-param-missing", "hugo-param-missing"]


def test_a_front_matter_edit_changes_the_written_param(tmp_path: Path) -> None:
    renderer = IncrementalRenderer(_options(tmp_path))
    first = renderer.update('+++\ntitle = "Old"\n+++\nTitle: {{< param title >}}\n')
    assert "Title: Old" in first.rendered.html
    second = renderer.update('+++\ntitle = "New"\n+++\nTitle: {{< param title >}}\n')
    assert "Title: New" in second.rendered.html
    # a header edit while the body holds no param shortcode, then one typed: the new header's
    renderer.update('+++\ntitle = "Newer"\n+++\nTitle:\n')
    third = renderer.update('+++\ntitle = "Newer"\n+++\nTitle: {{< param title >}}\n')
    assert "Title: Newer" in third.rendered.html


def test_values_print_as_go_prints_them() -> None:
    assert go_text(2.0) == "2"
    assert go_text(1e21) == "1e+21"
    assert go_text([1, "a", True]) == "[1 a true]"
    assert go_text({"b": 1, "a": {"c": None}}) == "map[a:map[c:] b:1]"
    shanghai = datetime(2024, 6, 1, 10, tzinfo=timezone(timedelta(hours=8)))
    assert go_text(shanghai) == "2024-06-01 10:00:00 +0800 +0800"


def test_dates_are_times_in_the_site_zone() -> None:
    page = page_params("---\ndate: 2024-06-01 10:00:00\nwhen: 2023-01-02\n---\n", "Asia/Shanghai")
    assert go_text(page["date"]) == "2024-06-01 10:00:00 +0800 CST"
    assert page["when"] == "2023-01-02"  # other date-like values stay as written


def test_lookup_whole_key_first_then_the_dotted_path() -> None:
    page = {"a.b": "whole", "a": {"b": "nested"}}
    assert lookup("A.B", page, site_params(CONFIG)) == "whole"
    assert lookup("social.github", page, site_params(CONFIG)) == "site-gh"
    assert lookup("nothere", page, {}) is None


def test_a_param_in_a_link_destination_is_part_of_the_url(tmp_path: Path) -> None:
    # grpc.io's corpus post: [manual build](https://…/blob/{{< param grpc_vers.core >}}/…)
    text = (
        "---\ntitle: T\n---\n| a |\n| - |\n| [b](https://e.com/{{< param social.github >}}/r) |\n"
    )
    html, codes = _html(text, _options(tmp_path))
    assert '<a href="https://e.com/site-gh/r">b</a>' in html
    assert codes == []
