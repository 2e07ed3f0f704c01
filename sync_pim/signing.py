"""The signature and content hash of a push to PIM (contract v1), shared by the sender and
the local receiver (which imports nothing of Django through this module).

``X-PIM-Signature: sha256=<hex HMAC-SHA256(secret, f"{timestamp}." + body)>`` with
``X-PIM-Timestamp: <unix seconds>``. The timestamp is inside the signed text so that a
captured request cannot be replayed later with a fresh timestamp; the receiver refuses
a timestamp further than its tolerance from its own clock, in either direction.

The body is signed as the exact bytes sent. It is the canonical JSON of the payload
(``canonical_json``): keys sorted, no spaces, UTF-8 with non-ASCII characters as they
are, which is also the text the content hash is computed over.
"""

import hashlib
import hmac
import json
import time
from typing import Any

SIGNATURE_HEADER = "X-PIM-Signature"
TIMESTAMP_HEADER = "X-PIM-Timestamp"
IDEMPOTENCY_HEADER = "Idempotency-Key"
SIGNATURE_PREFIX = "sha256="
SCHEMA_VERSION = "1"
#: Fields left out of the content hash: they change on every publication.
UNHASHED_FIELDS = ("content_hash", "revision", "published_at", "updated_at")


class SignatureError(Exception):
    """A request whose signature or timestamp cannot be accepted; the message says why."""


def canonical_json(data: Any) -> bytes:
    """``data`` as canonical JSON: sorted keys, no spaces, UTF-8."""
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def content_hash(payload: dict[str, Any]) -> str:
    """SHA-256 (hex) of the canonical JSON of ``payload`` without ``UNHASHED_FIELDS``: the
    same content published again has the same hash."""
    hashed = {key: value for key, value in payload.items() if key not in UNHASHED_FIELDS}
    return hashlib.sha256(canonical_json(hashed)).hexdigest()


def signature(*, secret: str, timestamp: int, body: bytes) -> str:
    """The value of ``X-PIM-Signature`` for ``body`` sent at ``timestamp``."""
    digest = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return SIGNATURE_PREFIX + digest.hexdigest()


def signed_headers(*, secret: str, body: bytes, idempotency_key: str) -> dict[str, str]:
    """Every header of a push besides the transport's own."""
    timestamp = int(time.time())
    return {
        "Content-Type": "application/json",
        IDEMPOTENCY_HEADER: idempotency_key,
        TIMESTAMP_HEADER: str(timestamp),
        SIGNATURE_HEADER: signature(secret=secret, timestamp=timestamp, body=body),
    }


def signature_verify(
    *,
    secret: str,
    timestamp: str | None,
    signature_value: str | None,
    body: bytes,
    tolerance: int,
    now: float | None = None,
) -> None:
    """Raise ``SignatureError`` unless ``signature_value`` signs ``body`` at a fresh time."""
    if not timestamp:
        raise SignatureError(f"missing {TIMESTAMP_HEADER} header")
    if not signature_value:
        raise SignatureError(f"missing {SIGNATURE_HEADER} header")
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise SignatureError(f"{TIMESTAMP_HEADER} is not a number of seconds") from None
    skew = abs((time.time() if now is None else now) - sent_at)
    if skew > tolerance:
        raise SignatureError(
            f"stale timestamp: {skew:.0f} s from the receiver's clock (tolerance {tolerance} s)"
        )
    if not signature_value.startswith(SIGNATURE_PREFIX):
        raise SignatureError(f"{SIGNATURE_HEADER} must start with {SIGNATURE_PREFIX}")
    expected = signature(secret=secret, timestamp=sent_at, body=body)
    if not hmac.compare_digest(expected, signature_value):
        raise SignatureError("signature does not match the body and timestamp")
