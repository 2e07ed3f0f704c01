"""Fields of the HUBs translated with wagtail-modeltranslation.

Not translated: a HUB's municipality, address, telephone and e-mail (the same for
every reader), a guide's audience, review dates and attachments (a plurilingual
document carries its own languages).
"""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from hubs.models import GuidePage, HubIndexPage, HubPage, HubTopic


@register(HubIndexPage)
class HubIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(HubPage)
class HubPageTranslation(TranslationOptions):
    fields = ("intro", "body", "opening_hours")


@register(HubTopic)
class HubTopicTranslation(TranslationOptions):
    fields = ("name",)


@register(GuidePage)
class GuidePageTranslation(TranslationOptions):
    fields = ("intro", "who_for", "steps", "faq", "legal_references")
