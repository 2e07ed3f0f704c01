"""The signed token of a registration's cancellation link.

The link is the registrant's only key to their registration (they have no account), so
it is signed with the portal's secret (``django.core.signing``, its own salt): changing
one character of it makes it worthless. It carries its expiry, the end of the date it
was issued for: after the event there is nothing left to cancel. A date moved later
gets a new link in the e-mail that announces the move.
"""

import datetime
from dataclasses import dataclass

from django.core import signing
from django.utils import timezone

SALT = "events.registration.cancel"


class TokenProblem(Exception):
    """The token cannot be used; ``expired`` tells a stale link from a forged one."""

    def __init__(self, *, expired: bool) -> None:
        super().__init__("expired" if expired else "invalid")
        self.expired = expired


@dataclass(frozen=True)
class CancelToken:
    registration_id: int
    expires: datetime.datetime


def cancel_token_make(*, registration_id: int, expires: datetime.datetime) -> str:
    return signing.dumps({"r": registration_id, "x": int(expires.timestamp())}, salt=SALT)


def cancel_token_read(token: str, *, now: datetime.datetime | None = None) -> CancelToken:
    """The registration a token names; ``TokenProblem`` if it is forged or expired."""
    try:
        data = signing.loads(token, salt=SALT)
        registration_id, expiry = int(data["r"]), int(data["x"])
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise TokenProblem(expired=False) from error
    expires = datetime.datetime.fromtimestamp(expiry, tz=datetime.UTC)
    if (now or timezone.now()) >= expires:
        raise TokenProblem(expired=True)
    return CancelToken(registration_id=registration_id, expires=expires)
