"""When each page's Italian text last changed, and when each translation last caught up.

Only the two dates and a fingerprint of the published text are stored; the state a
translator sees (missing / up to date / outdated) is derived from them and from the
page's titles by ``portal.translation_status``, so it can never disagree with them.
"""

from django.db import models
from django.dispatch import receiver
from django.utils.translation import gettext_lazy as _
from wagtail.signals import page_published


class PageTranslationSource(models.Model):
    """The Italian source of one page, as of its latest publication."""

    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
        verbose_name=_("page"),
    )
    #: The latest publication that changed the Italian text, minor changes excluded.
    changed_at = models.DateTimeField(_("Italian text changed at"))
    #: Fingerprint of the Italian fields as last published: the next publication compares with it.
    digest = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("translation source")
        verbose_name_plural = _("translation sources")

    def __str__(self) -> str:
        return f"{self.page_id} it"


class PageTranslation(models.Model):
    """One language of one page: when its text last changed in a publication.

    The unique constraint on (page, language) is also the index the report reads by.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("page")
    )
    # No ``choices``: the languages live in settings, and adding one must not need a migration.
    language = models.CharField(_("language"), max_length=16)
    #: The latest publication that changed this language's text while the page existed in it;
    #: empty while it never has.
    translated_at = models.DateTimeField(_("translated at"), null=True, blank=True)
    #: Fingerprint of this language's fields as last published.
    digest = models.CharField(max_length=64)

    class Meta:
        verbose_name = _("page translation")
        verbose_name_plural = _("page translations")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language"], name="portal_pagetranslation_page_language"
            )
        ]

    def __str__(self) -> str:
        return f"{self.page_id} {self.language}"


# Connected where the models are defined, so that it is wired in every process that can
# publish (the admin, ``publish_scheduled``, the demo loader), not only once the admin's
# hooks have been loaded.
@receiver(page_published, dispatch_uid="portal.translation_status.publication")
def record_publication(sender, instance, revision=None, **kwargs) -> None:
    from portal.translation_status import translation_publication_record

    # An alias carries its original's text, whose own publication is the one recorded.
    if revision is None or kwargs.get("alias") or instance.alias_of_id:
        return
    translation_publication_record(page=instance, revision=revision)
