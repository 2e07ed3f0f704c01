"""Reads of the link checker: which problems a user may see, and how to say them.

A user sees a link where it is on a page they may edit (Wagtail's "change" permission):
a HUB operator their HUB's pages, regional editors and superusers every page. The same
rule serves the report, its export and the dashboard panel.
"""

import re
from dataclasses import dataclass, field
from http import HTTPStatus

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.core.exceptions import FieldDoesNotExist
from django.db.models import F, QuerySet
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from sync_pim.links.check import ErrorKind, error_parts
from sync_pim.links.extract import document_id_of
from sync_pim.models import CheckedLink, LinkKind, LinkOccurrence, LinkState

#: The states the report and the panel are about: links editors should change.
PROBLEM_STATES = (LinkState.BROKEN, LinkState.REDIRECT)
#: Language filter value for fields that are not translated (the same in every language).
UNTRANSLATED = "untranslated"


def link_occurrences_for_user(
    user: AbstractBaseUser | AnonymousUser, *, states: tuple[str, ...] = PROBLEM_STATES
) -> QuerySet[LinkOccurrence]:
    """Occurrences of links in ``states`` on pages ``user`` may edit."""
    editable = page_permission_policy.instances_user_has_permission_for(user, "change")
    return LinkOccurrence.objects.filter(
        link__state__in=states, page__in=editable.values("pk")
    ).select_related("link", "page")


@dataclass
class BrokenLinkPlace:
    """A broken link on a page, with every field and language it is in there."""

    page: Page
    link: CheckedLink
    fields: list[str] = field(default_factory=list)
    languages: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class BrokenLinksSummary:
    #: Broken links counted once per page, whatever the number of languages they are in.
    broken: int
    redirect: int
    #: The longest broken first, at most the number asked for.
    first: list[BrokenLinkPlace]


def _places_count(occurrences: QuerySet[LinkOccurrence]) -> int:
    return occurrences.order_by().values("page_id", "link_id").distinct().count()


def broken_links_summary(
    *, user: AbstractBaseUser | AnonymousUser, rows: int = 5
) -> BrokenLinksSummary:
    """The user's broken links for the dashboard: a link copied into nine language
    versions of a page is one thing to fix there, so it is one row and counts once."""
    occurrences = link_occurrences_for_user(user)
    broken = occurrences.filter(link__state=LinkState.BROKEN).order_by(
        F("link__broken_since").asc(nulls_last=True), "link_id", "page__path", "field"
    )
    places: dict[tuple[int, int], BrokenLinkPlace] = {}
    languages = len(settings.PORTAL_LANGUAGES) + 1
    for occurrence in broken[: rows * languages * 4]:
        key = (occurrence.page_id, occurrence.link_id)
        if key not in places:
            if len(places) == rows:
                continue
            places[key] = BrokenLinkPlace(page=occurrence.page, link=occurrence.link)
        place = places[key]
        place.fields.append(occurrence.field)
        if occurrence.language not in place.languages:
            place.languages.append(occurrence.language)
    return BrokenLinksSummary(
        broken=_places_count(broken),
        redirect=_places_count(occurrences.filter(link__state=LinkState.REDIRECT)),
        first=list(places.values()),
    )


# --- Saying it -------------------------------------------------------------------------


def _messages() -> dict[str, str]:
    # Built per call so that each reader gets their own language.
    return {
        ErrorKind.TIMEOUT: _("No answer within %(detail)s"),
        ErrorKind.DNS: _("The site's name does not exist"),
        ErrorKind.CONNECTION: _("Could not connect to the site"),
        ErrorKind.PROTOCOL: _("The connection broke off"),
        ErrorKind.TOO_MANY_REDIRECTS: _("More than %(detail)s redirects"),
        ErrorKind.BAD_REDIRECT: _("Redirected to no address"),
        ErrorKind.INVALID_URL: _("Not a valid web address"),
        ErrorKind.PRIVATE_ADDRESS: _("Points inside a private network, not checked"),
        ErrorKind.PAGE_DELETED: _("The linked page has been deleted"),
        ErrorKind.PAGE_UNPUBLISHED: _("The linked page is unpublished"),
        ErrorKind.PAGE_PRIVATE: _("The linked page is private: public readers are asked to log in"),
        ErrorKind.DOCUMENT_DELETED: _("The linked document has been deleted"),
    }


def link_problem(link: CheckedLink) -> str:
    """What is wrong with ``link``, in the active language."""
    kind, detail = error_parts(link.error)
    if link.status_code and link.state == LinkState.BROKEN and kind in ("", ErrorKind.HTTP):
        try:
            phrase = HTTPStatus(link.status_code).phrase
        except ValueError:
            phrase = detail
        return _("The server answered %(status)s %(reason)s") % {
            "status": link.status_code,
            "reason": phrase,
        }
    if link.state == LinkState.REDIRECT:
        return _("Moved permanently: update the link to %(url)s") % {"url": link.final_url}
    message = _messages().get(kind)
    if message is None:
        return link.error
    return message % {"detail": detail} if "%(detail)s" in message else message


def language_label(code: str) -> str:
    if not code:
        return _("Every language (not translated)")
    names = {language: str(name) for language, name, *_rest in settings.PORTAL_LANGUAGES}
    return names.get(code, code)


def link_targets(links: list[CheckedLink]) -> dict[int, str]:
    """How to name each link: its address, or the page or document it points at."""
    page_ids = {link.target_page_id for link in links if link.target_page_id}
    document_ids = {document_id_of(link.url) for link in links} - {None}
    pages = dict(Page.objects.filter(pk__in=page_ids).values_list("pk", "title"))
    documents = dict(
        get_document_model().objects.filter(pk__in=document_ids).values_list("pk", "title")
    )
    names = {}
    for link in links:
        if link.kind == LinkKind.EXTERNAL:
            names[link.pk] = link.url
        elif link.target_page_id:
            title = pages.get(link.target_page_id) or f"#{link.target_page_id}"
            names[link.pk] = _("Page “%(title)s”") % {"title": title}
        else:
            document_id = document_id_of(link.url)
            title = documents.get(document_id) or f"#{document_id}"
            names[link.pk] = _("Document “%(title)s”") % {"title": title}
    return names


_STEP = re.compile(r"\[(\d+)\]|\.(\w+)")


def _block_label(block: blocks.Block) -> str:
    return str(capfirst(block.label or block.name or ""))


def _stream_child(stream: blocks.StreamBlock, next_name: str | None) -> blocks.Block | None:
    """The child type a path step into ``stream`` went through (the path keeps only its
    position): the only child that has the next step, or the only rich text child."""
    children = list(stream.child_blocks.values())
    if len(children) == 1:
        return children[0]
    if next_name is None:
        candidates = [child for child in children if isinstance(child, blocks.RichTextBlock)]
    else:
        candidates = [
            child
            for child in children
            if isinstance(child, blocks.StructBlock) and next_name in child.child_blocks
        ]
    return candidates[0] if len(candidates) == 1 else None


def field_label(model: type[Page], path: str) -> str:
    """``steps[2].where`` as an editor reads it: "Steps › Step 2 › Where to go"."""
    head = re.match(r"\w+", path)
    if head is None:
        return path
    name, rest = head.group(0), path[head.end() :]
    try:
        model_field = model._meta.get_field(name)
    except FieldDoesNotExist:  # a field removed since the link was found
        return path
    parts = [str(capfirst(model_field.verbose_name))]
    block = model_field.stream_block if isinstance(model_field, StreamField) else None
    steps = _STEP.findall(rest)
    for index, (position, child_name) in enumerate(steps):
        if block is None:
            return path
        if position:
            following = steps[index + 1][1] if index + 1 < len(steps) else None
            if isinstance(block, blocks.StreamBlock):
                block = _stream_child(block, following or None)
                label = _block_label(block) if block is not None else ""
                parts.append(f"{label} {position}".strip())
            elif isinstance(block, blocks.ListBlock):
                block = block.child_block
                parts[-1] = f"{parts[-1]} {position}"
            else:
                return path
        else:
            if not isinstance(block, blocks.StructBlock) or child_name not in block.child_blocks:
                return path
            block = block.child_blocks[child_name]
            parts.append(_block_label(block))
    return " › ".join(parts)
