"""Settings parsing from the environment."""

from __future__ import annotations

import pytest

from talentsonar.core.config import Settings


@pytest.mark.parametrize(("raw", "expected"), [
    ("http://a.example,https://b.example", ["http://a.example", "https://b.example"]),
    ('["http://a.example"]', ["http://a.example"]),
    ("http://only.example", ["http://only.example"]),
])
def test_cors_origins_from_env(monkeypatch: pytest.MonkeyPatch, raw: str,
                               expected: list[str]) -> None:
    monkeypatch.setenv("CORS_ORIGINS", raw)
    assert Settings(_env_file=None).cors_origins == expected  # type: ignore[call-arg]


def test_jwt_keyset_newest_first() -> None:
    s = Settings(_env_file=None, jwt_secrets="new:s2,old:s1")  # type: ignore[call-arg]
    assert s.jwt_keyset() == [("new", "s2"), ("old", "s1")]
    bare = Settings(_env_file=None, jwt_secrets="just-a-secret")  # type: ignore[call-arg]
    assert bare.jwt_keyset() == [("k0", "just-a-secret")]
