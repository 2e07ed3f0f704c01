"""The weekly e-mail to PIM's editors: what the region shared, changed or removed last week.

The third channel towards the Portale Integrazione Migranti, for editors who do not read
the push or the feeds: a human summary with links. Decisions:

- **What.** Derived from the outbox rows *created* in the previous ISO week (Monday to
  Sunday, in the portal's time zone, Europe/Rome): the outbox is the record of every
  change PIM is told about, in the transaction that made it. Superseded rows (a newer
  revision replaced them before they left) and skipped ones (nothing PIM sees changed)
  are not changes and are left out. One line per page: *new* when PIM held no language
  of it before the week, *removed* when it holds none after, *updated* otherwise, with
  the languages concerned, the title, category and HUB, and a link to the Italian page
  (a removed page has no link: it is gone or private).
- **In Italian**, whoever runs it (``translation.override("it")``): PIM's editors work in
  Italian. Plain text with an HTML alternative that loads nothing from outside. One
  message per recipient, so that addresses are not disclosed to one another.
- **A week with nothing** sends nothing and records nothing: an empty e-mail every week
  teaches people to ignore the real ones, and the feeds say the same at any time.
- **Once per ISO week.** The ``PimDigest`` row of the week (unique) is written *before*
  sending, in the transaction that sends: a concurrent run waits on the unique index and
  then finds the week taken; if the mail server refuses, the exception rolls the row back
  and the task's retry sends it. As in ``hubs.review_digest``, delivery is at least once:
  if the server takes the messages and the commit then fails, the next run sends again.
- **No recipients configured** (``PIM_DIGEST_RECIPIENTS``): a warning in the log, nothing
  sent or recorded, so that setting the address later still sends the current week.
"""

import datetime
import logging
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import IntegrityError, transaction
from django.db.models import OuterRef, Subquery
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext, pgettext
from wagtail.models import Page, Site

from hubs.models import HubPage
from hubs.review_digest import iso_week
from portal.languages import language_codes
from sync_pim.models import OutboxAction, OutboxEntry, OutboxState, PimCategory, PimDigest

logger = logging.getLogger(__name__)

#: Rows that record no change PIM was told about.
NOT_CHANGES = (OutboxState.SUPERSEDED, OutboxState.SKIPPED)
DIGEST_LANGUAGE = "it"


class ChangeKind:
    NEW = "new"
    UPDATED = "updated"
    REMOVED = "removed"


@dataclass(frozen=True)
class DigestLine:
    page_id: int
    kind: str
    title: str
    #: Languages published or updated in the week (portal order).
    languages: list[str]
    #: Languages withdrawn in the week.
    removed_languages: list[str]
    category: str
    hub: str
    #: The Italian page; empty for a removal, or a page no longer public.
    url: str


@dataclass(frozen=True)
class DigestFeed:
    language: str
    name: str
    atom_url: str
    json_url: str


@dataclass
class DigestWeek:
    week: str
    start: datetime.datetime
    end: datetime.datetime
    lines: list[DigestLine] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[DigestLine]:
        return [line for line in self.lines if line.kind == kind]


def previous_week(today: datetime.date) -> tuple[str, datetime.datetime, datetime.datetime]:
    """The ISO week before the one of ``today``: its name and its bounds [Monday, next Monday)
    as aware datetimes in the portal's time zone."""
    monday = today - datetime.timedelta(days=today.isoweekday() - 1 + 7)
    zone = timezone.get_default_timezone()
    start = datetime.datetime.combine(monday, datetime.time.min, tzinfo=zone)
    end = datetime.datetime.combine(
        monday + datetime.timedelta(days=7), datetime.time.min, tzinfo=zone
    )
    return iso_week(monday), start, end


def _held_before(page_ids: set[int], start: datetime.datetime) -> dict[int, set[str]]:
    """The languages of each page PIM held when the week began: those whose last earlier
    message was an upsert."""
    last_before = (
        OutboxEntry.objects.filter(
            page_id=OuterRef("page_id"), language=OuterRef("language"), created_at__lt=start
        )
        .exclude(state__in=NOT_CHANGES)
        .order_by("-created_at", "-pk")
        .values("pk")[:1]
    )
    rows = (
        OutboxEntry.objects.filter(page_id__in=page_ids, created_at__lt=start)
        .exclude(state__in=NOT_CHANGES)
        .filter(pk=Subquery(last_before), action=OutboxAction.UPSERT)
        .values_list("page_id", "language")
    )
    held: dict[int, set[str]] = defaultdict(set)
    for page_id, language in rows:
        held[page_id].add(language)
    return held


def _kind(*, held: set[str], upserted: list[str], removed: list[str]) -> str:
    if not (held - set(removed)) and not upserted:
        return ChangeKind.REMOVED
    return ChangeKind.UPDATED if held else ChangeKind.NEW


def _ordered(languages) -> list[str]:
    order = language_codes()
    return sorted(languages, key=lambda code: order.index(code) if code in order else len(order))


def pim_digest_week(*, today: datetime.date) -> DigestWeek:
    """The changes of the ISO week before ``today``, one line per page (call it in Italian)."""
    week, start, end = previous_week(today)
    digest = DigestWeek(week=week, start=start, end=end)
    latest: dict[int, dict[str, dict]] = defaultdict(dict)
    rows = (
        OutboxEntry.objects.filter(created_at__gte=start, created_at__lt=end)
        .exclude(state__in=NOT_CHANGES)
        .order_by("created_at", "pk")
        .values("page_id", "language", "action", "title", "category", "hub")
    )
    for row in rows:
        latest[row["page_id"]][row["language"]] = row
    if not latest:
        return digest
    held = _held_before(set(latest), start)
    existing = Page.objects.filter(pk__in=latest.keys()).order_by()
    italian_titles = dict(existing.values_list("pk", "title_it"))
    # Linked only while readers can open them.
    public = {page.pk: page for page in existing.live().public()}
    codes = {row["hub"] for by_language in latest.values() for row in by_language.values()}
    hub_names = dict(HubPage.objects.filter(code__in=codes - {""}).values_list("code", "title_it"))
    categories = dict(PimCategory.choices)
    for page_id, by_language in latest.items():
        upserted = _ordered(code for code, row in by_language.items() if row["action"] == "upsert")
        removed = _ordered(code for code, row in by_language.items() if row["action"] == "delete")
        kind = _kind(held=held.get(page_id, set()), upserted=upserted, removed=removed)
        page = public.get(page_id)
        # The Italian row describes the page best; any row will do for a page never in Italian.
        reference = by_language.get(DIGEST_LANGUAGE) or next(iter(by_language.values()))
        title = italian_titles.get(page_id) or reference["title"] or f"#{page_id}"
        digest.lines.append(
            DigestLine(
                page_id=page_id,
                kind=kind,
                title=title,
                languages=upserted,
                removed_languages=removed,
                category=str(categories.get(reference["category"], reference["category"])),
                hub=hub_names.get(reference["hub"], reference["hub"]),
                url=page.get_full_url() if page and kind != ChangeKind.REMOVED else "",
            )
        )
    digest.lines.sort(key=lambda line: (line.title.casefold(), line.page_id))
    return digest


def _feeds() -> list[DigestFeed]:
    site = Site.objects.filter(is_default_site=True).first()
    base = (site.root_url if site else settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    return [
        DigestFeed(
            language=code,
            name=str(name),
            atom_url=base + reverse("pim_feed_atom", kwargs={"language": code}),
            json_url=base + reverse("pim_feed_json", kwargs={"language": code}),
        )
        for code, name, *_rest in settings.PORTAL_LANGUAGES
    ]


def pim_digest_messages(
    *, digest: DigestWeek, recipients: list[str]
) -> list[EmailMultiAlternatives]:
    """The digest e-mail, in Italian, once per recipient."""
    with translation.override(DIGEST_LANGUAGE):
        context = {
            "week": digest.week,
            "first_day": digest.start.date(),
            "last_day": (digest.end - datetime.timedelta(days=1)).date(),
            "sections": [
                {"heading": heading, "lines": digest.of_kind(kind)}
                for kind, heading in (
                    (ChangeKind.NEW, pgettext("PIM digest section", "Newly shared")),
                    (ChangeKind.UPDATED, pgettext("PIM digest section", "Updated")),
                    (ChangeKind.REMOVED, pgettext("PIM digest section", "Removed")),
                )
                if digest.of_kind(kind)
            ],
            "feeds": _feeds(),
            "site_name": settings.WAGTAIL_SITE_NAME,
        }
        subject = gettext("%(site)s → PIM: what changed in week %(week)s") % {
            "site": settings.WAGTAIL_SITE_NAME,
            "week": digest.week,
        }
        text = render_to_string("sync_pim/digest_email.txt", context)
        html = render_to_string("sync_pim/digest_email.html", context)
    messages = []
    for address in recipients:
        message = EmailMultiAlternatives(
            subject=subject,
            body=text,
            to=[address],
            # RFC 3834: out-of-office robots must not answer it.
            headers={"Auto-Submitted": "auto-generated", "Content-Language": DIGEST_LANGUAGE},
        )
        message.attach_alternative(html, "text/html")
        messages.append(message)
    return messages


def pim_digest_send(*, today: datetime.date | None = None) -> PimDigest | None:
    """E-mail PIM's editors the changes of the ISO week before ``today``, at most once.

    Returns the record of the digest sent, or ``None`` when nothing was sent (no
    recipients, nothing changed, or already sent). A refusal of the mail server raises,
    and nothing is recorded: the caller (the Celery task) tries again later.
    """
    today = today or timezone.localdate()
    recipients = [address for address in settings.PIM_DIGEST_RECIPIENTS if address]
    week, _start, _end = previous_week(today)
    if not recipients:
        logger.warning("PIM digest of %s: PIM_DIGEST_RECIPIENTS is empty; nothing sent.", week)
        return None
    if PimDigest.objects.filter(week=week).exists():
        logger.info("PIM digest of %s: already sent.", week)
        return None
    with translation.override(DIGEST_LANGUAGE):
        digest = pim_digest_week(today=today)
    if not digest.lines:
        logger.info("PIM digest of %s: nothing shared or changed; nothing sent.", week)
        return None
    messages = pim_digest_messages(digest=digest, recipients=recipients)
    with transaction.atomic():
        try:
            with transaction.atomic():
                record = PimDigest.objects.create(
                    week=week, recipients=recipients, items=len(digest.lines)
                )
        except IntegrityError:
            logger.info("PIM digest of %s: sent meanwhile by another run.", week)
            return None
        with get_connection() as connection:
            connection.send_messages(messages)
    logger.info(
        "PIM digest of %s sent: %d pages, %d recipients.", week, len(digest.lines), len(recipients)
    )
    return record
