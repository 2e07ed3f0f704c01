"""Fields of events translated with wagtail-modeltranslation.

Not translated: dates, repetition, the venue and its address, the municipality and the
organiser (proper names, the same for every reader, as a HUB's address is).
"""

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from events.models import EventIndexPage, EventPage


@register(EventIndexPage)
class EventIndexPageTranslation(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTranslation(TranslationOptions):
    fields = ("intro", "description", "status_note", "languages_other")
