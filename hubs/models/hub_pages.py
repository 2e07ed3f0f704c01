"""The HUB sections: one index page and a page per HUB, each owning its subtree."""

from django.contrib.auth.models import Group
from django.db import models
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Collection, Orderable, Page
from wagtail.search import index

from portal.blocks import BodyBlock
from portal.models import BasePage


class HubIndexPage(BasePage):
    """The page that presents the five HUBs of the network."""

    parent_page_types = ["portal.HomePage"]
    subpage_types = ["hubs.HubPage"]
    max_count = 1
    content_panels = [*Page.content_panels, FieldPanel("intro")]
    template = "hubs/hub_index_page.html"

    class Meta:
        verbose_name = _("HUB index")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from hubs.selectors import hub_cards

        context = super().get_context(request, *args, **kwargs)
        context["hubs"] = hub_cards(index_page=self)
        return context


class HubPage(BasePage):
    """A HUB: one municipality's specialist section on one theme.

    Everything a HUB publishes lives below this page, so that page permissions on this
    subtree are the whole of a HUB operator's reach. ``code`` is the HUB's stable name
    (the Italian slug of DESIGN.md): slugs and titles can be edited, the code cannot,
    and ``setup_hubs`` / ``setup_permissions`` find the HUB by it.
    """

    code = models.SlugField(
        _("HUB code"),
        max_length=60,
        unique=True,
        help_text=_("The HUB's permanent name, used by the set-up commands. It never changes."),
    )
    municipality = models.CharField(_("municipality"), max_length=100)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("introduction"))
    address = models.TextField(
        _("address"),
        blank=True,
        help_text=_("The HUB's office: street, postcode and town, in Italian."),
    )
    phone = models.CharField(_("telephone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)
    website = models.URLField(_("municipality's page for this HUB"), blank=True)

    # Set by ``setup_permissions``: the HUB's own collection and its two groups.
    collection = models.ForeignKey(
        Collection,
        verbose_name=_("collection"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    editors_group = models.ForeignKey(
        Group,
        verbose_name=_("editors group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderators_group = models.ForeignKey(
        Group,
        verbose_name=_("moderators group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    parent_page_types = ["hubs.HubIndexPage"]
    subpage_types = ["hubs.GuidePage", "events.EventPage", "media_kits.MediaKitPage"]
    max_count = 5
    # Each HUB keeps its own translations: one row per HUB in the translation report.
    translation_report_section = True

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("municipality"),
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("email"),
                FieldPanel("opening_hours"),
                FieldPanel("website"),
            ],
            heading=_("Contacts"),
        ),
        InlinePanel("topics", heading=_("Guide topics"), label=_("Topic")),
        InlinePanel("featured_guides", heading=_("Featured guides"), label=_("Guide"), max_num=6),
    ]
    settings_panels = [
        *Page.settings_panels,
        MultiFieldPanel(
            [
                FieldPanel("code", read_only=True),
                FieldPanel("collection", read_only=True),
                FieldPanel("editors_group", read_only=True),
                FieldPanel("moderators_group", read_only=True),
            ],
            heading=_("Set up by the portal"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("code"),
    ]
    template = "hubs/hub_page.html"

    class Meta:
        verbose_name = _("HUB")
        verbose_name_plural = _("HUBs")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from events.selectors import hub_upcoming_events
        from hubs.selectors import hub_landing

        context = super().get_context(request, *args, **kwargs)
        context["landing"] = hub_landing(hub=self, request=request)
        context["events"] = hub_upcoming_events(hub=self, limit=3, request=request)
        return context


class HubTopic(Orderable):
    """A topic that groups a HUB's guides on its landing page (e.g. "Looking for work")."""

    page = ParentalKey(HubPage, on_delete=models.CASCADE, related_name="topics")
    name = models.CharField(_("name"), max_length=120)

    panels = [FieldPanel("name")]

    class Meta(Orderable.Meta):
        verbose_name = _("guide topic")
        verbose_name_plural = _("guide topics")

    def __str__(self) -> str:
        return self.name


class HubFeaturedGuide(Orderable):
    page = ParentalKey(HubPage, on_delete=models.CASCADE, related_name="featured_guides")
    guide = models.ForeignKey(
        "hubs.GuidePage", verbose_name=_("guide"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("guide")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured guide")
        verbose_name_plural = _("featured guides")
