"""The weekly e-mail that tells each HUB's moderators which guides are overdue for review.

Decisions:

- **Who.** The active users of the HUB's moderators group (``HubPage.moderators_group``,
  made by ``setup_permissions``) that have an e-mail address, and nobody else: a HUB's
  guides are never listed to another HUB. A HUB without such a user is logged and
  skipped; the other HUBs still get theirs.
- **One message per person**, in that person's admin language (Wagtail's user profile),
  so that addresses are not disclosed to colleagues and a moderator who reads Arabic gets
  Arabic. Plain text with an HTML alternative that loads nothing from outside.
- **Once per ISO week.** A sent digest is recorded as an entry in the HUB page's history
  (Wagtail's ``PageLogEntry``, action ``hubs.review_digest_sent``, with the week and the
  guides): it lasts, unlike the cache, which a restart or ``cache.clear()`` would empty
  and so re-send; it needs no model of its own; and editors can see in the HUB's history
  that the reminder went out. Another run in the same week skips that HUB. The check,
  the sending and the record happen under a lock on the HUB's page row, so two runs at
  once cannot both send. Delivery is at least once: if the mail server takes a message
  and the record then fails to commit, the next run sends it again.
"""

import datetime
import logging
import smtplib
from dataclasses import asdict, dataclass, field
from enum import StrEnum

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import ngettext
from wagtail.log_actions import log
from wagtail.models import Page, PageLogEntry
from wagtail.users.models import UserProfile

from hubs.freshness import days_overdue, overdue_guides_by_hub
from hubs.models import GuidePage, HubPage

logger = logging.getLogger(__name__)

#: The action of the history entry that records a sent digest.
DIGEST_SENT_ACTION = "hubs.review_digest_sent"


class DigestStatus(StrEnum):
    SENT = "sent"
    ALREADY_SENT = "already_sent"
    NO_RECIPIENTS = "no_recipients"
    FAILED = "failed"


@dataclass(frozen=True)
class HubDigestOutcome:
    hub_id: int
    hub: str
    status: DigestStatus
    guides: int
    recipients: list[str] = field(default_factory=list)


@dataclass
class ReviewDigestReport:
    """What one run did, HUB by HUB (only HUBs with overdue guides appear)."""

    week: str
    hubs: list[HubDigestOutcome] = field(default_factory=list)

    @property
    def messages_sent(self) -> int:
        return sum(len(o.recipients) for o in self.hubs if o.status == DigestStatus.SENT)

    @property
    def failed(self) -> list[HubDigestOutcome]:
        return [o for o in self.hubs if o.status == DigestStatus.FAILED]

    def as_dict(self) -> dict:
        return {"week": self.week, "hubs": [asdict(outcome) for outcome in self.hubs]}


@dataclass(frozen=True)
class DigestLine:
    title: str
    edit_url: str
    last_reviewed: datetime.date | None
    due_on: datetime.date | None
    #: ``None``: never reviewed.
    days_overdue: int | None


def iso_week(day: datetime.date) -> str:
    """``2025-W07``: the ISO week, which starts on Monday, the day the digest goes out."""
    year, week, _weekday = day.isocalendar()
    return f"{year}-W{week:02d}"


def admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def review_digest_recipients(*, hub: HubPage) -> list[AbstractBaseUser]:
    """Active members of the HUB's moderators group with an e-mail address."""
    if hub.moderators_group_id is None:
        return []
    return list(
        get_user_model()
        .objects.filter(groups=hub.moderators_group_id, is_active=True)
        .exclude(email="")
        .select_related("wagtail_userprofile")
        .order_by("pk")
        .distinct()
    )


def preferred_language(user: AbstractBaseUser) -> str:
    """The user's admin language; the portal's default when they chose none.

    Read without creating a profile, and with the default language active, so that the
    answer does not depend on the language of whatever request or task is running.
    """
    profile = getattr(user, "wagtail_userprofile", None) or UserProfile(user=user)
    with translation.override(settings.LANGUAGE_CODE):
        return profile.get_preferred_language()


def _lines(guides: list[GuidePage], today: datetime.date) -> list[DigestLine]:
    # Called with the recipient's language active: titles come in it, or in Italian.
    return [
        DigestLine(
            title=guide.title,
            edit_url=admin_url(reverse("wagtailadmin_pages:edit", args=[guide.pk])),
            last_reviewed=guide.last_reviewed,
            due_on=guide.review_due_on,
            days_overdue=days_overdue(guide, today=today),
        )
        for guide in guides
    ]


def review_digest_message(
    *, hub: HubPage, guides: list[GuidePage], user: AbstractBaseUser, today: datetime.date
) -> EmailMultiAlternatives:
    """The digest of ``hub`` for ``user``, written in the user's admin language."""
    language = preferred_language(user)
    with translation.override(language):
        hub_title = hub.title
        context = {
            "hub_title": hub_title,
            "lines": _lines(guides, today),
            "report_url": admin_url(reverse("hubs_freshness_report")) + f"?hub={hub.pk}",
            "site_name": settings.WAGTAIL_SITE_NAME,
            "today": today,
        }
        subject = ngettext(
            "%(site)s: %(count)d guide of %(hub)s is due for review",
            "%(site)s: %(count)d guides of %(hub)s are due for review",
            len(guides),
        ) % {"site": settings.WAGTAIL_SITE_NAME, "count": len(guides), "hub": hub_title}
        text = render_to_string("hubs/email/review_digest.txt", context)
        html = render_to_string("hubs/email/review_digest.html", context)
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=[user.email],
        # RFC 3834: out-of-office robots must not answer a reminder.
        headers={"Auto-Submitted": "auto-generated", "Content-Language": language},
    )
    message.attach_alternative(html, "text/html")
    return message


def _already_sent(hub: HubPage, week: str) -> bool:
    return PageLogEntry.objects.filter(
        page_id=hub.pk, action=DIGEST_SENT_ACTION, data__week=week
    ).exists()


def _hub_digest_send(
    *, hub: HubPage, guides: list[GuidePage], today: datetime.date, week: str
) -> HubDigestOutcome:
    outcome = {"hub_id": hub.pk, "hub": hub.title, "guides": len(guides)}
    with transaction.atomic():
        # Serialises runs (beat and a manual one) on this HUB until the record commits.
        list(Page.objects.select_for_update().filter(pk=hub.pk).values_list("pk", flat=True))
        if _already_sent(hub, week):
            return HubDigestOutcome(status=DigestStatus.ALREADY_SENT, **outcome)
        recipients = review_digest_recipients(hub=hub)
        if not recipients:
            logger.warning(
                "Review digest for HUB %s (%s): %d overdue guides but %s; nothing sent.",
                hub.code,
                hub.pk,
                len(guides),
                "no moderators group (run setup_permissions)"
                if hub.moderators_group_id is None
                else "no active moderator with an e-mail address",
            )
            return HubDigestOutcome(status=DigestStatus.NO_RECIPIENTS, **outcome)
        messages = [
            review_digest_message(hub=hub, guides=guides, user=user, today=today)
            for user in recipients
        ]
        addresses = [user.email for user in recipients]
        try:
            with get_connection() as connection:
                connection.send_messages(messages)
        except (smtplib.SMTPException, OSError):
            logger.exception("Review digest for HUB %s: the mail server refused it.", hub.code)
            return HubDigestOutcome(status=DigestStatus.FAILED, **outcome)
        log(
            instance=hub,
            action=DIGEST_SENT_ACTION,
            data={
                "week": week,
                "guides": [guide.pk for guide in guides],
                "recipients": len(addresses),
            },
        )
    logger.info(
        "Review digest for HUB %s sent: guides %d, moderators %d.",
        hub.code,
        len(guides),
        len(addresses),
    )
    return HubDigestOutcome(status=DigestStatus.SENT, recipients=addresses, **outcome)


def review_digests_send(*, today: datetime.date | None = None) -> ReviewDigestReport:
    """E-mail each HUB's moderators its overdue guides, at most once per ISO week.

    A failure for one HUB (mail server down) is logged and reported, and the other HUBs
    are still served; running again in the same week sends only what was not sent.
    """
    today = today or timezone.localdate()
    report = ReviewDigestReport(week=iso_week(today))
    for group in overdue_guides_by_hub(today=today):
        report.hubs.append(
            _hub_digest_send(hub=group.hub, guides=group.guides, today=today, week=report.week)
        )
    return report
