"""The payload of contract v1 built from a page, its content hash and its signature."""

import re
import time

import pytest
from django.utils import translation

from sync_pim.models import OutboxEntry
from sync_pim.payload import delete_payload, upsert_payloads
from sync_pim.signing import (
    SignatureError,
    canonical_json,
    content_hash,
    signature,
    signature_verify,
)
from tests import factories
from tests.sync_pim.outbox_support import assert_valid_items, hub, shared_guide

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")


def url_of(page, code: str) -> str:
    with translation.override(code):
        return page.get_full_url()


@pytest.mark.django_db
def test_each_language_is_an_item_with_its_own_url_and_the_others_as_alternates():
    lavoro = hub("lavoro")
    guide = shared_guide(title_it="Permesso di soggiorno", intro_it="Come rinnovarlo.")

    payloads = upsert_payloads(guide, ["it", "en", "ar"])

    assert set(payloads) == {"it", "en", "ar"}
    italian = payloads["it"]
    assert italian["schema_version"] == "1"
    assert italian["id"] == f"urn:er-integrazione:page:{guide.pk}:it"
    assert italian["action"] == "upsert"
    assert italian["category"] == "guide"
    assert italian["language"] == "it"
    assert italian["title"] == "Permesso di soggiorno"
    assert italian["summary"] == "Come rinnovarlo."
    assert italian["url"] == url_of(guide, "it")
    assert italian["url"].startswith("http")
    assert italian["alternates"] == [
        {"language": "en", "url": url_of(guide, "en")},
        {"language": "ar", "url": url_of(guide, "ar")},
    ]
    assert italian["hub"] == {"code": "lavoro", "name": lavoro.title_it}
    assert italian["region"] == "Emilia-Romagna"
    assert RFC3339.match(italian["published_at"])
    assert RFC3339.match(italian["updated_at"])
    assert italian["revision"] == guide.live_revision_id
    assert italian["licence"]["name"] == "CC BY 4.0"
    assert italian["attachments"] == []
    assert italian["content_hash"] == content_hash(italian)
    # Text in the item's own language, never the Italian fallback.
    assert payloads["ar"]["title"] == guide.title_ar
    assert payloads["ar"]["summary"] == ""
    assert payloads["en"]["url"] != italian["url"]


@pytest.mark.django_db
def test_the_hash_ignores_revision_and_dates_but_not_the_text():
    guide = shared_guide()
    before = upsert_payloads(guide, ["it"])["it"]
    factories.publish(guide)
    guide.refresh_from_db()
    republished = upsert_payloads(guide, ["it"])["it"]

    assert republished["revision"] != before["revision"]
    assert republished["content_hash"] == before["content_hash"]

    guide.intro_it = "Un'altra introduzione."
    factories.publish(guide)
    guide.refresh_from_db()
    assert upsert_payloads(guide, ["it"])["it"]["content_hash"] != before["content_hash"]


@pytest.mark.django_db
def test_attachments_list_every_language_of_each_document_with_absolute_urls():
    italian, _arabic = factories.document_group({"it": "Modulo di domanda", "ar": "استمارة"})
    guide = shared_guide(attachments=[{"type": "document", "value": italian.pk}])

    files = upsert_payloads(guide, ["it"])["it"]["attachments"]

    assert [(item["title"], item["language"]) for item in files] == [
        ("Modulo di domanda", "it"),
        ("استمارة", "ar"),
    ]
    assert all(item["url"].startswith("http") and "/documents/" in item["url"] for item in files)
    assert {item["media_type"] for item in files} == {"application/pdf"}
    assert all(isinstance(item["size"], int) for item in files)


def test_a_delete_keeps_the_identity_of_what_was_sent_and_dates_the_removal():
    import datetime

    previous = {
        "category": "news",
        "url": "https://example.it/it/notizia/",
        "hub": {"code": "salute", "name": "Salute"},
        "published_at": "2026-01-01T08:00:00Z",
        "title": "Una notizia",
    }
    removed_at = datetime.datetime(2026, 2, 1, 9, 30, tzinfo=datetime.UTC)

    payload = delete_payload(page_id=7, language="it", previous=previous, removed_at=removed_at)

    assert payload["id"] == "urn:er-integrazione:page:7:it"
    assert payload["action"] == "delete"
    assert payload["updated_at"] == "2026-02-01T09:30:00Z"
    assert payload["url"] == previous["url"]
    assert "title" not in payload
    assert payload["content_hash"] == content_hash(payload)


def test_signature_is_hmac_sha256_of_timestamp_dot_body():
    import hashlib
    import hmac

    body = canonical_json({"b": "è", "a": 1})
    assert body == '{"a":1,"b":"è"}'.encode()
    expected = hmac.new(b"k", b"1700000000." + body, hashlib.sha256).hexdigest()

    assert signature(secret="k", timestamp=1700000000, body=body) == f"sha256={expected}"


def test_a_tampered_body_a_wrong_secret_or_a_stale_timestamp_is_refused():
    body = b'{"a":1}'
    now = int(time.time())
    good = signature(secret="k", timestamp=now, body=body)
    signature_verify(secret="k", timestamp=str(now), signature_value=good, body=body, tolerance=300)

    wrong_secret = signature(secret="x", timestamp=now, body=body)
    stale = signature(secret="k", timestamp=now - 301, body=body)
    refusals = {
        "signature does not match": {"body": b'{"a":2}', "signature_value": good},
        "does not match": {"body": body, "signature_value": wrong_secret},
        "stale timestamp": {"body": body, "signature_value": stale, "timestamp": str(now - 301)},
        "missing X-PIM-Signature": {"body": body, "signature_value": None},
    }
    for reason, arguments in refusals.items():
        arguments.setdefault("timestamp", str(now))
        with pytest.raises(SignatureError, match=reason):
            signature_verify(secret="k", tolerance=300, **arguments)


@pytest.mark.django_db
def test_outbox_payloads_are_valid_against_the_published_schema():
    italian, _arabic = factories.document_group({"it": "Modulo", "ar": "استمارة"})
    guide = shared_guide(attachments=[{"type": "document", "value": italian.pk}])
    factories.publish(guide)

    payloads = [entry.payload for entry in OutboxEntry.objects.filter(page_id=guide.pk)]

    assert {payload["action"] for payload in payloads} == {"upsert"}
    deleted = delete_payload(
        page_id=guide.pk, language="it", previous=payloads[0], removed_at=guide.last_published_at
    )
    assert_valid_items([*payloads, deleted])
