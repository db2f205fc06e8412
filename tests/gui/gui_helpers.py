"""Helpers for GUI tests: read the preview DOM synchronously from a test."""

from __future__ import annotations

from typing import Any


def run_js(qtbot: Any, view: Any, script: str, timeout: int = 10000) -> Any:
    """Run ``script`` in the preview page and return its result."""
    box: dict[str, Any] = {}
    view.run_js(script, lambda value: box.setdefault("value", value))
    qtbot.waitUntil(lambda: "value" in box, timeout=timeout)
    return box["value"]


def preview_text(qtbot: Any, view: Any) -> str:
    return str(run_js(qtbot, view, "document.body ? document.body.innerText : ''"))


def wait_for_preview_text(
    qtbot: Any, view: Any, needle: str, timeout: int = 15000, prop: str = "innerText"
) -> None:
    """Wait until the preview page's text (``innerText``: what is shown) contains ``needle``."""
    state: dict[str, Any] = {"seen": ""}

    def poll() -> None:
        script = f"document.body ? document.body.{prop} : ''"
        view.run_js(script, lambda v: state.update(seen=v or ""))

    def check() -> bool:
        poll()
        return needle in str(state["seen"])

    qtbot.waitUntil(check, timeout=timeout)
