"""The weekly e-mail of guides due for review: recipients, languages, once a week."""

import datetime
import re
import socket

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from django.utils.translation import ngettext
from django_celery_beat.models import PeriodicTask
from django_celery_beat.schedulers import DatabaseScheduler
from wagtail.models import PageLogEntry

from hubs.review_digest import (
    DIGEST_SENT_ACTION,
    DigestStatus,
    iso_week,
    review_digests_send,
)
from hubs.tasks import send_review_digests
from portal.celery import app as celery_app
from tests.hubs.test_freshness import TODAY, build_network, member, moderators

pytestmark = pytest.mark.django_db


@pytest.fixture
def network() -> dict:
    return build_network()


@pytest.fixture
def moderated(network, django_user_model):
    """Moderators for Bologna (Italian and Arabic) and Ferrara (English)."""
    bologna, ferrara = moderators(network["bologna"]), moderators(network["ferrara"])
    return {
        **network,
        "bologna_it": member(django_user_model, bologna, "bo-it", "it"),
        "bologna_ar": member(django_user_model, bologna, "bo-ar", "ar"),
        "ferrara_en": member(django_user_model, ferrara, "fe-en", "en"),
        "inactive": member(django_user_model, bologna, "bo-gone", is_active=False),
        "no_email": member(django_user_model, ferrara, "fe-nomail", email=""),
    }


def by_recipient(outbox) -> dict:
    return {message.to[0]: message for message in outbox}


def test_each_hub_digest_goes_to_its_own_moderators_only(moderated, mailoutbox, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://integrazione.example.it"

    report = review_digests_send(today=TODAY)

    messages = by_recipient(mailoutbox)
    assert set(messages) == {"bo-it@example.it", "bo-ar@example.it", "fe-en@example.it"}
    assert all(len(message.to) == 1 for message in mailoutbox)
    bologna_text = messages["bo-it@example.it"].body
    ferrara_text = messages["fe-en@example.it"].body
    assert "Iscriversi al centro per l'impiego" in bologna_text
    assert "medico" not in bologna_text
    assert "Scegliere il medico di base" in ferrara_text
    assert "impiego" not in ferrara_text
    edit = f"https://integrazione.example.it/admin/pages/{moderated['ferrara_old'].pk}/edit/"
    assert edit in ferrara_text
    assert [(o.hub_id, o.status, o.guides) for o in report.hubs] == [
        (moderated["bologna"].pk, DigestStatus.SENT, 1),
        (moderated["ferrara"].pk, DigestStatus.SENT, 1),
    ]
    assert report.messages_sent == 3


def test_digest_has_text_and_self_contained_html(moderated, mailoutbox, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://integrazione.example.it/"

    review_digests_send(today=TODAY)

    message = by_recipient(mailoutbox)["fe-en@example.it"]
    html, mimetype = message.alternatives[0]
    soup = BeautifulSoup(html, "html.parser")
    days = (TODAY - moderated["ferrara_old"].review_due_on).days
    assert mimetype == "text/html"
    assert message.subject == "ER Integrazione: 1 guide of Health is due for review"
    assert f"{days} days overdue" in message.body
    assert soup.find("td", string=str(days))
    assert not soup.select("img, script, link, style, iframe, [src], [style]")
    hrefs = [a["href"] for a in soup.select("a")]
    assert hrefs and all(h.startswith("https://integrazione.example.it/admin/") for h in hrefs)
    assert f"?hub={moderated['ferrara'].pk}" in hrefs[-1]
    assert message.extra_headers["Auto-Submitted"] == "auto-generated"


def test_digest_is_written_in_each_recipients_admin_language(moderated, mailoutbox):
    review_digests_send(today=TODAY)

    messages = by_recipient(mailoutbox)
    arabic, italian = messages["bo-ar@example.it"], messages["bo-it@example.it"]
    arabic_html = BeautifulSoup(arabic.alternatives[0][0], "html.parser")
    guide = moderated["bologna_old"]

    assert arabic.extra_headers["Content-Language"] == "ar"
    assert arabic_html.html["lang"] == "ar" and arabic_html.html["dir"] == "rtl"
    assert guide.title_ar in arabic.body and "العمل" in arabic.subject
    assert italian.extra_headers["Content-Language"] == "it"
    assert guide.title_it in italian.body and "Lavoro" in italian.subject
    assert messages["fe-en@example.it"].extra_headers["Content-Language"] == "en"
    assert "Health" in messages["fe-en@example.it"].subject


def test_hub_without_moderators_is_logged_and_skipped(network, mailoutbox, caplog):
    # Bologna has no moderators group; Ferrara has one, but nobody in it has an address.
    ferrara = moderators(network["ferrara"])
    ferrara.user_set.create(username="senza-indirizzo", email="")

    report = review_digests_send(today=TODAY)

    assert mailoutbox == []
    assert [o.status for o in report.hubs] == [DigestStatus.NO_RECIPIENTS] * 2
    assert "no moderators group" in caplog.text
    assert "no active moderator with an e-mail address" in caplog.text


def test_second_run_in_the_same_week_sends_nothing(moderated, mailoutbox):
    first = review_digests_send(today=TODAY)
    again = review_digests_send(today=TODAY + datetime.timedelta(days=6))  # Sunday
    sent_in_week = len(mailoutbox)
    next_week = review_digests_send(today=TODAY + datetime.timedelta(days=7))

    assert first.messages_sent == sent_in_week == 3
    assert {o.status for o in again.hubs} == {DigestStatus.ALREADY_SENT}
    assert next_week.messages_sent == 3 and len(mailoutbox) == 6
    entry = PageLogEntry.objects.filter(
        page=moderated["bologna"], action=DIGEST_SENT_ACTION
    ).earliest("timestamp")
    assert entry.data == {
        "week": "2025-W11",
        "guides": [moderated["bologna_old"].pk],
        "recipients": 2,
    }
    # The formatter's own sentence, in the active language.
    assert entry.message == ngettext(
        "Review reminder for %(count)d guide sent to %(recipients)d moderators (%(week)s)",
        "Review reminder for %(count)d guides sent to %(recipients)d moderators (%(week)s)",
        1,
    ) % {"count": 1, "recipients": 2, "week": "2025-W11"}


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_refused_mail_is_reported_and_sent_on_the_next_run(moderated, mailoutbox, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    settings.EMAIL_USE_TLS = settings.EMAIL_USE_SSL = False

    failed = review_digests_send(today=TODAY)
    recorded = PageLogEntry.objects.filter(action=DIGEST_SENT_ACTION).count()
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    retried = review_digests_send(today=TODAY)

    assert [o.status for o in failed.hubs] == [DigestStatus.FAILED] * 2
    assert recorded == 0
    assert retried.messages_sent == 3 and len(mailoutbox) == 3


def test_task_runs_the_service(moderated, mailoutbox):
    result = send_review_digests.apply().get()

    assert result["week"] == iso_week(timezone.localdate())
    assert {hub["status"] for hub in result["hubs"]} == {"sent"}
    assert len(mailoutbox) == 3


def test_beat_schedules_the_digest_on_monday_morning_in_rome():
    # What ``celery beat`` does at start-up with the DatabaseScheduler of the settings, entry
    # by entry (its loop around this closes connections, which would end the test's transaction).
    for name, fields in celery_app.conf.beat_schedule.items():
        DatabaseScheduler.Entry.from_entry(name, app=celery_app, **fields)

    task = PeriodicTask.objects.get(name="hubs-review-digests")
    assert celery_app.conf.beat_scheduler.startswith("django_celery_beat.")
    assert task.task == "hubs.tasks.send_review_digests"
    assert task.task in celery_app.tasks
    crontab = task.crontab
    assert (crontab.minute, crontab.hour, crontab.day_of_week) == ("0", "8", "monday")
    assert str(crontab.timezone) == "Europe/Rome"


def test_iso_week_starts_on_monday():
    assert iso_week(datetime.date(2025, 3, 9)) == "2025-W10"
    assert iso_week(TODAY) == "2025-W11"
    assert iso_week(datetime.date(2026, 1, 1)) == "2026-W01"
    assert re.fullmatch(r"\d{4}-W\d{2}", iso_week(timezone.localdate()))
