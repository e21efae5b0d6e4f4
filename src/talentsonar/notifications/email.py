"""Email: SMTP when ``SMTP_URL`` is set (``smtp://user:pass@host:port``, ``smtps://`` for
TLS), otherwise a console sender that logs the message."""

from __future__ import annotations

import asyncio
import smtplib
from email.message import EmailMessage
from urllib.parse import unquote, urlsplit

import structlog

from talentsonar.core.config import Settings

log = structlog.get_logger(__name__)


def build_message(sender: str, to: str, subject: str, body: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = sender
    message["To"] = to
    message["Subject"] = subject
    message.set_content(body)
    return message


def _send_smtp(url: str, message: EmailMessage, timeout: float) -> None:
    parts = urlsplit(url)
    host = parts.hostname or "127.0.0.1"
    if parts.scheme == "smtps":
        client: smtplib.SMTP = smtplib.SMTP_SSL(host, parts.port or 465, timeout=timeout)
    else:
        client = smtplib.SMTP(host, parts.port or 25, timeout=timeout)
    with client:
        if parts.scheme == "smtp+starttls":
            client.starttls()
        if parts.username:
            client.login(unquote(parts.username), unquote(parts.password or ""))
        client.send_message(message)


async def send_email(settings: Settings, to: str, subject: str, body: str) -> str:
    """Send one email; returns the transport used (``smtp`` or ``console``)."""
    message = build_message(settings.email_from, to, subject, body)
    if not settings.smtp_url:
        log.info("email.console", to=to, subject=subject, body=body)
        return "console"
    await asyncio.to_thread(_send_smtp, settings.smtp_url, message, settings.http_timeout_seconds)
    return "smtp"
