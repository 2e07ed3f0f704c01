"""A small web server on 127.0.0.1 that answers the link checker as real sites do.

Paths (HEAD and GET alike unless said):

* ``/ok…`` 200 (any path starting with ``/ok``, so that many distinct links work)
* ``/moved`` 301 → ``/ok``; ``/temporary`` 302 → ``/ok``
* ``/chain/<n>`` 301 → ``/chain/<n-1>`` …, ``/chain/0`` 308 → ``/ok``
* ``/loop`` 301 → ``/loop`` (never ends)
* ``/missing`` 404; ``/error`` 500; ``/throttled`` 429
* ``/no-head`` HEAD 405, GET 200; ``/head-drops`` HEAD drops the connection, GET 200
* ``/slow`` answers after ``SLOW_SECONDS``
* ``/switch`` answers ``server.switch_status`` (a test changes it between runs)

Every request is recorded (method, path, User-Agent) for the tests to read.

Also the module-wide world of the link tests: building the five HUBs in nine languages
takes seconds, so it is built once per module (``tests/hubs/permission_world.py``) and
every test runs in a savepoint of it.
"""

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import translation

from hubs.models import HubPage
from tests.hubs.permission_world import hub_people, module_transaction

SLOW_SECONDS = 4.0


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    user_agent: str


@dataclass
class LinkServer:
    base: str
    seen: list[Seen] = field(default_factory=list)
    switch_status: int = 200

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def paths(self) -> list[tuple[str, str]]:
        return [(request.method, request.path) for request in self.seen]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "_Server"

    def log_message(self, format: str, *args) -> None:
        pass  # keep the test output quiet

    def _answer(self, status: int, *, location: str = "", body: bytes = b"") -> None:
        self.send_response(status)
        if location:
            self.send_header("Location", location)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command == "GET":
            self.wfile.write(body)

    def _route(self) -> None:
        state: LinkServer = self.server.state
        state.seen.append(Seen(self.command, self.path, self.headers.get("User-Agent", "")))
        path, head = self.path, self.command == "HEAD"
        page = b"<!doctype html><title>ok</title>" + b"x" * 20_000
        if path.startswith("/ok"):
            self._answer(200, body=page)
        elif path == "/moved":
            self._answer(301, location="/ok")
        elif path == "/temporary":
            self._answer(302, location=state.url("/ok"))
        elif path.startswith("/chain/"):
            hops = int(path.rsplit("/", 1)[1])
            self._answer(
                308 if hops == 0 else 301, location="/ok" if hops == 0 else f"/chain/{hops - 1}"
            )
        elif path == "/loop":
            self._answer(301, location="/loop")
        elif path == "/missing":
            self._answer(404, body=b"not here")
        elif path == "/error":
            self._answer(500, body=b"oops")
        elif path == "/throttled":
            self._answer(429)
        elif path == "/no-head":
            self._answer(405 if head else 200, body=page)
        elif path == "/head-drops":
            if head:
                self.close_connection = True
                return  # no answer at all: the client sees the connection close
            self._answer(200, body=page)
        elif path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._answer(200, body=page)
        elif path == "/switch":
            self._answer(state.switch_status, body=page)
        else:
            self._answer(404)

    def do_HEAD(self) -> None:
        self._route()

    def do_GET(self) -> None:
        self._route()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    state: LinkServer

    def handle_error(self, request, client_address) -> None:
        # The checker closes a GET before reading its body: the broken pipe is expected.
        pass


@contextmanager
def link_server() -> Iterator[LinkServer]:
    server = _Server(("127.0.0.1", 0), _Handler)
    server.state = LinkServer(base=f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    try:
        yield server.state
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """The HUBs with their groups and people (see ``hub_people``), once for the module."""
    with module_transaction(django_db_blocker), translation.override("it"):
        hubs, people = hub_people()
        yield {"hubs": hubs, "people": people}


def hub(code: str = "lavoro") -> HubPage:
    """The HUB as the database has it now (the world's objects keep stale tree counters
    once a test has added pages below them and been rolled back)."""
    return HubPage.objects.get(code=code)
