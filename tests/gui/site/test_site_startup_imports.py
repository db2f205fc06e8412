"""The site feature attaches at every start-up: it must not import what only its actions need."""

from __future__ import annotations

import json
import subprocess
import sys

# Each of these costs tens of milliseconds (pypinyin ~0.2 s) and is needed only when the user
# makes a slug, creates/renames/publishes a post or runs Check Site.
ON_DEMAND = (
    "pypinyin",
    "postpad.core.site.check",
    "postpad.core.site.newpost",
    "postpad.core.site.drafts",
    "postpad.core.site.rename",
    "postpad.gui.site.newpost_dialog",
    "postpad.gui.site.problems",
    "latex2mathml",
    "email.utils",
    "PIL",  # image processing on paste (decision 0115)
    "keyring",  # image upload credentials (decision 0117)
)


def _loaded_after(imports: str) -> list[str]:
    script = (
        f"import json, sys\n{imports}\n"
        f"print(json.dumps([m for m in {list(ON_DEMAND)!r} if m in sys.modules]))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return list(json.loads(result.stdout.strip().splitlines()[-1]))


def test_site_feature_and_form_import_nothing_on_demand() -> None:
    assert _loaded_after("import postpad.gui.site.attach, postpad.gui.frontmatter.panel") == []


def test_window_module_imports_nothing_on_demand() -> None:
    # What the window itself and its tabs import (the form, editor, preview and render pipeline).
    assert _loaded_after("import postpad.gui.app, postpad.gui.documents.tab") == []


def test_actions_still_find_their_modules() -> None:
    loaded = _loaded_after(
        "import postpad.gui.site.attach\n"
        "from postpad.gui.site.problems import ProblemsDialog\n"
        "from postpad.gui.site.newpost_dialog import NewPostDialog\n"
        "from postpad.core.site.slug import make_slug\n"
        "make_slug('中文', 'hexo')"
    )
    assert {"pypinyin", "postpad.core.site.check", "postpad.gui.site.problems"} <= set(loaded)
