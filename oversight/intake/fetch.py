"""Fetch a paper from a web address: an honest User-Agent, a timeout, a size cap, public hosts only.

The server fetches on a signed-in editor's behalf, so an address is refused when it names a private,
loopback or link-local host (a paper is public; the database port on this machine is not), and each
redirect is checked the same way before it is followed.  The body is read in blocks and abandoned
the moment it passes the cap, so a huge or endless response costs at most the cap.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote, urljoin, urlsplit

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


def _check_address(url: str, resolve: Resolver) -> None:
    parts = urlsplit(url)
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
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
        if not ip.is_global:
            raise FetchError(url, "points at a private or local address; only public web addresses can be fetched.")


def _name(url: str) -> str:
    path = unquote(urlsplit(url).path)
    return path.rstrip("/").rsplit("/", 1)[-1] or urlsplit(url).hostname or "page"


def fetch_paper(url: str, max_bytes: int, timeout: float, transport: httpx.BaseTransport | None = None,
                resolve: Resolver = resolve_host) -> Fetched:
    """The bytes at ``url``, or a FetchError/TooLarge sentence saying what went wrong."""
    url = url.strip()
    headers = {"User-Agent": USER_AGENT, "Accept": "application/pdf, text/html;q=0.9, text/plain;q=0.8"}
    try:
        with httpx.Client(transport=transport, timeout=timeout, headers=headers, follow_redirects=False) as client:
            for _ in range(MAX_REDIRECTS + 1):
                _check_address(url, resolve)
                with client.stream("GET", url) as response:
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
                    for block in response.iter_bytes(1 << 16):
                        body.extend(block)
                        if len(body) > max_bytes:
                            raise TooLarge(url, f"is over the {max_bytes / 1e6:.0f} MB limit (stopped reading).")
                    return Fetched(bytes(body), _name(url), url, response.headers.get("content-type", ""))
            raise FetchError(url, f"redirected more than {MAX_REDIRECTS} times.")
    except httpx.TimeoutException:
        raise FetchError(url, f"did not answer within {timeout:g} seconds.") from None
    except httpx.HTTPError as exc:
        raise FetchError(url, f"could not be fetched ({type(exc).__name__}: {exc}).") from None
