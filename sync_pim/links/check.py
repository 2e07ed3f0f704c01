"""Ask a web server whether one link works: HEAD, GET where HEAD is refused, redirects by hand.

Only the link itself is requested (and, for a redirect, the address it redirects to):
no robots.txt, no favicon, and the body of a GET is never read, the response is closed
as soon as its status line and headers have arrived. Redirects are followed one hop at
a time so that each hop is recorded, counted against its own host's budget, and checked
for a private address before it is requested.

Errors are stored as ``"<kind>: <detail>"``: the kind is a fixed English word the report
turns into a sentence in the reader's language (a stored sentence could not be
translated afterwards), the detail is the technical text for whoever digs further.
"""

import socket
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urljoin, urlsplit

import httpx

from portal.outbound import internal_address
from sync_pim.models import LinkState

#: Hops followed before a link counts as broken ("too many redirects").
MAX_REDIRECTS = 5
#: Redirects that tell editors to update the link; temporary ones (302, 303, 307) are
#: how many sites route readers (login, language) and need no change.
PERMANENT_REDIRECTS = frozenset({301, 308})
#: Answers to HEAD after which the same address is asked with GET: many servers refuse
#: HEAD, or forbid it to unknown clients, while serving the page to readers.
HEAD_REFUSED = frozenset({403, 405, 501})
#: The rate limit's window, in seconds.
WINDOW_SECONDS = 60.0


class ErrorKind(StrEnum):
    TIMEOUT = "timeout"
    DNS = "dns"
    CONNECTION = "connection"
    PROTOCOL = "protocol"
    HTTP = "http"
    TOO_MANY_REDIRECTS = "too-many-redirects"
    BAD_REDIRECT = "bad-redirect"
    INVALID_URL = "invalid-url"
    PRIVATE_ADDRESS = "private-address"
    PAGE_DELETED = "page-deleted"
    PAGE_UNPUBLISHED = "page-unpublished"
    PAGE_PRIVATE = "page-private"
    DOCUMENT_DELETED = "document-deleted"


def error_text(kind: ErrorKind, detail: str = "") -> str:
    return f"{kind.value}: {detail}" if detail else kind.value


def error_parts(error: str) -> tuple[str, str]:
    """``(kind, detail)`` of a stored error."""
    kind, _sep, detail = error.partition(": ")
    return kind, detail


@dataclass
class CheckResult:
    state: str
    status_code: int | None = None
    #: Where the redirects ended; empty when there was none.
    final_url: str = ""
    redirects: list[dict] = field(default_factory=list)
    error: str = ""
    #: The host answered 429: the link is neither working nor broken, ask again later.
    throttled: bool = False


class Deferred(Exception):
    """The host's budget has no room before the run must end: check the link next run."""


class HostBudget:
    """At most ``per_minute`` requests to one host in any 60 seconds, until ``deadline``.

    Times are ``clock()`` readings (monotonic seconds). ``acquire`` waits for a free slot
    when the wait and the request still fit before the deadline, and raises ``Deferred``
    otherwise, so a run never overruns its time for one host's sake.
    """

    def __init__(
        self,
        *,
        per_minute: int,
        deadline: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.per_minute = per_minute
        self.deadline = deadline
        self.clock = clock
        self.sleep = sleep
        self._sent: dict[str, deque[float]] = {}
        self._blocked: set[str] = set()

    def record(self, host: str, at: float) -> None:
        """Count a request made at ``at`` (also before this run: see the services)."""
        sent = self._sent.setdefault(host, deque())
        sent.append(at)
        if len(sent) > 1 and sent[-2] > at:
            self._sent[host] = deque(sorted(sent))

    def block(self, host: str) -> None:
        """No more requests to ``host`` in this run (it asked us to slow down)."""
        self._blocked.add(host)

    def is_blocked(self, host: str) -> bool:
        return host in self._blocked

    def wait_for(self, host: str) -> float:
        """Seconds until ``host`` may be asked again; 0 now; infinite when blocked."""
        if host in self._blocked:
            return float("inf")
        sent = self._sent.setdefault(host, deque())
        now = self.clock()
        while sent and sent[0] <= now - WINDOW_SECONDS:
            sent.popleft()
        if len(sent) < self.per_minute:
            return 0.0
        return sent[0] + WINDOW_SECONDS - now

    def acquire(self, host: str, *, duration: float) -> None:
        """Take a slot for one request to ``host`` expected to last up to ``duration``."""
        wait = self.wait_for(host)
        if self.clock() + wait + duration > self.deadline:
            raise Deferred(host)
        if wait > 0:
            self.sleep(wait)
        self.record(host, self.clock())


def _private_refusal(host: str, port: int) -> str:
    """Why ``host`` must not be asked (an address inside our network), or ``""``.

    Editors write the links; without this the checker would let them probe the servers
    around the portal and read the answers in the report.
    """
    try:
        address = internal_address(host, port)
    except (socket.gaierror, UnicodeError) as error:
        return error_text(ErrorKind.DNS, str(error))
    return error_text(ErrorKind.PRIVATE_ADDRESS, address) if address is not None else ""


def _is_dns_failure(error: BaseException) -> bool:
    seen = error
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _send(client: httpx.Client, method: str, url: str) -> httpx.Response:
    response = client.send(client.build_request(method, url), stream=True)
    # The status line and headers are all we need: closing here never reads the body.
    response.close()
    return response


def _ask(
    client: httpx.Client, url: str, host: str, budget: HostBudget, timeout: float
) -> httpx.Response:
    budget.acquire(host, duration=timeout)
    try:
        response = _send(client, "HEAD", url)
        refused = response.status_code in HEAD_REFUSED
    except (httpx.RemoteProtocolError, httpx.ReadError):
        # A server that drops the connection on HEAD may still serve GET.
        refused = True
    if not refused:
        return response
    budget.acquire(host, duration=timeout)
    return _send(client, "GET", url)


def _broken(error: str, redirects: list[dict], url: str, status: int | None = None):
    return CheckResult(
        state=LinkState.BROKEN,
        status_code=status,
        final_url=url if redirects else "",
        redirects=redirects,
        error=error,
    )


def link_check(
    url: str,
    *,
    client: httpx.Client,
    budget: HostBudget,
    timeout: float,
    allow_private: bool = False,
) -> CheckResult:
    """The state of ``url`` now. Raises ``Deferred`` when its host's budget is spent."""
    redirects: list[dict] = []
    current = url
    status: int | None = None
    for _hop in range(MAX_REDIRECTS + 1):
        try:
            parts = urlsplit(current)
            host = (parts.hostname or "").lower()
            port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
        except ValueError as error:
            return _broken(error_text(ErrorKind.INVALID_URL, str(error)), redirects, current)
        if parts.scheme.lower() not in ("http", "https") or not host:
            return _broken(error_text(ErrorKind.INVALID_URL, current), redirects, current)
        if not allow_private:
            refusal = _private_refusal(host, port)
            if refusal:
                return _broken(refusal, redirects, current)
        try:
            response = _ask(client, current, host, budget, timeout)
        except httpx.TimeoutException:
            return _broken(error_text(ErrorKind.TIMEOUT, f"{timeout:g} s"), redirects, current)
        except httpx.ConnectError as error:
            kind = ErrorKind.DNS if _is_dns_failure(error) else ErrorKind.CONNECTION
            return _broken(error_text(kind, str(error)), redirects, current)
        except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
            return _broken(error_text(ErrorKind.INVALID_URL, str(error)), redirects, current)
        except httpx.TransportError as error:
            detail = str(error) or type(error).__name__
            return _broken(error_text(ErrorKind.PROTOCOL, detail), redirects, current)
        status = response.status_code
        if status == 429:
            budget.block(host)
            return CheckResult(state="", status_code=status, throttled=True)
        if 300 <= status < 400:
            location = response.headers.get("location", "").strip()
            if not location:
                return _broken(error_text(ErrorKind.BAD_REDIRECT), redirects, current, status)
            current = urljoin(current, location)
            redirects.append({"status": status, "url": current})
            continue
        if 200 <= status < 300:
            permanent = any(hop["status"] in PERMANENT_REDIRECTS for hop in redirects)
            return CheckResult(
                state=LinkState.REDIRECT if permanent else LinkState.OK,
                status_code=status,
                final_url=current if redirects else "",
                redirects=redirects,
            )
        reason = response.reason_phrase or ""
        return _broken(error_text(ErrorKind.HTTP, reason), redirects, current, status)
    return _broken(
        error_text(ErrorKind.TOO_MANY_REDIRECTS, str(MAX_REDIRECTS)), redirects, current, status
    )
