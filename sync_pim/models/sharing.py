"""What an editor chooses to share with the Portale Integrazione Migranti."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from sync_pim.admin.outbox_panels import OutboxDeliveriesPanel


class PimCategory(models.TextChoices):
    """The sections of the region's page on PIM that content is filed under."""

    NEWS = "news", _("News")
    GOOD_PRACTICE = "good-practice", _("Good practice")
    OPPORTUNITY = "opportunity", _("Opportunity")
    SERVICE = "service", _("Service")
    GUIDE = "guide", _("Guide")
    PROJECT = "project", _("Project")
    LEGISLATION = "legislation", _("Regional legislation")
    PIANO_INTEGRATO = "piano-integrato", _("Piano integrato update")
    POR_ACTION = "por-action", _("POR action")


class PimShareable(models.Model):
    """Mixin for page types an editor may share with PIM.

    Sharing is a choice per page, not per language: every published language version
    is sent, each as an item of its own. A page that is private (restricted by Wagtail's
    page privacy, its own or an ancestor's) can never be shared: the form refuses it and
    the sender checks again before anything leaves.
    """

    share_with_pim = models.BooleanField(
        _("share with PIM"),
        default=False,
        help_text=_(
            "Send this page, in every language it is published in, to the region's page "
            "on the Portale Integrazione Migranti. Private pages cannot be shared."
        ),
    )
    pim_category = models.CharField(
        _("PIM category"),
        max_length=32,
        choices=PimCategory.choices,
        blank=True,
        help_text=_("The section of the PIM page this content belongs to."),
    )

    #: The category proposed for a new page of this type.
    default_pim_category: str = ""

    pim_panels = [
        MultiFieldPanel(
            [FieldPanel("share_with_pim"), FieldPanel("pim_category")],
            heading=_("Portale Integrazione Migranti"),
        ),
        OutboxDeliveriesPanel(),
    ]

    class Meta:
        abstract = True

    def clean(self) -> None:
        from sync_pim.payload import ancestry_for_save

        super().clean()
        if not self.share_with_pim:
            return
        errors: dict[str, str] = {}
        if not self.pim_category:
            errors["pim_category"] = _("Choose the PIM category of a page you share with PIM.")
        if self.pk and ancestry_for_save(self).private:
            errors["share_with_pim"] = _(
                "This page is private (page privacy, its own or a parent page's): "
                "private pages cannot be shared with PIM."
            )
        if errors:
            raise ValidationError(errors)
