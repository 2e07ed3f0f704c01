"""What one import of a feed did, kept on the feed and shown in the admin.

Problems are stored as fixed codes with their technical detail, never as sentences: the
report is read later by editors in their own language, so each code becomes a sentence
when it is shown (``problem_text``).
"""

from dataclasses import asdict, dataclass, field
from typing import Any

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from events.models import ImportResult

#: Entries listed in a stored report; more are counted only.
MAX_LISTED = 200


@dataclass(frozen=True)
class ReportedEntry:
    uid: str
    title: str
    kind: str
    detail: str = ""


@dataclass
class ImportReport:
    """Counts of one run, the entries left out (``problems``) and the notes (``warnings``).

    ``failure`` is set when the feed itself could not be read: nothing was changed.
    """

    created: int = 0
    updated: int = 0
    unchanged: int = 0
    #: Events no longer in the source, marked cancelled in this run.
    removed: int = 0
    problems: list[ReportedEntry] = field(default_factory=list)
    warnings: list[ReportedEntry] = field(default_factory=list)
    problem_count: int = 0
    failure: str = ""
    failure_detail: str = ""

    @property
    def result(self) -> str:
        if self.failure:
            return ImportResult.FAILED
        return ImportResult.PARTIAL if self.problem_count else ImportResult.OK

    def add_problem(self, *, uid: str, title: str, kind: str, detail: str = "") -> None:
        self.problem_count += 1
        if len(self.problems) < MAX_LISTED:
            self.problems.append(ReportedEntry(uid=uid, title=title, kind=kind, detail=detail))

    def add_warning(self, *, uid: str, title: str, kind: str, detail: str = "") -> None:
        if len(self.warnings) < MAX_LISTED:
            self.warnings.append(ReportedEntry(uid=uid, title=title, kind=kind, detail=detail))

    def as_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> "ImportReport":
        data = dict(data or {})
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        known["problems"] = [ReportedEntry(**item) for item in known.get("problems", [])]
        known["warnings"] = [ReportedEntry(**item) for item in known.get("warnings", [])]
        return cls(**known)


def _sentences() -> dict[str, str]:
    # Built at each call, so that they are in the language active when shown.
    return {
        # The feed as a whole.
        "timeout": _("The calendar's server did not answer in time (%(detail)s)."),
        "connection": _("The calendar's server could not be reached (%(detail)s)."),
        "dns": _("The calendar's address names a server that does not exist (%(detail)s)."),
        "protocol": _("The connection to the calendar's server failed (%(detail)s)."),
        "http": _("The calendar's server answered with an error: %(detail)s."),
        "too-large": _("The calendar is larger than the portal accepts (%(detail)s bytes)."),
        "too-many-redirects": _("The calendar's address redirects too many times."),
        "invalid-url": _("The calendar's address cannot be used (%(detail)s)."),
        "private-address": _(
            "The calendar's address leads inside the portal's own network (%(detail)s): "
            "it is not fetched."
        ),
        "not-ical": _(
            "The address does not give an iCalendar calendar (it begins: “%(detail)s”). "
            "Check that it is the .ics address, not the web page of the calendar."
        ),
        "already-running": _("This calendar was being imported already: try again in a minute."),
        # One entry.
        "no-uid": _(
            "The entry has no UID, so it could not be followed from one import to the next."
        ),
        "bad-uid": _("The entry's UID is too long (%(detail)s…)."),
        "duplicate-uid": _("Another entry of the calendar has the same UID."),
        "no-title": _("The entry has no title (SUMMARY)."),
        "no-start": _("The entry has no start (DTSTART)."),
        "bad-date": _("A date of the entry cannot be read (%(detail)s)."),
        "end-before-start": _("The entry ends before it starts (%(detail)s)."),
        "bad-rule": _("The entry's repetition rule cannot be used: %(detail)s"),
        "invalid": _("The entry cannot be an event: %(detail)s"),
        "too-many": _("The calendar has more than %(detail)s entries: the others were left out."),
        # Notes on an imported entry.
        "other-time-zone": _(
            "The series is given in another time zone (%(detail)s): its dates keep the "
            "Italian time of the first one."
        ),
        "extra-dates-ignored": _("Extra dates of the series (RDATE) were not imported."),
        "bad-url": _("The entry's link is not a web address and was left out (%(detail)s)."),
    }


def problem_text(kind: str, detail: str = "") -> str:
    """The sentence of a stored code, in the active language."""
    sentence = _sentences().get(kind)
    if sentence is None:
        return f"{kind}: {detail}" if detail else kind
    return sentence % {"detail": detail}


def report_summary(report: ImportReport) -> str:
    """One line: what the run did, or why it did nothing."""
    if report.failure:
        return problem_text(report.failure, report.failure_detail)
    parts = [
        ngettext("%(count)s new event", "%(count)s new events", report.created)
        % {"count": report.created},
        ngettext("%(count)s updated", "%(count)s updated", report.updated)
        % {"count": report.updated},
        ngettext("%(count)s unchanged", "%(count)s unchanged", report.unchanged)
        % {"count": report.unchanged},
        ngettext(
            "%(count)s cancelled because it left the calendar",
            "%(count)s cancelled because they left the calendar",
            report.removed,
        )
        % {"count": report.removed},
        ngettext("%(count)s entry left out", "%(count)s entries left out", report.problem_count)
        % {"count": report.problem_count},
    ]
    return "; ".join(parts) + "."
