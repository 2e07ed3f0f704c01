"""Results of the link checker: every link in published content and where it is."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class LinkKind(models.TextChoices):
    EXTERNAL = "external", _("External")
    INTERNAL = "internal", _("Internal page")


class LinkState(models.TextChoices):
    UNCHECKED = "unchecked", _("Not checked yet")
    OK = "ok", _("Working")
    REDIRECT = "redirect", _("Redirected")
    BROKEN = "broken", _("Broken")


class CheckedLink(models.Model):
    """One distinct link target and the outcome of its last check.

    External links are checked over HTTP; an internal link (to a page of the portal)
    is broken when its page is unpublished or deleted, which needs no request.
    """

    url = models.CharField(_("URL"), max_length=2000, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=LinkKind.choices)
    host = models.CharField(_("host"), max_length=255, blank=True, db_index=True)
    #: For an internal link: the page it points at (no foreign key: the page may be gone).
    target_page_id = models.PositiveIntegerField(_("target page"), null=True, blank=True)
    state = models.CharField(
        _("state"), max_length=10, choices=LinkState.choices, default=LinkState.UNCHECKED
    )
    status_code = models.PositiveSmallIntegerField(_("status code"), null=True, blank=True)
    final_url = models.CharField(_("final URL"), max_length=2000, blank=True)
    #: Each hop of a redirect: ``[{"status": 301, "url": "https://…"}, …]``.
    redirects = models.JSONField(_("redirects"), default=list, blank=True)
    error = models.TextField(_("error"), blank=True)
    checked_at = models.DateTimeField(_("last checked"), null=True, blank=True)
    broken_since = models.DateTimeField(_("broken since"), null=True, blank=True)

    class Meta:
        verbose_name = _("checked link")
        indexes = [models.Index(fields=["state", "checked_at"], name="sync_pim_link_state")]

    def __str__(self) -> str:
        return self.url


class LinkOccurrence(models.Model):
    """Where a link is: the page, the field and the language version."""

    link = models.ForeignKey(
        CheckedLink, on_delete=models.CASCADE, related_name="occurrences", verbose_name=_("link")
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("page"),
    )
    #: The model field, e.g. ``steps``, with the block path where there is one.
    field = models.CharField(_("field"), max_length=255)
    language = models.CharField(_("language"), max_length=10)

    class Meta:
        verbose_name = _("link occurrence")
        constraints = [
            models.UniqueConstraint(
                fields=["link", "page", "field", "language"], name="sync_pim_link_occurrence"
            )
        ]

    def __str__(self) -> str:
        return f"{self.link} on page {self.page_id} ({self.field}, {self.language})"
