from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from talentsonar.core.config import Settings
from tests.conftest import make_settings
from tests.fakes.stripe_server import FakeStripe


@pytest.fixture
def fake_stripe() -> Iterator[FakeStripe]:
    fake = FakeStripe().start()
    try:
        yield fake
    finally:
        fake.stop()


@pytest.fixture
def settings(tmp_path: Path, redis_prefix: str, fake_stripe: FakeStripe) -> Settings:
    return make_settings(
        tmp_path,
        redis_key_prefix=redis_prefix,
        stripe_base_url=f"{fake_stripe.url}/v1",
        stripe_secret_key=fake_stripe.api_key,
        stripe_webhook_secret=fake_stripe.webhook_secret,
        http_max_retries=2,
        breaker_failure_threshold=50,
    )
