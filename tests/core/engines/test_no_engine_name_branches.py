"""No code outside the engine data decides by an engine's name (decision 0160, issue 13).

The scan reads every module of ``src/postpad`` as Python syntax and flags an engine name
(every registered engine and ``generic``) written as a string where code branches or looks
something up by it: a comparison (``==``, ``!=``, ``in``), a ``case``, a dict key, a subscript
or ``.get()`` key, an ``or`` fallback, an ``engine=``/``profile=`` argument, or a default value.
The engine data modules (``core/engines/``), the render profiles (``core/render/profiles/``,
Markdown dialects named after the engines) and the field schemas (``core/fields/<engine>.py``)
are where those names belong.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

from postpad.core.engines import engine_names

SRC = Path(__file__).resolve().parents[3] / "src" / "postpad"
DATA = ("core/engines/", "core/render/profiles/")
#: the field schemas are data modules too: one per engine or theme (decision 0031)
FIELD_DATA = SRC / "core" / "fields"
FIELD_CODE = ("__init__.py", "schema.py", "spec.py")
NAMES = frozenset((*engine_names(), "generic"))
KEYWORDS = frozenset({"engine", "profile", "default_profile", "syntax", "style"})


def _name(node: ast.AST | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in NAMES:
        return node.value
    return None


def _names_in(node: ast.AST) -> Iterator[str]:
    """An engine name as the node itself or as an item of a literal tuple, list or set."""
    found = _name(node)
    if found:
        yield found
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        yield from (name for item in node.elts if (name := _name(item)))


def _branches(node: ast.AST) -> Iterator[str]:
    if isinstance(node, ast.Compare):
        for side in (node.left, *node.comparators):
            yield from _names_in(side)
    elif isinstance(node, ast.MatchValue):
        yield from _names_in(node.value)
    elif isinstance(node, ast.Dict):
        yield from (name for key in node.keys if key is not None and (name := _name(key)))
    elif isinstance(node, ast.Subscript):
        yield from _names_in(node.slice)
    elif isinstance(node, ast.BoolOp):
        yield from (name for value in node.values if (name := _name(value)))
    elif isinstance(node, ast.Call):
        yield from _call(node)
    elif isinstance(node, ast.keyword) and node.arg in KEYWORDS:
        yield from _names_in(node.value)
    elif isinstance(node, ast.arguments):
        for default in (*node.defaults, *node.kw_defaults):
            yield from _names_in(default) if default is not None else ()
    elif isinstance(node, ast.AnnAssign | ast.Assign) and node.value is not None:
        yield from _names_in(node.value)


def _call(node: ast.Call) -> Iterator[str]:
    if isinstance(node.func, ast.Attribute) and node.func.attr in ("get", "setdefault"):
        yield from (name for arg in node.args[:1] if (name := _name(arg)))


def findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found = []
    for node in ast.walk(tree):
        for name in _branches(node):
            line = getattr(node, "lineno", 0)
            found.append(f"{path.relative_to(SRC).as_posix()}:{line}: {name!r}")
    return found


def _is_data(path: Path) -> bool:
    if path.relative_to(SRC).as_posix().startswith(DATA):
        return True
    return path.parent == FIELD_DATA and path.name not in FIELD_CODE


def _modules() -> list[Path]:
    return [path for path in sorted(SRC.rglob("*.py")) if not _is_data(path)]


def test_no_module_outside_the_engine_data_branches_on_an_engine_name() -> None:
    found = [finding for path in _modules() for finding in findings(path)]
    assert found == [], "engine names used to branch:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "code",
    [
        'if site.engine == "hexo":\n    pass\n',
        'x = engine in ("jekyll", "eleventy")\n',
        'match engine:\n    case "hugo":\n        pass\n',
        'TABLE = {"zola": 1}\n',
        'x = RULES.get(engine or "hexo")\n',
        'read_header(text, engine="hexo")\n',
        'def f(engine: str = "generic") -> None:\n    pass\n',
    ],
)
def test_the_scan_sees_each_kind_of_branch(code: str) -> None:
    assert [name for node in ast.walk(ast.parse(code)) for name in _branches(node)]


def test_the_scan_passes_names_in_text_and_other_words() -> None:
    code = 'print("Hexo stops the build")\nif kind == "hexo-deploy":\n    pass\n'
    assert not [n for node in ast.walk(ast.parse(code)) for n in _branches(node)]
