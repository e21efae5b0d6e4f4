"""Settings parsing from the environment."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pydantic import ValidationError

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
    s2, s1 = "2" * 32, "1" * 40
    s = Settings(_env_file=None, jwt_secrets=f"new:{s2},old:{s1}")  # type: ignore[call-arg]
    assert s.jwt_keyset() == [("new", s2), ("old", s1)]
    bare = Settings(_env_file=None, jwt_secrets=s1)  # type: ignore[call-arg]
    assert bare.jwt_keyset() == [("k0", s1)]


def test_short_jwt_secret_is_refused_with_a_clear_message() -> None:
    with pytest.raises(ValidationError, match="key 'old' has 9 characters; HS256 needs at"):
        Settings(_env_file=None, jwt_secrets=f"new:{'n' * 32},old:too-short")  # type: ignore[call-arg]


def _env_names() -> list[str]:
    names = []
    for name, field in Settings.model_fields.items():
        alias = field.validation_alias
        names.append(alias if isinstance(alias, str) else name.upper())
    return names


def test_every_setting_is_documented_in_env_example_and_readme() -> None:
    root = Path(__file__).resolve().parents[2]
    example = (root / ".env.example").read_text()
    readme = (root / "README.md").read_text()
    missing_example = [n for n in _env_names() if not re.search(rf"^#? ?{n}=", example, re.M)]
    missing_readme = [n for n in _env_names() if f"`{n}`" not in readme]
    assert missing_example == [], missing_example
    assert missing_readme == [], missing_readme


def test_env_example_is_a_valid_configuration() -> None:
    root = Path(__file__).resolve().parents[2]
    settings = Settings(_env_file=root / ".env.example")  # type: ignore[call-arg]
    defaults = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.model_dump() == defaults.model_dump()
