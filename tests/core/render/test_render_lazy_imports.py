"""The package's names load on first use: the preview shell and options stay light at start-up."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import postpad.core.render as core_render


def _loaded_after(imports: str) -> list[str]:
    heavy = ["postpad.core.render.pipeline", "postpad.core.render.incremental", "mdit_py_plugins"]
    report = f"print(json.dumps([m for m in {heavy!r} if m in sys.modules]))"
    script = f"import json, sys\n{imports}\n{report}\n"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout.strip().splitlines()[-1]))


def test_shell_and_options_do_not_load_the_pipeline() -> None:
    imports = (
        "from postpad.core.render import preview_shell, RenderOptions, content_security_policy\n"
        "import postpad.core.render.options\n"
        "preview_shell('light')"
    )
    assert _loaded_after(imports) == []


def test_every_exported_name_resolves() -> None:
    for name in core_render.__all__:
        assert getattr(core_render, name) is not None
    assert set(core_render.__all__) <= set(dir(core_render))


def test_unknown_names_still_raise() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        core_render.no_such_name  # noqa: B018
