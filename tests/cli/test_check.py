from __future__ import annotations

import json
from pathlib import Path

from plugin_site import hexo_plugins_site
from postpad.cli import main

SITES = Path(__file__).resolve().parents[1] / "fixtures" / "sites"


def test_clean_site_exits_0(capsys) -> None:
    assert main(["check", str(SITES / "hexo-butterfly")]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "0 error(s), 0 warning(s)" in captured.err


def test_errors_exit_1_with_file_line_column(capsys, monkeypatch) -> None:
    monkeypatch.chdir(SITES / "hexo-broken")
    post = Path("source") / "_posts" / "yaml-error.md"  # shown relative to the current folder
    assert main(["check", str(post)]) == 1
    out = capsys.readouterr().out
    assert out.splitlines() == [
        f"{post}:2:10: error: front matter does not parse: mapping values are not allowed in "
        "this context [front-matter-parse]"
    ]


def test_warnings_alone_exit_0(capsys) -> None:
    post = SITES / "hexo-broken" / "source" / "_posts" / "yes-no.md"
    assert main(["check", str(post)]) == 0
    assert "[yaml11-boolean]" in capsys.readouterr().out
    assert main(["check", "--errors-only", str(post)]) == 0
    assert capsys.readouterr().out == ""


def test_json_output(capsys) -> None:
    assert main(["check", "--json", str(SITES / "hexo-broken")]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == sum(1 for f in report["findings"] if f["severity"] == "error")
    assert report["errors"] >= 5
    assert report["sites"] == {
        str((SITES / "hexo-broken").resolve()): {"engine": "hexo", "theme": None}
    }
    codes = {f["code"] for f in report["findings"]}
    assert {"unknown-tag", "unreadable-date", "near-duplicate-tag", "yaml-tab"} <= codes
    first = report["findings"][0]
    assert set(first) == {"path", "line", "column", "severity", "code", "message", "data"}


def test_plugin_site_exits_1_only_for_the_open_block(capsys, tmp_path: Path) -> None:
    # Issue 11: plugin/theme tags known, an uninstalled plugin's possible tag only a warning,
    # a missing image a warning; the block tag left open is the one error Hexo stops on.
    root = hexo_plugins_site(tmp_path)
    assert main(["check", "--json", str(root)]) == 1
    report = json.loads(capsys.readouterr().out)
    errors = [(Path(f["path"]).name, f["code"]) for f in report["findings"]]
    assert [e for e in errors if e[1] != "unknown-tag"] == [
        ("unclosed-plugin-block.md", "unclosed-tag")
    ]
    assert report["errors"] == 1
    assert report["sites"][str(root.resolve())]["theme"] == "quiet"


def test_missing_path_is_a_usage_error(tmp_path: Path, capsys) -> None:
    assert main(["check", str(tmp_path / "nope.md")]) == 2
    assert "no such file" in capsys.readouterr().err


TYPOGRAPHY_POST = (
    "---\ntitle: 春天\ndate: 2024/3/5\ncover: \n---\n"
    "&ensp;&ensp;&ensp;&ensp;早上出门,路边的花都开了。\n\n邻居说：“今年来得早。"
)


def test_typography_findings_in_json_and_exit_0(tmp_path: Path, capsys) -> None:
    post = tmp_path / "post.md"
    post.write_text(TYPOGRAPHY_POST, encoding="utf-8")
    assert main(["check", "--json", str(post)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["errors"] == 0
    assert report["warnings"] == 2
    comma, quote = report["findings"]
    assert (comma["line"], comma["column"], comma["severity"], comma["code"]) == (
        6, 29, "warning", "typography/halfwidth/halfwidth-punctuation",
    )  # fmt: skip
    assert comma["data"] == {"rule": "halfwidth", "found": ",", "fix": "，"}
    assert (quote["line"], quote["column"], quote["code"]) == (8, 5, "typography/quotes/unclosed")
    assert "never closed" in quote["message"]


def test_typography_findings_in_text_output(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("post.md").write_text(TYPOGRAPHY_POST, encoding="utf-8")
    assert main(["check", "post.md"]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "post.md:6:29: warning: typography: half-width ',' in Chinese text (fix: ',' -> '，') "
        "[typography/halfwidth/halfwidth-punctuation]",
        "post.md:8:5: warning: typography: “ is never closed [typography/quotes/unclosed]",
    ]
    assert "0 error(s), 2 warning(s)" in captured.err
