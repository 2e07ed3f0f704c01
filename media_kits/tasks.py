"""Celery tasks of the media kits: each is a few lines around a service."""

from celery import shared_task


@shared_task
def build_kit_archive(kit_id: int, language: str) -> dict:
    """Build the kit's ZIP (and its leaflet) in ``language`` for its current content.

    Queued on commit by a reader's request or after a publish; running it twice for the
    same content builds once (``media_kits.archive``). A failure is recorded on the
    archive's row, where the reader's "preparing" page reads it, rather than retried here.
    """
    from media_kits.archive import kit_archive_build

    archive = kit_archive_build(kit_id=kit_id, language=language)
    if archive is None:
        return {"kit": kit_id, "language": language, "state": "gone"}
    return {
        "kit": kit_id,
        "language": language,
        "state": archive.state,
        "hash": archive.content_hash,
    }


@shared_task
def refresh_kit_downloads(kit_id: int) -> list[str]:
    """After a kit is published: queue its archive (with its leaflet) in every language.

    One task per language, so that several workers share the work and a reader's
    request for one language is not stuck behind the eight others.
    """
    from portal.languages import language_codes

    languages = language_codes()
    for language in languages:
        build_kit_archive.delay(kit_id, language)
    return languages
