from __future__ import annotations

from postpad.core.site.index import PostEntry
from postpad.core.site.taxonomy import (
    Term,
    category_counts,
    complete,
    fold,
    near_duplicates,
    tag_counts,
)


def _entry(tags=(), categories=()) -> PostEntry:
    return PostEntry("x.md", 0, 0, tags=tuple(tags), categories=tuple(categories))


def test_fold() -> None:
    assert fold("Ｐｙｔｈｏｎ") == fold("python") == fold(" Python  ") == "python"
    assert fold("机器 学习") == fold("机器　学习")  # ideographic space


def test_counts_and_near_duplicates() -> None:
    entries = [
        _entry(["Python", "笔记"]),
        _entry(["Python"]),
        _entry(["python"]),
        _entry(["Ｐｙｔｈｏｎ", "Python "]),
    ]
    counts = tag_counts(entries)
    assert counts[0] == Term(("Python",), 2)
    groups = near_duplicates(counts)
    assert len(groups) == 1
    assert groups[0].preferred.name == "Python"
    assert {t.name for t in groups[0].variants} == {"Python", "python", "Ｐｙｔｈｏｎ", "Python "}


def test_category_paths_count_parents() -> None:
    entries = [_entry(categories=[("技术", "编程")]), _entry(categories=[("技术",), ("随笔",)])]
    counts = {t.name: t.count for t in category_counts(entries)}
    assert counts == {"技术": 2, "技术 › 编程": 1, "随笔": 1}
    leaves = {t.name: t.count for t in category_counts(entries, prefixes=False)}
    assert leaves == {"技术": 1, "技术 › 编程": 1, "随笔": 1}


def test_complete_prefers_prefix_matches() -> None:
    terms = [Term(("Rust",), 1), Term(("Python",), 5), Term(("CPython",), 2)]
    assert [t.name for t in complete(terms, "py")] == ["Python", "CPython"]
    assert [t.name for t in complete(terms, "ｐｙ")] == ["Python", "CPython"]
