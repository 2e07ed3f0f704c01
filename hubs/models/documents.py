"""The portal's document model: one file in one language, grouped with its translations."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from wagtail.documents.models import AbstractDocument
from wagtail.search import index


def language_choices() -> list[tuple[str, str]]:
    """The portal's languages as model choices, in the portal's order."""
    return [(code, name) for code, name, _own, _direction in settings.PORTAL_LANGUAGES]


class Document(AbstractDocument):
    """A downloadable file (leaflet, form, video, captions) in one language.

    A leaflet translated into nine languages is nine documents sharing one
    ``translation_group``: pages show it as one item with a language picker.
    The group is a plain UUID rather than a link to an "original" document so
    that deleting any one language, Italian included, leaves the others grouped.
    """

    # Wagtail's own Document stays installed, so the reverse accessors of these two
    # fields need names that do not clash with its ``document_set``.
    uploaded_by_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by user"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="uploaded_hub_documents",
    )
    uploaded_by_user.wagtail_reference_index_ignore = True
    tags = TaggableManager(
        help_text=None, blank=True, verbose_name=_("tags"), related_name="hub_documents"
    )

    language = models.CharField(
        _("language"),
        max_length=10,
        choices=language_choices(),
        default="it",
        help_text=_("The language the document is written in."),
    )
    translation_group = models.UUIDField(
        _("translation group"),
        default=uuid.uuid4,
        db_index=True,
        help_text=_(
            "Documents with the same translation group are the same document in different "
            "languages. To add a translation, copy the group of the Italian version here."
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        "language",
        "translation_group",
        "collection",
        "tags",
    )

    search_fields = [*AbstractDocument.search_fields, index.FilterField("language")]

    class Meta(AbstractDocument.Meta):
        # Wagtail's collection permissions ("choose") look for this codename.
        permissions = [("choose_document", "Can choose document")]
        constraints = [
            models.UniqueConstraint(
                fields=["translation_group", "language"],
                name="hubs_document_one_language_per_group",
                violation_error_message=_(
                    "This translation group already has a document in this language: "
                    "edit that document, or choose another language."
                ),
            )
        ]
