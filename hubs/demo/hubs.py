"""Demo texts of the HUB pages: topics, landing texts, contacts and the index intro.

``TOPICS[hub_code]`` lists the guide topics of a HUB in display order. A topic's ``key``
is stable: guide modules (``guides_*.py``) name their topic by it, the loader matches
the HubTopic rows by their order and Italian name.
"""

TOPICS: dict[str, list[dict[str, str]]] = {
    "lavoro": [
        {
            "key": "cercare-lavoro",
            "it": "Cercare lavoro",
            "en": "Looking for work",
            "fr": "Chercher un emploi",
            "ar": "البحث عن عمل",
            "sq": "Kërkimi i punës",
            "uk": "Пошук роботи",
            "zh-hans": "找工作",
            "ur": "ملازمت کی تلاش",
            "ro": "Căutarea unui loc de muncă",
        },
        {
            "key": "diritti-sul-lavoro",
            "it": "Diritti sul lavoro",
            "en": "Rights at work",
            "fr": "Droits au travail",
            "ar": "الحقوق في العمل",
            "sq": "Të drejtat në punë",
            "uk": "Права на роботі",
            "zh-hans": "劳动权益",
            "ur": "کام کی جگہ پر حقوق",
            "ro": "Drepturi la locul de muncă",
        },
        {
            "key": "permesso-e-lavoro",
            "it": "Permesso di soggiorno e lavoro",
            "en": "Residence permit and work",
            "fr": "Titre de séjour et travail",
            "ar": "تصريح الإقامة والعمل",
            "sq": "Leja e qëndrimit dhe puna",
            "uk": "Дозвіл на проживання та робота",
            "zh-hans": "居留许可与工作",
            "ur": "رہائشی اجازت نامہ اور روزگار",
            "ro": "Permisul de ședere și munca",
        },
    ],
    "salute": [
        {
            "key": "accesso-alle-cure",
            "it": "Accesso alle cure",
            "en": "Access to health care",
            "fr": "Accès aux soins",
            "ar": "الحصول على الرعاية الصحية",
            "sq": "Qasja në kujdesin shëndetësor",
            "uk": "Доступ до медичної допомоги",
            "zh-hans": "获得医疗服务",
            "ur": "علاج تک رسائی",
            "ro": "Accesul la îngrijiri medicale",
        },
        {
            "key": "salute-donne-bambini",
            "it": "Salute di donne e bambini",
            "en": "Women's and children's health",
            "fr": "Santé des femmes et des enfants",
            "ar": "صحة النساء والأطفال",
            "sq": "Shëndeti i grave dhe i fëmijëve",
            "uk": "Здоров'я жінок і дітей",
            "zh-hans": "妇女和儿童健康",
            "ur": "خواتین اور بچوں کی صحت",
            "ro": "Sănătatea femeilor și a copiilor",
        },
    ],
    "titoli-di-soggiorno": [
        {
            "key": "permesso-di-soggiorno",
            "it": "Permesso di soggiorno",
            "en": "Residence permit",
            "fr": "Titre de séjour",
            "ar": "تصريح الإقامة",
            "sq": "Leja e qëndrimit",
            "uk": "Дозвіл на проживання",
            "zh-hans": "居留许可",
            "ur": "رہائشی اجازت نامہ",
            "ro": "Permisul de ședere",
        },
        {
            "key": "cittadinanza-e-documenti",
            "it": "Cittadinanza e documenti",
            "en": "Citizenship and documents",
            "fr": "Nationalité et documents",
            "ar": "الجنسية والوثائق",
            "sq": "Shtetësia dhe dokumentet",
            "uk": "Громадянство та документи",
            "zh-hans": "国籍与证件",
            "ur": "شہریت اور دستاویزات",
            "ro": "Cetățenie și documente",
        },
    ],
    "prestazioni-sociali-anagrafe": [
        {
            "key": "anagrafe-e-documenti",
            "it": "Anagrafe e documenti",
            "en": "Population registry and documents",
            "fr": "Registre de la population et documents",
            "ar": "السجل السكاني والوثائق",
            "sq": "Gjendja civile dhe dokumentet",
            "uk": "Реєстрація населення та документи",
            "zh-hans": "户籍登记与证件",
            "ur": "آبادی کا اندراج اور دستاویزات",
            "ro": "Evidența populației și documente",
        },
        {
            "key": "sostegni-al-reddito-e-famiglia",
            "it": "Sostegni al reddito e alla famiglia",
            "en": "Income and family support",
            "fr": "Aides au revenu et à la famille",
            "ar": "دعم الدخل والأسرة",
            "sq": "Mbështetja e të ardhurave dhe e familjes",
            "uk": "Підтримка доходу та сім'ї",
            "zh-hans": "收入与家庭补助",
            "ur": "آمدنی اور خاندان کے لیے مدد",
            "ro": "Sprijin pentru venit și familie",
        },
    ],
    "formazione-titoli-di-studio": [
        {
            "key": "riconoscimento-titoli",
            "it": "Riconoscimento dei titoli di studio",
            "en": "Recognition of qualifications",
            "fr": "Reconnaissance des diplômes",
            "ar": "الاعتراف بالشهادات الدراسية",
            "sq": "Njohja e diplomave",
            "uk": "Визнання документів про освіту",
            "zh-hans": "学历认证",
            "ur": "تعلیمی اسناد کی توثیق",
            "ro": "Recunoașterea diplomelor",
        },
        {
            "key": "lingua-italiana-e-scuola",
            "it": "Lingua italiana e scuola",
            "en": "Italian language and school",
            "fr": "Langue italienne et école",
            "ar": "اللغة الإيطالية والمدرسة",
            "sq": "Gjuha italiane dhe shkolla",
            "uk": "Італійська мова та школа",
            "zh-hans": "意大利语与学校",
            "ur": "اطالوی زبان اور اسکول",
            "ro": "Limba italiană și școala",
        },
        {
            "key": "formazione-professionale",
            "it": "Formazione professionale",
            "en": "Vocational training",
            "fr": "Formation professionnelle",
            "ar": "التدريب المهني",
            "sq": "Formimi profesional",
            "uk": "Професійне навчання",
            "zh-hans": "职业培训",
            "ur": "پیشہ ورانہ تربیت",
            "ro": "Formare profesională",
        },
    ],
}

#: The HUB index page's introduction.
INDEX_INTRO: dict[str, str] = {
    "it": (
        "Cinque Comuni dell'Emilia-Romagna, cinque temi: ogni HUB raccoglie guide chiare e "
        "aggiornate per chi arriva e per gli operatori che lo accompagnano."
    ),
    "en": (
        "Five municipalities of Emilia-Romagna, five themes: each HUB gathers clear, "
        "up-to-date guides for newcomers and for the operators who support them."
    ),
    "fr": (
        "Cinq communes d'Émilie-Romagne, cinq thèmes : chaque HUB réunit des guides clairs et "
        "à jour pour les personnes nouvellement arrivées et pour les professionnels qui les "
        "accompagnent."
    ),
    "ar": (
        "خمس بلديات في إميليا-رومانيا وخمسة مواضيع: يجمع كل مركز أدلة واضحة ومحدّثة "
        "للقادمين الجدد وللعاملين الذين يرافقونهم."
    ),
    "sq": (
        "Pesë bashki të Emilia-Romanjës, pesë tema: çdo HUB mbledh udhëzues të qartë dhe të "
        "përditësuar për të ardhurit e rinj dhe për punonjësit që i shoqërojnë."
    ),
    "uk": (
        "П'ять муніципалітетів Емілії-Романьї, п'ять тем: кожен HUB збирає зрозумілі й "
        "актуальні інструкції для новоприбулих і для фахівців, які їх супроводжують."
    ),
    "zh-hans": (
        "艾米利亚-罗马涅大区的五个市镇，五个主题："
        "每个中心都为新来者和帮助他们的工作人员提供清晰、及时更新的指南。"
    ),
    "ur": (
        "ایمیلیا-رومانیا کی پانچ بلدیات، پانچ موضوعات: ہر مرکز نئے آنے والوں اور ان کی مدد "
        "کرنے والے کارکنوں کے لیے واضح اور تازہ ترین رہنما اکٹھے کرتا ہے۔"
    ),
    "ro": (
        "Cinci comune din Emilia-Romagna, cinci teme: fiecare HUB reunește ghiduri clare și "
        "actualizate pentru cei nou-sosiți și pentru operatorii care îi însoțesc."
    ),
}

#: The municipality's own contacts. Phone numbers are the town halls' switchboards and
#: addresses their seats: the HUB's editors replace them with their office's own. No
#: e-mail address is given rather than a made-up one.
CONTACTS: dict[str, dict[str, str]] = {
    "lavoro": {
        "address": "Comune di Bologna, Piazza Maggiore 6, 40124 Bologna",
        "phone": "+39 051 2193111",
        "email": "",
        "website": "https://www.comune.bologna.it",
    },
    "salute": {
        "address": "Comune di Ferrara, Piazza del Municipio 2, 44121 Ferrara",
        "phone": "+39 0532 419111",
        "email": "",
        "website": "https://www.comune.fe.it",
    },
    "titoli-di-soggiorno": {
        "address": "Comune di Reggio Emilia, Piazza Prampolini 1, 42121 Reggio Emilia",
        "phone": "+39 0522 456111",
        "email": "",
        "website": "https://www.comune.re.it",
    },
    "prestazioni-sociali-anagrafe": {
        "address": "Comune di Ravenna, Piazza del Popolo 1, 48121 Ravenna",
        "phone": "+39 0544 482111",
        "email": "",
        "website": "https://www.comune.ra.it",
    },
    "formazione-titoli-di-studio": {
        "address": "Comune di Forlì, Piazza Aurelio Saffi 8, 47121 Forlì",
        "phone": "+39 0543 712111",
        "email": "",
        "website": "https://www.comune.forli.fc.it",
    },
}

_OPENING_HOURS = {
    "it": "Su appuntamento. Giorni e orari aggiornati sul sito del Comune.",
    "en": "By appointment. Days and times are kept up to date on the municipality's website.",
    "fr": "Sur rendez-vous. Les jours et horaires à jour sont sur le site de la commune.",
    "ar": "بموعد مسبق. الأيام والمواعيد المحدّثة على موقع البلدية.",
}


def _paragraph(html: str) -> dict:
    return {"type": "paragraph", "value": html}


def _callout(title: str, html: str) -> dict:
    return {"type": "callout", "value": {"kind": "note", "title": title, "text": html}}


def _texts(intro: str, paragraphs: str, callout_title: str, callout_text: str, language: str):
    return {
        "intro": intro,
        "body": [_paragraph(paragraphs), _callout(callout_title, callout_text)],
        "opening_hours": _OPENING_HOURS[language],
    }


_HELP = {
    "it": (
        "Un aiuto di persona",
        "<p>Per un caso particolare rivolgiti allo sportello per cittadini stranieri del tuo "
        "Comune. Il servizio è gratuito e spesso c'è un mediatore che parla la tua lingua.</p>",
    ),
    "en": (
        "Help in person",
        "<p>For a particular case, go to your municipality's information desk for foreign "
        "citizens. It is free, and there is often a mediator who speaks your language.</p>",
    ),
    "fr": (
        "Une aide en personne",
        "<p>Pour un cas particulier, adressez-vous au guichet pour les citoyens étrangers de "
        "votre commune. Le service est gratuit et souvent un médiateur parle votre langue.</p>",
    ),
    "ar": (
        "مساعدة مباشرة",
        "<p>في حالة خاصة توجّه إلى مكتب المواطنين الأجانب في بلديتك. الخدمة مجانية وغالبًا "
        "يوجد وسيط يتكلم لغتك.</p>",
    ),
}


def _hub(texts: dict[str, tuple[str, str]]) -> dict[str, dict]:
    """A HUB's texts from (intro, body paragraphs) per language, with the shared help box."""
    return {
        language: _texts(intro, body, *_HELP[language], language)
        for language, (intro, body) in texts.items()
    }


HUB_TEXTS: dict[str, dict[str, dict]] = {
    "lavoro": _hub(
        {
            "it": (
                "L'HUB Lavoro del Comune di Bologna spiega come cercare lavoro, come iscriversi "
                "al Centro per l'impiego e quali sono i tuoi diritti sul lavoro.",
                "<p>Le guide sono scritte con gli operatori dei Centri per l'impiego e degli "
                "sportelli. Spiegano ogni procedura passo per passo: cosa fare, quali documenti "
                "portare, dove andare.</p><p>Ogni guida indica quando è stata controllata "
                "l'ultima volta. Le regole cambiano: l'HUB aggiorna le guide.</p>",
            ),
            "en": (
                "The Work HUB of the Municipality of Bologna explains how to look for work, how "
                "to register at the Centro per l'impiego (job centre) and what your rights at "
                "work are.",
                "<p>The guides are written with the staff of the job centres and information "
                "desks. They explain each procedure step by step: what to do, which documents "
                "to bring, where to go.</p><p>Each guide shows when it was last checked. Rules "
                "change: the HUB keeps the guides up to date.</p>",
            ),
            "fr": (
                "Le HUB Travail de la Commune de Bologne explique comment chercher un emploi, "
                "comment s'inscrire au Centro per l'impiego (centre pour l'emploi) et quels "
                "sont vos droits au travail.",
                "<p>Les guides sont rédigés avec les agents des centres pour l'emploi et des "
                "guichets. Ils expliquent chaque démarche étape par étape : quoi faire, quels "
                "documents apporter, où aller.</p><p>Chaque guide indique la date de sa "
                "dernière vérification. Les règles changent : le HUB met les guides à jour.</p>",
            ),
            "ar": (
                "يشرح مركز العمل التابع لبلدية بولونيا كيف تبحث عن عمل، وكيف تسجّل في مركز "
                "التشغيل (Centro per l'impiego)، وما هي حقوقك في العمل.",
                "<p>كُتبت الأدلة مع موظفي مراكز التشغيل ومكاتب الإرشاد. تشرح كل إجراء خطوة "
                "بخطوة: ماذا تفعل، وما الوثائق التي تحضرها، وإلى أين تذهب.</p><p>يذكر كل دليل "
                "تاريخ آخر مراجعة له. القواعد تتغير، والمركز يحدّث الأدلة.</p>",
            ),
        }
    ),
    "salute": _hub(
        {
            "it": (
                "L'HUB Salute del Comune di Ferrara spiega come iscriversi al Servizio sanitario "
                "nazionale, come scegliere il medico e come accedere alle cure.",
                "<p>Le guide sono scritte con gli operatori dell'Azienda USL e degli sportelli "
                "del Comune. Spiegano i servizi sanitari in parole semplici: chi ne ha diritto, "
                "quali documenti servono, dove andare.</p><p>In caso di emergenza chiama il "
                "112 o il 118.</p>",
            ),
            "en": (
                "The Health HUB of the Municipality of Ferrara explains how to register with the "
                "National Health Service, how to choose a family doctor and how to get care.",
                "<p>The guides are written with the staff of the local health authority (Azienda "
                "USL) and the municipality's desks. They explain health services in plain words: "
                "who is entitled, which documents are needed, where to go.</p><p>In an "
                "emergency, call 112 or 118.</p>",
            ),
            "fr": (
                "Le HUB Santé de la Commune de Ferrare explique comment s'inscrire au Service "
                "sanitaire national, comment choisir son médecin et comment accéder aux soins.",
                "<p>Les guides sont rédigés avec les agents de l'Azienda USL (agence sanitaire "
                "locale) et des guichets de la commune. Ils expliquent les services de santé "
                "avec des mots simples : qui y a droit, quels documents sont nécessaires, où "
                "aller.</p><p>En cas d'urgence, appelez le 112 ou le 118.</p>",
            ),
            "ar": (
                "يشرح مركز الصحة التابع لبلدية فيرارا كيف تسجّل في الخدمة الصحية الوطنية، وكيف "
                "تختار طبيب الأسرة، وكيف تحصل على العلاج.",
                "<p>كُتبت الأدلة مع موظفي الوحدة الصحية المحلية (Azienda USL) ومكاتب البلدية. "
                "تشرح الخدمات الصحية بكلمات بسيطة: من يحق له الاستفادة، وما الوثائق المطلوبة، "
                "وإلى أين تذهب.</p><p>في حالة الطوارئ اتصل بالرقم 112 أو 118.</p>",
            ),
        }
    ),
    "titoli-di-soggiorno": _hub(
        {
            "it": (
                "L'HUB Titoli di soggiorno del Comune di Reggio Emilia spiega come chiedere e "
                "rinnovare il permesso di soggiorno e come preparare le altre pratiche "
                "amministrative.",
                "<p>Le guide sono scritte con gli operatori degli sportelli per cittadini "
                "stranieri. Spiegano le pratiche per la Questura, la Prefettura e il Comune: i "
                "moduli, i documenti, i costi e i tempi.</p><p>Gli importi dei bollettini e dei "
                "contributi cambiano: ogni guida dice dove controllarli.</p>",
            ),
            "en": (
                "The Residence Permits HUB of the Municipality of Reggio Emilia explains how to "
                "apply for and renew a residence permit and how to prepare other administrative "
                "procedures.",
                "<p>The guides are written with the staff of the information desks for foreign "
                "citizens. They explain the procedures at the Questura (police headquarters), "
                "the Prefettura and the municipality: forms, documents, costs and times.</p>"
                "<p>Fees change: each guide says where to check them.</p>",
            ),
            "fr": (
                "Le HUB Titres de séjour de la Commune de Reggio Emilia explique comment "
                "demander et renouveler un titre de séjour et comment préparer les autres "
                "démarches administratives.",
                "<p>Les guides sont rédigés avec les agents des guichets pour les citoyens "
                "étrangers. Ils expliquent les démarches auprès de la Questura (préfecture de "
                "police), de la Prefettura et de la commune : formulaires, documents, coûts et "
                "délais.</p><p>Les montants changent : chaque guide indique où les "
                "vérifier.</p>",
            ),
            "ar": (
                "يشرح مركز تصاريح الإقامة التابع لبلدية ريدجو إميليا كيف تطلب تصريح الإقامة "
                "وتجدّده، وكيف تحضّر الإجراءات الإدارية الأخرى.",
                "<p>كُتبت الأدلة مع موظفي مكاتب المواطنين الأجانب. تشرح الإجراءات لدى مديرية "
                "الشرطة (Questura) والمحافظة (Prefettura) والبلدية: الاستمارات والوثائق "
                "والتكاليف والمدد.</p><p>المبالغ تتغير، وكل دليل يذكر أين يمكنك التحقق "
                "منها.</p>",
            ),
        }
    ),
    "prestazioni-sociali-anagrafe": _hub(
        {
            "it": (
                "L'HUB Prestazioni sociali e anagrafe del Comune di Ravenna spiega come "
                "iscriversi all'anagrafe e come chiedere gli aiuti per il reddito e per la "
                "famiglia.",
                "<p>Le guide sono scritte con gli operatori dell'anagrafe e dei servizi sociali. "
                "Spiegano chi può chiedere un aiuto, quali documenti servono e a quale ufficio "
                "rivolgersi.</p><p>Molti aiuti dipendono dall'ISEE: le guide spiegano come "
                "ottenerlo.</p>",
            ),
            "en": (
                "The Social Benefits and Registry HUB of the Municipality of Ravenna explains "
                "how to register as a resident and how to apply for income and family support.",
                "<p>The guides are written with the staff of the registry office and social "
                "services. They explain who can apply for support, which documents are needed "
                "and which office to go to.</p><p>Many benefits depend on the ISEE (the "
                "family's economic situation indicator): the guides explain how to get it.</p>",
            ),
            "fr": (
                "Le HUB Prestations sociales et état civil de la Commune de Ravenne explique "
                "comment s'inscrire au registre de la population et comment demander les aides "
                "au revenu et à la famille.",
                "<p>Les guides sont rédigés avec les agents de l'état civil et des services "
                "sociaux. Ils expliquent qui peut demander une aide, quels documents sont "
                "nécessaires et à quel bureau s'adresser.</p><p>Beaucoup d'aides dépendent de "
                "l'ISEE (indicateur de la situation économique du foyer) : les guides "
                "expliquent comment l'obtenir.</p>",
            ),
            "ar": (
                "يشرح مركز المساعدات الاجتماعية والسجل السكاني التابع لبلدية رافينا كيف تسجّل "
                "في السجل السكاني، وكيف تطلب مساعدات الدخل والأسرة.",
                "<p>كُتبت الأدلة مع موظفي السجل السكاني والخدمات الاجتماعية. تشرح من يحق له طلب "
                "المساعدة، وما الوثائق المطلوبة، وإلى أي مكتب تتوجه.</p><p>كثير من المساعدات "
                "تعتمد على مؤشر ISEE (مؤشر الوضع الاقتصادي للأسرة)، والأدلة تشرح كيف تحصل "
                "عليه.</p>",
            ),
        }
    ),
    "formazione-titoli-di-studio": _hub(
        {
            "it": (
                "L'HUB Formazione e titoli di studio del Comune di Forlì spiega come far "
                "riconoscere i titoli di studio stranieri, come imparare l'italiano e come "
                "seguire un corso di formazione professionale.",
                "<p>Le guide sono scritte con gli operatori dei centri per l'istruzione degli "
                "adulti (CPIA), delle scuole e degli enti di formazione. Spiegano i percorsi "
                "possibili, i documenti da preparare e gli uffici a cui rivolgersi.</p><p>Per "
                "iscrivere un figlio a scuola non serve aspettare l'inizio dell'anno.</p>",
            ),
            "en": (
                "The Training and Qualifications HUB of the Municipality of Forlì explains how to "
                "have foreign qualifications recognised, how to learn Italian and how to attend "
                "a vocational training course.",
                "<p>The guides are written with the staff of the adult education centres "
                "(CPIA), schools and training bodies. They explain the possible paths, the "
                "documents to prepare and the offices to go to.</p><p>You do not need to wait "
                "for the start of the school year to enrol a child at school.</p>",
            ),
            "fr": (
                "Le HUB Formation et diplômes de la Commune de Forlì explique comment faire "
                "reconnaître un diplôme étranger, comment apprendre l'italien et comment suivre "
                "une formation professionnelle.",
                "<p>Les guides sont rédigés avec les agents des centres d'éducation pour adultes "
                "(CPIA), des écoles et des organismes de formation. Ils expliquent les parcours "
                "possibles, les documents à préparer et les bureaux où s'adresser.</p><p>Pour "
                "inscrire un enfant à l'école, il n'est pas nécessaire d'attendre la rentrée.</p>",
            ),
            "ar": (
                "يشرح مركز التدريب والشهادات التابع لبلدية فورلي كيف تحصل على الاعتراف بشهاداتك "
                "الأجنبية، وكيف تتعلم اللغة الإيطالية، وكيف تتابع دورة تدريب مهني.",
                "<p>كُتبت الأدلة مع موظفي مراكز تعليم الكبار (CPIA) والمدارس وهيئات التدريب. "
                "تشرح المسارات الممكنة، والوثائق التي يجب تحضيرها، والمكاتب التي تتوجه "
                "إليها.</p><p>لتسجيل طفلك في المدرسة لا حاجة إلى انتظار بداية السنة "
                "الدراسية.</p>",
            ),
        }
    ),
}
