"""Site-wide settings editors manage in Wagtail (Settings → Footer)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock


def legal_page_field(verbose_name: str) -> models.ForeignKey:
    """A link to one of the legal pages; unpublishing or deleting the page only empties it."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="list-ul")
class FooterSettings(BaseSiteSetting):
    """What the footer of an Italian public body's site must carry (AgID guidelines)."""

    organisation = models.CharField(
        _("organisation"), max_length=200, default="Regione Emilia-Romagna"
    )
    address = models.TextField(_("address"), blank=True)
    tax_code = models.CharField(_("tax code (codice fiscale)"), max_length=20, blank=True)
    pec = models.EmailField(_("certified e-mail (PEC)"), blank=True)
    email = models.EmailField(_("e-mail for the public"), blank=True)
    privacy_page = legal_page_field(_("privacy notice"))
    cookie_page = legal_page_field(_("cookie policy"))
    legal_notes_page = legal_page_field(_("legal notes (content licence)"))
    accessibility_page = legal_page_field(_("accessibility statement"))
    accessibility_statement_url = models.URLField(
        _("accessibility statement on AgID's form"),
        blank=True,
        help_text=_("The statement published through AgID, if the page above links to it."),
    )
    funding_notice = models.TextField(
        _("funding notice"),
        blank=True,
        help_text=_("The EU / FAMI funding statement required on every page."),
    )
    logos = StreamField(
        [("logo", ImageBlock(label=_("Logo")))],
        blank=True,
        verbose_name=_("funding and partner logos"),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation"),
                FieldPanel("address"),
                FieldPanel("tax_code"),
                FieldPanel("pec"),
                FieldPanel("email"),
            ],
            heading=_("Contacts"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("privacy_page"),
                FieldPanel("cookie_page"),
                FieldPanel("legal_notes_page"),
                FieldPanel("accessibility_page"),
                FieldPanel("accessibility_statement_url"),
            ],
            heading=_("Legal pages"),
        ),
        MultiFieldPanel([FieldPanel("funding_notice"), FieldPanel("logos")], heading=_("Funding")),
    ]

    class Meta:
        verbose_name = _("footer")
