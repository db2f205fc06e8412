"""Moved to ``postpad.core.site.resolve`` (the form resolves image fields without loading every
check rule); kept so existing imports keep working."""

from __future__ import annotations

from postpad.core.site.resolve import candidates, exists, is_local_file_reference

__all__ = ["candidates", "exists", "is_local_file_reference"]
