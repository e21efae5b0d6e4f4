"""The bubblewrap command line a submission runs under, and the check that it works here.

Isolation (docs/SANDBOX.md): every namespace unshared (no network: only a loopback-less
net namespace; own PID namespace, so leftovers die with it), the host's ``/usr`` read-only
(with the usual ``/bin``, ``/lib*`` links), no ``/etc``, no ``/proc``, no project or data
directory, a size-capped tmpfs ``/tmp`` as the only writable place, a minimal ``/dev``,
no capabilities, a new session (no TIOCSTI into our terminal), and ``--die-with-parent``.
When the service runs as root, bubblewrap itself is started as an unprivileged host
user (``SANDBOX_UID``) so the sandbox's processes are that user outside, not root.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import signal
from dataclasses import dataclass
from pathlib import Path

from talentsonar.sandbox.types import Limits


@dataclass(frozen=True, slots=True)
class SandboxConfig:
    bwrap: str = "bwrap"
    python: str = "/usr/bin/python3"
    node: str = "/usr/bin/node"
    #: host uid/gid bubblewrap runs as when the service is root (65534 = nobody)
    host_uid: int = 65534
    concurrency: int = max(1, os.cpu_count() or 1)


#: merged-/usr systems have these as links into /usr; otherwise they are bound read-only
_SYSTEM_DIRS = ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")


def bwrap_path(config: SandboxConfig) -> str | None:
    return shutil.which(config.bwrap)


def bwrap_argv(bwrap: str, limits: Limits, command: list[str]) -> list[str]:
    argv = [
        bwrap,
        "--unshare-all",
        "--unshare-user",
        "--die-with-parent",
        "--new-session",
        "--cap-drop",
        "ALL",
        "--uid",
        "65534",
        "--gid",
        "65534",
        "--hostname",
        "sandbox",
        "--clearenv",
        "--setenv",
        "PATH",
        "/usr/bin:/bin",
        "--setenv",
        "HOME",
        "/tmp",
        "--setenv",
        "LANG",
        "C.UTF-8",
        "--ro-bind",
        "/usr",
        "/usr",
    ]
    for directory in _SYSTEM_DIRS:
        path = Path(directory)
        if path.is_symlink():
            argv += ["--symlink", os.readlink(path), directory]
        elif path.is_dir():
            argv += ["--ro-bind", directory, directory]
    tmp_bytes = max(limits.memory_mb, 16) * 1024 * 1024
    argv += ["--dev", "/dev", "--size", str(tmp_bytes), "--tmpfs", "/tmp", "--chdir", "/tmp"]
    argv += ["--remount-ro", "/"]
    return [*argv, *command]


def subprocess_user(config: SandboxConfig) -> dict[str, object]:
    """Root starts bubblewrap as an unprivileged host user; anyone else as themselves."""
    if os.geteuid() != 0:
        return {}
    return {"user": config.host_uid, "group": config.host_uid, "extra_groups": []}


async def probe(config: SandboxConfig) -> str | None:
    """None when a trivial sandboxed program runs; otherwise why the sandbox is unavailable."""
    bwrap = bwrap_path(config)
    if bwrap is None:
        return f"sandbox unavailable: bubblewrap ({config.bwrap}) is not installed"
    if not os.access(config.python, os.X_OK):
        return f"sandbox unavailable: {config.python} is missing"
    argv = bwrap_argv(bwrap, Limits(), [config.python, "-I", "-c", "print('ok')"])
    try:
        proc = await asyncio.create_subprocess_exec(
            *argv,
            stdin=asyncio.subprocess.DEVNULL,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            cwd="/",
            start_new_session=True,
            **subprocess_user(config),  # type: ignore[arg-type]
        )
    except OSError as exc:
        return f"sandbox unavailable: {exc}"
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout=20)
    except TimeoutError:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
        await proc.wait()
        return "sandbox unavailable: a trivial sandboxed program did not finish in 20 s"
    if proc.returncode != 0 or out.strip() != b"ok":
        detail = err.decode(errors="replace").strip()[:300]
        return f"sandbox unavailable: bubblewrap failed ({detail or proc.returncode})"
    return None
