"""The five HUBs of the network, as the project card defines them.

Titles are the HUB's theme in each of the portal's languages; the code is the Italian
slug of DESIGN.md and never changes.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class HubDefinition:
    code: str
    municipality: str
    #: The theme in each language, Italian first.
    titles: dict[str, str]


HUBS: tuple[HubDefinition, ...] = (
    HubDefinition(
        code="lavoro",
        municipality="Bologna",
        titles={
            "it": "Lavoro",
            "en": "Work",
            "fr": "Travail",
            "ar": "العمل",
            "sq": "Puna",
            "uk": "Робота",
            "zh-hans": "工作",
            "ur": "روزگار",
            "ro": "Muncă",
        },
    ),
    HubDefinition(
        code="salute",
        municipality="Ferrara",
        titles={
            "it": "Salute",
            "en": "Health",
            "fr": "Santé",
            "ar": "الصحة",
            "sq": "Shëndetësia",
            "uk": "Здоров'я",
            "zh-hans": "健康",
            "ur": "صحت",
            "ro": "Sănătate",
        },
    ),
    HubDefinition(
        code="titoli-di-soggiorno",
        municipality="Reggio Emilia",
        titles={
            "it": "Titoli di soggiorno e adempimenti amministrativi",
            "en": "Residence permits and administrative procedures",
            "fr": "Titres de séjour et démarches administratives",
            "ar": "تصاريح الإقامة والإجراءات الإدارية",
            "sq": "Lejet e qëndrimit dhe procedurat administrative",
            "uk": "Дозволи на проживання та адміністративні процедури",
            "zh-hans": "居留许可与行政手续",
            "ur": "رہائشی اجازت نامے اور انتظامی کارروائیاں",
            "ro": "Permise de ședere și proceduri administrative",
        },
    ),
    HubDefinition(
        code="prestazioni-sociali-anagrafe",
        municipality="Ravenna",
        titles={
            "it": "Prestazioni sociali e anagrafe",
            "en": "Social benefits and population registry",
            "fr": "Prestations sociales et état civil",
            "ar": "المساعدات الاجتماعية والسجل السكاني",
            "sq": "Përfitimet sociale dhe gjendja civile",
            "uk": "Соціальні виплати та реєстрація населення",
            "zh-hans": "社会福利与户籍登记",
            "ur": "سماجی مراعات اور آبادی کا اندراج",
            "ro": "Prestații sociale și evidența populației",
        },
    ),
    HubDefinition(
        code="formazione-titoli-di-studio",
        municipality="Forlì",
        titles={
            "it": "Formazione professionale e riconoscimento dei titoli di studio",
            "en": "Vocational training and recognition of qualifications",
            "fr": "Formation professionnelle et reconnaissance des diplômes",
            "ar": "التدريب المهني والاعتراف بالشهادات الدراسية",
            "sq": "Formimi profesional dhe njohja e diplomave",
            "uk": "Професійне навчання та визнання документів про освіту",
            "zh-hans": "职业培训与学历认证",
            "ur": "پیشہ ورانہ تربیت اور تعلیمی اسناد کی توثیق",
            "ro": "Formare profesională și recunoașterea diplomelor",
        },
    ),
)

#: The HUB index page's title in each language.
INDEX_TITLES = {
    "it": "I cinque HUB",
    "en": "The five HUBs",
    "fr": "Les cinq HUB",
    "ar": "المراكز الخمسة",
    "sq": "Pesë HUB-et",
    "uk": "П'ять HUB",
    "zh-hans": "五个中心",
    "ur": "پانچ مراکز",
    "ro": "Cele cinci HUB-uri",
}
INDEX_SLUG = "hub"
