from django import template
from django.conf import settings

from portal.selectors import Footer, footer, language_links, main_navigation

register = template.Library()


@register.inclusion_tag("portal/includes/language_switcher.html", takes_context=True)
def language_switcher(context: template.Context) -> dict:
    request = context["request"]
    links = language_links(request=request, page=context.get("page"))
    current = next(link for link in links if link.is_current)
    return {"links": links, "current": current}


@register.inclusion_tag("portal/includes/main_navigation.html", takes_context=True)
def main_menu(context: template.Context) -> dict:
    request = context["request"]
    page = context.get("page")
    current_path = getattr(page, "path", "")
    return {
        "items": [
            {"item": item, "is_current": bool(current_path) and current_path.startswith(item.path)}
            for item in main_navigation(request=request)
        ]
    }


@register.simple_tag
def stylesheet_for(language_code: str) -> str:
    """The built stylesheet for the reader's script direction."""
    rtl = language_code in settings.PORTAL_RTL_LANGUAGES
    return "dist/css/portal.rtl.css" if rtl else "dist/css/portal.css"


@register.simple_tag(takes_context=True)
def site_footer(context: template.Context) -> Footer:
    return footer(request=context["request"])
