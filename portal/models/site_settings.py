"""Site-wide settings editors manage in Wagtail (Settings → Footer)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.images.blocks import ImageBlock


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
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cookie_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("cookie policy"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    legal_notes_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("legal notes (content licence)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("accessibility statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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
