from __future__ import annotations

from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller

from tests.fakes.threaded_server import free_port
from tests.notifications.conftest import Inbox


@pytest.fixture
def inbox() -> Iterator[Inbox]:
    """A fake SMTP server on 127.0.0.1 keeping every message (the real e-mail path)."""
    box = Inbox()
    port = free_port()
    controller = Controller(box, hostname="127.0.0.1", port=port)
    controller.start()
    box.port = port  # type: ignore[attr-defined]
    try:
        yield box
    finally:
        controller.stop()
