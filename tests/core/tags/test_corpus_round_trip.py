"""Every Butterfly tag and Hugo shortcode in the real-post corpus reads back to the same text.

For each opening tag a library knows, ``parse_tag_at`` at its start finds exactly that tag and
``format_tag(spec, values, like=found)`` writes it back byte for byte; a real post's tags are
the shapes people write (quoted icons, spaces after commas, ``{{%``, raw strings).
"""

from __future__ import annotations

import re
from pathlib import Path

from postpad.core.tags import butterfly, format_tag, hugo, parse_tag_at

CORPUS = Path(__file__).parents[2] / "corpus"
HEXO_OPEN = re.compile(r"\{%-?\s*([A-Za-z_][\w-]*)")
HUGO_OPEN = re.compile(r"\{\{[<%]\s*([\w./-]+)")


def _posts(engine: str) -> list[Path]:
    return sorted(p for p in (CORPUS / engine).rglob("*.md") if "site" in p.parts)


def _round_trip(engine: str, pattern: re.Pattern[str]) -> tuple[int, list[str]]:
    library = butterfly.library() if engine == "hexo" else hugo.library()
    checked, failures = 0, []
    for path in _posts(engine):
        text = path.read_text(encoding="utf-8", errors="replace")
        for match in pattern.finditer(text):
            if library.get(match.group(1)) is None:
                continue
            found = parse_tag_at(text, match.start() + 2, library)
            if found is None:  # inside a code fence
                continue
            original = text[found.start : found.end]
            checked += 1
            if (
                found.start != match.start()
                or format_tag(found.spec, found.values, like=found) != original
            ):
                failures.append(f"{path.name}: {original!r}")
    return checked, failures


def test_butterfly_tags_in_real_hexo_posts_round_trip() -> None:
    checked, failures = _round_trip("hexo", HEXO_OPEN)
    assert checked >= 40, checked  # note, btn, label, tabs, gallery, hide*, inlineImg …
    assert failures == []


def test_hugo_shortcodes_in_real_hugo_posts_round_trip() -> None:
    checked, failures = _round_trip("hugo", HUGO_OPEN)
    assert checked >= 3, checked
    assert failures == []
