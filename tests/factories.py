"""Small factories for pages, images and documents, built through the real models."""

import io
import itertools
from typing import TYPE_CHECKING

from django.core.files.base import ContentFile
from django.utils import translation
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images.models import Image
from wagtail.models import Page, Site

from portal.models import ContentPage, HomePage, SectionPage

if TYPE_CHECKING:
    from hubs.models import GuidePage, HubPage

_counter = itertools.count(1)


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def home_page(**fields) -> HomePage:
    """The site's home page, replacing Wagtail's placeholder on first use."""
    existing = HomePage.objects.first()
    if existing:
        return existing
    root = Page.get_first_root_node()
    for child in root.get_children():
        child.delete()
    root.refresh_from_db()
    home = HomePage(
        title="ER Integrazione", slug="home", intro_it="Il portale.", intro_ar="البوابة.", **fields
    )
    root.add_child(instance=home)
    publish(home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "root_page": home, "site_name": "ER Integrazione"},
    )
    return home


def _child_page(page_class, parent: Page | None, defaults: dict, fields: dict) -> Page:
    values = {**defaults, **fields}
    page = page_class(title=values["title_it"], slug=values["slug_it"], **values)
    (parent or home_page()).add_child(instance=page)
    return publish(page)


def section_page(*, parent: Page | None = None, **fields) -> SectionPage:
    number = next(_counter)
    defaults = {
        "title_it": f"Sezione {number}",
        "title_ar": f"قسم {number}",
        "slug_it": f"sezione-{number}",
        "intro_it": "Una sezione.",
        "show_in_menus": True,
    }
    return _child_page(SectionPage, parent, defaults, fields)


def content_page(*, parent: Page | None = None, **fields) -> ContentPage:
    number = next(_counter)
    defaults = {
        "title_it": f"Pagina {number}",
        "title_ar": f"صفحة {number}",
        "slug_it": f"pagina-{number}",
        "intro_it": "Una pagina di contenuto.",
        "body_it": [{"type": "paragraph", "value": "<p>Testo in italiano.</p>"}],
        "body_ar": [{"type": "paragraph", "value": "<p>نص باللغة العربية.</p>"}],
    }
    return _child_page(ContentPage, parent, defaults, fields)


def png_bytes(width: int = 320, height: int = 200) -> bytes:
    buffer = io.BytesIO()
    PillowImage.new("RGB", (width, height), (0, 102, 204)).save(buffer, format="PNG")
    return buffer.getvalue()


def image(**fields) -> Image:
    number = next(_counter)
    return Image.objects.create(
        title=fields.pop("title", f"Immagine {number}"),
        file=ContentFile(png_bytes(), name=f"immagine-{number}.png"),
        **fields,
    )


def document(**fields):
    number = next(_counter)
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    return get_document_model().objects.create(
        title=fields.pop("title", f"Modulo {number}"),
        file=ContentFile(pdf, name=f"modulo-{number}.pdf"),
        **fields,
    )


def url_in(page: Page, language: str) -> str:
    """The page's URL for readers of ``language``."""
    with translation.override(language):
        return page.get_url()


def hubs() -> dict[str, "HubPage"]:
    """The HUB index and the five HUBs, as ``setup_hubs`` makes them, by code."""
    from hubs.models import HubPage
    from hubs.services import hubs_ensure

    home_page()
    hubs_ensure()
    return {hub.code: hub for hub in HubPage.objects.all()}


def hub_page(code: str = "lavoro") -> "HubPage":
    return hubs()[code]


def guide_page(*, parent: Page | None = None, **fields) -> "GuidePage":
    """A published guide (under the Bologna HUB unless ``parent`` says otherwise)."""
    import datetime

    from hubs.models import GuidePage

    number = next(_counter)
    defaults = {
        "title_it": f"Guida {number}",
        "title_ar": f"دليل {number}",
        "slug_it": f"guida-{number}",
        "intro_it": "Come fare, passo per passo.",
        "steps_it": [
            {
                "type": "step",
                "value": {
                    "title": "Prendi appuntamento",
                    "details": "<p>Telefona o scrivi allo sportello.</p>",
                    "documents": ["Documento d'identità", "Permesso di soggiorno"],
                    "where": "Sportello del Comune",
                    "cost": "Gratuito",
                    "duration": "Una settimana",
                },
            }
        ],
        "steps_ar": [
            {
                "type": "step",
                "value": {
                    "title": "احجز موعدًا",
                    "details": "<p>اتصل بالمكتب أو راسله.</p>",
                    "documents": ["وثيقة الهوية"],
                    "where": "مكتب البلدية",
                    "cost": "مجاني",
                    "duration": "أسبوع واحد",
                },
            }
        ],
        "last_reviewed": datetime.date.today(),
    }
    return _child_page(GuidePage, parent or hub_page(), defaults, fields)


def document_group(titles: dict[str, str]) -> list:
    """One plurilingual document: a file per language of ``titles`` ({code: title}),
    all in one translation group, in the order given."""
    import uuid

    group = uuid.uuid4()
    return [
        document(title=title, language=code, translation_group=group)
        for code, title in titles.items()
    ]
