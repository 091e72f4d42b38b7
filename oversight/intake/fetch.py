"""Fetch a paper from a web address: an honest User-Agent, a timeout, a size cap, public hosts only.

The server fetches on a signed-in editor's behalf, so an address is refused when it names a private,
loopback or link-local host (a paper is public; the database port on this machine is not), and each
redirect is checked the same way before it is followed.  The connection goes to the very address that
was checked (the host name travels in the Host header and TLS's server name), so a name whose DNS
answer changes between the check and the connection cannot reach inside.  The body is read in blocks
and abandoned the moment it passes the cap or the whole fetch passes its deadline, so a huge, endless
or trickling response costs at most the cap and the timeout.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import httpx

from oversight import __version__
from oversight.errors import InputError, TooLarge

USER_AGENT = (f"Oversight/{__version__} (open-source register of police inspection findings and panel "
              "papers; fetches one public paper at an editor's request)")
MAX_REDIRECTS = 5
Resolver = Callable[[str], list[str]]


class FetchError(InputError):
    pass


@dataclass(frozen=True)
class Fetched:
    data: bytes
    name: str  # the last part of the address's path, for the type check's messages
    url: str  # the address the paper finally came from, after redirects
    content_type: str


def resolve_host(host: str) -> list[str]:
    """Every address ``host`` resolves to (so a name with one private address among public ones is caught)."""
    return sorted({info[4][0] for info in socket.getaddrinfo(host, None)})  # type: ignore[misc]


_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPATIBLE = ipaddress.ip_network("::/96")


def _public(address: str) -> bool:
    """Whether ``address`` is a public one, looking through IPv6 forms that carry an IPv4 address."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if not ip.is_global:
        return False
    if isinstance(ip, ipaddress.IPv6Address):
        embedded = [ip.ipv4_mapped, ip.sixtofour, *(ip.teredo or ())]
        if ip in _NAT64 or ip in _IPV4_COMPATIBLE:
            embedded.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        return all(v4.is_global for v4 in embedded if v4 is not None)
    return True


def _checked_address(url: str, resolve: Resolver) -> str:
    """The address to connect to for ``url``, after checking every address its host resolves to."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # a port that is not a number from 0 to 65535 raises ValueError here
    except ValueError:
        raise FetchError(url, "is not a well-formed web address.") from None
    if parts.scheme not in ("http", "https"):
        raise FetchError(url, "is not a web address (it must start with https:// or http://).")
    if not parts.hostname:
        raise FetchError(url, "has no host name.")
    if parts.username or parts.password:
        raise FetchError(url, "carries a user name or password; give the public address of the paper.")
    try:
        addresses = resolve(parts.hostname)
    except (OSError, UnicodeError):
        raise FetchError(url, f"names a host, {parts.hostname}, that could not be found.") from None
    if not addresses or not all(_public(a) for a in addresses):
        raise FetchError(url, "points at a private or local address; only public web addresses can be fetched.")
    return addresses[0]


def _pinned(url: str, address: str) -> tuple[str, dict[str, str], dict[str, str]]:
    """``url`` rewritten to connect to ``address``, with the Host header and TLS name of the original."""
    parts = urlsplit(url)
    host = f"[{address}]" if ":" in address else address
    netloc = f"{host}:{parts.port}" if parts.port else host
    target = urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, ""))
    original_host = parts.netloc.rsplit("@", 1)[-1]
    extensions = {"sni_hostname": parts.hostname or ""} if parts.scheme == "https" else {}
    return target, {"Host": original_host}, extensions


def _name(url: str) -> str:
    path = unquote(urlsplit(url).path)
    return path.rstrip("/").rsplit("/", 1)[-1] or urlsplit(url).hostname or "page"


def fetch_paper(url: str, max_bytes: int, timeout: float, transport: httpx.BaseTransport | None = None,
                resolve: Resolver = resolve_host) -> Fetched:
    """The bytes at ``url``, or a FetchError/TooLarge sentence saying what went wrong."""
    url = url.strip()
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": USER_AGENT, "Accept": "application/pdf, text/html;q=0.9, text/plain;q=0.8"}
    try:
        with httpx.Client(transport=transport, timeout=timeout, headers=headers, follow_redirects=False,
                          trust_env=False) as client:
            for _ in range(MAX_REDIRECTS + 1):
                target, host_header, extensions = _pinned(url, _checked_address(url, resolve))
                with client.stream("GET", target, headers=host_header, extensions=extensions) as response:
                    if response.is_redirect and "location" in response.headers:
                        url = urljoin(url, response.headers["location"])
                        continue
                    if response.status_code != 200:
                        status = f"{response.status_code} {response.reason_phrase}"
                        raise FetchError(url, f"answered {status}, not the paper.")
                    declared = response.headers.get("content-length", "")
                    if declared.isdigit() and int(declared) > max_bytes:
                        size = int(declared) / 1e6
                        raise TooLarge(url, f"is {size:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit.")
                    body = bytearray()
                    for block in response.iter_bytes():  # as it arrives, so a trickle meets the deadline
                        body.extend(block)
                        if len(body) > max_bytes:
                            raise TooLarge(url, f"is over the {max_bytes / 1e6:.0f} MB limit (stopped reading).")
                        if time.monotonic() > deadline:
                            raise httpx.ReadTimeout("the whole fetch took too long")
                    return Fetched(bytes(body), _name(url), url, response.headers.get("content-type", ""))
            raise FetchError(url, f"redirected more than {MAX_REDIRECTS} times.")
    except httpx.TimeoutException:
        raise FetchError(url, f"did not answer within {timeout:g} seconds.") from None
    except httpx.HTTPError as exc:
        raise FetchError(url, f"could not be fetched ({type(exc).__name__}: {exc}).") from None
    except (ValueError, httpx.InvalidURL):
        raise FetchError(url, "is not a well-formed web address.") from None
