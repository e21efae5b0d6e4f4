"""Outbound requests to addresses a tenant chooses (webhook endpoints): public internet
addresses only, unless the operator allows more.

A target URL must be ``http`` or ``https``; its host is resolved and *every* address it
resolves to must be public: loopback, private, link-local, shared (100.64/10), multicast,
reserved and unspecified addresses are refused, as are IPv6 forms that embed such an IPv4
address (mapped, 6to4). ``WEBHOOK_ALLOWED_NETWORKS`` (CIDRs) lets a self-hoster allow
internal targets on purpose.

The check runs when the URL is registered and again before every delivery attempt, and
the delivery connects to the very address that was checked (:func:`pinned_request`: the
URL's host is replaced by the address, with the ``Host`` header and TLS server name kept),
so a DNS answer that changes between the check and the connection (rebinding) cannot
redirect it. Redirects are never followed.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import httpx

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network

ALLOWED_SCHEMES = frozenset({"http", "https"})
DEFAULT_PORTS = {"http": 80, "https": 443}
RESOLVE_TIMEOUT_SECONDS = 5.0


class TargetNotAllowed(Exception):
    """The URL is not one we send requests to (the reason is for logs, not for tenants)."""


@dataclass(frozen=True, slots=True)
class Target:
    """A checked URL and the addresses its host resolved to (all allowed)."""

    url: httpx.URL
    addresses: tuple[IPAddress, ...]


def parse_networks(values: Iterable[str]) -> tuple[IPNetwork, ...]:
    """``["10.0.0.0/8", "127.0.0.1"]`` as networks (a bare address is a /32 or /128)."""
    return tuple(ipaddress.ip_network(v.strip(), strict=False) for v in values if v.strip())


def _embedded_ipv4(ip: IPAddress) -> ipaddress.IPv4Address | None:
    if isinstance(ip, ipaddress.IPv6Address):
        return ip.ipv4_mapped or ip.sixtofour
    return None


def is_public(ip: IPAddress) -> bool:
    """An address on the public internet (and, for IPv6 forms carrying an IPv4 address,
    that IPv4 address too)."""
    embedded = _embedded_ipv4(ip)
    if embedded is not None and not is_public(embedded):
        return False
    return ip.is_global and not (
        ip.is_multicast
        or ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_unspecified
    )


def is_allowed(ip: IPAddress, allowed: Sequence[IPNetwork] = ()) -> bool:
    return is_public(ip) or any(ip.version == net.version and ip in net for net in allowed)


async def resolve(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (an address literal is itself)."""
    try:
        return [ipaddress.ip_address(host)]
    except ValueError:
        pass
    infos = await asyncio.get_running_loop().getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )
    found: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        ip = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
        if ip not in found:
            found.append(ip)
    return found


def check_url(url: str) -> httpx.URL:
    """The URL if its form is acceptable (http(s), a host); no network access."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        raise TargetNotAllowed(f"invalid URL: {exc}") from exc
    if parsed.scheme not in ALLOWED_SCHEMES:
        raise TargetNotAllowed(f"scheme {parsed.scheme!r} is not http(s)")
    if not parsed.host:
        raise TargetNotAllowed("no host")
    return parsed


async def check_target(url: str, allowed: Sequence[IPNetwork] = ()) -> Target:
    """Resolve the URL's host; every address must be allowed (else TargetNotAllowed)."""
    parsed = check_url(url)
    port = parsed.port or DEFAULT_PORTS[parsed.scheme]
    try:
        addresses = await asyncio.wait_for(resolve(parsed.host, port), RESOLVE_TIMEOUT_SECONDS)
    except (OSError, TimeoutError, UnicodeError, ValueError) as exc:
        raise TargetNotAllowed(f"{parsed.host} does not resolve: {exc}") from exc
    if not addresses:
        raise TargetNotAllowed(f"{parsed.host} resolves to no address")
    refused = [str(ip) for ip in addresses if not is_allowed(ip, allowed)]
    if refused:
        raise TargetNotAllowed(f"{parsed.host} resolves to non-public addresses {refused}")
    return Target(url=parsed, addresses=tuple(addresses))


def pinned_request(
    client: httpx.AsyncClient,
    target: Target,
    method: str,
    *,
    content: bytes,
    headers: dict[str, str],
    address: IPAddress | None = None,
) -> httpx.Request:
    """A request to ``target`` that connects to ``address`` (its first checked address by
    default), with the ``Host`` header and, for https, the TLS server name (SNI and the
    certificate check) of the URL's host."""
    ip = address if address is not None else target.addresses[0]
    if ip not in target.addresses:
        raise TargetNotAllowed(f"{ip} was not checked for {target.url.host}")
    url = target.url.copy_with(host=str(ip))
    extensions: dict[str, Any] = {}
    if target.url.scheme == "https":
        extensions["sni_hostname"] = target.url.host
    host_header = target.url.netloc.decode("ascii").rpartition("@")[2]
    return client.build_request(
        method,
        url,
        content=content,
        headers={**headers, "Host": host_header},
        extensions=extensions,
    )
