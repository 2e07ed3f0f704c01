"""A local PIM: receives pushes as contract v1 says, and can be told to misbehave.

``manage.py pim_receiver`` serves it; the integration tests run it in a thread or a
subprocess. Standard library only (``ThreadingHTTPServer``, ``sqlite3``), so it is also a
readable reference implementation for whoever builds the real endpoint at PIM:

- ``POST /pim/v1/items``: checks the signature and the timestamp (401 with the reason),
  the body (400 with the reason: JSON object, required fields, a content hash that
  matches), then stores the item under its ``Idempotency-Key``. The same key again is
  answered ``duplicate`` and only counted: an item is stored once however often it comes.
- ``GET /pim/v1/items[?limit=N]``: what it holds, newest first, with the totals.

Misbehaviour, for tests and demonstrations: down (503) for the first seconds, slow
answers, a share of random 500s, 429 with ``Retry-After`` to every n-th push, or one
fixed refusal (e.g. 400) to every valid push.
"""

import datetime
import json
import random
import re
import sqlite3
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sync_pim.signing import (
    IDEMPOTENCY_HEADER,
    SCHEMA_VERSION,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    SignatureError,
    content_hash,
    signature_verify,
)

ITEMS_PATH = "/pim/v1/items"
MAX_BODY_BYTES = 5 * 1024 * 1024
ID_PATTERN = re.compile(r"^urn:er-integrazione:page:(\d+):([a-z]{2,3}(-[a-z]+)?)$")
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")


@dataclass
class ReceiverOptions:
    secret: str
    #: SQLite file of what was received; ``:memory:`` keeps it in this process only.
    store: str = ":memory:"
    tolerance: int = 300
    #: Share (0 to 1) of valid pushes answered 500 at random.
    fail_rate: float = 0.0
    #: Seconds after start during which every push is answered 503.
    down_for: float = 0.0
    #: Milliseconds to wait before answering each push.
    slow_ms: int = 0
    #: Answer every n-th push 429 with ``Retry-After``; 0: never.
    throttle: int = 0
    retry_after: int = 1
    #: Answer every valid push with this status instead of storing it (e.g. 400).
    reject_status: int | None = None
    seed: int | None = None
    started: float = field(default_factory=time.monotonic)


class ItemStore:
    """Items by ``Idempotency-Key`` in SQLite, one connection shared under a lock."""

    def __init__(self, path: str) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS items ("
            " idempotency_key TEXT PRIMARY KEY, item_id TEXT NOT NULL, action TEXT NOT NULL,"
            " language TEXT NOT NULL, title TEXT NOT NULL, body TEXT NOT NULL,"
            " received_at TEXT NOT NULL, duplicates INTEGER NOT NULL DEFAULT 0)"
        )

    def add(self, *, key: str, item: dict[str, Any], body: bytes) -> bool:
        """Store ``item`` under ``key``; False (and one more duplicate counted) if it was there."""
        received_at = datetime.datetime.now(datetime.UTC).isoformat(timespec="milliseconds")
        with self._lock:
            inserted = self._db.execute(
                "INSERT OR IGNORE INTO items (idempotency_key, item_id, action, language, title,"
                " body, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (
                    key,
                    item["id"],
                    item["action"],
                    item["language"],
                    str(item.get("title", "")),
                    body.decode(),
                    received_at,
                ),
            ).rowcount
            if not inserted:
                self._db.execute(
                    "UPDATE items SET duplicates = duplicates + 1 WHERE idempotency_key = ?",
                    (key,),
                )
        return bool(inserted)

    def listing(self, *, limit: int) -> dict[str, Any]:
        with self._lock:
            count, duplicates = self._db.execute(
                "SELECT COUNT(*), COALESCE(SUM(duplicates), 0) FROM items"
            ).fetchone()
            rows = self._db.execute(
                "SELECT idempotency_key, item_id, action, language, title, received_at,"
                " duplicates, body FROM items ORDER BY rowid DESC LIMIT ?",
                (limit,),
            ).fetchall()
        names = ("idempotency_key", "id", "action", "language", "title", "received_at")
        items = [
            {
                **dict(zip(names, row[:6], strict=True)),
                "duplicates": row[6],
                "body": json.loads(row[7]),
            }
            for row in rows
        ]
        return {"count": count, "duplicates": duplicates, "items": items}

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _require(condition: bool, reason: str) -> None:
    if not condition:
        raise ValueError(reason)


def validate_item(item: Any) -> None:
    """Raise ``ValueError`` with the first thing wrong with a pushed body."""
    _require(isinstance(item, dict), "the body must be a JSON object")
    _require(
        item.get("schema_version") == SCHEMA_VERSION,
        f"schema_version must be {SCHEMA_VERSION!r}",
    )
    action = item.get("action")
    _require(action in ("upsert", "delete"), "action must be 'upsert' or 'delete'")
    required = ["id", "category", "language", "url", "region", "updated_at", "content_hash"]
    if action == "upsert":
        required += ["title", "summary", "published_at"]
    for name in required:
        _require(isinstance(item.get(name), str), f"{name} is missing or not a string")
    if action == "upsert":
        _require(bool(item["title"].strip()), "title is empty")
    match = ID_PATTERN.match(item["id"])
    _require(match is not None, "id must be urn:er-integrazione:page:<id>:<language>")
    _require(match.group(2) == item["language"], "id and language name different languages")
    _require(item["url"].startswith(("http://", "https://")), "url must be absolute")
    for name in ("published_at", "updated_at"):
        if name in item:
            _require(
                isinstance(item[name], str) and RFC3339.match(item[name]) is not None,
                f"{name} must be an RFC 3339 date-time",
            )
    _require("hub" in item or action == "delete", "hub is missing (null outside a HUB)")
    hub = item.get("hub")
    _require(
        hub is None or (isinstance(hub, dict) and {"code", "name"} <= set(hub)),
        "hub must be null or {code, name}",
    )
    for name in ("alternates", "attachments"):
        _require(isinstance(item.get(name, []), list), f"{name} must be a list")
    for alternate in item.get("alternates", []):
        _require(
            isinstance(alternate, dict) and {"language", "url"} <= set(alternate),
            "each alternate needs language and url",
        )
    licence = item.get("licence")
    _require(
        (licence is None and action == "delete")
        or (isinstance(licence, dict) and {"name", "url"} <= set(licence)),
        "licence must be {name, url}",
    )
    revision = item.get("revision")
    _require(revision is None or isinstance(revision, int), "revision must be an integer or null")
    _require(item["content_hash"] == content_hash(item), "content_hash does not match the body")


class ReceiverServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        options: ReceiverOptions,
        log: Callable[[str], None] | None = print,
    ) -> None:
        self.options = options
        self.store = ItemStore(options.store)
        self.log_line = log
        # Misbehaviour on purpose, not security: a seeded generator replays a test run.
        self.random = random.Random(options.seed)  # noqa: S311
        self.pushes = 0
        self.lock = threading.Lock()
        super().__init__(address, ReceiverHandler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{ITEMS_PATH}"

    def server_close(self) -> None:
        super().server_close()
        self.store.close()

    def next_push(self) -> int:
        with self.lock:
            self.pushes += 1
            return self.pushes


class ReceiverHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    # Headers and body leave in two writes: without TCP_NODELAY the body would wait for
    # the client's delayed ACK (40 ms on Linux) on every kept-alive request.
    disable_nagle_algorithm = True
    server: ReceiverServer

    def log_message(self, format: str, *args: Any) -> None:
        """Silenced: one line of our own per request instead (``_answer``)."""

    def _answer(
        self, status: int, data: dict[str, Any], note: str = "", headers: dict | None = None
    ) -> None:
        body = json.dumps(data, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)
        if self.server.log_line:
            stamp = datetime.datetime.now().strftime("%H:%M:%S.%f")[:-3]
            self.server.log_line(f"{stamp} {self.command} {self.path} {status} {note}".rstrip())

    def _refuse(self, status: int, reason: str, **headers: str) -> None:
        self._answer(status, {"status": "rejected", "reason": reason}, reason, headers)

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        if parts.path.rstrip("/") != ITEMS_PATH:
            self._refuse(404, f"nothing here: try GET {ITEMS_PATH}")
            return
        query = parse_qs(parts.query)
        try:
            limit = max(int(query.get("limit", ["50"])[0]), 0)
        except ValueError:
            self._refuse(400, "limit must be a whole number")
            return
        listing = self.server.store.listing(limit=limit)
        self._answer(200, listing, f"{listing['count']} items")

    def do_POST(self) -> None:
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            self.close_connection = True
            self._refuse(411, "Content-Length is required")
            return
        if length > MAX_BODY_BYTES:
            self.close_connection = True
            self._refuse(413, f"body larger than {MAX_BODY_BYTES} bytes")
            return
        body = self.rfile.read(length)
        if urlsplit(self.path).path.rstrip("/") != ITEMS_PATH:
            self._refuse(404, f"pushes go to {ITEMS_PATH}")
            return
        self._receive(body)

    def _receive(self, body: bytes) -> None:
        options = self.server.options
        number = self.server.next_push()
        if time.monotonic() - options.started < options.down_for:
            self._refuse(503, "down for maintenance (--down-for)")
            return
        if options.throttle and number % options.throttle == 0:
            self._refuse(
                429, "too many requests (--throttle)", **{"Retry-After": str(options.retry_after)}
            )
            return
        if options.slow_ms:
            time.sleep(options.slow_ms / 1000)
        try:
            signature_verify(
                secret=options.secret,
                timestamp=self.headers.get(TIMESTAMP_HEADER),
                signature_value=self.headers.get(SIGNATURE_HEADER),
                body=body,
                tolerance=options.tolerance,
            )
        except SignatureError as error:
            self._refuse(401, str(error))
            return
        key = (self.headers.get(IDEMPOTENCY_HEADER) or "").strip()
        try:
            _require(bool(key), f"the {IDEMPOTENCY_HEADER} header is missing")
            _require(
                (self.headers.get("Content-Type") or "").startswith("application/json"),
                "Content-Type must be application/json",
            )
            try:
                item = json.loads(body)
            except (UnicodeDecodeError, json.JSONDecodeError) as error:
                raise ValueError(f"the body is not JSON: {error}") from None
            validate_item(item)
        except ValueError as error:
            self._refuse(400, str(error))
            return
        if options.fail_rate and self.server.random.random() < options.fail_rate:
            self._refuse(500, "random failure (--fail-rate)")
            return
        if options.reject_status:
            reason = f"refused as told (--reject-status {options.reject_status})"
            self._refuse(options.reject_status, reason)
            return
        stored = self.server.store.add(key=key, item=item, body=body)
        status = "stored" if stored else "duplicate"
        title = f" “{item['title']}”" if item.get("title") else ""
        note = f"{status} {item['action']} {item['id']}{title}"
        self._answer(200, {"status": status, "id": item["id"]}, note)


def receiver_server(
    *, host: str = "127.0.0.1", port: int = 0, options: ReceiverOptions, log=print
) -> ReceiverServer:
    """A receiver bound to ``host:port`` (0: any free port), not yet serving."""
    return ReceiverServer((host, port), options, log)


def serve_in_thread(server: ReceiverServer) -> threading.Thread:
    thread = threading.Thread(target=server.serve_forever, name="pim-receiver", daemon=True)
    thread.start()
    return thread
