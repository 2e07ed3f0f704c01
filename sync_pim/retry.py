"""When a failed push is tried again, and when it stops.

An entry is tried at most ``PIM_MAX_ATTEMPTS`` times (default 12). After the n-th failed
attempt (n < 12) the next one is due after ``base × 2^(n-1)`` seconds, multiplied by a
random factor between 0.8 and 1.2 (jitter, so that the entries of an outage do not all
come back in the same second). With ``PIM_RETRY_BASE_SECONDS`` = 40 (the default):

=======  ==========  =====================
attempt  then waits  next try, from the 1st
=======  ==========  =====================
1        40 s        40 s
2        80 s        2 min
3        160 s       4 min 40 s
4        320 s       10 min
5        640 s       20 min 40 s
6        1,280 s     42 min
7        2,560 s     1 h 24 min 40 s
8        5,120 s     2 h 50 min
9        10,240 s    5 h 40 min 40 s
10       20,480 s    11 h 22 min
11       40,960 s    22 h 44 min 40 s
12       —           (dead)
=======  ==========  =====================

So an entry is given up after about a day (22 h 45 min, ±20 %): long enough to ride out
a night-time maintenance of PIM, short enough that an editor sees a dead entry the next
working day and can retry it by hand.

A ``Retry-After`` answer (seconds or an HTTP date) replaces the computed wait, capped at
``MAX_RETRY_AFTER``: the receiver knows best when it can take more. Waits are kept in the
database (``OutboxEntry.next_attempt_at``) and picked up by the beat task, never as Celery
countdowns, which Redis would redeliver after its visibility timeout.

Settings read here, with their defaults (add them to ``portal/settings/base.py``):
``PIM_RETRY_BASE_SECONDS`` (40; tests shorten it) and ``PIM_SENDING_LEASE_SECONDS`` (300:
an entry left in ``sending`` longer than this, by a worker that died, is due again).
"""

import datetime
import email.utils
import random

from django.conf import settings
from django.utils import timezone

DEFAULT_BASE_SECONDS = 40.0
DEFAULT_LEASE_SECONDS = 300.0
JITTER = 0.2
#: The longest ``Retry-After`` obeyed; a longer one is read as this.
MAX_RETRY_AFTER = datetime.timedelta(hours=24)


def base_seconds() -> float:
    return float(getattr(settings, "PIM_RETRY_BASE_SECONDS", DEFAULT_BASE_SECONDS))


def lease_seconds() -> float:
    return float(getattr(settings, "PIM_SENDING_LEASE_SECONDS", DEFAULT_LEASE_SECONDS))


def max_attempts() -> int:
    return int(settings.PIM_MAX_ATTEMPTS)


def backoff_delay(*, attempts: int, rng: random.Random | None = None) -> datetime.timedelta:
    """The wait after ``attempts`` failed attempts (1 for the first failure)."""
    factor = (rng or random).uniform(1 - JITTER, 1 + JITTER)
    return datetime.timedelta(seconds=base_seconds() * 2 ** max(attempts - 1, 0) * factor)


def retry_after_delay(
    value: str | None, *, now: datetime.datetime | None = None
) -> datetime.timedelta | None:
    """The wait a ``Retry-After`` header asks for, or ``None`` when there is none to read."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        delay = datetime.timedelta(seconds=int(value))
    else:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        if when.tzinfo is None:
            when = when.replace(tzinfo=datetime.UTC)
        delay = max(when - (now or timezone.now()), datetime.timedelta(0))
    return min(delay, MAX_RETRY_AFTER)


def is_retryable_status(status: int) -> bool:
    """5xx, 408 (timeout), 409 (conflict) and 429 (throttled) may succeed later."""
    return status >= 500 or status in (408, 409, 429)
