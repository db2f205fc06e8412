"""Regenerate the translation sources (postpad_*.ts) from src/postpad/gui with pyside6-lupdate.

    .venv/bin/python resources/i18n/update_ts.py

lupdate only sees literal ``tr("…")`` / ``translate("Context", "…")`` calls. Strings passed to
``translate()`` through a variable are collected here and handed to lupdate as
``QT_TRANSLATE_NOOP`` lines: calls of one-line wrappers (``def _tr(text): return
QCoreApplication.translate("Ctx", text)``), the action table (``ActionSpec(id, text, …)``,
context ``actions``) and the window's ``MENU_TITLES`` (context ``menus``). Existing translations
are kept; strings gone from the code are dropped (``-no-obsolete``).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "src" / "postpad" / "gui"
CATALOGUES = sorted(Path(__file__).parent.glob("postpad_*.ts"))


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def name(text): return QCoreApplication.translate("Ctx", text)``."""
    found: dict[str, str] = {}
    for node in tree.body:
        if not isinstance(node, ast.FunctionDef) or len(node.body) != 1:
            continue
        body = node.body[0]
        call = body.value if isinstance(body, ast.Return) else None
        if (
            isinstance(call, ast.Call)
            and isinstance(call.func, ast.Attribute)
            and call.func.attr == "translate"
            and call.args
            and isinstance(call.args[0], ast.Constant)
            and isinstance(call.args[0].value, str)
        ):
            found[node.name] = call.args[0].value
    return found


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def indirect_strings(path: Path) -> list[tuple[str, str]]:
    """(context, text) pairs lupdate cannot see in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _wrappers(tree)
    pairs: list[tuple[str, str]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.args:
            text = _literal(node.args[0])
            if node.func.id in wrappers and text is not None:
                pairs.append((wrappers[node.func.id], text))
            if node.func.id == "ActionSpec" and len(node.args) > 1:
                action_text = _literal(node.args[1])
                if action_text is not None:
                    pairs.append(("actions", action_text))
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            if "MENU_TITLES" in names:
                pairs += [("menus", v) for v in map(_literal, node.value.values) if v]
    return pairs


def main() -> int:
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    if lupdate is None:
        print("pyside6-lupdate not found next to this Python", file=sys.stderr)
        return 1
    pairs: list[tuple[str, str]] = []
    for path in sorted(GUI.rglob("*.py")):
        pairs += indirect_strings(path)
    with tempfile.TemporaryDirectory() as folder:
        extra = Path(folder) / "indirect_strings.py"
        lines = [f"QT_TRANSLATE_NOOP({c!r}, {t!r})" for c, t in dict.fromkeys(pairs)]
        extra.write_text("\n".join(lines) + "\n", encoding="utf-8")
        command = [lupdate, "-locations", "none", "-no-obsolete", "-extensions", "py"]
        command += [str(GUI), str(extra), "-ts"]
        command += [str(path) for path in CATALOGUES]
        return subprocess.run(command, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
