"""`postpad --sample` (what `make run` opens) edits the user's copy, never the package's file."""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from postpad.cli import main
from postpad.core.assets import sample_post_copy, sample_post_path
from postpad.core.site import detect_site
from postpad.core.userdirs import user_data_dir


def test_sample_copy_is_made_once_and_then_kept(tmp_path: Path) -> None:
    copy = sample_post_copy(tmp_path / "samples")
    assert copy.read_bytes() == sample_post_path().read_bytes()
    copy.write_text("我的改动\n", encoding="utf-8")
    assert sample_post_copy(tmp_path / "samples") == copy
    assert copy.read_text(encoding="utf-8") == "我的改动\n"  # the user's edits survive


def test_sample_copy_sits_in_a_hexo_butterfly_blog(tmp_path: Path) -> None:
    copy = sample_post_copy(tmp_path / "samples")
    site = detect_site(copy)
    assert site is not None
    assert (site.engine, site.theme) == ("hexo", "butterfly")
    assert site.root == tmp_path / "samples" / "blog"
    assert copy.parent == site.root / "source" / "_posts"


def test_the_package_folder_is_not_a_site() -> None:
    assert detect_site(sample_post_path()) is None  # the start-up benchmark opens it as it is


def test_an_older_copy_beside_the_blog_seeds_it(tmp_path: Path) -> None:
    older = tmp_path / "samples" / sample_post_path().name
    older.parent.mkdir(parents=True)
    older.write_text("以前的改动\n", encoding="utf-8")
    copy = sample_post_copy(tmp_path / "samples")
    assert copy.read_text(encoding="utf-8") == "以前的改动\n"


def test_user_data_dir_follows_xdg(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    assert user_data_dir(env) == tmp_path / "data" / "postpad"
    assert user_data_dir({"HOME": str(tmp_path)}) == tmp_path / ".local" / "share" / "postpad"


def test_sample_flag_opens_the_copy_in_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    opened: list[list[Path]] = []
    fake_gui = types.ModuleType("postpad.gui.app")
    fake_gui.run = lambda files, new_window: opened.append(files) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "postpad.gui.app", fake_gui)
    assert main(["--sample"]) == 0
    [files] = opened
    samples = tmp_path / "data" / "postpad" / "samples"
    assert files == [samples / "blog" / "source" / "_posts" / sample_post_path().name]
    assert files[0].read_bytes() == sample_post_path().read_bytes()
    assert sample_post_path() not in files
