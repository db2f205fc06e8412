"""The window's words for `postpad check`'s future-date warning (a Jekyll post dated after now)."""

from __future__ import annotations

from pathlib import Path

import pytest

from postpad.core.site.check import Finding
from postpad.gui.check_messages import finding_text

pytestmark = pytest.mark.gui


def test_a_future_date_is_said_in_the_interface_language(qapp) -> None:
    data = {"key": "date", "value": "2999-01-01", "setting": "future"}
    finding = Finding(Path("a.md"), 3, 1, "warning", "future-date", "core words", data)
    assert finding_text(finding, "Jekyll") == (
        "date: 2999-01-01 is in the future: Jekyll leaves the post out of the site until a build "
        "after that date, unless the site config builds future posts"
    )
