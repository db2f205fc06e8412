"""Render the SVG icon master into the raster icons installers need (Qt only, no extra tools).

python packaging/make_icons.py OUTDIR   ->  OUTDIR/postpad.ico, OUTDIR/postpad.icns,
                                            OUTDIR/postpad-<size>.png
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a build step, not the app

from PySide6.QtCore import Qt  # noqa: TID251 - a build step: the icons are drawn with Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: TID251 - a build step: the icons are drawn with Qt
from PySide6.QtSvg import QSvgRenderer  # noqa: TID251 - a build step: the icons are drawn with Qt

MASTER = Path(__file__).resolve().parents[1] / "resources" / "icons" / "postpad.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path) -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(MASTER))
    out.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        render(renderer, size).save(str(out / f"postpad-{size}.png"))
    # Qt's ico/icns writers take the largest image; both formats scale it for small sizes.
    ok = render(renderer, 256).save(str(out / "postpad.ico"))
    ok = render(renderer, 512).save(str(out / "postpad.icns")) and ok
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "build/icons")))
