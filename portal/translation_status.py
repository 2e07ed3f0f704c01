"""Translation status of the portal's pages: missing, up to date or outdated, per language.

What the words mean here, concretely:

* A language's **text** is every field that modeltranslation translates on the page type
  (``title``, ``intro``, ``body``, ``seo_title``, ``search_description`` … read from the
  translator, never listed by hand) except ``slug`` and ``url_path``: those are addresses,
  not text, and ``url_path`` changes whenever a parent page moves. It is read from the
  published revision's content. What the editor rewrites on every save without anyone
  touching the words (StreamField block ids, the ``data-block-key`` attributes of rich
  text) is left out of the comparison.
* The **Italian source changed** when a publication's Italian text differs from the
  previous publication's, unless the revision was saved with "Minor change (translations
  stay current)" ticked. Its time is ``PageTranslationSource.changed_at``.
* A **translation was saved** when a publication's text in that language differs from the
  previous publication's while the page exists in that language (``page_languages``).
  Its time is ``PageTranslation.translated_at``. So publishing a translation marks it
  current, and an editor who fixes the Italian and the English together leaves English
  current and every other language outdated.
* The **previous publication** is the fingerprints stored at the last one. A page last
  published before tracking began has none stored: its latest "publish" log entry names
  the revision to compare with, and that entry's time stands for both dates. A page's
  first publication has nothing to compare with, so whatever exists then is current.

The state of a language other than Italian: *missing* when ``page_languages`` leaves it
out (its title is empty); *outdated* when the Italian changed after the translation was
last saved, or it never was since tracking began; *up to date* otherwise, including pages
not published since tracking began.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, PageLogEntry, Revision, Site, get_page_models
from wagtail.permissions import page_permission_policy

from portal.languages import SOURCE_LANGUAGE, language_codes, page_languages
from portal.models import BasePage, PageTranslation, PageTranslationSource
from portal.translation_fingerprints import text_digests

#: The page field an editor ticks for a change that leaves the translations current.
MINOR_CHANGE_FIELD = "translation_minor_change"

# Log actions that made a revision live (scheduling one is not among them).
_PUBLISHING_ACTIONS = ("wagtail.publish", "wagtail.publish.scheduled", "wagtail.revert")


class TranslationState(models.TextChoices):
    MISSING = "missing", _("missing")
    UP_TO_DATE = "up_to_date", _("up to date")
    OUTDATED = "outdated", _("outdated")


def translation_target_languages() -> list[str]:
    """Every language a page can be translated into: all but the Italian source."""
    return [code for code in language_codes() if code != SOURCE_LANGUAGE]


def language_name(code: str) -> str:
    return str(next(name for lang, name, *_rest in settings.PORTAL_LANGUAGES if lang == code))


def translatable_page_models() -> list[type[BasePage]]:
    return [model for model in get_page_models() if issubclass(model, BasePage)]


# --- Services -------------------------------------------------------------------------


def _store(
    *,
    page: Page,
    digests: dict[str, str],
    changed_at: datetime,
    translated: dict[str, datetime | None],
) -> None:
    PageTranslationSource.objects.update_or_create(
        page_id=page.pk, defaults={"changed_at": changed_at, "digest": digests[SOURCE_LANGUAGE]}
    )
    PageTranslation.objects.bulk_create(
        [
            PageTranslation(page_id=page.pk, language=code, digest=digests[code], translated_at=at)
            for code, at in translated.items()
        ],
        update_conflicts=True,
        unique_fields=["page", "language"],
        update_fields=["digest", "translated_at"],
    )


def _previous_publication(page: Page, revision: Revision) -> tuple[dict[str, str], datetime | None]:
    """Fingerprints and time of the publication before ``revision``, from the log."""
    entry = (
        PageLogEntry.objects.filter(
            page_id=page.pk, action__in=_PUBLISHING_ACTIONS, revision__isnull=False
        )
        .exclude(revision_id=revision.pk)
        .select_related("revision")
        .order_by("-timestamp", "-pk")
        .first()
    )
    if entry is None or entry.revision is None:
        return {}, None
    return text_digests(page.specific_class, entry.revision.content), entry.timestamp


def translation_publication_record(
    *, page: Page, revision: Revision, at: datetime | None = None
) -> None:
    """Record what the publication of ``revision`` changed (see the module docstring).

    Called on ``page_published``. A "minor change" is honoured here and then cleared on
    the page row, without a new revision, so that it never carries over to the next one.
    """
    if not isinstance(page, BasePage) or not page.live:
        # Scheduled for later: recorded when ``publish_scheduled`` makes it live.
        return
    at = at or timezone.now()
    digests = text_digests(type(page), revision.content)
    minor = bool(revision.content.get(MINOR_CHANGE_FIELD))
    existing = set(page_languages(page))
    with transaction.atomic():
        source = PageTranslationSource.objects.select_for_update().filter(page_id=page.pk).first()
        rows = {row.language: row for row in PageTranslation.objects.filter(page_id=page.pk)}
        if source is not None:
            previous = {row.language: row.digest for row in rows.values()}
            previous[SOURCE_LANGUAGE] = source.digest
            changed_at, baseline_at = source.changed_at, None
        else:
            previous, baseline_at = _previous_publication(page, revision)
            changed_at = baseline_at or at
        if previous and digests[SOURCE_LANGUAGE] != previous[SOURCE_LANGUAGE] and not minor:
            changed_at = at
        translated = {}
        for code in translation_target_languages():
            row = rows.get(code)
            translated[code] = row.translated_at if row else baseline_at
            if code in existing and digests[code] != previous.get(code):
                translated[code] = at
        _store(page=page, digests=digests, changed_at=changed_at, translated=translated)
        if minor:
            type(page).objects.filter(pk=page.pk).update(**{MINOR_CHANGE_FIELD: False})
            setattr(page, MINOR_CHANGE_FIELD, False)


def translation_status_record(
    *,
    page: Page,
    language: str,
    translated_at: datetime,
    source_changed_at: datetime | None = None,
) -> None:
    """Set when ``language`` was last translated and, optionally, when the Italian changed.

    For content loaded by scripts (the demo) and corrections by hand. The state follows:
    outdated when ``source_changed_at`` (or the stored one) is later than ``translated_at``,
    up to date otherwise. Moving the Italian date moves it for every language. A page
    never recorded is first taken as it stands, every existing language current.
    """
    if language not in translation_target_languages():
        raise ValueError(f"Not a language pages are translated into: {language!r}")
    page = page.specific
    with transaction.atomic():
        source = PageTranslationSource.objects.select_for_update().filter(page_id=page.pk).first()
        if source is None:
            baseline_at = page.last_published_at or timezone.now()
            existing = set(page_languages(page))
            _store(
                page=page,
                digests=text_digests(type(page), page.serializable_data()),
                changed_at=baseline_at,
                translated={
                    code: baseline_at if code in existing else None
                    for code in translation_target_languages()
                },
            )
        if source_changed_at is not None:
            PageTranslationSource.objects.filter(page_id=page.pk).update(
                changed_at=source_changed_at
            )
        PageTranslation.objects.filter(page_id=page.pk, language=language).update(
            translated_at=translated_at
        )


# --- Selectors ------------------------------------------------------------------------


def _state(
    *, exists: bool, source_changed_at: datetime | None, translated_at: datetime | None
) -> TranslationState:
    if not exists:
        return TranslationState.MISSING
    if source_changed_at is None:
        return TranslationState.UP_TO_DATE
    if translated_at is None or translated_at < source_changed_at:
        return TranslationState.OUTDATED
    return TranslationState.UP_TO_DATE


@dataclass(frozen=True)
class Section:
    """A row of the report: the home page itself, or one of its children with what is below."""

    page_id: int
    title: str
    is_home: bool


@dataclass(frozen=True)
class TranslationStatusRow:
    """One language of one page."""

    page: Page
    language: str
    state: TranslationState
    source_changed_at: datetime | None
    translated_at: datetime | None
    #: The report's section the page falls in; ``None`` outside the report.
    section: Section | None = None

    @property
    def language_name(self) -> str:
        return language_name(self.language)

    @property
    def italian_title(self) -> str:
        return _italian_title(self.page)


def _page_rows(
    page: Page,
    *,
    source_changed_at: datetime | None,
    translated: dict[str, datetime | None],
    section: Section | None = None,
) -> list[TranslationStatusRow]:
    existing = set(page_languages(page))
    return [
        TranslationStatusRow(
            page=page,
            language=code,
            state=_state(
                exists=code in existing,
                source_changed_at=source_changed_at,
                translated_at=translated.get(code),
            ),
            source_changed_at=source_changed_at,
            translated_at=translated.get(code),
            section=section,
        )
        for code in translation_target_languages()
    ]


def translation_status(page: Page) -> list[TranslationStatusRow]:
    """Every translation of ``page`` with its state and dates, for the page editor."""
    if page.pk is None:
        return _page_rows(page, source_changed_at=None, translated={})
    sources = PageTranslationSource.objects.filter(page_id=page.pk)
    translations = PageTranslation.objects.filter(page_id=page.pk)
    return _page_rows(
        page,
        source_changed_at=sources.values_list("changed_at", flat=True).first(),
        translated=dict(translations.values_list("language", "translated_at")),
    )


def translation_states(page: Page) -> dict[str, TranslationState]:
    """The state of each translation of ``page``, by language code (Italian excluded)."""
    return {row.language: row.state for row in translation_status(page)}


@dataclass
class TranslationCoverage:
    sections: list[Section] = field(default_factory=list)
    rows: list[TranslationStatusRow] = field(default_factory=list)

    def counts(self) -> dict[tuple[int, str], Counter]:
        """How many pages are in each state, by (section page id, language)."""
        counts: dict[tuple[int, str], Counter] = {}
        for row in self.rows:
            counts.setdefault((row.section.page_id, row.language), Counter())[row.state] += 1
        return counts

    def filtered(
        self,
        *,
        section_id: int | None = None,
        language: str | None = None,
        state: str | None = None,
    ) -> list[TranslationStatusRow]:
        return [
            row
            for row in self.rows
            if (section_id is None or row.section.page_id == section_id)
            and (language is None or row.language == language)
            and (state is None or row.state == state)
        ]


def _italian_title(page: Page) -> str:
    return getattr(page, build_localized_fieldname("title", SOURCE_LANGUAGE), "") or page.title


def report_home_page() -> Page | None:
    """The home page the report is organised under: the default site's root."""
    site = Site.objects.select_related("root_page").order_by("-is_default_site", "pk").first()
    return site.root_page if site else None


def translation_coverage(*, user: AbstractBaseUser | AnonymousUser) -> TranslationCoverage:
    """The state of every translation of every live page ``user`` can edit, by section.

    A handful of queries whatever the number of pages: the pages, their sources and their
    translations are each read once, and the matrix and drill-down are counted from them.
    """
    home = report_home_page()
    if home is None:
        return TranslationCoverage()
    query = (
        Page.objects.descendant_of(home, inclusive=True)
        .live()
        .filter(content_type__in=_translatable_content_type_ids(), alias_of__isnull=True)
        .order_by("path")
    )
    if not user.is_superuser:
        editable = page_permission_policy.instances_user_has_permission_for(user, "change")
        query = query.filter(pk__in=editable.values("pk"))
    pages = list(query)
    # A subquery rather than a list of ids: no limit on the number of pages.
    page_ids = query.values("pk")
    changed = dict(
        PageTranslationSource.objects.filter(page_id__in=page_ids).values_list(
            "page_id", "changed_at"
        )
    )
    translated: dict[int, dict[str, datetime | None]] = {}
    for page_id, code, at in PageTranslation.objects.filter(page_id__in=page_ids).values_list(
        "page_id", "language", "translated_at"
    ):
        translated.setdefault(page_id, {})[code] = at
    sections = _sections(home, pages)
    rows = []
    for page in pages:
        rows += _page_rows(
            page,
            source_changed_at=changed.get(page.pk),
            translated=translated.get(page.pk, {}),
            section=_section_of(page, home, sections),
        )
    # Only the sections that hold a page this user can edit, in tree order.
    return TranslationCoverage(sections=list(dict.fromkeys(row.section for row in rows)), rows=rows)


def _translatable_content_type_ids() -> list[int]:
    types = ContentType.objects.get_for_models(*translatable_page_models())
    return [content_type.pk for content_type in types.values()]


def _section_types() -> list[int]:
    """Page types that are a section of the report wherever they are (each HUB)."""
    models = [model for model in translatable_page_models() if model.translation_report_section]
    types = ContentType.objects.get_for_models(*models)
    return [content_type.pk for content_type in types.values()]


def _sections(home: Page, pages: Iterable[Page]) -> dict[str, Section]:
    """The report's sections by tree path, in tree order, for the sections ``pages`` fall in.

    A section is a child of the home page, or a page of a type declared a section of its
    own (``translation_report_section``), so that each HUB is a row of the matrix.
    """
    paths = {page.path for page in pages}
    prefixes = {
        path[:length]
        for path in paths
        for length in range(Page.steplen * (home.depth + 1), len(path) + 1, Page.steplen)
    }
    sections = {home.path: Section(page_id=home.pk, title=str(_("Home")), is_home=True)}
    candidates = Page.objects.filter(path__in=prefixes).filter(
        Q(depth=home.depth + 1) | Q(content_type__in=_section_types())
    )
    for page in candidates.order_by("path"):
        sections[page.path] = Section(page_id=page.pk, title=_italian_title(page), is_home=False)
    return sections


def _section_of(page: Page, home: Page, sections: dict[str, Section]) -> Section:
    """The innermost section ``page`` falls in (the home page is its own section)."""
    if page.pk == home.pk:
        return sections[home.path]
    for length in range(len(page.path), len(home.path), -Page.steplen):
        section = sections.get(page.path[:length])
        if section is not None:
            return section
    return sections[home.path]
