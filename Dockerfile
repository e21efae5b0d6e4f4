# Talent Sonar API / worker image (the many-machines setup; see docker-compose.yml).
# One machine needs no Docker: `scripts/run`.
FROM python:3.11-slim AS build
ENV UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv
RUN pip install --no-cache-dir "uv==0.13.9"
WORKDIR /app
# Dependencies first (cached layer), then the project itself.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY src ./src
RUN uv sync --frozen --no-dev

FROM python:3.11-slim
RUN groupadd --system talentsonar && useradd --system --gid talentsonar --create-home \
        --home-dir /home/talentsonar talentsonar \
    && mkdir -p /data && chown talentsonar:talentsonar /data
COPY --from=build --chown=talentsonar:talentsonar /app /app
ENV PATH="/app/.venv/bin:$PATH" PYTHONUNBUFFERED=1 TALENTSONAR_DATA_DIR=/data \
    TALENTSONAR_ENV=production LOG_FORMAT=json
WORKDIR /app
USER talentsonar
EXPOSE 8000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://127.0.0.1:8000/health/live', timeout=2).status != 200)"
# DATABASE_URL must be set (the embedded PostgreSQL is for the one-machine case).
CMD ["talentsonar", "serve", "--host", "0.0.0.0", "--port", "8000", "--no-worker"]
