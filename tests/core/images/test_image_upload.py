"""Uploads against real parts: a local PicGo stand-in, a real command, a local moto S3 server."""

from __future__ import annotations

import socket
import sys
import urllib.request
from pathlib import Path

import keyring
import pytest
from image_server import png_bytes
from keyring.backend import KeyringBackend

from postpad.core.images.secrets import CredentialError, s3_credentials, save_s3_credentials
from postpad.core.images.settings import ImageSettings
from postpad.core.images.upload import (
    CommandUploader,
    PicGoUploader,
    S3Uploader,
    UploadError,
    s3_profile,
)
from postpad.core.images.upload_post import upload_post_images


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def fake_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _image(tmp_path: Path, name: str = "a.png") -> Path:
    path = tmp_path / name
    path.write_bytes(png_bytes())
    return path


def test_picgo_round_trip(tmp_path: Path, image_server) -> None:
    image = _image(tmp_path)
    urls = PicGoUploader(image_server.url("/upload")).upload([image])
    assert image_server.uploads == [[str(image.resolve())]]
    with urllib.request.urlopen(urls[0], timeout=5) as response:
        assert response.read() == image.read_bytes()


def test_picgo_refusal_and_absence_are_errors(tmp_path: Path, image_server) -> None:
    image_server.picgo_fails = True
    with pytest.raises(UploadError, match="no picbed"):
        PicGoUploader(image_server.url("/upload")).upload([_image(tmp_path)])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        closed = sock.getsockname()[1]
    with pytest.raises(UploadError, match="did not answer"):
        PicGoUploader(f"http://127.0.0.1:{closed}/upload").upload([_image(tmp_path)])


def test_command_uploader_reads_the_last_stdout_line(tmp_path: Path) -> None:
    script = tmp_path / "up.py"
    script.write_text(
        "import sys\nprint('uploading')\nprint('https://cdn.test/' + sys.argv[1][-5:])\n"
    )
    command = f"{sys.executable} {script} {{file}}"
    assert CommandUploader(command).upload([_image(tmp_path)]) == ["https://cdn.test/a.png"]
    with pytest.raises(UploadError):
        CommandUploader(f"{sys.executable} -c 'import sys; sys.exit(3)' {{file}}").upload(
            [_image(tmp_path)]
        )


def test_upload_post_images_rewrites_local_links(tmp_path: Path, image_server) -> None:
    post = tmp_path / "post.md"
    _image(tmp_path, "one.png")
    text = "---\ncover: one.png\n---\n![x](one.png) ![y](missing.png) ![z](https://k/z.png)\n"
    result = upload_post_images(text, post, None, PicGoUploader(image_server.url("/upload")))
    url = result.links["one.png"]
    assert (
        result.text
        == f"---\ncover: {url}\n---\n![x]({url}) ![y](missing.png) ![z](https://k/z.png)\n"
    )
    assert result.failed == {"missing.png": "missing"}
    assert len(image_server.uploads) == 1  # one file, uploaded once for both references


def test_s3_credentials_live_in_the_keyring(fake_keyring) -> None:
    with pytest.raises(CredentialError):
        s3_credentials("http://x/b")
    save_s3_credentials("http://x/b", "AK", "SK")
    assert s3_credentials("http://x/b") == ("AK", "SK")
    assert fake_keyring.store  # and only there


@pytest.fixture
def moto_s3():
    from moto.server import ThreadedMotoServer

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


def test_s3_upload_to_a_local_moto_server(tmp_path: Path, moto_s3: str, fake_keyring) -> None:
    boto3 = pytest.importorskip("boto3")
    settings = ImageSettings(uploader="s3", s3_endpoint=moto_s3, s3_bucket="blog",
                             s3_prefix="img/", s3_region="us-east-1")  # fmt: skip
    save_s3_credentials(s3_profile(settings), "testing", "testing")
    client = boto3.client("s3", endpoint_url=moto_s3, region_name="us-east-1",
                          aws_access_key_id="testing", aws_secret_access_key="testing")  # fmt: skip
    client.create_bucket(Bucket="blog")
    image = _image(tmp_path)
    [url] = S3Uploader(settings).upload([image])
    assert url.startswith(f"{moto_s3}/blog/img/")
    assert url.endswith("-a.png")
    key = url.removeprefix(f"{moto_s3}/blog/")
    stored = client.get_object(Bucket="blog", Key=key)
    assert stored["Body"].read() == image.read_bytes()
    assert stored["ContentType"] == "image/png"


def test_github_contents_api_round_trip(tmp_path: Path, fake_keyring) -> None:
    """A local stand-in for api.github.com's contents endpoint checks the request's shape."""
    import base64
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from postpad.core.images.secrets import save_github_token
    from postpad.core.images.upload import uploader_for

    seen: list[tuple[str, str, dict]] = []

    class Api(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_PUT(self) -> None:
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append((self.path, self.headers["Authorization"], body))
            path = self.path.split("/contents/", 1)[1]
            answer = {"content": {"download_url": f"https://raw.test/me/img/main/{path}"}}
            data = json.dumps(answer).encode()
            self.send_response(201)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Api)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        api = f"http://127.0.0.1:{server.server_address[1]}"
        settings = ImageSettings(uploader="github", github_repo="me/img", github_branch="main",
                                 github_path="/posts/", github_api=api)  # fmt: skip
        image = _image(tmp_path)
        uploader = uploader_for(settings)
        assert uploader is not None
        with pytest.raises(UploadError, match="no GitHub token"):
            uploader.upload([image])
        save_github_token("me/img", "ghp_test")
        [url] = uploader.upload([image])
        path, auth, body = seen[0]
        assert path.startswith("/repos/me/img/contents/posts/")
        assert path.endswith("-a.png")
        assert auth == "Bearer ghp_test"
        assert body["branch"] == "main"
        assert base64.b64decode(body["content"]) == image.read_bytes()
        assert url == "https://raw.test/me/img/main/" + path.split("/contents/", 1)[1]
    finally:
        server.shutdown()
        server.server_close()
