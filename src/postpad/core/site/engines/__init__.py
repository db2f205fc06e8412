"""Site engines as data: one module per engine, each defining ``ENGINE`` (decision 0107)."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from postpad.core.site.engines.spec import CONTENT_DIR, SiteEngine

__all__ = ["CONTENT_DIR", "SiteEngine", "engine_for", "engine_names"]

_NOT_ENGINES = frozenset({"spec"})


@cache
def _registry() -> dict[str, SiteEngine]:
    found: dict[str, SiteEngine] = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name in _NOT_ENGINES:
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        engine: SiteEngine = module.ENGINE
        found[engine.name] = engine
    return found


def engine_for(name: str) -> SiteEngine:
    """The engine called ``name``; unknown names get the generic engine."""
    registry = _registry()
    return registry.get(name, registry["generic"])


def engine_names() -> tuple[str, ...]:
    """Every known engine except ``generic``, sorted."""
    return tuple(sorted(name for name in _registry() if name != "generic"))
