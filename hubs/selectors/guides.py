"""Reads of a guide's page and of its schema.org description."""

import datetime
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urljoin

from django.conf import settings
from django.http import HttpRequest
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Page

from hubs.documents import document_versions
from hubs.models import Audience, Document, GuidePage, HubPage
from portal.languages import (
    LocalisedValue,
    direction_of,
    localised,
    page_languages,
    translations_not_shown,
)

#: The ``?audience=`` values a reader can choose; "both" guides match either.
AUDIENCE_FILTERS = (Audience.MIGRANTS, Audience.OPERATORS)


def audience_label(code: str) -> str:
    """The audience's name in the reader's language ("" for an unknown value)."""
    return str(dict(Audience.choices).get(code, ""))


def _language_names() -> dict[str, tuple[str, str]]:
    """Language code → (name in its own script, direction)."""
    return {code: (own, direction) for code, _name, own, direction in settings.PORTAL_LANGUAGES}


# --- Guide ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachmentVersion:
    url: str
    language: str
    #: The language's name in its own script.
    language_name: str
    direction: str
    file_type: str
    #: Bytes; ``None`` when the file cannot be measured.
    size: int | None
    is_reader_language: bool


@dataclass(frozen=True)
class Attachment:
    #: In the reader's language when that version exists, else in the first one listed.
    title: str
    title_language: str
    title_direction: str
    versions: list[AttachmentVersion]


@dataclass(frozen=True)
class TocEntry:
    anchor: str
    label: str


@dataclass(frozen=True)
class ShareLink:
    name: str
    url: str
    #: Icon of Bootstrap Italia's sprite.
    icon: str


@dataclass(frozen=True)
class GuideDetails:
    audience: str
    audience_label: str
    topic: LocalisedValue | None
    hub_title: LocalisedValue | None
    hub_url: str
    municipality: str
    who_for: LocalisedValue
    steps: LocalisedValue
    #: Every document to bring, from every step, once each and in order.
    documents: list[str]
    faq: LocalisedValue
    legal_references: LocalisedValue
    attachments: list[Attachment]
    toc: list[TocEntry]
    last_reviewed: datetime.date | None
    share_links: list[ShareLink]
    pdf_url: str


def pdf_available() -> bool:
    """Whether guides can be downloaded as PDF (``hubs.pdf`` may be missing or disabled)."""
    try:
        from hubs.pdf import pdf_available as available
    except ImportError:
        return False
    return bool(available())


def _file_size(document: Document) -> int | None:
    if document.file_size is not None:
        return document.file_size
    try:
        return document.file.size
    except (OSError, ValueError):
        return None


def _attachments(guide: GuidePage) -> list[Attachment]:
    """Each chosen document once, with every language of its translation group."""
    reader = translation.get_language()
    names = _language_names()
    seen: set = set()
    attachments = []
    for block in guide.attachments:
        document = block.value
        if document is None or document.translation_group in seen:
            continue  # a deleted document, or one chosen twice (in two languages)
        seen.add(document.translation_group)
        versions = document_versions(document)
        first = versions[0] if versions else document
        attachments.append(
            Attachment(
                title=first.title,
                title_language=first.language,
                title_direction=direction_of(first.language),
                versions=[
                    AttachmentVersion(
                        url=version.url,
                        language=version.language,
                        language_name=names.get(version.language, (version.language, ""))[0],
                        direction=direction_of(version.language),
                        file_type=version.file_extension.upper(),
                        size=_file_size(version),
                        is_reader_language=version.language == reader,
                    )
                    for version in versions
                ],
            )
        )
    return attachments


def _documents_to_bring(steps: Any) -> list[str]:
    documents: list[str] = []
    for block in steps or []:
        for document in block.value.get("documents") or []:
            if document and document not in documents:
                documents.append(document)
    return documents


def _share_links(*, title: str, url: str) -> list[ShareLink]:
    """Plain links: nothing is loaded from the services until the reader clicks one."""
    return [
        ShareLink(
            name=_("E-mail"),
            url=f"mailto:?subject={quote(title)}&body={quote(url)}",
            icon="it-mail",
        ),
        ShareLink(
            name="WhatsApp",
            url=f"https://wa.me/?text={quote(f'{title} {url}')}",
            icon="it-whatsapp",
        ),
        ShareLink(
            name="Telegram",
            url=f"https://t.me/share/url?url={quote(url, safe='')}&text={quote(title)}",
            icon="it-telegram",
        ),
    ]


def _hub_of(guide: GuidePage) -> HubPage | None:
    """The HUB above the guide, read once per guide (its page and its JSON-LD both ask)."""
    if not hasattr(guide, "_portal_hub"):
        hubs = HubPage.objects.filter(path=guide.path[: -guide.steplen])
        guide._portal_hub = hubs.defer(*translations_not_shown(HubPage)).first()
    return guide._portal_hub


def guide_details(*, guide: GuidePage, request: HttpRequest) -> GuideDetails:
    """Everything a guide's page shows besides its title, introduction and dates."""
    steps = localised(guide, "steps")
    faq = localised(guide, "faq")
    legal_references = localised(guide, "legal_references")
    documents = _documents_to_bring(steps.value)
    attachments = _attachments(guide)
    sections = [
        ("steps", _("Steps"), steps.value),
        ("documents", _("Documents to bring"), documents),
        ("faq", _("Frequently asked questions"), faq.value),
        ("legal-references", _("Legal references"), legal_references.value),
        ("attachments", _("Attachments"), attachments),
    ]
    hub = _hub_of(guide)
    url = guide.get_url(request=request) or ""
    return GuideDetails(
        audience=guide.audience,
        audience_label=audience_label(guide.audience),
        topic=localised(guide.topic, "name") if guide.topic_id else None,
        hub_title=localised(hub, "title") if hub else None,
        hub_url=(hub.get_url(request=request) or "") if hub else "",
        municipality=hub.municipality if hub else "",
        who_for=localised(guide, "who_for"),
        steps=steps,
        documents=documents,
        faq=faq,
        legal_references=legal_references,
        attachments=attachments,
        toc=[TocEntry(anchor=anchor, label=label) for anchor, label, shown in sections if shown],
        last_reviewed=guide.last_reviewed,
        share_links=_share_links(
            title=localised(guide, "title").value or "", url=request.build_absolute_uri(url)
        ),
        pdf_url=f"{url}?format=pdf" if url and pdf_available() else "",
    )


# --- schema.org -----------------------------------------------------------------------


def guide_json_ld(page: Page, *, code: str, url: str) -> dict[str, Any]:
    """A guide's ``GovernmentService`` fields (``portal.seo.JSON_LD_EXTRA_HOOK``).

    In the language ``code`` the page is shown in, Italian where a text is missing; the
    provider is the HUB's municipality, whose name is Italian in every language.
    """
    if not isinstance(page, GuidePage):
        return {}
    hub = _hub_of(page)
    with translation.override(code):
        topic = localised(page.topic, "name").value if page.topic_id else ""
        hub_title = localised(hub, "title").value if hub else ""
        hub_url = urljoin(url, hub.get_url() or "") if hub else ""
        audiences = [page.audience] if page.audience != Audience.BOTH else AUDIENCE_FILTERS
        audience = [
            {"@type": "Audience", "audienceType": audience_label(value)} for value in audiences
        ]
    data: dict[str, Any] = {
        "serviceType": topic or hub_title,
        "areaServed": {"@type": "AdministrativeArea", "name": "Emilia-Romagna"},
        "audience": audience[0] if len(audience) == 1 else audience,
        "availableLanguage": page_languages(page),
    }
    if hub:
        data["provider"] = {
            "@type": "GovernmentOrganization",
            "name": f"Comune di {hub.municipality}",
            "department": {"@type": "GovernmentOrganization", "name": hub_title, "url": hub_url},
        }
    return data
