"""Whether the tab's engine shows each source line of a paragraph as a line of its own.

Paragraph indentation (Format › Indent paragraphs, auto-indent) was written for Hexo, whose
hexo-renderer-marked breaks a paragraph at each source line (``breaks: true``), so each line
reads as a paragraph and gets its indentation. Hugo (Goldmark, ``hardWraps`` off) and Jekyll
(kramdown, ``hard_wrap`` off) join the lines into one paragraph: an indentation on its second
line shows in the middle of the text. The render profile with the site's overrides says which
(decision 0221).
"""

from __future__ import annotations

from typing import Any


def lines_break(tab: Any) -> bool:
    """True when the tab's engine ends a line of the page at each source line of a paragraph
    (Hexo's default; a site's ``marked.breaks``, Goldmark's ``hardWraps``, kramdown's
    ``hard_wrap`` change it); True for a tab that has no preview settings (the default engine)."""
    settings_of = getattr(tab, "preview_settings", None)
    if not callable(settings_of):
        return True
    from postpad.core.render.profiles import get_profile  # loaded with the first render anyway
    from postpad.core.render.profiles.overrides import apply_overrides

    options = settings_of().options()
    return apply_overrides(get_profile(options.engine), options.site_overrides).breaks
