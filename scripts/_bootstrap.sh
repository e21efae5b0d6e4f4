# Sourced by scripts/run and scripts/test: install uv (if missing) and the locked deps.
# `source` hands the caller's own arguments ("$@") to this file, so they are never used
# here: a script wanting extras sets UV_SYNC_ARGS=(--extra dev) before sourcing it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY="${TALENTSONAR_PYTHON:-python3.11}"
command -v "$PY" >/dev/null 2>&1 || PY=python3
if command -v uv >/dev/null 2>&1; then
  UV=uv
else
  if [ ! -x .tools/bin/uv ]; then
    echo "==> installing uv (the package manager) into .tools/" >&2
    "$PY" -m venv .tools
    .tools/bin/pip install --quiet --disable-pip-version-check "uv==0.13.9"
  fi
  UV=.tools/bin/uv
fi
export UV_PYTHON_DOWNLOADS=never
echo "==> installing locked dependencies into .venv/" >&2
"$UV" sync --frozen --python "$PY" ${UV_SYNC_ARGS[@]+"${UV_SYNC_ARGS[@]}"} >&2
