"""What the feed-import tests share: a calendar server on loopback and iCalendar text.

No tests here. The server is a real HTTP server in a thread of the test process; each
path answers what the test put there (status, body, a delay before the answer), and a
test changes the body between two imports as a municipality would change its calendar.
"""

import datetime
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from events.models import EventFeed
from events.recurrence import ROME
from hubs.models import HubPage
from tests import factories
from tests.events.helpers import days_ahead

ICS_TYPE = "text/calendar; charset=utf-8"


@dataclass
class Answer:
    body: bytes = b""
    status: int = 200
    content_type: str = ICS_TYPE
    delay: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class CalendarServer:
    base: str
    answers: dict[str, Answer]
    requests: list[str]

    def url(self, path: str) -> str:
        return f"{self.base}{path}"

    def serve(self, path: str, body: str | bytes = b"", **answer) -> str:
        """Answer ``path`` with ``body`` (and status, delay…) from now on; its URL."""
        data = body.encode() if isinstance(body, str) else body
        self.answers[path] = Answer(body=data, **answer)
        return self.url(path)


class _Handler(BaseHTTPRequestHandler):
    server_version = "CalendarServer/1.0"

    def do_GET(self) -> None:
        self.server.requests.append(self.path)
        answer = self.server.answers.get(self.path)
        if answer is None:
            self.send_error(404)
            return
        if answer.delay:
            time.sleep(answer.delay)
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.end_headers()
        with suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(answer.body)

    def log_message(self, format: str, *args) -> None:
        return


@contextmanager
def calendar_server() -> Iterator[CalendarServer]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    httpd.answers = {}
    httpd.requests = []
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield CalendarServer(
            base=f"http://127.0.0.1:{httpd.server_address[1]}",
            answers=httpd.answers,
            requests=httpd.requests,
        )
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture
def feed_server(settings) -> Iterator[CalendarServer]:
    """The server, with loopback allowed and a short timeout (slow answers take longer)."""
    settings.EVENTS_FEED_ALLOW_PRIVATE_HOSTS = True
    settings.EVENTS_FEED_TIMEOUT = 1.0
    with calendar_server() as server:
        yield server


# --- iCalendar text ----------------------------------------------------------------------


def local(moment: datetime.datetime) -> str:
    """``20261208T180000``: Italian wall-clock time, for ``;TZID=Europe/Rome:``."""
    return moment.astimezone(ROME).strftime("%Y%m%dT%H%M%S")


def utc(moment: datetime.datetime) -> str:
    return moment.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def vevent(uid: str, summary: str, start: datetime.datetime | None, *lines: str) -> str:
    """A VEVENT of a timed event in Europe/Rome, two hours long unless ``lines`` give a
    DTEND or DURATION; ``lines`` are more properties as written in a file
    (``"RRULE:FREQ=WEEKLY"``, ``"EXDATE;TZID=Europe/Rome:20261215T180000"``)."""
    out = ["BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260101T000000Z", f"SUMMARY:{summary}"]
    if start is not None:
        out.append(f"DTSTART;TZID=Europe/Rome:{local(start)}")
        if not any(line.startswith(("DTEND", "DURATION")) for line in lines):
            out.append(f"DTEND;TZID=Europe/Rome:{local(start + datetime.timedelta(hours=2))}")
    out.extend(lines)
    out.append("END:VEVENT")
    return "\r\n".join(out)


def vcalendar(*events: str) -> str:
    return "\r\n".join(
        [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Comune di Ferrara//Eventi//IT",
            *events,
            "END:VCALENDAR",
            "",
        ]
    )


def hub(code: str = "salute") -> HubPage:
    """A HUB as ``setup_hubs`` makes it (Salute: Ferrara's)."""
    return factories.hub_page(code)


def feed(
    url: str, *, hub_page: HubPage | None = None, name: str = "Comune di Ferrara"
) -> EventFeed:
    return EventFeed.objects.create(hub=hub_page or hub(), name=name, url=url)


def soon(days: int = 10, hour: int = 18) -> datetime.datetime:
    return days_ahead(days, hour)
