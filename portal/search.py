"""Reads behind the site search: one index for nine languages, results in the reader's.

How a search runs, and why this way:

* **Candidates** come from Wagtail's database search index (the ``modelsearch``
  package), which keeps every language of a page in one entry, because
  wagtail-modeltranslation adds ``title_ar``, ``body_ur``… to ``search_fields``. A
  live, public page of the site is found when every word of the search is in it, in
  any language. On PostgreSQL the entry is tokenised with ``PORTAL_SEARCH_CONFIG``
  (migration portal 0002): Italian stemming after ``unaccent``, so "permessi" finds
  "permesso" and "citta" finds "città", while Arabic, Urdu, Cyrillic and Chinese
  words pass through whole. On SQLite the FTS5 index folds case and Latin accents and
  does not stem.
* **The language of the match** is then checked for the ten results shown, not for
  all of them: in the reader's language and in Italian separately. A page matched
  only by its Italian text is flagged and shows the Italian passage, marked as such.
  On PostgreSQL the check and the highlighted passage (``ts_headline``) use the same
  configuration as the index, so stemming and accents agree with what was found; on
  SQLite a word-by-word comparison mirrors FTS5.
* **Typos** (PostgreSQL): when full text finds fewer than ``PORTAL_SEARCH_TYPO_BELOW``
  pages, pages whose title in the reader's language or in Italian is close to the
  search (``pg_trgm`` word similarity on unaccented text) are added after them.
  Titles only: a title is one short value per page, so comparing all of them stays
  cheap without an index and a close title is a meaningful hit, whereas similarity
  against whole bodies is slow and ends up matching some word of almost every page.
  ``modelsearch``'s own ``Fuzzy`` query is not used for this: it compares bodies too,
  and its title column holds whichever language was active when the page was saved.
"""

import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from django.conf import settings
from django.contrib.postgres.lookups import Unaccent
from django.contrib.postgres.search import TrigramWordSimilarity
from django.core.cache import cache as cache_backend
from django.core.paginator import Page as ResultsPage
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import F, FloatField, Value
from django.db.models.functions import Coalesce, Greatest
from django.http import HttpRequest
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from modeltranslation.translator import NotRegistered, translator
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page, PageQuerySet, Site
from wagtail.search import index

from portal.languages import SOURCE_LANGUAGE, language_codes, localised
from portal.privacy import public_pages

#: Bidirectional controls (LRM, RLM, ALM, embeddings, overrides, isolates): pasted
#: along with right-to-left text, invisible, and never part of a word.
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"))
BIDI_CONTROLS.update(dict.fromkeys(range(0x2066, 0x206A)))
#: Private-use characters that delimit the highlighted words in ``ts_headline``'s output
#: until the text around them is escaped.
MARK_START, MARK_END = "\ue000", "\ue001"
#: Words of the passage shown under a result, and how many come before the first match.
SNIPPET_WORDS = 28
SNIPPET_LEAD = 8
#: Shorter words are left out of the comparison with titles: with one or two letters,
#: trigram similarity finds them at the start of almost any word.
TYPO_MIN_LETTERS = 3
#: A page's text is compared and excerpted up to this many characters per language.
TEXT_LIMIT = 100_000

# The Italian side is only needed where the reader's language does not match (to say
# "found in the Italian text" and show its passage): ``CASE`` keeps PostgreSQL from
# tokenising and excerpting it for every other result.
HEADLINE_SQL = """
SELECT m.in_reader,
       CASE WHEN m.in_reader THEN false
            ELSE to_tsvector(%(config)s::regconfig, t.source_title || E'\\n' || t.source_passage)
                 @@ q.query END,
       CASE WHEN t.reader_passage <> ''
            THEN ts_headline(%(config)s::regconfig, t.reader_passage, q.query, %(options)s)
            ELSE '' END,
       CASE WHEN t.source_passage <> '' AND NOT (m.in_reader AND btrim(t.reader_passage) <> '')
            THEN ts_headline(%(config)s::regconfig, t.source_passage, q.query, %(options)s)
            ELSE '' END
FROM unnest(%(reader_title)s::text[], %(reader_passage)s::text[],
            %(source_title)s::text[], %(source_passage)s::text[])
     WITH ORDINALITY AS t(reader_title, reader_passage, source_title, source_passage, position)
CROSS JOIN plainto_tsquery(%(config)s::regconfig, %(terms)s) AS q(query)
CROSS JOIN LATERAL (
    SELECT to_tsvector(%(config)s::regconfig, t.reader_title || E'\\n' || t.reader_passage)
           @@ q.query
    OFFSET 0  -- computed once per row, not inlined into each CASE that reads it
) AS m(in_reader)
ORDER BY t.position
"""
HEADLINE_OPTIONS = (
    f'StartSel="{MARK_START}", StopSel="{MARK_END}", '
    f"MaxWords={SNIPPET_WORDS}, MinWords={SNIPPET_WORDS // 2}, ShortWord=2, MaxFragments=1"
)


@dataclass(frozen=True)
class CleanedQuery:
    #: What is searched and shown back: controls removed, spaces collapsed, length capped.
    text: str
    #: True when the reader's text was longer than ``PORTAL_SEARCH_MAX_QUERY_LENGTH``.
    shortened: bool
    #: The words of ``text``: runs of letters, digits and combining marks.
    terms: tuple[str, ...]


@dataclass(frozen=True)
class SearchHit:
    url: str
    title: str
    #: The title is the Italian one: the page has no title in the reader's language.
    title_in_italian: bool
    #: A passage of the page, escaped, with the matching words in ``<mark>``.
    snippet: SafeString
    snippet_in_italian: bool
    #: The search matched the Italian text only, not the reader's language.
    found_in_italian: bool


@dataclass(frozen=True)
class SearchOutcome:
    query: CleanedQuery
    #: ``None`` when there was nothing to search; otherwise the page of results shown.
    results: ResultsPage | None
    hits: list[SearchHit]
    #: Some results are pages with a title close to the search, not full-text matches.
    includes_close_titles: bool


def words(text: str) -> list[str]:
    """Runs of letters, digits and combining marks; everything else separates words.

    The same split as both backends' tokenisers, near enough: punctuation, symbols,
    emoji, quotes and SQL or FTS5 operators can never reach a query as syntax.
    """
    found: list[str] = []
    current: list[str] = []
    for character in text:
        if unicodedata.category(character)[0] in "LNM":
            current.append(character)
        elif current:
            found.append("".join(current))
            current = []
    if current:
        found.append("".join(current))
    return found


def cleaned_query(raw: str) -> CleanedQuery:
    """The reader's search text, safe to search and to show, at most the configured length."""
    limit = settings.PORTAL_SEARCH_MAX_QUERY_LENGTH
    # Cleaning is linear, but a megabyte of query string is not worth cleaning whole.
    prefix = limit * 50
    text = unicodedata.normalize("NFKC", raw[:prefix]).translate(BIDI_CONTROLS)
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in text)
    text = " ".join(text.split())
    shortened = len(text) > limit or bool(raw[prefix:].strip())
    text = text[:limit].strip()
    return CleanedQuery(text=text, shortened=shortened, terms=tuple(words(text)))


def reader_language() -> str:
    code = translation.get_language()
    return code if code in language_codes() else SOURCE_LANGUAGE


def search_pages(
    *,
    request: HttpRequest,
    query: CleanedQuery,
    page_number: str | None,
    within: Page | None = None,
) -> SearchOutcome:
    """Live, public pages of the request's site that match ``query``, one page of results.

    ``within`` narrows the search to that page's descendants (a HUB searching its guides).
    """
    if not query.text:
        return SearchOutcome(query=query, results=None, hits=[], includes_close_titles=False)
    if not query.terms:
        # Only punctuation or symbols: searched, and nothing can match.
        return SearchOutcome(
            query=query, results=_results_page([], None), hits=[], includes_close_titles=False
        )
    code = reader_language()
    pages = _site_pages(request)
    if within is not None:
        pages = pages.descendant_of(within)
    # One ranked query gives both the count and every page of results: ids and types
    # only, the ten shown are then loaded as their own types.
    found = pages.only("pk", "content_type").search(" ".join(query.terms), operator="and")
    keys = [(page.pk, page.content_type_id) for page in found[: settings.PORTAL_SEARCH_MAX_RESULTS]]
    close: dict[int, bool] = {}
    typed = [term for term in query.terms if len(term) >= TYPO_MIN_LETTERS]
    if (
        typed
        and connection.vendor == "postgresql"
        and len(keys) < settings.PORTAL_SEARCH_TYPO_BELOW
    ):
        near = _close_titles(pages, typed=typed, code=code, exclude=[pk for pk, _type in keys])
        close = {pk: reader_title for pk, _type, reader_title in near}
        keys += [(pk, content_type) for pk, content_type, _reader in near]
    results = _results_page(keys, page_number)
    hits = _hits(
        request=request, keys=list(results.object_list), query=query, code=code, close=close
    )
    return SearchOutcome(query=query, results=results, hits=hits, includes_close_titles=bool(close))


def _site_pages(request: HttpRequest) -> PageQuerySet:
    pages = public_pages(Page.objects.live().filter(depth__gt=1), request=request)
    site = Site.find_for_request(request)
    if site is not None:
        pages = pages.descendant_of(site.root_page, inclusive=True)
    return pages


def _results_page(keys: list[tuple[int, int]], number: str | None) -> ResultsPage:
    """Garbage gives the first page, a number past the end the last one: never an error."""
    paginator = Paginator(keys, settings.PORTAL_SEARCH_PAGE_SIZE)
    text = (number or "").strip()
    try:
        wanted = int(text or 1)
    except ValueError:
        # Too many digits for int() is still a number, past the end.
        wanted = paginator.num_pages if text.isdecimal() else 1
    return paginator.get_page(max(wanted, 1))


def _close_titles(
    pages: PageQuerySet, *, typed: list[str], code: str, exclude: list[int]
) -> list[tuple[int, int, bool]]:
    """Pages whose title is close to the search, best first.

    (id, content type, whether the close title is the one in the reader's language).
    """
    searched = Unaccent(Value(" ".join(typed)))

    def similarity(code: str) -> Coalesce:
        title = Unaccent(F(build_localized_fieldname("title", code)))
        return Coalesce(TrigramWordSimilarity(searched, title), 0.0, output_field=FloatField())

    threshold = settings.PORTAL_SEARCH_TYPO_SIMILARITY
    rows = (
        pages.exclude(pk__in=exclude)
        .annotate(reader=similarity(code), source=similarity(SOURCE_LANGUAGE))
        .annotate(best=Greatest("reader", "source"))
        .filter(best__gte=threshold)
        .order_by("-best", "pk")
        .values_list("pk", "content_type", "reader")[: settings.PORTAL_SEARCH_TYPO_LIMIT]
    )
    return [(pk, content_type, reader >= threshold) for pk, content_type, reader in rows]


@dataclass(frozen=True)
class _Texts:
    """A page's own text in one language: no fallback, empty when not written."""

    title: str
    #: search description, then the other translated search fields (intro, body…).
    passage: str

    @property
    def whole(self) -> str:
        return f"{self.title}\n{self.passage}"


def _hits(
    *,
    request: HttpRequest,
    keys: list[tuple[int, int]],
    query: CleanedQuery,
    code: str,
    close: dict[int, bool],
) -> list[SearchHit]:
    pages = _result_pages(keys, code)
    if not pages:
        return []
    readers = _page_texts(pages, code)
    # For an Italian reader the source is the reader's own text: nothing to compare.
    sources = (
        _page_texts(pages, SOURCE_LANGUAGE)
        if code != SOURCE_LANGUAGE
        else [_Texts(title="", passage="")] * len(pages)
    )
    if connection.vendor == "postgresql":
        matches = _matches_in_postgresql(readers, sources, query)
    else:
        matches = _matches_in_python(readers, sources, query)
    hits = []
    for page, reader, (in_reader, in_source, reader_snippet, source_snippet) in zip(
        pages, readers, matches, strict=True
    ):
        if page.pk in close:
            in_reader, in_source = close[page.pk], not close[page.pk]
        found_in_italian = code != SOURCE_LANGUAGE and in_source and not in_reader
        snippet_in_italian = code != SOURCE_LANGUAGE and (
            found_in_italian or not reader.passage.strip()
        )
        title = localised(page, "title")
        hits.append(
            SearchHit(
                url=page.get_url(request=request) or "",
                title=title.value,
                title_in_italian=title.language != code,
                snippet=source_snippet if snippet_in_italian else reader_snippet,
                snippet_in_italian=snippet_in_italian,
                found_in_italian=found_in_italian,
            )
        )
    return hits


def _result_pages(keys: list[tuple[int, int]], code: str) -> list[Page]:
    """The pages (id, content type) in the same order, as plain pages, in one query.

    A result needs its title and its link, which every page type keeps in Wagtail's own
    table (no page type here routes its URL differently): the page types' tables are not
    joined, and only these columns are read. With nine languages a page row is wide, and
    loading all of it was the largest cost of a search. Texts come from ``_page_texts``.
    """
    found = Page.objects.only(*_shown_fields(code)).in_bulk([pk for pk, _type in keys])
    return [found[pk] for pk, _type in keys if pk in found]


@cache
def _shown_fields(code: str) -> tuple[str, ...]:
    names = {"id", "content_type", "path", "depth", "url_path", "title", "live_revision"}
    for language in {code, SOURCE_LANGUAGE}:
        for field in ("title", "url_path"):
            names.add(build_localized_fieldname(field, language))
    return tuple(sorted(names))


@cache
def _text_fields(model: type[Page], code: str) -> tuple[str, ...]:
    names = {"id", build_localized_fieldname("title", code)}
    names.add(build_localized_fieldname("search_description", code))
    names.update(field.field_name for field in _language_fields(model, code))
    return tuple(sorted(names))


def _page_texts(pages: list[Page], code: str) -> list[_Texts]:
    """Each page's own text in ``code``, remembered per published revision.

    Flattening rich text and blocks into words was half of a search's time, and the
    result changes only when the page is published again (a new live revision).
    """
    keys = {
        page.pk: f"portal:search-text:{page.pk}:{page.live_revision_id}:{code}"
        for page in pages
        # A page saved without a revision (by code, not by an editor) is never remembered.
        if page.live_revision_id is not None
    }
    remembered = cache_backend.get_many(list(keys.values()))
    texts = {pk: _Texts(*remembered[key]) for pk, key in keys.items() if key in remembered}
    missing: dict[type[Page], list[int]] = defaultdict(list)
    for page in pages:
        if page.pk not in texts:
            missing[page.specific_class or Page].append(page.pk)
    fresh: dict[str, tuple[str, str]] = {}
    for model, ids in missing.items():
        read = model._default_manager.only(*_text_fields(model, code)).in_bulk(ids)
        for pk, page in read.items():
            texts[pk] = _texts(page, code)
            if pk in keys:
                fresh[keys[pk]] = (texts[pk].title, texts[pk].passage)
    if fresh:
        cache_backend.set_many(fresh, settings.PORTAL_FRAGMENT_CACHE_SECONDS)
    return [texts[page.pk] for page in pages]


@cache
def _language_fields(model: type[Page], code: str) -> tuple[Any, ...]:
    """The model's translated search fields in ``code`` other than the title (intro, body…)."""
    try:
        translated = translator.get_options_for_model(model).all_fields
    except NotRegistered:
        return ()
    names = {
        field.name for fields in translated.values() for field in fields if field.language == code
    }
    names.discard(build_localized_fieldname("title", code))
    return tuple(
        field
        for field in model.get_search_fields()
        if isinstance(field, index.SearchField) and field.field_name in names
    )


def _texts(page: Page, code: str) -> _Texts:
    parts = [getattr(page, build_localized_fieldname("search_description", code), "")]
    parts += [_flatten(field.get_value(page)) for field in _language_fields(type(page), code)]
    passage = "\n".join(part.strip() for part in parts if part and part.strip())
    title = getattr(page, build_localized_fieldname("title", code), "") or ""
    return _Texts(title=title.strip(), passage=_without_marks(passage)[:TEXT_LIMIT])


def _flatten(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return "\n".join(_flatten(item) for item in value)
    return str(value)


def _without_marks(text: str) -> str:
    return text.replace(MARK_START, "").replace(MARK_END, "")


def _matches_in_postgresql(
    readers: list[_Texts], sources: list[_Texts], query: CleanedQuery
) -> list[tuple[bool, bool, SafeString, SafeString]]:
    with connection.cursor() as cursor:
        cursor.execute(
            HEADLINE_SQL,
            {
                "config": settings.PORTAL_SEARCH_CONFIG,
                "options": HEADLINE_OPTIONS,
                "terms": " ".join(query.terms),
                "reader_title": [texts.title for texts in readers],
                "reader_passage": [texts.passage for texts in readers],
                "source_title": [texts.title for texts in sources],
                "source_passage": [texts.passage for texts in sources],
            },
        )
        rows = cursor.fetchall()
    return [
        (
            bool(in_reader),
            bool(in_source),
            _marked(headline, reader.passage),
            _marked(source_headline, source.passage),
        )
        for (in_reader, in_source, headline, source_headline), reader, source in zip(
            rows, readers, sources, strict=True
        )
    ]


def _marked(headline: str, passage: str) -> SafeString:
    """``ts_headline``'s excerpt escaped, its delimiters turned into ``<mark>``, ellipses added."""
    if not passage:
        return mark_safe("")
    headline, flat = " ".join(headline.split()), " ".join(passage.split())
    plain = _without_marks(headline)
    html = escape(headline).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")
    if plain and not flat.startswith(plain[:20]):
        html = f"… {html}"
    if plain and not flat.endswith(plain[-20:]):
        html = f"{html} …"
    return mark_safe(html)  # noqa: S308 - every piece of text above is escaped


def _folded(text: str) -> str:
    """Case and accents folded, as FTS5's ``unicode61`` tokeniser does."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _matches_in_python(
    readers: list[_Texts], sources: list[_Texts], query: CleanedQuery
) -> list[tuple[bool, bool, SafeString, SafeString]]:
    terms = {_folded(term) for term in query.terms}

    def contains(text: str) -> bool:
        return terms <= set(words(_folded(text)))

    return [
        (
            contains(reader.whole),
            contains(source.whole),
            _plain_snippet(reader.passage, terms),
            _plain_snippet(source.passage, terms),
        )
        for reader, source in zip(readers, sources, strict=True)
    ]


def _plain_snippet(passage: str, terms: set[str]) -> SafeString:
    """A window of the passage around the first matching word, matches in ``<mark>``."""
    tokens = passage.split()
    matching = {i for i, token in enumerate(tokens) if terms & set(words(_folded(token)))}
    start = max(min(matching) - SNIPPET_LEAD, 0) if matching else 0
    end = start + SNIPPET_WORDS
    shown = [
        f"<mark>{escape(token)}</mark>" if i in matching else str(escape(token))
        for i, token in enumerate(tokens[start:end], start=start)
    ]
    html = " ".join(shown)
    if start > 0:
        html = f"… {html}"
    if end < len(tokens):
        html = f"{html} …"
    return mark_safe(html)  # noqa: S308 - every token is escaped
