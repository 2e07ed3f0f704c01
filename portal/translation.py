"""Fields translated with wagtail-modeltranslation: one column per language of the portal."""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from portal.models import ContentPage, FooterSettings, HomePage, SectionPage


@register(HomePage)
class HomePageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(SectionPage)
class SectionPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(ContentPage)
class ContentPageTranslation(TranslationOptions):
    fields = ("intro", "body")


@register(FooterSettings)
class FooterSettingsTranslation(TranslationOptions):
    # The address and PEC are the same in every language; the notice is read by everyone.
    fields = ("funding_notice",)
