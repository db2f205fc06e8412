"""The one place that knows where Postpad's runtime files live.

Runtime files (preview shell page and styles, icons, sample posts, compiled translations) are
package data under ``postpad/assets``. ``importlib.resources`` finds them the same way from a source
checkout, an installed wheel and a PyInstaller build (which collects the package data).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

_PACKAGE = "postpad"

#: ``postpad/assets`` beside the modules, where ``asset`` finds it for a package on disk
_ASSETS = Path(__file__).parent.parent / "assets"


def asset(relative: str) -> Traversable:
    """Return the asset at ``relative`` (a '/'-separated path below ``postpad/assets``)."""
    from importlib import resources  # ~8 ms to load: not for start-up's paths (decision 0205)

    node = resources.files(_PACKAGE).joinpath("assets")
    for part in relative.split("/"):
        node = node.joinpath(part)
    return node


def asset_text(relative: str) -> str:
    """Read a text asset as UTF-8."""
    return asset(relative).read_text(encoding="utf-8")


def asset_bytes(relative: str) -> bytes:
    """Read a binary asset."""
    return asset(relative).read_bytes()


def asset_gzip_text(relative: str) -> str:
    """Read a gzip-compressed UTF-8 text asset (a large vendored script: decision 0282)."""
    import gzip

    return gzip.decompress(asset_bytes(relative)).decode("utf-8")


def asset_path(relative: str) -> Path:
    """Return a real filesystem path for an asset (package data is always on disk for us: a
    checkout, a wheel, PyInstaller's bundle), the path ``asset`` finds, without loading
    ``importlib.resources`` (the window's icon and catalogues are needed before its first frame)."""
    return _ASSETS.joinpath(*relative.split("/"))


SAMPLE_POST = "samples/hello-postpad.md"

MERMAID_SCRIPT = "preview/vendor/mermaid.min.js.gz"
"""The bundled Mermaid build (version in preview/vendor/README.md; decision 0134), gzipped:
read it with :func:`asset_gzip_text` (decision 0282)."""


def sample_post_path() -> Path:
    """The sample post shipped with the package (read-only: open :func:`sample_post_copy`)."""
    return asset_path(SAMPLE_POST)


SAMPLE_SITE_CONFIG = "samples/hexo-config.yml"
"""The sample blog's ``_config.yml`` (named so the package folder is not itself a site)."""


def sample_post_copy(folder: Path) -> Path:
    """The user's own copy of the sample post, inside a small Hexo + Butterfly blog in
    ``folder`` (``blog/_config.yml``, ``blog/source/_posts/``), made on first use.

    ``make run`` opens this copy, so trying the editor never edits the package (or the source
    checkout). The blog around it makes the form, the tag forms and the preview agree on the
    theme the post is written for (decision 0225). A copy the user already changed is opened as
    it is; one made by an older Postpad beside ``folder`` seeds the new copy.
    """
    blog = folder / "blog"
    target = blog / "source" / "_posts" / Path(SAMPLE_POST).name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        earlier = folder / Path(SAMPLE_POST).name
        target.write_bytes(earlier.read_bytes() if earlier.is_file() else asset_bytes(SAMPLE_POST))
    config = blog / "_config.yml"
    if not config.exists():
        config.write_bytes(asset_bytes(SAMPLE_SITE_CONFIG))
    return target
