"""Fetch a feed's body over HTTP(S): explicit timeouts, a size cap, redirects by hand.

Like the link checker (``sync_pim.links.check``), each redirect is followed one hop at
a time so that every address is checked before it is requested: http(s) only, and no
address inside the portal's own network unless ``EVENTS_FEED_ALLOW_PRIVATE_HOSTS``
(development and the tests, which serve feeds on loopback). The whole fetch has a
deadline too: a server that drips its answer a byte at a time would otherwise keep a
worker busy for as long as it likes, each read being within the timeout.

Failures are ``FetchError`` with a fixed ``kind`` (turned into a sentence in the
reader's language by ``events.imports.report``) and the technical detail.
"""

import socket
import time
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings

from portal.outbound import internal_address

#: Redirects followed before giving up.
MAX_REDIRECTS = 5
USER_AGENT = "ER-Integrazione-calendar-import/1.0 (+https://integrazione.regione.emilia-romagna.it)"


class FetchError(Exception):
    """The feed could not be fetched; ``kind`` is one of ``report.FETCH_KINDS``."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


def fetch_limits() -> tuple[float, int]:
    """(timeout in seconds, size cap in bytes) from the settings."""
    timeout = settings.EVENTS_FEED_TIMEOUT
    max_bytes = settings.EVENTS_FEED_MAX_BYTES
    return timeout, max_bytes


def _refuse_private(host: str, port: int) -> None:
    if settings.EVENTS_FEED_ALLOW_PRIVATE_HOSTS:
        return
    try:
        address = internal_address(host, port)
    except (socket.gaierror, UnicodeError) as error:
        raise FetchError("dns", str(error)) from error
    if address is not None:
        raise FetchError("private-address", address)


def _checked(url: str) -> str:
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError as error:
        raise FetchError("invalid-url", str(error)) from error
    if parts.scheme.lower() not in ("http", "https") or not host:
        raise FetchError("invalid-url", url[:200])
    _refuse_private(host, port)
    return url


def _body(response: httpx.Response, *, max_bytes: int, deadline: float) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdecimal() and int(declared) > max_bytes:
        raise FetchError("too-large", f"{declared} > {max_bytes}")
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError("too-large", f"> {max_bytes}")
        if time.monotonic() > deadline:
            raise FetchError("timeout", "the answer took too long")
        chunks.append(chunk)
    return b"".join(chunks)


def feed_fetch(url: str, *, timeout: float, max_bytes: int) -> bytes:
    """The body of ``url`` (after redirects); raises ``FetchError``.

    ``timeout`` bounds each step and, four times over, the whole fetch.
    """
    deadline = time.monotonic() + 4 * timeout
    headers = {"User-Agent": USER_AGENT, "Accept": "text/calendar, text/plain;q=0.8, */*;q=0.5"}
    current = url
    with httpx.Client(timeout=httpx.Timeout(timeout), headers=headers) as client:
        for _hop in range(MAX_REDIRECTS + 1):
            request = client.build_request("GET", _checked(current))
            try:
                response = client.send(request, stream=True)
                try:
                    status = response.status_code
                    if 300 <= status < 400 and response.headers.get("location", "").strip():
                        current = urljoin(current, response.headers["location"].strip())
                        continue
                    if not 200 <= status < 300:
                        raise FetchError("http", f"{status} {response.reason_phrase}".strip())
                    return _body(response, max_bytes=max_bytes, deadline=deadline)
                finally:
                    response.close()
            except httpx.TimeoutException as error:
                raise FetchError("timeout", f"{timeout:g} s") from error
            except httpx.ConnectError as error:
                raise FetchError("connection", str(error)) from error
            except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
                raise FetchError("invalid-url", str(error)) from error
            except httpx.TransportError as error:
                raise FetchError("protocol", str(error) or type(error).__name__) from error
    raise FetchError("too-many-redirects", str(MAX_REDIRECTS))
