from django import template
from django.utils import translation
from wagtail.models import Page

from portal.languages import (
    LocalisedValue,
    direction_of,
    listing_fields,
    localised,
    page_languages,
    untranslated_fields,
)
from portal.selectors import Footer, footer, language_links, main_navigation

register = template.Library()


@register.inclusion_tag("portal/includes/language_switcher.html", takes_context=True)
def language_switcher(context: template.Context) -> dict:
    request = context["request"]
    links = language_links(request=request, page=context.get("page"))
    current = next(link for link in links if link.is_current)
    return {"links": links, "current": current}


@register.inclusion_tag("portal/includes/fallback_notice.html", takes_context=True)
def fallback_notice(context: template.Context) -> dict:
    """The notice shown when the page is not written in the reader's language."""
    page = context.get("page")
    if page is None or translation.get_language() in page_languages(page):
        return {"shown": False}
    links = language_links(request=context["request"], page=page)
    current = next(link for link in links if link.is_current)
    return {
        "shown": True,
        "language_name": current.name_local,
        "available": [link for link in links if link.is_translated],
    }


@register.simple_tag
def has_untranslated_parts(page) -> bool:
    """True when the page exists in the reader's language but some of its text does not."""
    return page is not None and bool(untranslated_fields(page))


@register.simple_tag
def page_ancestors(page) -> list:
    """The breadcrumb's pages, with only the columns a link needs."""
    return list(page.get_ancestors().only(*listing_fields(Page)))


@register.simple_tag
def localised_field(instance, field: str) -> LocalisedValue:
    """``{% localised_field page "intro" as intro %}``: the value and the language it is in."""
    return localised(instance, field)


@register.inclusion_tag("portal/includes/main_navigation.html", takes_context=True)
def main_menu(context: template.Context) -> dict:
    request = context["request"]
    page = context.get("page")
    current_path = getattr(page, "path", "")
    return {
        "language": translation.get_language(),
        "items": [
            {"item": item, "is_current": bool(current_path) and current_path.startswith(item.path)}
            for item in main_navigation(request=request)
        ],
    }


@register.simple_tag
def stylesheet_for(language_code: str) -> str:
    """The built stylesheet for the reader's script direction."""
    rtl = direction_of(language_code) == "rtl"
    return "dist/css/portal.rtl.css" if rtl else "dist/css/portal.css"


@register.simple_tag(takes_context=True)
def site_footer(context: template.Context) -> Footer:
    return footer(request=context["request"])


@register.simple_tag
def page_title(page) -> str:
    """The ``<title>``: the SEO title in the reader's language, else the page title in it.

    An Italian SEO title is not used for a page whose title is translated.
    """
    if page is None:
        return ""
    seo_title = localised(page, "seo_title")
    title = localised(page, "title")
    if seo_title.value and not (seo_title.is_fallback and not title.is_fallback):
        return seo_title.value
    return title.value or ""
