"""Guides: the plurilingual, step-by-step explanations a HUB publishes."""

import datetime

from dateutil.relativedelta import relativedelta
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from hubs.blocks import AttachmentsBlock, FaqBlock, LegalReferencesBlock, StepsBlock
from hubs.page_forms import GuidePageForm
from portal.models import BasePage
from sync_pim.models import PimCategory, PimShareable


class Audience(models.TextChoices):
    MIGRANTS = "migrants", _("Migrants")
    OPERATORS = "operators", _("Desk operators")
    BOTH = "both", _("Migrants and desk operators")


class GuidePage(PimShareable, BasePage):
    """A guide to one procedure or right, written for migrants, desk operators or both.

    A guide for operators only can be restricted with Wagtail's page privacy (the
    "Operatori della rete" group): it then appears nowhere public, because every
    listing, search, sitemap and feed of the portal reads only ``.public()`` pages.
    """

    audience = models.CharField(
        _("audience"), max_length=20, choices=Audience.choices, default=Audience.MIGRANTS
    )
    topic = models.ForeignKey(
        "hubs.HubTopic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="guides",
        help_text=_("Topics are listed on the HUB's page, under “Guide topics”."),
    )
    who_for = models.TextField(
        _("who it is for"),
        blank=True,
        help_text=_("Who can use this procedure, in plain words."),
    )
    steps = StreamField(StepsBlock(), blank=True, verbose_name=_("steps"))
    faq = StreamField(FaqBlock(), blank=True, verbose_name=_("frequently asked questions"))
    legal_references = StreamField(
        LegalReferencesBlock(), blank=True, verbose_name=_("legal references")
    )
    attachments = StreamField(AttachmentsBlock(), blank=True, verbose_name=_("attachments"))

    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("The day the HUB last checked that every step is still correct."),
    )
    review_interval_months = models.PositiveSmallIntegerField(
        _("review every (months)"),
        default=12,
        validators=[MinValueValidator(1), MaxValueValidator(36)],
    )

    parent_page_types = ["hubs.HubPage"]
    subpage_types: list[str] = []
    base_form_class = GuidePageForm

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro", heading=_("Summary in plain language")),
        FieldRowPanel([FieldPanel("audience"), FieldPanel("topic")]),
        FieldPanel("who_for"),
        FieldPanel("steps"),
        FieldPanel("faq"),
        FieldPanel("legal_references"),
        FieldPanel("attachments"),
        MultiFieldPanel(
            [FieldPanel("last_reviewed"), FieldPanel("review_interval_months")],
            heading=_("Review"),
        ),
    ]
    promote_panels = [*Page.promote_panels, *PimShareable.pim_panels]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("who_for"),
        index.SearchField("steps"),
        index.SearchField("faq"),
        index.FilterField("audience"),
    ]
    template = "hubs/guide_page.html"
    schema_org_type = "GovernmentService"
    default_pim_category = PimCategory.GUIDE

    class Meta:
        verbose_name = _("guide")

    @property
    def review_due_on(self) -> datetime.date | None:
        """The day the next review is due; ``None`` for a guide never reviewed."""
        if self.last_reviewed is None:
            return None
        return self.last_reviewed + relativedelta(months=self.review_interval_months)

    @property
    def is_review_overdue(self) -> bool:
        """Never reviewed, or reviewed longer ago than its interval."""
        due = self.review_due_on
        return due is None or due < timezone.localdate()

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        # ``?format=pdf`` is served here rather than at a URL of its own so that the
        # page's privacy (checked by Wagtail before ``serve``) holds for the PDF too.
        if request.GET.get("format") == "pdf":
            from hubs.pdf import guide_pdf_response

            response = guide_pdf_response(guide=self, request=request)
            response.portal_cacheable = True
            return response
        return super().serve(request, *args, **kwargs)

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from hubs.selectors import guide_details

        context = super().get_context(request, *args, **kwargs)
        context["guide"] = guide_details(guide=self, request=request)
        return context
