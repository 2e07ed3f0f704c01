"""Where the link checker finds links: every field, block and language of published content,
and what it makes of links to portal pages and documents (no request is made here)."""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation
from wagtail.models import Page, PageViewRestriction

import sync_pim.links.signals  # noqa: F401 - connects the refresh on publish (see the report)
from hubs.models import GuidePage, HubPage
from portal.models import ContentPage
from sync_pim.links.services import links_collect, links_refresh_page
from sync_pim.models import CheckedLink, LinkKind, LinkOccurrence, LinkState
from sync_pim.selectors.links import field_label
from tests import factories
from tests.sync_pim.links_support import hub, world

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("world")]
assert world  # the module-wide fixture, used through ``usefixtures``


def step(title: str, *, details: str = "", where: str = "") -> dict:
    return {
        "type": "step",
        "value": {
            "title": title,
            "details": details,
            "documents": [],
            "where": where,
            "cost": "",
            "duration": "",
        },
    }


def reference(text: str, url: str) -> dict:
    return {"type": "reference", "value": {"text": text, "url": url, "note": ""}}


def occurrences(page: Page | None = None) -> set[tuple[str, str, str]]:
    rows = LinkOccurrence.objects.all()
    if page is not None:
        rows = rows.filter(page=page)
    return set(rows.values_list("link__url", "field", "language"))


def link(url: str) -> CheckedLink:
    return CheckedLink.objects.get(url=url)


def test_links_in_guide_steps_references_and_faq_in_every_language():
    target = factories.guide_page(parent=hub(), title_it="Pagina collegata")
    attachment = factories.document()
    guide = factories.guide_page(
        parent=hub(),
        steps_it=[
            step("Prenota", where="Sportello del Comune"),
            step(
                "Compila la domanda",
                details=(
                    '<p>Il <a href="https://www.example.org/modulo">modulo</a>, la '
                    f'<a linktype="page" id="{target.pk}">guida</a> e il '
                    f'<a linktype="document" id="{attachment.pk}">fac-simile</a>.</p>'
                ),
                where="Online su https://servizi.example.org/prenota (SPID).",
            ),
        ],
        steps_ar=[step("احجز", details='<p><a href="https://www.example.org/ar">رابط</a></p>')],
        legal_references_it=[
            reference("D.Lgs. 286/1998", "https://www.normattiva.example/286"),
            reference("Senza collegamento", ""),
        ],
        faq_ur=[
            {
                "type": "question",
                "value": {
                    "question": "کیا؟",
                    "answer": '<p><a href="https://www.example.org/ur">لنک</a></p>',
                },
            }
        ],
        attachments=[{"type": "document", "value": attachment.pk}],
    )

    report = links_collect()

    assert occurrences(guide) == {
        ("https://www.example.org/modulo", "steps[2].details", "it"),
        (f"page:{target.pk}", "steps[2].details", "it"),
        (f"document:{attachment.pk}", "steps[2].details", "it"),
        ("https://servizi.example.org/prenota", "steps[2].where", "it"),
        ("https://www.example.org/ar", "steps[1].details", "ar"),
        ("https://www.normattiva.example/286", "legal_references[1].url", "it"),
        ("https://www.example.org/ur", "faq[1].answer", "ur"),
        # Attachments are not translated: the same for every reader.
        (f"document:{attachment.pk}", "attachments[1]", ""),
    }
    assert report.pages >= 2 and report.occurrences_added == 8
    external = link("https://www.normattiva.example/286")
    assert (external.kind, external.host, external.state) == (
        LinkKind.EXTERNAL,
        "www.normattiva.example",
        LinkState.UNCHECKED,
    )
    internal = link(f"page:{target.pk}")
    assert (internal.kind, internal.target_page_id, internal.state) == (
        LinkKind.INTERNAL,
        target.pk,
        LinkState.OK,
    )
    assert link(f"document:{attachment.pk}").state == LinkState.OK


def test_links_in_body_blocks_and_untranslated_fields():
    ferrara = hub("salute")
    HubPage.objects.filter(pk=ferrara.pk).update(website="https://www.comune.example/hub-salute")
    page = factories.content_page(
        body_it=[
            {"type": "paragraph", "value": '<p><a href="https://a.example/1">uno</a></p>'},
            {
                "type": "callout",
                "value": {
                    "kind": "note",
                    "title": "Nota",
                    "text": '<p><a href="https://a.example/2">due</a></p>',
                },
            },
            {
                "type": "accordion",
                "value": {
                    "title": "",
                    "items": [
                        {"question": "Q1", "answer": "<p>niente</p>"},
                        {
                            "question": "Q2",
                            "answer": '<p><a href="https://a.example/3">tre</a></p>',
                        },
                    ],
                },
            },
            {
                "type": "video",
                "value": {
                    "url": "https://www.youtube.com/watch?v=abc123",
                    "title": "Video",
                    "transcript": "",
                },
            },
        ],
        body_fr=[{"type": "paragraph", "value": '<p><a href="https://a.example/fr">fr</a></p>'}],
    )

    links_collect()

    assert occurrences(page) == {
        ("https://a.example/1", "body[1]", "it"),
        ("https://a.example/2", "body[2].text", "it"),
        ("https://a.example/3", "body[3].items[2].answer", "it"),
        ("https://www.youtube.com/watch?v=abc123", "body[4].url", "it"),
        ("https://a.example/fr", "body[1]", "fr"),
    }
    assert ("https://www.comune.example/hub-salute", "website", "") in occurrences(ferrara)


def test_mail_phone_anchors_and_relative_links_are_not_recorded():
    page = factories.content_page(
        body_it=[
            {
                "type": "paragraph",
                "value": (
                    '<p><a href="mailto:urp@example.it">mail</a> <a href="tel:+39051000">tel</a>'
                    ' <a href="#sezione">qui</a> <a href="/it/altro/">altro</a>'
                    ' <a href="ftp://files.example/x">ftp</a>'
                    ' <a href="https://ok.example/">web</a></p>'
                ),
            }
        ]
    )

    links_collect()

    assert occurrences(page) == {("https://ok.example/", "body[1]", "it")}


def test_only_published_content_is_scanned():
    draft_only = GuidePage(
        title="Bozza",
        slug="bozza",
        live=False,
        legal_references_it=[reference("Legge", "https://draft.example/never-published")],
    )
    hub().add_child(instance=draft_only)
    draft_only.save_revision()
    guide = factories.guide_page(
        parent=hub(), legal_references_it=[reference("Legge", "https://live.example/published")]
    )
    guide.legal_references_it = [reference("Legge", "https://live.example/in-a-draft")]
    guide.save_revision()  # a draft: the page's live content is unchanged

    links_collect()

    urls = {url for url, _field, _language in occurrences()}
    assert "https://live.example/published" in urls
    assert not {"https://draft.example/never-published", "https://live.example/in-a-draft"} & urls


def test_removed_links_and_their_unused_rows_are_forgotten():
    guide = factories.guide_page(
        parent=hub(),
        legal_references_it=[
            reference("Uno", "https://keep.example/1"),
            reference("Due", "https://gone.example/2"),
        ],
    )
    links_collect()
    guide.legal_references_it = [reference("Uno", "https://keep.example/1")]
    guide.save_revision().publish()

    report = links_collect()

    assert occurrences(guide) == {("https://keep.example/1", "legal_references[1].url", "it")}
    assert not CheckedLink.objects.filter(url="https://gone.example/2").exists()
    assert (report.occurrences_removed, report.links_removed) == (1, 1)
    assert links_collect().occurrences_added == 0  # a second run changes nothing


def test_internal_links_to_unpublished_deleted_and_private_pages_are_broken():
    bologna = hub()
    unpublished = factories.guide_page(parent=bologna, title_it="Ritirata")
    deleted = factories.guide_page(parent=bologna, title_it="Cancellata")
    private = factories.guide_page(parent=bologna, title_it="Per operatori")
    live = factories.guide_page(parent=bologna, title_it="Viva")
    gone_document = factories.document()
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(Group.objects.create(name="Operatori"))
    ids = {"unpublished": unpublished.pk, "deleted": deleted.pk, "document": gone_document.pk}

    def anchor(page_id: int) -> str:
        return f'<a linktype="page" id="{page_id}">x</a>'

    details = "".join(
        anchor(pk) for pk in [ids["unpublished"], ids["deleted"], private.pk, live.pk]
    )
    details += f'<a linktype="document" id="{gone_document.pk}">doc</a>'
    factories.guide_page(parent=bologna, steps_it=[step("Leggi", details=f"<p>{details}</p>")])
    # A restricted guide links to it too: the public guide's link still makes it broken.
    restricted = factories.guide_page(
        parent=bologna, steps_it=[step("Vedi", details=anchor(private.pk))]
    )
    PageViewRestriction.objects.create(page=restricted, restriction_type=PageViewRestriction.LOGIN)
    unpublished.unpublish()
    Page.objects.get(pk=deleted.pk).delete()
    gone_document.delete()

    links_collect()

    states = {
        url: (state, error)
        for url, state, error in CheckedLink.objects.filter(kind=LinkKind.INTERNAL).values_list(
            "url", "state", "error"
        )
    }
    assert states[f"page:{ids['unpublished']}"] == (LinkState.BROKEN, "page-unpublished")
    assert states[f"page:{ids['deleted']}"] == (LinkState.BROKEN, "page-deleted")
    assert states[f"page:{private.pk}"] == (LinkState.BROKEN, "page-private")
    assert states[f"page:{live.pk}"] == (LinkState.OK, "")
    assert states[f"document:{ids['document']}"] == (LinkState.BROKEN, "document-deleted")
    assert CheckedLink.objects.get(url=f"page:{ids['deleted']}").broken_since is not None


def test_a_link_from_restricted_pages_only_to_a_private_page_is_fine():
    bologna = hub()
    private = factories.guide_page(parent=bologna, title_it="Riservata")
    restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    reader = factories.guide_page(
        parent=bologna,
        steps_it=[step("Vedi", details=f'<p><a linktype="page" id="{private.pk}">x</a></p>')],
    )
    PageViewRestriction.objects.create(page=reader, restriction_type=PageViewRestriction.LOGIN)
    assert restriction.pk

    links_collect()

    # Restricted pages are scanned too (their editors fix their links)…
    assert occurrences(reader) == {(f"page:{private.pk}", "steps[1].details", "it")}
    # …and a private target read only by logged-in readers is not a problem.
    assert link(f"page:{private.pk}").state == LinkState.OK


def test_publishing_and_unpublishing_refresh_the_links_at_once(
    django_capture_on_commit_callbacks,
):
    target = factories.guide_page(parent=hub(), title_it="Destinazione")
    with django_capture_on_commit_callbacks(execute=True):
        guide = factories.guide_page(
            parent=hub(),
            steps_it=[step("Vedi", details=f'<p><a linktype="page" id="{target.pk}">x</a></p>')],
            legal_references_it=[reference("Legge", "https://law.example/1")],
        )
    assert ("https://law.example/1", "legal_references[1].url", "it") in occurrences(guide)
    assert link(f"page:{target.pk}").state == LinkState.OK

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=target.pk).specific.unpublish()
    assert link(f"page:{target.pk}").state == LinkState.BROKEN

    with django_capture_on_commit_callbacks(execute=True):
        Page.objects.get(pk=target.pk).delete()
    assert link(f"page:{target.pk}").error == "page-deleted"

    with django_capture_on_commit_callbacks(execute=True):
        guide.unpublish()
    assert occurrences(guide) == set()
    assert not CheckedLink.objects.filter(url="https://law.example/1").exists()


def test_refreshing_one_page_leaves_the_others_alone():
    first = factories.guide_page(
        parent=hub(), legal_references_it=[reference("A", "https://one.example/")]
    )
    second = factories.guide_page(
        parent=hub(), legal_references_it=[reference("B", "https://two.example/")]
    )
    links_collect()
    GuidePage.objects.filter(pk=first.pk).update(live=False)

    links_refresh_page(page=first)

    assert occurrences(first) == set()
    assert occurrences(second) == {("https://two.example/", "legal_references[1].url", "it")}


@pytest.mark.parametrize(
    ("model", "path", "label"),
    [
        (GuidePage, "steps[2].where", "Steps › Step 2 › Where to go"),
        (
            GuidePage,
            "legal_references[1].url",
            "Legal references › Legal reference 1 › Link to the text",
        ),
        (GuidePage, "faq[3].answer", "Frequently asked questions › Question 3 › Answer"),
        (ContentPage, "body[1]", "Body › Text 1"),
        (
            ContentPage,
            "body[3].items[2].answer",
            "Body › Questions and answers 3 › Questions 2 › Answer",
        ),
        (HubPage, "website", "Municipality's page for this HUB"),
        (GuidePage, "no_such_field[1]", "no_such_field[1]"),
    ],
)
def test_field_paths_read_as_the_editor_names_them(model, path, label):
    with translation.override("en"):
        assert field_label(model, path) == label
