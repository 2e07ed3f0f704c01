"""The local PIM receiver over real HTTP: signatures, validation, dedupe, misbehaviour."""

import sqlite3
import time
import uuid

import httpx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from sync_pim.signing import canonical_json, content_hash, signature, signed_headers
from tests.live_server import free_port
from tests.sync_pim.outbox_support import SECRET, receiver_process, receiver_thread


def item(page_id: int = 1, language: str = "it", **changes) -> dict:
    payload = {
        "schema_version": "1",
        "id": f"urn:er-integrazione:page:{page_id}:{language}",
        "action": "upsert",
        "category": "guide",
        "language": language,
        "title": "Rinnovare il permesso di soggiorno",
        "summary": "I passi, i documenti, dove andare.",
        "url": f"https://integrazione.example.it/{language}/hub/lavoro/permesso/",
        "alternates": [],
        "hub": {"code": "lavoro", "name": "Lavoro"},
        "region": "Emilia-Romagna",
        "published_at": "2026-01-10T08:00:00Z",
        "updated_at": "2026-01-12T08:00:00Z",
        "revision": 12,
        "licence": {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"},
        "attachments": [],
    }
    payload["content_hash"] = content_hash(payload)
    payload.update(changes)
    return payload


def push(url: str, payload: dict, *, key: str | None = None, secret: str = SECRET, **headers):
    body = canonical_json(payload)
    sent = signed_headers(secret=secret, body=body, idempotency_key=key or str(uuid.uuid4()))
    return httpx.post(url, content=body, headers={**sent, **headers}, timeout=5)


def test_an_item_is_stored_once_and_its_repetition_only_counted():
    with receiver_thread() as server:
        key = str(uuid.uuid4())
        first = push(server.url, item(), key=key)
        again = push(server.url, item(), key=key)
        listing = httpx.get(server.url).json()

    assert first.status_code == 200
    assert first.json() == {"status": "stored", "id": "urn:er-integrazione:page:1:it"}
    assert again.json()["status"] == "duplicate"
    assert listing["count"] == 1
    assert listing["duplicates"] == 1
    stored = listing["items"][0]
    assert stored["idempotency_key"] == key
    assert stored["body"]["title"] == "Rinnovare il permesso di soggiorno"


def test_a_bad_stale_or_missing_signature_is_refused_with_the_reason():
    body = canonical_json(item())
    stale = int(time.time()) - 600
    with receiver_thread() as server:
        wrong_secret = push(server.url, item(), secret="not-the-secret")
        stale_answer = httpx.post(
            server.url,
            content=body,
            headers={
                "Content-Type": "application/json",
                "Idempotency-Key": str(uuid.uuid4()),
                "X-PIM-Timestamp": str(stale),
                "X-PIM-Signature": signature(secret=SECRET, timestamp=stale, body=body),
            },
        )
        unsigned = httpx.post(server.url, content=body, headers={"Idempotency-Key": "k"})
        listing = httpx.get(server.url).json()

    assert wrong_secret.status_code == 401
    assert "signature does not match" in wrong_secret.json()["reason"]
    assert stale_answer.status_code == 401
    assert "stale timestamp" in stale_answer.json()["reason"]
    assert unsigned.status_code == 401
    assert "missing X-PIM-Timestamp" in unsigned.json()["reason"]
    assert listing["count"] == 0


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        ({"schema_version": "2"}, "schema_version must be '1'"),
        ({"action": "replace"}, "action must be"),
        ({"title": None}, "title is missing"),
        ({"url": "/it/relative/"}, "url must be absolute"),
        ({"updated_at": "12/01/2026"}, "updated_at must be an RFC 3339"),
        ({"id": "page-1"}, "id must be urn:er-integrazione"),
        ({"content_hash": "0" * 64}, "content_hash does not match"),
    ],
)
def test_a_malformed_item_is_refused_with_the_reason(payload, reason):
    with receiver_thread() as server:
        answer = push(server.url, item(**payload))

    assert answer.status_code == 400
    assert reason in answer.json()["reason"]


def test_a_body_that_is_not_json_or_has_no_idempotency_key_is_refused():
    with receiver_thread() as server:
        body = b"not json"
        headers = signed_headers(secret=SECRET, body=body, idempotency_key="k")
        not_json = httpx.post(server.url, content=body, headers=headers)
        headers = signed_headers(secret=SECRET, body=canonical_json(item()), idempotency_key="")
        no_key = httpx.post(server.url, content=canonical_json(item()), headers=headers)

    assert not_json.status_code == 400
    assert "not JSON" in not_json.json()["reason"]
    assert no_key.status_code == 400
    assert "Idempotency-Key" in no_key.json()["reason"]


def test_it_misbehaves_when_told():
    with receiver_thread(down_for=0.5) as server:
        down = push(server.url, item())
        time.sleep(0.6)
        back = push(server.url, item())
    with receiver_thread(throttle=2, retry_after=7) as server:
        answers = [push(server.url, item(page_id=number)) for number in range(1, 5)]
    with receiver_thread(reject_status=400) as server:
        rejected = push(server.url, item())
        held = httpx.get(server.url).json()["count"]
    with receiver_thread(fail_rate=1.0) as server:
        failed = push(server.url, item())

    assert down.status_code == 503
    assert back.status_code == 200
    assert [answer.status_code for answer in answers] == [200, 429, 200, 429]
    assert answers[1].headers["Retry-After"] == "7"
    assert rejected.status_code == 400
    assert "--reject-status 400" in rejected.json()["reason"]
    assert held == 0
    assert failed.status_code == 500


def test_the_command_prints_a_line_per_request_and_keeps_items_in_its_store(tmp_path):
    store = tmp_path / "received.sqlite3"
    log = tmp_path / "receiver.log"
    with receiver_process(free_port(), log, "--store", str(store)) as url:
        answer = push(url, item(page_id=42))

    assert answer.json()["status"] == "stored"
    lines = log.read_text()
    assert "PIM receiver on http://127.0.0.1:" in lines
    assert "POST /pim/v1/items 200 stored upsert urn:er-integrazione:page:42:it" in lines
    with sqlite3.connect(store) as database:
        assert database.execute("SELECT item_id FROM items").fetchall() == [
            ("urn:er-integrazione:page:42:it",)
        ]


def test_the_command_refuses_to_start_without_a_secret(settings):
    settings.PIM_SECRET = ""
    with pytest.raises(CommandError, match="No secret: pass --secret or set PIM_SECRET"):
        call_command("pim_receiver", "--port", str(free_port()))
    with pytest.raises(CommandError, match="--reject-status must be"):
        call_command("pim_receiver", "--secret", "s", "--reject-status", "200")
