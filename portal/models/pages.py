"""Page types of the site shell: the home page, sections and generic content pages."""

from django.db import models
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail.utils.decorators import cached_classmethod

from portal.blocks import BodyBlock
from sync_pim.forms import pim_fields_restrict


class BasePageForm(WagtailAdminPageForm):
    """The page editor form of every portal page."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # "Minor change" is declared for one publication: every edit starts unticked, even
        # when the draft it opens was saved with the box ticked.
        if "translation_minor_change" in self.fields:
            self.initial["translation_minor_change"] = False
        # Only those who may choose what is shared with PIM can change the sharing fields.
        pim_fields_restrict(self, self.for_user)


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

    translation_minor_change = models.BooleanField(
        _("Minor change (translations stay current)"),
        default=False,
        help_text=_(
            "Tick it when this change to the Italian text does not change its meaning (a typo, "
            "punctuation, a link): the translations are then not marked outdated. It applies to "
            "this publication only."
        ),
    )

    search_fields = [*Page.search_fields, index.SearchField("intro")]
    base_form_class = BasePageForm

    #: A page of this type is a row of its own in the translation status report, wherever
    #: it sits in the tree (otherwise pages are counted under the home page's child).
    translation_report_section = False

    class Meta:
        abstract = True

    @cached_classmethod
    def get_edit_handler(cls):
        """Wagtail's editor layout plus the translation panel, for every page type of the portal.

        Built here rather than listed in each ``content_panels`` so that a new page type
        gets the translation status and the "minor change" box without anyone remembering.
        """
        from portal.admin.translation_status import page_edit_handler

        return page_edit_handler(cls)

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
