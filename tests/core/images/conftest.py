from __future__ import annotations

import pytest
from image_server import ImageServer, start_server


@pytest.fixture
def image_server():
    state, server = start_server()
    yield state
    server.shutdown()
    server.server_close()


__all__ = ["ImageServer"]
