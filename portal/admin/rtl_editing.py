"""Right-to-left editing of the Arabic and Urdu fields in the page editor.

wagtail-modeltranslation gives every language its own input (``intro_ar``,
``body_ur``…) but leaves them all left-to-right. A small script sets ``dir`` on each
input, rich-text editor and StreamField block from the language in its name, so an
editor types Arabic and Urdu the right way round.
"""

from django.conf import settings
from django.templatetags.static import static
from django.utils.html import format_html
from modeltranslation.utils import build_localized_fieldname
from wagtail import hooks


def _suffix(code: str) -> str:
    # zh-hans becomes zh_hans in field names; the script maps it back.
    return build_localized_fieldname("x", code).removeprefix("x_").replace("_", "-")


@hooks.register("insert_editor_js")
def field_direction_script() -> str:
    return format_html(
        '<script src="{}" data-languages="{}" data-rtl-languages="{}" defer></script>',
        static("portal/admin/field-direction.js"),
        " ".join(_suffix(code) for code, *_rest in settings.PORTAL_LANGUAGES),
        " ".join(settings.PORTAL_RTL_LANGUAGES),
    )
