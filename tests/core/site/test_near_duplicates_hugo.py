"""Near-duplicate terms on a Hugo site: Hugo lowercases a term's page path, so spellings that
differ only in case share one page (measured with Hugo 0.168: ``Yii2`` and ``yii2`` list both
posts at ``/tags/yii2/``, and at ``/tags/Yii2/`` with ``disablePathToLower``; ``ＹＩＩ2`` and
``hello  world`` got pages of their own). Only the spellings on another page are reported."""

from __future__ import annotations

from pathlib import Path

from postpad.core.site.check import check_paths


def _site(root: Path, config: str, tags: dict[str, str]) -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "hugo.toml").write_text(config, encoding="utf-8")
    for name, tag_list in tags.items():
        text = f"---\ntitle: {name}\ntags: [{tag_list}]\n---\n\nbody\n"
        (root / "content" / "posts" / f"{name}.md").write_text(text, encoding="utf-8")
    return root


def _reported(root: Path) -> set[tuple[str, str]]:
    return {
        (f.path.stem, f.data.get("name", ""))
        for f in check_paths([root])
        if f.code == "near-duplicate-tag"
    }


def test_case_only_spellings_share_hugos_page(tmp_path: Path) -> None:
    root = _site(tmp_path / "blog", "title = 'x'\n", {"a": "Yii2", "b": "yii2", "c": "Go"})
    assert _reported(root) == set()


def test_a_width_variant_is_still_another_page(tmp_path: Path) -> None:
    root = _site(tmp_path / "blog", "title = 'x'\n", {"a": "Yii2", "b": "yii2", "c": "ＹＩＩ2"})
    assert _reported(root) == {("c", "ＹＩＩ2")}


def test_disable_path_to_lower_still_shares_the_page(tmp_path: Path) -> None:
    config = "title = 'x'\ndisablePathToLower = true\n"
    root = _site(tmp_path / "blog", config, {"a": "Yii2", "b": "Yii2", "c": "yii2"})
    assert _reported(root) == set()
