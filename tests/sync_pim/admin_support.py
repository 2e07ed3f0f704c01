"""The people and outbox rows the admin tests of the PIM synchronisation act on.

People come from ``tests/hubs/permission_world.py`` (the HUB groups as
``setup_permissions`` makes them) plus a superuser. The regional editors' group is given
the outbox permissions here, as the project's permission set-up is meant to give them; on
a set-up that already does, that is a no-op.

Outbox rows are written directly, with their attempt log: the admin only reads them, and
a realistic history (five failed attempts, a 400, a delivery) would otherwise need a
receiver misbehaving on cue.
"""

import datetime
import uuid
from collections.abc import Iterator

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AbstractBaseUser, Group, Permission
from django.contrib.messages import get_messages
from django.test import Client
from django.utils import timezone, translation
from django.utils.translation import gettext

from hubs.models import GuidePage
from hubs.permissions import REGIONAL_EDITORS
from sync_pim.models import DeliveryAttempt, OutboxEntry, OutboxState
from tests.factories import guide_page
from tests.hubs.permission_world import PASSWORD, hub_people, module_transaction

#: What the regional editors hold on the outbox: read it, retry and re-send, and choose
#: what is shared.
REGIONAL_PIM_PERMISSIONS = ("view_outboxentry", "change_outboxentry", "share_with_pim")
ROLES = ("anonymous", "redattore-lavoro", "moderatore-lavoro", "regionale", "admin")

REPORT = "/admin/reports/pim-sync/"
RESEND = "/admin/reports/pim-sync/resend/"


def entry_path(entry: OutboxEntry | int) -> str:
    return f"{REPORT}{getattr(entry, 'pk', entry)}/"


def retry_path(entry: OutboxEntry | int) -> str:
    return f"{entry_path(entry)}retry/"


def grant_regional_pim_permissions() -> Group:
    group = Group.objects.get(name=REGIONAL_EDITORS)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="sync_pim", codename__in=REGIONAL_PIM_PERMISSIONS
        )
    )
    return group


def pim_people() -> dict[str, AbstractBaseUser]:
    """The HUB people of ``hub_people()`` with outbox permissions for the regional
    editors, and ``admin``, a superuser."""
    hubs, people = hub_people()
    grant_regional_pim_permissions()
    people["admin"] = get_user_model().objects.create_superuser(
        "amministratore", "amministratore@example.it", PASSWORD
    )
    # The admin in English for everyone here: the assertions read the English msgids.
    from wagtail.users.models import UserProfile

    for person in people.values():
        UserProfile.objects.update_or_create(user=person, defaults={"preferred_language": "en"})
    people["hubs"] = hubs
    return people


def pim_world_built(django_db_blocker) -> Iterator[dict]:
    """The people, and a live guide of the Bologna HUB, for a module-scoped fixture::

    @pytest.fixture(scope="module")
    def pim_world(django_db_setup, django_db_blocker):
        yield from pim_world_built(django_db_blocker)
    """
    with module_transaction(django_db_blocker), translation.override("it"):
        people = pim_people()
        guide = guide_page(
            parent=people["hubs"]["lavoro"],
            title_it="Iscriversi al centro per l'impiego",
            slug_it="iscriversi-centro-impiego",
            steps_it=[],
            steps_ar=[],
        )
        yield {"people": people, "guide": guide}


def client_for(people: dict, role: str) -> Client:
    client = Client()
    if role != "anonymous":
        client.force_login(people[role])
    return client


def entry(
    *,
    page: GuidePage | None = None,
    page_id: int | None = None,
    state: str = OutboxState.PENDING,
    age: datetime.timedelta = datetime.timedelta(0),
    **fields,
) -> OutboxEntry:
    """An outbox row, created ``age`` ago (``created_at`` and ``updated_at``)."""
    page_id = page.pk if page is not None else page_id
    language = fields.setdefault("language", "it")
    defaults = {
        "action": "upsert",
        "category": "guide",
        "hub": "lavoro",
        "title": page.title if page is not None else f"Pagina {page_id}",
        "revision_id": None,
        "payload": {
            "schema_version": "1",
            "id": f"urn:er-integrazione:page:{page_id}:{language}",
            "action": fields.get("action", "upsert"),
        },
        "content_hash": uuid.uuid4().hex * 2,
    }
    row = OutboxEntry.objects.create(page_id=page_id, state=state, **{**defaults, **fields})
    if age:
        when = timezone.now() - age
        OutboxEntry.objects.filter(pk=row.pk).update(created_at=when, updated_at=when)
        row.refresh_from_db()
    return row


def attempt(row: OutboxEntry, **fields) -> DeliveryAttempt:
    return DeliveryAttempt.objects.create(entry=row, **fields)


def killed_by_a_400(row: OutboxEntry) -> OutboxEntry:
    """What the sender leaves after PIM refused ``row`` with a 400: dead, reason logged."""
    reason = '{"error": "malformed body", "reason": "summary is required"}'
    OutboxEntry.objects.filter(pk=row.pk).update(
        state=OutboxState.DEAD, attempts=1, last_error=f"HTTP 400: {reason}"
    )
    attempt(row, status_code=400, duration_ms=42, response_excerpt=reason, error="HTTP 400")
    row.refresh_from_db()
    return row


def dead_after_400(page: GuidePage, **fields) -> OutboxEntry:
    """An entry of ``page`` PIM refused with a 400 (its content hash is made up, so it
    cannot be sent again: "retry now" is refused with a reason)."""
    return killed_by_a_400(entry(page=page, **fields))


def shared_guide(world: dict, **fields) -> GuidePage:
    """A published guide shared with PIM: publishing it writes its pending entries."""
    return guide_page(
        parent=world["people"]["hubs"]["lavoro"],
        share_with_pim=True,
        pim_category=fields.pop("pim_category", "guide"),
        **fields,
    )


# --- Reading the admin's answers --------------------------------------------------------


def flashed(response) -> list[str]:
    # Wagtail's messages end with the (here empty) markup of their buttons.
    return [str(message).strip() for message in get_messages(response.wsgi_request)]


def refused(response) -> bool:
    """Wagtail's answers to a user who may not: the login form, or "permission denied"."""
    if response.status_code != 302:
        return False
    if response["Location"].startswith("/admin/login/"):
        return True
    # The admin speaks the user's language, Italian for these users.
    denied = "Sorry, you do not have permission to access this area."
    with translation.override("it"):
        wordings = {denied, gettext(denied)}
    return response["Location"] == "/admin/" and any(
        wording in message for wording in wordings for message in flashed(response)
    )


def report_rows(response) -> list[dict]:
    soup = BeautifulSoup(response.content, "html.parser")
    found = []
    for row in soup.select("table.listing tbody tr"):
        badge = row.select_one("[data-outbox-state]")
        detail = row.select_one("[data-outbox-detail]")
        found.append(
            {
                "id": int(detail["data-outbox-detail"]),
                "state": badge["data-outbox-state"],
                "text": row.get_text(" ", strip=True),
                "links": [a["href"] for a in row.select("a[href]")],
                "retry": row.select_one("[data-outbox-retry]") is not None,
            }
        )
    return found


def listed_ids(client: Client, query: str = "") -> list[int]:
    response = client.get(f"{REPORT}{query}")
    assert response.status_code == 200
    return [row["id"] for row in report_rows(response)]
