"""Models of the PIM synchronisation, one module per concept."""

from .digest import PimDigest
from .links import CheckedLink, LinkKind, LinkOccurrence, LinkState
from .outbox import DeliveryAttempt, OutboxAction, OutboxEntry, OutboxState
from .sharing import PimCategory, PimShareable

__all__ = [
    "CheckedLink",
    "DeliveryAttempt",
    "LinkKind",
    "LinkOccurrence",
    "LinkState",
    "OutboxAction",
    "OutboxEntry",
    "OutboxState",
    "PimCategory",
    "PimDigest",
    "PimShareable",
]
