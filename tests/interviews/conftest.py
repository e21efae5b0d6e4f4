from __future__ import annotations

from pathlib import Path

import pytest

from talentsonar.core.config import Settings
from tests.ai.conftest import AI_TEST_CREDITS
from tests.conftest import make_settings


@pytest.fixture
def settings(tmp_path: Path, redis_prefix: str) -> Settings:
    """Interview kits and analyses are AI operations: start with credits."""
    return make_settings(tmp_path, redis_key_prefix=redis_prefix,
                         credits_signup_grant=AI_TEST_CREDITS)
