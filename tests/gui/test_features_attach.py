"""Every window feature attaches to the real window through the typed seams (decision 0140)."""

from __future__ import annotations

import inspect
import os

import pytest
from comfort_fakes import FakeWindow
from PySide6.QtGui import QAction

from postpad.gui import features
from postpad.gui.features import FEATURES, STRICT_ENV, Feature, attach_all, load
from postpad.gui.protocols import FeatureKey, FeatureRegistry, FeatureWindow

#: what the features built, by registry key; spelling registers once a dictionary has loaded
ATTACHED = {
    "find", "outline", "focus", "typography", "word count", "recovery", "external changes",
    "site", "export", "tables", "paste", "rich copy", "git", "site preview", "images",
}  # fmt: skip
#: the attributes features used to set on the window before the registry (issue 13)
BROKEN = (
    Feature("postpad.gui.no_such_feature", "broken"),
    Feature("postpad.gui.goto_line.attach", ""),
)
OLD_ATTRIBUTES = [
    "find_bar", "outline_follower", "view_comfort", "typography", "word_count_popup",
    "recovery", "external_changes", "site_controller", "spelling", "export_feature",
    "tables_feature", "paste_feature", "rich_copy_feature", "git_controller", "site_preview",
    "images_feature", "actions",
]  # fmt: skip


def test_tests_attach_strictly() -> None:
    assert os.environ.get(STRICT_ENV) not in (None, "", "0")


def test_every_feature_attaches_to_the_real_window(main_window) -> None:
    # The fixture built the window with every entry of FEATURES under STRICT_ENV: an exception
    # in any attach() would have failed it. Each feature keeps what it built in the registry.
    assert isinstance(main_window, FeatureWindow)
    assert set(main_window.features.names()) >= ATTACHED
    for name in OLD_ATTRIBUTES:
        assert name not in vars(main_window), f"window.{name} is back: use window.features"
    assert isinstance(main_window.window_action("copy"), QAction)
    assert main_window.window_action("no such action") is None


def test_every_feature_module_has_attach_of_one_window() -> None:
    assert len({f.module for f in FEATURES}) == len(FEATURES)
    # issue 13: each feature's wiring to the window lives in its package's own attach.py
    assert [f.module for f in FEATURES if not f.module.endswith(".attach")] == []
    for feature in FEATURES:
        attach = load(feature)
        parameters = list(inspect.signature(attach).parameters.values())
        assert parameters[0].name == "window", feature.module
        assert parameters[0].annotation == "FeatureWindow", f"{feature.module}: typed seam"
        assert all(p.default is not p.empty for p in parameters[1:]), feature.module


def test_a_failing_feature_fails_loudly_under_tests(qtbot, monkeypatch) -> None:
    broken = (
        Feature("postpad.gui.no_such_feature", "broken"),
        Feature("postpad.gui.goto_line.attach", ""),
    )
    monkeypatch.setattr(features, "FEATURES", broken)
    window = FakeWindow()
    qtbot.addWidget(window)
    with pytest.raises(ModuleNotFoundError):
        attach_all(window)
    assert window.findChild(QAction, "actionGoToLine") is None


def test_outside_tests_a_failing_feature_is_skipped(qtbot, monkeypatch, capsys) -> None:
    broken = (
        Feature("postpad.gui.no_such_feature", "broken"),
        Feature("postpad.gui.goto_line.attach", ""),
    )
    monkeypatch.setattr(features, "FEATURES", broken)
    window = FakeWindow()
    qtbot.addWidget(window)
    attach_all(window, strict=False)
    assert "no_such_feature" in capsys.readouterr().err
    assert window.findChild(QAction, "actionGoToLine") is not None


def test_the_fake_window_implements_the_extension_points(qtbot) -> None:
    window = FakeWindow()
    qtbot.addWidget(window)
    ran: list[str] = []
    window.after_shown(lambda: ran.append("shown"))
    tab = window.add_tab("text")
    assert ran == ["shown"]
    assert window.current_tab() is tab
    assert list(window.tabs()) == [tab]
    assert window.menu("edit") is window.menu("edit")
    assert window.status_bar() is window.statusBar()
    assert tab.path is None
    assert tab.site is None
    assert not tab.is_modified()


def test_the_registry_is_typed_by_key_and_refuses_a_second_entry() -> None:
    registry = FeatureRegistry()
    key: FeatureKey[list[int]] = FeatureKey("numbers")
    numbers = registry.add(key, [1])
    assert registry.get(key) is numbers
    assert registry.require(key) == [1]
    assert registry.get(FeatureKey("other")) is None
    with pytest.raises(ValueError, match="twice"):
        registry.add(key, [2])
    with pytest.raises(LookupError):
        registry.require(FeatureKey("other"))
