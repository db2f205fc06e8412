"""Checker settings as plain data (the Preferences dialog and ``postpad check`` fill them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SpacingPolicy = Literal["require", "forbid", "ignore"]
SPACING_POLICIES: tuple[SpacingPolicy, ...] = ("require", "forbid", "ignore")


@dataclass(frozen=True)
class TypographyOptions:
    """Which rules run and how.

    ``spacing`` defaults to ``"ignore"``: Chinese bloggers disagree on a space between Han and
    Latin (our first user writes none), so the checker only enforces it when asked.
    ``disabled`` names rules (module ``NAME`` values) to skip.
    """

    spacing: SpacingPolicy = "ignore"
    disabled: frozenset[str] = frozenset()
