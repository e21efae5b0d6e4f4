"""Settings, read from the environment (and an optional ``.env`` file).

Every external URL is overridable so tests can point the real clients at fakes.
"""

from __future__ import annotations

import ipaddress
import json
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

#: argon2 lanes (argon2-cffi's default); memory must be at least 8 KiB per lane.
PASSWORD_HASH_PARALLELISM = 4
#: The weakest argon2id cost production accepts: OWASP Password Storage Cheat Sheet,
#: "m=19456 (19 MiB), t=2, p=1".
MIN_PASSWORD_HASH_TIME_COST = 2
MIN_PASSWORD_HASH_MEMORY_KIB = 19 * 1024


def _default_credit_packs() -> dict[str, dict[str, int | str]]:
    return {
        "starter": {"credits": 100, "amount": 1000, "currency": "usd"},
        "growth": {"credits": 500, "amount": 4000, "currency": "usd"},
        "scale": {"credits": 2000, "amount": 14000, "currency": "usd"},
    }


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", extra="ignore", env_ignore_empty=True)

    env: Literal["development", "test", "production"] = Field(
        "development", validation_alias="TALENTSONAR_ENV"
    )
    data_dir: Path = Field(Path(".talentsonar"), validation_alias="TALENTSONAR_DATA_DIR")
    base_url: str = Field("http://127.0.0.1:8000", validation_alias="TALENTSONAR_BASE_URL")
    log_level: str = "INFO"
    log_format: Literal["auto", "json", "console"] = "auto"

    # Database
    database_url: str | None = None
    database_read_url: str | None = None
    database_pool_size: int = Field(10, ge=1)
    database_max_overflow: int = Field(10, ge=0)

    # Redis (cache L2 and shared rate limits); unset -> in-process only
    redis_url: str | None = None
    redis_key_prefix: str = "ts:"

    # Security
    jwt_secrets: SecretStr = Field(
        SecretStr(""),
        description="Comma-separated kid:secret pairs, newest first; the first one signs.",
    )
    jwt_access_ttl_seconds: int = Field(900, ge=30)
    jwt_refresh_ttl_seconds: int = Field(30 * 24 * 3600, ge=60)
    jwt_issuer: str = "talentsonar"
    supabase_jwt_secret: SecretStr | None = None
    supabase_jwks_url: str | None = None
    supabase_jwt_audience: str = "authenticated"
    supabase_jwks_min_refetch_seconds: float = Field(
        30.0, ge=0, description="at most one JWKS refetch for an unknown kid in this interval"
    )
    # argon2id cost of new password hashes (RFC 9106's second recommended option by
    # default); production refuses less than MIN_PASSWORD_HASH_* (OWASP's minimum).
    password_hash_time_cost: int = Field(3, ge=1)
    password_hash_memory_kib: int = Field(64 * 1024, ge=PASSWORD_HASH_PARALLELISM * 8)
    # Sign-in throttling (auth/throttle.py), counted in PostgreSQL
    login_max_failures: int = Field(5, ge=1)  # per account and source, per window
    login_lockout_seconds: int = Field(300, ge=1)  # the window
    login_account_max_failures: int = Field(50, ge=1)  # per account, from unknown sources
    login_known_source_days: int = Field(90, ge=1)
    metrics_token: SecretStr | None = Field(
        None, description="set: /metrics asks for Authorization: Bearer <this token>"
    )
    cors_origins: Annotated[list[str], NoDecode] = Field(
        default_factory=lambda: ["http://localhost:5173"]
    )

    # Request bodies: larger ones answer 413 before they are parsed (the CV upload's cap
    # is UPLOAD_MAX_BYTES x UPLOAD_MAX_FILES plus multipart framing)
    request_max_body_bytes: int = Field(2 * 1024 * 1024, ge=1024)
    # How long an idle keep-alive connection stays open: longer than clients and load
    # balancers keep theirs (60 s is common), so the server never closes one just as a
    # request is sent on it
    http_keep_alive_seconds: int = Field(75, ge=1)

    # Rate limits ("N/period" strings understood by the `limits` package)
    rate_limit_enabled: bool = True
    rate_limit_default: str = "120/minute"
    rate_limit_auth: str = "20/minute"
    rate_limit_ai: str = "30/minute"
    rate_limit_upload: str = "60/minute"
    rate_limit_graphql: str = "120/minute"
    #: the skills catalogue (seed 002): 100 reads and 20 writes a minute per caller
    rate_limit_skills_read: str = "100/minute"
    rate_limit_skills_write: str = "20/minute"
    #: how long an assessment invitation's link stays valid before it is started
    assessment_link_ttl_hours: int = Field(72, ge=1, le=24 * 60)
    rate_limit_burst: int = Field(20, ge=0)

    # GraphQL (/graphql): limits checked before a query runs
    graphql_max_depth: int = Field(12, ge=2, le=50)
    graphql_max_cost: int = Field(20_000, ge=10)
    graphql_max_tokens: int = Field(5_000, ge=100)
    graphql_introspection: bool | None = Field(
        None, description="answer introspection queries (default: everywhere but production)")
    graphql_ide: bool | None = Field(
        None, description="serve GraphiQL on GET /graphql (default: everywhere but production)")

    # OpenTelemetry: traces are exported (OTLP over HTTP) only when the endpoint is set
    otel_exporter_otlp_endpoint: str | None = None
    otel_service_name: str = "talentsonar"

    # Cache
    cache_l1_max_items: int = Field(10_000, ge=10)
    cache_l1_max_mb: int = Field(
        64, ge=1, description="in-process cache bound: megabytes of cached JSON per process"
    )

    # Queue / worker
    worker_concurrency: int = Field(4, ge=1)
    stalled_job_seconds: int = Field(60, ge=5)

    # Outbound HTTP
    http_timeout_seconds: float = Field(30.0, gt=0)
    http_max_retries: int = Field(3, ge=0)
    breaker_failure_threshold: int = Field(5, ge=1)
    breaker_reset_seconds: float = Field(30.0, gt=0)

    # Demo
    demo_email: str = "demo@talentsonar.app"
    demo_password: str = "demo-password-123"

    # --- ingestion (jobs, candidates, CV upload, storage, embeddings, search) ---
    storage_url: str | None = Field(
        None, description="file:///dir or s3://bucket[/prefix]; default $TALENTSONAR_DATA_DIR/files"
    )
    s3_endpoint_url: str | None = None
    s3_region: str | None = None
    s3_access_key_id: str | None = None
    s3_secret_access_key: SecretStr | None = None
    download_link_ttl_seconds: int = Field(
        300, ge=10, le=3600,
        description="lifetime of a CV download link (S3 presigned, or signed by the API)",
    )
    upload_max_bytes: int = Field(10 * 1024 * 1024, ge=1024)
    upload_max_files: int = Field(50, ge=1)
    upload_isolate_extraction: bool = True
    # 0: every file is parsed and embedded by a worker (the API process only screens and
    # stores it); N: a single file up to N bytes is parsed by the request itself
    upload_inline_max_bytes: int = Field(0, ge=0)
    # a single file's upload waits this long for the worker's result (to answer the
    # candidate); 0 answers at once with the task
    upload_wait_seconds: float = Field(2.0, ge=0, le=30)
    embeddings_provider: Literal["builtin", "openai"] = "builtin"
    embeddings_model: str = "text-embedding-3-small"
    embeddings_threads: int = Field(2, ge=1, le=16)
    embeddings_api_key: SecretStr | None = Field(
        None, validation_alias=AliasChoices("EMBEDDINGS_API_KEY", "OPENAI_API_KEY")
    )
    embeddings_base_url: str | None = Field(
        None, validation_alias=AliasChoices("EMBEDDINGS_BASE_URL", "OPENAI_BASE_URL")
    )
    duplicate_text_similarity: float = Field(0.8, gt=0, le=1)  # trigram, same name
    search_ef_search: int = Field(80, ge=10, le=1000)
    #: The semantic leg keeps a neighbour only when its similarity to the query exceeds
    #: the query's median similarity to the taxonomy's fields by this much (calibrated
    #: for the builtin model on the categorised resumes: ``bench/search.py --calibrate``).
    search_semantic_margin: float = Field(0.20, ge=0, le=1)

    # --- matching (scores, shortlist narrowing, feedback learning, analytics cache) ---
    matching_exhaustive_limit: int = Field(
        20_000, ge=1, description="pools up to this size are scored exhaustively"
    )
    matching_shortlist_size: int = Field(2_000, ge=50, le=100_000)
    matching_ef_search: int = Field(400, ge=40, le=1000)
    matching_store_min_score: float = Field(
        0.0, ge=0, le=100, description="scores below this are not stored (large pools)"
    )
    matching_feedback_min_samples: int = Field(20, ge=4)
    matching_feedback_l2: float = Field(1.0, ge=0)
    #: Feedback is learned from this long after it starts arriving: a stream of it (a
    #: recruiter going down a list, a bulk rejection) refits and re-scores once.
    matching_feedback_relearn_seconds: float = Field(20.0, ge=0, le=3600)
    analytics_cache_seconds: float = Field(60.0, ge=0)

    # --- ai (providers, resilience, cache TTLs) ---
    ai_provider: Literal["builtin", "openai", "gemini"] = "builtin"
    openai_api_key: SecretStr | None = None
    openai_base_url: str | None = None
    openai_model: str = "gpt-4o-mini"
    gemini_api_key: SecretStr | None = None
    gemini_base_url: str | None = None
    gemini_model_flash: str = "gemini-2.5-flash"
    gemini_model_pro: str = "gemini-2.5-pro"
    ai_timeout_seconds: float = Field(30.0, gt=0)
    ai_max_retries: int = Field(3, ge=0)
    ai_max_concurrency: int = Field(4, ge=1)
    ai_requests_per_minute: int = Field(600, ge=1)
    ai_cost_prompt_per_1k: float = Field(0.00015, ge=0)
    ai_cost_completion_per_1k: float = Field(0.0006, ge=0)

    # --- billing: credits, payments, talent search, notifications (issue 6) ---
    credit_prices: dict[str, int] = Field(
        default_factory=lambda: {
            "cv_analysis": 1, "fit_analysis": 2, "job_analysis": 1, "job_requirements": 1,
            "interview_questions": 1, "interview_analysis": 2, "enrichment": 1,
        },
        description="JSON: credits per AI operation (CREDIT_PRICES).",
    )
    credit_cached_price: int = Field(0, ge=0, description="Credits charged for a cache hit.")
    credits_low_threshold: int = Field(20, ge=0)
    credits_signup_grant: int = Field(
        100, ge=0, description="Credits granted to every new organisation (0: none)."
    )
    credit_packs: dict[str, dict[str, int | str]] = Field(
        default_factory=_default_credit_packs,
        description="JSON: packId -> {credits, amount (minor units), currency} (CREDIT_PACKS).",
    )
    # Unset: payments answer 503 payments_not_configured (never a guessable default secret).
    stripe_secret_key: SecretStr | None = None
    stripe_webhook_secret: SecretStr | None = None
    stripe_base_url: str | None = None
    stripe_webhook_tolerance_seconds: int = Field(300, ge=1)
    checkout_success_url: str = "http://localhost:5173/billing/success?session_id={CHECKOUT_SESSION_ID}"
    checkout_cancel_url: str = "http://localhost:5173/billing/cancel"
    n8n_webhook_url: str | None = None
    n8n_base_url: str | None = None
    n8n_timeout_seconds: float = Field(15.0, gt=0)
    talent_search_batch_concurrency: int = Field(4, ge=1, le=32)
    # Code sandbox (sandbox/, docs/SANDBOX.md): bubblewrap and the interpreters it runs
    sandbox_bwrap: str = "bwrap"
    sandbox_python: str = "/usr/bin/python3"
    sandbox_node: str = "/usr/bin/node"
    sandbox_host_uid: int = Field(65534, ge=1, description="host uid bwrap runs as under root")
    sandbox_concurrency: int = Field(0, ge=0, description="runs at once; 0 = the CPU count")
    # GitHub evidence (github/): REST API base URL (a fake in tests) and an optional token
    github_api_url: str = "https://api.github.com"
    github_token: SecretStr | None = None
    github_max_repos: int = Field(100, ge=1, le=1000)
    smtp_url: str | None = None
    email_from: str = "Talent Sonar <no-reply@talentsonar.local>"
    webhook_timeout_seconds: float = Field(10.0, gt=0)
    webhook_max_attempts: int = Field(5, ge=1)
    webhook_retry_wait_seconds: int = Field(
        4, ge=0, description="the n-th retry of a delivery waits this ** n seconds"
    )
    webhook_allowed_networks: Annotated[list[str], NoDecode] = Field(
        default_factory=list,
        description="CIDRs webhooks may reach besides public addresses (self-hosted targets)",
    )
    invitation_ttl_hours: int = Field(168, ge=1)

    # --- JobSwap (docs/JOBSWAP.md) ---
    jobswap_geocoder: Literal["offline", "openrouteservice"] = "offline"
    jobswap_geocoder_url: str | None = None
    jobswap_distance_provider: Literal["offline", "osrm", "openrouteservice"] = "offline"
    jobswap_distance_url: str | None = None
    jobswap_provider_api_key: SecretStr | None = None
    jobswap_gazetteer_min_population: int = Field(
        15000, description="smallest GeoNames place (population) the offline geocoder knows: "
        "500, 1000, 5000 or 15000"
    )
    jobswap_commute_cache_days: int = Field(30, ge=1)
    jobswap_hourly_value: float = Field(
        30.0, ge=0, description="value of one hour of commuting, in the savings' currency"
    )
    jobswap_mileage_rate: float = Field(
        0.0, ge=0, description="per km of driving the employer reimburses (0: none)"
    )
    jobswap_working_days: int = Field(220, ge=1, le=366)

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _split_origins(cls, value: object) -> object:
        if isinstance(value, str):
            if value.lstrip().startswith("["):
                return json.loads(value)
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @field_validator("webhook_allowed_networks", mode="before")
    @classmethod
    def _split_networks(cls, value: object) -> object:
        if isinstance(value, str):
            if value.lstrip().startswith("["):
                return json.loads(value)
            return [v.strip() for v in value.split(",") if v.strip()]
        return value

    @field_validator("jobswap_gazetteer_min_population")
    @classmethod
    def _gazetteer_size(cls, value: int) -> int:
        if value not in (500, 1000, 5000, 15000):
            raise ValueError("JOBSWAP_GAZETTEER_MIN_POPULATION: one of 500, 1000, 5000, 15000")
        return value

    @field_validator("webhook_allowed_networks")
    @classmethod
    def _valid_networks(cls, value: list[str]) -> list[str]:
        for item in value:
            try:
                ipaddress.ip_network(item, strict=False)
            except ValueError as exc:
                raise ValueError(
                    f"WEBHOOK_ALLOWED_NETWORKS: {item!r} is not an address or a CIDR network"
                ) from exc
        return value

    @property
    def is_test(self) -> bool:
        return self.env == "test"

    @field_validator("jwt_secrets")
    @classmethod
    def _strong_jwt_secrets(cls, value: SecretStr) -> SecretStr:
        for kid, secret in _parse_keyset(value.get_secret_value()):
            if len(secret) < MIN_JWT_SECRET_LENGTH:
                raise ValueError(
                    f"JWT_SECRETS: the secret of key {kid!r} has {len(secret)} characters; "
                    f"HS256 needs at least {MIN_JWT_SECRET_LENGTH} (for example: python -c "
                    "'import secrets; print(secrets.token_urlsafe(48))')"
                )
        return value

    @model_validator(mode="after")
    def _production_password_hashing(self) -> Settings:
        if self.env == "production" and (
            self.password_hash_time_cost < MIN_PASSWORD_HASH_TIME_COST
            or self.password_hash_memory_kib < MIN_PASSWORD_HASH_MEMORY_KIB
        ):
            raise ValueError(
                "PASSWORD_HASH_TIME_COST / PASSWORD_HASH_MEMORY_KIB: production needs at least "
                f"{MIN_PASSWORD_HASH_TIME_COST} passes over {MIN_PASSWORD_HASH_MEMORY_KIB} KiB "
                "(OWASP's minimum for argon2id); leave them unset for the defaults"
            )
        return self

    def jwt_keyset(self) -> list[tuple[str, str]]:
        """The signing keys as ``(kid, secret)``, newest first."""
        return _parse_keyset(self.jwt_secrets.get_secret_value())


MIN_JWT_SECRET_LENGTH = 32  # RFC 7518 3.2: an HS256 key at least as long as the hash


def _parse_keyset(raw: str) -> list[tuple[str, str]]:
    keys: list[tuple[str, str]] = []
    for part in raw.split(","):
        part = part.strip()
        if not part:
            continue
        kid, sep, secret = part.partition(":")
        keys.append((kid, secret) if sep else (f"k{len(keys)}", kid))
    return keys


@lru_cache
def get_settings() -> Settings:
    return Settings()
