"""The HUBs, their groups and one person per role, built once for a whole test module.

Building the five HUBs in nine languages takes seconds, and the permission tests ask
hundreds of questions of the same world. ``module_transaction`` keeps a transaction open
for the module: the world is built in it, every test runs in a savepoint of it
(pytest-django's ``db`` nests its atomic block), so what a test changes is undone after
it, and the whole world is rolled back when the module ends.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group
from django.core.exceptions import FieldDoesNotExist
from django.db import transaction
from wagtail.blocks import StreamValue
from wagtail.fields import StreamField
from wagtail.models import Page, TaskState

from hubs.models import GuidePage, HubPage
from hubs.permissions import NETWORK_OPERATORS, REGIONAL_EDITORS, hub_permissions_ensure
from tests.factories import document, guide_page, image
from tests.factories import hubs as make_hubs

PASSWORD = "una-password-lunga-2026"


@contextmanager
def module_transaction(django_db_blocker) -> Iterator[None]:
    """An open transaction for a module-scoped fixture; rolled back at the end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def user_in(username: str, *groups: Group) -> AbstractBaseUser:
    user = get_user_model().objects.create_user(username, password=PASSWORD)
    user.groups.add(*groups)
    return user


def hub_people() -> tuple[dict[str, HubPage], dict[str, AbstractBaseUser]]:
    """The HUBs with their permissions, and a user per role.

    Users: ``redattore-<code>`` and ``moderatore-<code>`` for Bologna (``lavoro``) and
    Ferrara (``salute``), ``regionale`` (regional editors), ``operatore`` (network
    operators).
    """
    make_hubs()
    hub_permissions_ensure()
    hubs = {hub.code: hub for hub in HubPage.objects.select_related("collection")}
    people = {}
    for code in ("lavoro", "salute"):
        hub = hubs[code]
        people[f"redattore-{code}"] = user_in(f"redattore-{code}", hub.editors_group)
        people[f"moderatore-{code}"] = user_in(f"moderatore-{code}", hub.moderators_group)
    people["regionale"] = user_in("regionale", Group.objects.get(name=REGIONAL_EDITORS))
    people["operatore"] = user_in("operatore", Group.objects.get(name=NETWORK_OPERATORS))
    return hubs, people


@dataclass(frozen=True)
class HubWorld:
    """What the access matrix acts on in one HUB."""

    hub: HubPage
    #: Published, then changed in a draft: revisions to compare, a draft to view.
    live: GuidePage
    #: Never published.
    draft: GuidePage
    #: Submitted by the HUB's redattore, waiting for its moderators.
    moderated: GuidePage
    task_state: TaskState
    document_id: int
    document_title: str
    image_id: int
    image_title: str


def _guide(hub: HubPage, name: str, *, live: bool) -> GuidePage:
    fields = {
        "title_it": f"{name} {hub.code}",
        "slug_it": f"{name}-{hub.code}".lower().replace(" ", "-"),
        "steps_it": [],
        "steps_ar": [],
    }
    if live:
        return guide_page(parent=hub, **fields)
    guide = GuidePage(title=fields["title_it"], slug=fields["slug_it"], live=False, **fields)
    hub.add_child(instance=guide)
    guide.save_revision()
    return guide


def hub_world(hub: HubPage, people: dict) -> HubWorld:
    """Guides in three states, a document and an image, in ``hub``."""
    live = _guide(hub, "Guida pubblicata", live=True)
    live.title_it = f"Guida pubblicata {hub.code} (bozza)"
    live.save_revision()
    moderated = _guide(hub, "Guida in moderazione", live=True)
    moderated.title_it = f"Guida in moderazione {hub.code} (proposta)"
    redattore = people[f"redattore-{hub.code}"]
    moderated.save_revision(user=redattore)
    moderated.get_workflow().start(moderated, redattore)
    document_title = f"Modulo del HUB {hub.code}"
    image_title = f"Immagine del HUB {hub.code}"
    return HubWorld(
        hub=hub,
        live=live,
        draft=_guide(hub, "Guida in bozza", live=False),
        moderated=moderated,
        task_state=moderated.current_workflow_task_state,
        document_id=document(title=document_title, collection=hub.collection).pk,
        document_title=document_title,
        image_id=image(title=image_title, collection=hub.collection).pk,
        image_title=image_title,
    )


def edit_form_data(page: Page, **changes: str) -> dict[str, str]:
    """What the page editor posts for ``page`` as it is, with ``changes`` applied.

    Built from the editor's own form, so it follows the fields modeltranslation adds;
    stream fields are posted as they are stored only when empty (the pages these tests
    edit have empty streams).
    """
    page = page.specific
    form_class = page.get_edit_handler().get_form_class()
    form = form_class(instance=page, for_user=None)
    data: dict[str, str] = {}
    for name, bound in ((name, form[name]) for name in form.fields):
        model_field = _model_field(page, name)
        if isinstance(model_field, StreamField):
            value = getattr(page, name)
            assert not (isinstance(value, StreamValue) and len(value)), (
                f"{name} is not empty: fill it in the test's own data"
            )
            data[f"{name}-count"] = "0"
            continue
        value = bound.value()
        if value is None or value is False:
            continue
        data[name] = "on" if value is True else str(value)
    for name, formset in form.formsets.items():
        management = formset.management_form
        for field_name in management.fields:
            data[f"{name}-{field_name}"] = str(management[field_name].value() or 0)
        for index, subform in enumerate(formset.forms):
            for field_name in subform.fields:
                value = subform[field_name].value()
                if value not in (None, False):
                    data[f"{name}-{index}-{field_name}"] = str(value)
    data.update(changes)
    return data


def _model_field(page: Page, name: str):
    try:
        return page._meta.get_field(name)
    except FieldDoesNotExist:  # a form-only field (comments, scheduling)
        return None
