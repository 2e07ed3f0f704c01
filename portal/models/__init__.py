from .pages import BasePage, ContentPage, HomePage, SectionPage
from .site_settings import FooterSettings

__all__ = ["BasePage", "ContentPage", "FooterSettings", "HomePage", "SectionPage"]
