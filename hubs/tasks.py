"""Celery tasks of the HUBs app: each is a few lines around a service."""

from celery import shared_task

from hubs.review_digest import review_digests_send


@shared_task(bind=True, max_retries=4, default_retry_delay=900)
def send_review_digests(self) -> dict:
    """Weekly (see ``CELERY_BEAT_SCHEDULE``): each HUB's moderators get its overdue guides.

    A HUB whose mail was refused is tried again later; the HUBs already served that week
    are skipped by the service, so a retry never sends a digest twice.
    """
    report = review_digests_send()
    if report.failed:
        raise self.retry()
    return report.as_dict()


@shared_task
def refresh_guide_pdfs(guide_id: int) -> list[str]:
    """After a guide is published: build its PDF in each language it exists in.

    Readers then get the new version at once instead of waiting for a build; a PDF that
    no longer matches the published text is never served anyway (``hubs.pdf``).
    """
    from hubs.pdf import guide_pdfs_refresh

    return guide_pdfs_refresh(guide_id=guide_id)
