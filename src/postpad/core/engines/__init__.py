"""Site engines as data: one module per engine, each defining ``ENGINE`` (decisions 0107, 0160).

A leaf package: it imports nothing else from Postpad, so every core package may read it."""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # at run time through ``__getattr__``: reading DEFAULT_ENGINE stays cheap (0200)
    from postpad.core.engines.spec import CONTENT_DIR, SiteEngine

__all__ = ["CONTENT_DIR", "DEFAULT_ENGINE", "SiteEngine", "engine_for", "engine_names", "listed"]

#: The engine (and render profile) a post outside any site is previewed as: Postpad's first
#: users write for Hexo.
DEFAULT_ENGINE = "hexo"


def __getattr__(name: str) -> object:
    if name in ("CONTENT_DIR", "SiteEngine"):
        from postpad.core.engines import spec

        return getattr(spec, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@cache
def _registry() -> dict[str, SiteEngine]:
    """Every module of this package that defines ``ENGINE`` (the type modules define none)."""
    from postpad.core.engines.spec import SiteEngine

    found: dict[str, SiteEngine] = {}
    for info in pkgutil.iter_modules(__path__):
        module = importlib.import_module(f"{__name__}.{info.name}")
        engine = getattr(module, "ENGINE", None)
        if isinstance(engine, SiteEngine):
            found[engine.name] = engine
    return found


def engine_for(name: str) -> SiteEngine:
    """The engine called ``name``; unknown names get the generic engine."""
    registry = _registry()
    return registry.get(name, registry["generic"])


def engine_names() -> tuple[str, ...]:
    """Every known engine except ``generic``, sorted."""
    return tuple(sorted(name for name in _registry() if name != "generic"))


def listed() -> tuple[str, ...]:
    """The engine names in the order lists show them (``SiteEngine.rank``, then the name)."""
    return tuple(sorted(engine_names(), key=lambda name: (_registry()[name].rank, name)))
