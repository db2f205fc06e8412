"""Preferences: defaults in one place, JSON with non-default values only, bad files tolerated."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from postpad.core.settings import (
    Preferences,
    load_preferences,
    non_default_values,
    save_preferences,
)


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_preferences(tmp_path / "nope.json") == Preferences()


def test_only_non_defaults_are_written(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "preferences.json"
    prefs = replace(Preferences(), appearance="dark", editor_font_size=15)
    save_preferences(path, prefs)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data == {"version": 1, "editor_font_size": 15, "appearance": "dark"}
    assert load_preferences(path) == prefs


def test_defaults_write_an_empty_record(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    save_preferences(path, Preferences())
    assert json.loads(path.read_text(encoding="utf-8")) == {"version": 1}
    assert non_default_values(Preferences()) == {}


def test_round_trip_keeps_unicode_font_names(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    prefs = replace(Preferences(), editor_font_family="思源黑体", remote_images=True)
    save_preferences(path, prefs)
    assert "思源黑体" in path.read_text(encoding="utf-8")
    assert load_preferences(path) == prefs


def test_bad_values_fall_back_per_field(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text(
        json.dumps(
            {
                "appearance": "purple",
                "editor_font_size": "huge",
                "remote_images": 1,
                "auto_pair": False,
                "unknown_key": 3,
            }
        ),
        encoding="utf-8",
    )
    prefs = load_preferences(path)
    assert prefs.appearance == "system"
    assert prefs.editor_font_size == 12
    assert prefs.remote_images is False
    assert prefs.auto_pair is False


def test_malformed_json_gives_defaults(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text("{not json", encoding="utf-8")
    assert load_preferences(path) == Preferences()
    path.write_text("[1, 2]", encoding="utf-8")
    assert load_preferences(path) == Preferences()


def test_out_of_range_font_size_is_rejected(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    path.write_text('{"editor_font_size": 500}', encoding="utf-8")
    assert load_preferences(path).editor_font_size == 12
