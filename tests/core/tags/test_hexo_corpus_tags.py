"""Every Hexo built-in tag in the real posts of the corpus reads back to the same text
(tests/corpus/hexo/*/site/source/_posts; decision 0154)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from postpad.core.tags import format_tag, hexo, hexo_syntax, parse_tag_at

CORPUS = Path(__file__).parents[2] / "corpus" / "hexo"
POSTS = sorted(CORPUS.glob("*/site/source/_posts/**/*.md"))


def _opening_tags(text: str) -> list[tuple[int, str]]:
    found = []
    for match in hexo_syntax.TAG.finditer(text):
        if hexo.library().get(match.group(2)) is not None:
            found.append((match.start(), match.group(0)))
    return found


def test_every_built_in_tag_in_the_corpus_reads_back_to_the_same_text() -> None:
    if not POSTS:
        pytest.skip("no Hexo corpus")
    library = hexo.library()
    seen: Counter[str] = Counter()
    changed: list[str] = []
    for path in POSTS:
        text = path.read_text(encoding="utf-8")
        for start, opening in _opening_tags(text):
            found = parse_tag_at(text, start + 2, library)
            if found is None or found.start != start:  # in code: Hexo does not run it
                continue
            seen[found.spec.name] += 1
            again = format_tag(found.spec, dict(found.values), like=found)
            if again != opening:
                changed.append(f"{path.name}: {opening!r} -> {again!r}")
            fresh = format_tag(found.spec, dict(found.values))  # written anew from its values
            refound = parse_tag_at(fresh, 2, library)
            assert refound is not None, fresh
            assert refound.values == found.values, (opening, fresh)
    assert not changed, "\n".join(changed)
    print(sum(seen.values()), "tags:", dict(seen))
    # the corpus has these (a grep of its posts); each must have been read
    assert {"codeblock", "img", "post_path", "post_link", "blockquote", "pullquote"} <= set(seen)
    assert {"asset_img", "iframe", "link", "youtube", "vimeo"} <= set(seen)
