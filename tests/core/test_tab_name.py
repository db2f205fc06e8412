"""A tab's name: the file name, with the folder for a bundle's index.md."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from postpad.core.tab_name import tab_name


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("site/source/_posts/hello-world.md", "hello-world.md"),
        ("site/content/post/my-bundle/index.md", "my-bundle/index.md"),
        ("site/content/post/_index.md", "post/_index.md"),
        ("site/content/post/my-bundle/index.zh.md", "my-bundle/index.zh.md"),
        ("site/content/Post/Bundle/INDEX.MD", "Bundle/INDEX.MD"),
        ("index.md", "index.md"),  # no folder to name
        ("site/_posts/2024-01-01-index-of-things.md", "2024-01-01-index-of-things.md"),
    ],
)
def test_tab_name(path: str, name: str) -> None:
    assert tab_name(PurePosixPath(path)) == name
