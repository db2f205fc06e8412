"""Pasting/dropping images with conversion (decision 0115) and upload (0117), through the real
paste handler, Pillow and a local PicGo stand-in."""

from __future__ import annotations

import io
import shutil
import sys
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtWidgets import QPlainTextEdit, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "core" / "images"))
from image_server import start_server

from postpad.core.images.settings import ImageSettings
from postpad.core.site.detect import detect_site
from postpad.gui.site.paste import ImagePasteHandler

pytestmark = pytest.mark.gui
SITES = Path(__file__).resolve().parents[2] / "fixtures" / "sites"


class FakeTab(QWidget):
    def __init__(self, path: Path, site) -> None:
        super().__init__()
        self.path = path
        self.site = site


def _photos(folder: Path, count: int) -> list[Path]:
    paths = []
    for number in range(count):
        path = folder / f"Photo {number}.JPG"
        Image.new("RGB", (1200, 800), (number * 20, 90, 160)).save(path, "JPEG")
        paths.append(path)
    return paths


def _drop(paths: list[Path]) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


@pytest.fixture
def jekyll(tmp_path: Path) -> Path:
    root = tmp_path / "jekyll"
    shutil.copytree(SITES / "jekyll", root)
    return root


def test_drop_converts_to_webp_resizes_and_keeps_originals(qtbot, jekyll, tmp_path) -> None:
    post = jekyll / "_posts" / "2024-01-01-p.md"
    tab = FakeTab(post, detect_site(jekyll))
    qtbot.addWidget(tab)
    handler = ImagePasteHandler(tab)
    handler.settings_for = lambda _site: ImageSettings(
        format="webp", max_width=600, keep_original=True
    )
    photos = _photos(tmp_path, 3)
    links = handler(_drop(photos))
    assert links == "\n".join(f"![](/assets/images/photo-{n}.webp)" for n in range(3))
    assert handler.wait()  # linked at once, written when converted (decision 0144)
    folder = jekyll / "assets" / "images"
    webp = Image.open(io.BytesIO((folder / "photo-0.webp").read_bytes()))
    assert (webp.format, webp.size) == ("WEBP", (600, 400))
    assert (folder / "photo-0.jpg").read_bytes() == photos[0].read_bytes()


def test_upload_on_paste_links_the_uploaded_copy(qtbot, jekyll, tmp_path) -> None:
    state, server = start_server()
    try:
        tab = FakeTab(jekyll / "_posts" / "2024-01-01-p.md", detect_site(jekyll))
        qtbot.addWidget(tab)
        handler = ImagePasteHandler(tab)
        handler.settings_for = lambda _site: ImageSettings(
            uploader="picgo", upload_on_paste="always", picgo_url=state.url("/upload")
        )
        links = handler(_drop(_photos(tmp_path, 1)))
        assert links == f"![]({state.url('/cdn/1-0-photo-0.jpg')})"
        assert state.uploads == [[str((jekyll / "assets/images/photo-0.jpg").resolve())]]
    finally:
        server.shutdown()
        server.server_close()


def test_resized_same_format_keeps_the_original_beside_it(qtbot, jekyll, tmp_path) -> None:
    tab = FakeTab(jekyll / "_posts" / "2024-01-01-p.md", detect_site(jekyll))
    qtbot.addWidget(tab)
    handler = ImagePasteHandler(tab)
    handler.settings_for = lambda _site: ImageSettings(max_width=300, keep_original=True)
    [photo] = _photos(tmp_path, 1)
    assert handler(_drop([photo])) == "![](/assets/images/photo-0.jpg)"
    assert handler.wait()
    folder = jekyll / "assets" / "images"
    assert Image.open(folder / "photo-0.jpg").size == (300, 200)
    assert (folder / "photo-0-original.jpg").read_bytes() == photo.read_bytes()


class EditorTab(FakeTab):
    def __init__(self, path: Path, site) -> None:
        super().__init__(path, site)
        self.editor = QPlainTextEdit(self)


def test_links_go_in_at_once_and_a_failed_image_gets_its_original_link(
    qtbot, jekyll, tmp_path
) -> None:
    """Decision 0144: the paste returns before the conversions end; the files are written by
    the pool, in order; the one that cannot be decoded is linked as its untouched original."""
    tab = EditorTab(jekyll / "_posts" / "2024-01-01-p.md", detect_site(jekyll))
    qtbot.addWidget(tab)
    messages: list[str] = []
    handler = ImagePasteHandler(tab, messages.append)
    handler.settings_for = lambda _site: ImageSettings(format="webp")
    photos = _photos(tmp_path, 3)
    photos[1].write_bytes(photos[1].read_bytes()[:2000])  # the header reads, the pixels do not
    links = handler(_drop(photos))
    assert handler.pending  # still converting: finished only on the UI thread's next poll
    assert links == "\n".join(f"![](/assets/images/photo-{n}.webp)" for n in range(3))
    tab.editor.setPlainText(f"Before\n{links}\nAfter")
    assert handler.wait()
    folder = jekyll / "assets" / "images"
    assert tab.editor.toPlainText() == (
        "Before\n![](/assets/images/photo-0.webp)\n![](/assets/images/photo-1.jpg)\n"
        "![](/assets/images/photo-2.webp)\nAfter"
    )
    for number in (0, 2):
        image = Image.open(folder / f"photo-{number}.webp")
        assert (image.format, image.size) == ("WEBP", (1200, 800))
        assert image.convert("RGB").getpixel((5, 5))[0] == pytest.approx(number * 20, abs=4)
    assert (folder / "photo-1.jpg").read_bytes() == photos[1].read_bytes()
    assert not (folder / "photo-1.webp").exists()
    assert messages[-1] == "Images not converted, their originals linked: 1"  # not 1 image(s)


def test_a_paste_that_cannot_claim_every_file_leaves_none_behind(
    qtbot, jekyll, tmp_path, monkeypatch
) -> None:
    import errno

    from postpad.core.images import pending

    claimed = []

    def reserve_until_full(*args, **kwargs):
        if claimed:
            raise OSError(errno.ENOSPC, "No space left on device")
        claimed.append(pending_reserve(*args, **kwargs))
        return claimed[-1]

    pending_reserve = pending.reserve
    monkeypatch.setattr(pending, "reserve", reserve_until_full)
    tab = EditorTab(jekyll / "_posts" / "2024-01-01-p.md", detect_site(jekyll))
    qtbot.addWidget(tab)
    messages: list[str] = []
    handler = ImagePasteHandler(tab, messages.append)
    handler.settings_for = lambda _site: ImageSettings(format="webp", keep_original=True)
    assert handler(_drop(_photos(tmp_path, 2))) is None  # nothing to insert
    assert claimed  # the first file was claimed (and its original written), then removed
    folder = jekyll / "assets" / "images"
    assert not folder.exists() or list(folder.iterdir()) == []
    assert handler.pending == []
    assert "disk is full" in messages[-1]


def test_a_phone_photo_held_upright_is_shrunk_by_its_shown_width(qtbot, jekyll, tmp_path) -> None:
    """Decision 0180: stored 1600x1200 with EXIF orientation 6 (shown 1200x1600), WebP at
    most 800 px wide -> an upright 800x1067 file, the original kept byte for byte."""
    stored = Image.new("RGB", (1600, 1200), (0, 0, 255))
    stored.paste((255, 0, 0), (0, 0, 800, 1200))  # the camera's top edge is the stored left
    exif = stored.getexif()
    exif[0x0112] = 6
    photo = tmp_path / "IMG_0001.JPG"
    stored.save(photo, "JPEG", quality=92, exif=exif.tobytes())
    post = jekyll / "_posts" / "2024-01-01-p.md"
    tab = FakeTab(post, detect_site(jekyll))
    qtbot.addWidget(tab)
    handler = ImagePasteHandler(tab)
    handler.settings_for = lambda _site: ImageSettings(
        format="webp", max_width=800, keep_original=True
    )
    assert handler(_drop([photo])) == "![](/assets/images/img-0001.webp)"
    assert handler.wait()
    folder = jekyll / "assets" / "images"
    with Image.open(folder / "img-0001.webp") as webp:
        assert (webp.format, webp.size) == ("WEBP", (800, 1067))
        top = webp.convert("RGB").getpixel((400, 50))
        bottom = webp.convert("RGB").getpixel((400, 1000))
    assert top[0] > 200  # type: ignore[index]
    assert bottom[2] > 200  # type: ignore[index]
    assert (folder / "img-0001.jpg").read_bytes() == photo.read_bytes()  # the kept original


def test_the_largest_conversion_starts_first(qtbot, jekyll, tmp_path, monkeypatch) -> None:
    """Decision 0191: a paste's conversions go to the pool largest first (an upright photo
    needs a full decode and a Lanczos pass, a landscape one only a draft decode), the links and
    files stay in the paste's order."""
    from concurrent.futures import ThreadPoolExecutor

    from postpad.gui.site import paste

    started: list[str] = []

    class Recording(ThreadPoolExecutor):
        def submit(self, fn, /, *args, **kwargs):  # type: ignore[no-untyped-def, override]
            started.append(args[0].placement.target.name)
            return super().submit(fn, *args, **kwargs)

    recording = Recording(max_workers=1)
    monkeypatch.setattr(paste, "pool", lambda: recording)
    landscape = tmp_path / "a-landscape.jpg"
    Image.new("RGB", (1600, 1200), (0, 90, 0)).save(landscape, "JPEG")
    upright = tmp_path / "b-upright.jpg"
    stored = Image.new("RGB", (1600, 1200), (90, 0, 0))
    exif = stored.getexif()
    exif[0x0112] = 6
    stored.save(upright, "JPEG", exif=exif.tobytes())
    small = tmp_path / "c-small.jpg"
    Image.new("RGB", (700, 500), (0, 0, 90)).save(small, "JPEG")
    tab = FakeTab(jekyll / "_posts" / "2024-01-01-p.md", detect_site(jekyll))
    qtbot.addWidget(tab)
    handler = ImagePasteHandler(tab)
    handler.settings_for = lambda _site: ImageSettings(format="webp", max_width=800)
    links = handler(_drop([landscape, upright, small]))
    assert handler.wait()
    recording.shutdown()
    assert started == ["b-upright.webp", "a-landscape.webp", "c-small.webp"]
    assert links == "\n".join(
        f"![](/assets/images/{name}.webp)" for name in ("a-landscape", "b-upright", "c-small")
    )
    folder = jekyll / "assets" / "images"
    sizes = [Image.open(folder / f"{n}.webp").size for n in ("a-landscape", "b-upright")]
    assert sizes == [(800, 600), (800, 1067)]


def test_a_converted_file_that_cannot_be_written_leaves_the_original_linked(
    qtbot, jekyll, tmp_path, monkeypatch
) -> None:
    """Decision 0192: the disk fills up while the images convert; the link stays and its file
    still holds the pasted original, and the author is told."""
    import errno

    from postpad.core.images import pending

    def full(*_args, **_kwargs) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pending, "write_atomic", full)
    tab = EditorTab(jekyll / "_posts" / "2024-01-01-p.md", detect_site(jekyll))
    qtbot.addWidget(tab)
    messages: list[str] = []
    handler = ImagePasteHandler(tab, messages.append)
    handler.settings_for = lambda _site: ImageSettings(format="webp")
    [photo] = _photos(tmp_path, 1)
    links = handler(_drop([photo]))
    assert links == "![](/assets/images/photo-0.webp)"
    tab.editor.setPlainText(links)
    assert handler.wait()
    assert tab.editor.toPlainText() == links
    folder = jekyll / "assets" / "images"
    assert (folder / "photo-0.webp").read_bytes() == photo.read_bytes()
    assert "the original stays linked" in messages[-1]
    assert "disk is full" in messages[-1]
