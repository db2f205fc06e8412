"""The typography rule of ``postpad check``: Chinese punctuation findings as warnings."""

from __future__ import annotations

from pathlib import Path

from postpad.core.site.check import check_paths, check_text, summarize
from postpad.core.site.check import typography as typography_rule
from postpad.core.site.check.context import PostContext

# Shaped like the first user's posts: Hexo header with a gradient and an empty `cover: `,
# `&ensp;` indents (whose `;` before Han text must not be flagged), no trailing newline.
POST = (
    "---\n"
    "title: 春天, 来了\n"
    "date: 2024/3/5\n"
    "categories: 随笔\n"
    "top_img: 'linear-gradient(20deg, #0062be, #925696)'\n"
    "cover: \n"
    "---\n"
    "&ensp;&ensp;&ensp;&ensp;早上出门,路边的花都开了。\n"
    "\n"
    "&ensp;&ensp;&ensp;&ensp;邻居笑着说：“今年来得早。\n"
    "\n"
    "```python\n"
    "print('代码,代码')\n"
    "```\n"
    "\n"
    "行内 `写法,不查` 也不查。"
)


def test_rule_reports_halfwidth_comma_and_unclosed_quote_with_positions() -> None:
    findings = check_text(Path("post.md"), POST, None)
    typo = [f for f in findings if f.code.startswith("typography/")]
    assert [(f.line, f.column, f.code, f.severity) for f in typo] == [
        (8, 29, "typography/halfwidth/halfwidth-punctuation", "warning"),
        (10, 31, "typography/quotes/unclosed", "warning"),
    ]
    comma, quote = typo
    assert POST.split("\n")[7][comma.column - 1] == ","
    assert POST.split("\n")[9][quote.column - 1] == "“"
    assert "half-width ','" in comma.message
    assert "'，'" in comma.message
    assert comma.data == {"rule": "halfwidth", "found": ",", "fix": "，"}
    assert "never closed" in quote.message
    assert "fix" not in quote.data  # only the writer knows where the quote ends


def test_front_matter_and_code_are_not_checked() -> None:
    findings = check_text(Path("post.md"), POST, None)
    typo_lines = {f.line for f in findings if f.code.startswith("typography/")}
    assert typo_lines.isdisjoint({2, 5, 13, 16})


def test_hexo_header_without_opening_dashes_is_skipped() -> None:
    text = "title: 春天, 来了\n---\n花开了,真好。"
    ctx = PostContext(path=Path("post.md"), text=text, site=None)
    assert [(f.line, f.column) for f in typography_rule.check(ctx)] == [(3, 4)]


def test_typography_alone_is_never_an_error(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text(POST.replace("\n", "\r\n"), encoding="utf-8")
    findings = check_paths([post])
    assert {f.code for f in findings} >= {
        "typography/halfwidth/halfwidth-punctuation",
        "typography/quotes/unclosed",
    }
    assert summarize(findings)[0] == 0
    assert all(f.path == post for f in findings)


def test_clean_chinese_prose_has_no_typography_finding() -> None:
    text = "---\ntitle: 好\n---\n他说：“今天（周一）下雨。”版本 2.0，见 example.com。"
    codes = [f.code for f in check_text(Path("p.md"), text, None)]
    assert [code for code in codes if code.startswith("typography/")] == []
