from .pages import BasePage, ContentPage, HomePage, SectionPage
from .site_settings import FooterSettings
from .translation_status import PageTranslation, PageTranslationSource

__all__ = [
    "BasePage",
    "ContentPage",
    "FooterSettings",
    "HomePage",
    "PageTranslation",
    "PageTranslationSource",
    "SectionPage",
]
