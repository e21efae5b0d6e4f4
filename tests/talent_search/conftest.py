from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from talentsonar.core.config import Settings
from tests.conftest import make_settings
from tests.fakes.n8n_server import FakeN8n


@pytest.fixture
def fake_n8n() -> Iterator[FakeN8n]:
    fake = FakeN8n().start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
def settings(tmp_path: Path, redis_prefix: str, fake_n8n: FakeN8n) -> Settings:
    return make_settings(
        tmp_path,
        redis_key_prefix=redis_prefix,
        n8n_webhook_url=f"{fake_n8n.url}/webhook/talent-search",
        n8n_base_url=fake_n8n.url,
        n8n_timeout_seconds=1.5,  # a busy machine must not turn answers into timeouts
        http_max_retries=2,
        breaker_failure_threshold=3,
        breaker_reset_seconds=60,
    )
