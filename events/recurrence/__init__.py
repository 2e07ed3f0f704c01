"""Repeating events: rules (RFC 5545 RRULE) built, checked, expanded and put in words.

``rules`` checks and builds the rule an editor chooses or writes; ``expansion`` gives an
event's occurrences in a window, in Europe/Rome wall-clock time (an 18:00 event stays at
18:00 across the changes of time); ``describe`` says the rule in the reader's language.
"""

from events.recurrence.describe import rule_description
from events.recurrence.expansion import (
    Occurrence,
    occurrence_key,
    occurrence_start_from_key,
    occurrences,
)
from events.recurrence.rules import (
    MAX_OCCURRENCES,
    ROME,
    RecurrenceError,
    local_naive,
    rule_build,
    rule_normalise,
    rule_parts,
)

__all__ = [
    "MAX_OCCURRENCES",
    "ROME",
    "Occurrence",
    "RecurrenceError",
    "local_naive",
    "occurrence_key",
    "occurrence_start_from_key",
    "occurrences",
    "rule_build",
    "rule_description",
    "rule_normalise",
    "rule_parts",
]
