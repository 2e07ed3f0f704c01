"""Page types of the site shell: the home page, sections and generic content pages."""

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from portal.blocks import BodyBlock


class BasePage(Page):
    """What every public page of the portal shares.

    Responses are marked cacheable for anonymous visitors (see ``portal.page_cache``).
    That is safe for restricted pages too: Wagtail's ``before_serve_page`` hook answers
    a visitor who has not passed a page's restriction with the login redirect or the
    password form *instead of* calling ``serve``, and a visitor who has passed one holds
    a session cookie, which the page cache never serves nor stores.
    """

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two plain sentences: shown under the title and on cards."),
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True

    def serve(self, request: HttpRequest, *args, **kwargs) -> HttpResponse:
        response = super().serve(request, *args, **kwargs)
        response.portal_cacheable = True
        return response


class HomePage(BasePage):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    template = "portal/home_page.html"

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        context = super().get_context(request, *args, **kwargs)
        context["cards"] = [
            child.specific for child in self.get_children().live().public().in_menu()
        ]
        return context


class SectionPage(BasePage):
    """An index: its introduction, then a card for each public child page."""

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    template = "portal/section_page.html"

    class Meta:
        verbose_name = _("section")

    def get_context(self, request: HttpRequest, *args, **kwargs) -> dict:
        from portal.selectors import page_cards

        context = super().get_context(request, *args, **kwargs)
        context["cards"] = page_cards(parent=self)
        return context


class ContentPage(BasePage):
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    template = "portal/content_page.html"

    class Meta:
        verbose_name = _("content page")
