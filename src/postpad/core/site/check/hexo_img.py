"""The image a Hexo ``{% img %}`` (or ``{% image %}``) tag shows, as Hexo 8.1.2 reads its
arguments (``lib/plugins/tag/img.ts``, decision 0260):
``{% img [class names] /path/to/image [width] [height] [title text [alt text]] %}``.

The arguments are Hexo's words (whitespace separates, quotes join: ``lib/extend/tag.ts``). The
first word that looks like a URL (Hexo's ``rUrl``) or starts with ``/`` is the image; the words
before it are class names. A relative ``pic.png`` is a class name, so the tag has no image at all
(real Hexo writes ``<img class="pic.png">``): only a ``/root`` path can name a missing file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from postpad.core.tags.hexo_words import tokens

#: ``{% img args %}`` in a prose line (group ``args``)
IMG_TAG = re.compile(r"\{%-?\s*(?:img|image)\s+(?P<args>.*?)\s*-?%\}")
#: what ``rUrl.test(item)`` accepts (unanchored; JavaScript's ``\w`` is ASCII): a scheme of 3-9
#: letters and a host, ``www`` and any character, or ``user@`` and a host
_HEXO_URL = re.compile(
    r"[A-Za-z]{3,9}:(?://)?(?:[-;:&=+$,\w]+@)?[A-Za-z0-9.-]|(?:www.|[-;:&=+$,\w]+@)[A-Za-z0-9.-]",
    re.ASCII,
)


def img_source(args: str) -> str | None:
    """The ``src`` Hexo gives the tag with ``args``; None when no word is one."""
    for _start, _end, word in tokens(args):
        if _HEXO_URL.search(word) or word.startswith("/"):
            return word
    return None


def img_tags(line: str) -> Iterator[str]:
    """The image of each ``{% img %}`` tag in ``line`` (tags without one are left out)."""
    for match in IMG_TAG.finditer(line):
        src = img_source(match.group("args"))
        if src is not None:
            yield src
