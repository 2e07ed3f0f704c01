"""Demo content: the Italian source and its translations, as an editor would write them.

Each entry is one page. ``parent`` names another entry's ``key`` (``home`` is the
home page); ``it_before_revision`` gives Italian text the page was first published
with, so that the demo shows translations made outdated by a later Italian revision.
Per language: ``title``, optional ``slug`` (Arabic and Urdu keep the Italian slug
until translated slugs are decided), ``intro`` and ``body`` (a list of StreamField
blocks in their raw form). Languages left out (sq, uk, zh-hans, ro) and the
untranslated bodies of the legal pages show the fallback to Italian.
"""

HOME = {
    "it": {
        "title": "ER Integrazione",
        "intro": (
            "Il portale della Regione Emilia-Romagna per le cittadine e i cittadini stranieri: "
            "informazioni chiare su lavoro, salute, permesso di soggiorno, servizi sociali e "
            "formazione, nella tua lingua."
        ),
        "body": [
            {
                "type": "callout",
                "value": {
                    "kind": "note",
                    "title": "Hai bisogno di aiuto?",
                    "text": (
                        "<p>Gli sportelli informativi per cittadini stranieri dei Comuni "
                        "rispondono gratuitamente, anche con mediatori linguistici. "
                        "Porta con te un documento d'identità e, se ce l'hai, il permesso "
                        "di soggiorno.</p>"
                    ),
                },
            }
        ],
    },
    "en": {
        "title": "ER Integrazione",
        "intro": (
            "The Emilia-Romagna Region's portal for foreign citizens: clear information on "
            "work, health, residence permits, social services and training, in your language."
        ),
        "body": [
            {
                "type": "callout",
                "value": {
                    "kind": "note",
                    "title": "Do you need help?",
                    "text": (
                        "<p>The municipal information desks for foreign citizens answer free of "
                        "charge, also with language mediators. Bring an identity document and, "
                        "if you have one, your residence permit.</p>"
                    ),
                },
            }
        ],
    },
    "fr": {
        "title": "ER Integrazione",
        "intro": (
            "Le portail de la Région Émilie-Romagne pour les citoyennes et citoyens étrangers : "
            "des informations claires sur le travail, la santé, le titre de séjour, les services "
            "sociaux et la formation, dans votre langue."
        ),
        "body": [
            {
                "type": "callout",
                "value": {
                    "kind": "note",
                    "title": "Vous avez besoin d'aide ?",
                    "text": (
                        "<p>Les guichets d'information des communes pour les citoyens étrangers "
                        "répondent gratuitement, aussi avec des médiateurs linguistiques. "
                        "Apportez une pièce d'identité et, si vous l'avez, votre titre de "
                        "séjour.</p>"
                    ),
                },
            }
        ],
    },
    "ar": {
        "title": "ER Integrazione",
        "intro": (
            "بوابة إقليم إميليا-رومانيا للمواطنات والمواطنين الأجانب: معلومات واضحة عن العمل "
            "والصحة وتصريح الإقامة والخدمات الاجتماعية والتكوين المهني، بلغتك."
        ),
        "body": [
            {
                "type": "callout",
                "value": {
                    "kind": "note",
                    "title": "هل تحتاج إلى مساعدة؟",
                    "text": (
                        "<p>تجيب مكاتب الإعلام البلدية الخاصة بالمواطنين الأجانب مجانًا، "
                        "وبمساعدة وسطاء لغويين أيضًا. أحضر معك وثيقة هوية، وتصريح الإقامة "
                        "إن كان لديك.</p>"
                    ),
                },
            }
        ],
    },
    "ur": {
        "title": "ER Integrazione",
        "intro": (
            "ایمیلیا-رومانیا ریجن کا پورٹل غیر ملکی شہریوں کے لیے: کام، صحت، رہائشی اجازت نامہ، "
            "سماجی خدمات اور تربیت کے بارے میں واضح معلومات، آپ کی اپنی زبان میں۔"
        ),
        "body": [
            {
                "type": "callout",
                "value": {
                    "kind": "note",
                    "title": "کیا آپ کو مدد چاہیے؟",
                    "text": (
                        "<p>بلدیات کے غیر ملکی شہریوں کے لیے معلوماتی دفاتر مفت جواب دیتے ہیں، "
                        "زبان کے ثالثوں کی مدد سے بھی۔ اپنی شناختی دستاویز اور، اگر ہو تو، "
                        "رہائشی اجازت نامہ ساتھ لائیں۔</p>"
                    ),
                },
            }
        ],
    },
}

PAGES = [
    {
        "key": "programma",
        "type": "section",
        "parent": "home",
        "show_in_menus": True,
        "it": {
            "title": "Il programma",
            "slug": "programma",
            "intro": (
                "Che cos'è ER Integrazione, chi lo realizza e come la Regione lavora con i "
                "Comuni e il terzo settore per l'integrazione delle persone straniere."
            ),
        },
        "en": {
            "title": "The programme",
            "slug": "the-programme",
            "intro": (
                "What ER Integrazione is, who runs it and how the Region works with "
                "municipalities and the third sector for the integration of foreign nationals."
            ),
        },
        "fr": {
            "title": "Le programme",
            "slug": "le-programme",
            "intro": (
                "Ce qu'est ER Integrazione, qui le réalise et comment la Région travaille avec "
                "les communes et le tiers secteur pour l'intégration des personnes étrangères."
            ),
        },
        "ar": {
            "title": "البرنامج",
            "intro": (
                "ما هو مشروع ER Integrazione، ومن ينفذه، وكيف يعمل الإقليم مع البلديات "
                "والقطاع الثالث من أجل إدماج الأشخاص الأجانب."
            ),
        },
        "ur": {
            "title": "پروگرام",
            "intro": (
                "ER Integrazione کیا ہے، اسے کون چلاتا ہے، اور ریجن غیر ملکی افراد کے انضمام "
                "کے لیے بلدیات اور سماجی تنظیموں کے ساتھ کیسے کام کرتا ہے۔"
            ),
        },
    },
    {
        "key": "progetto",
        "type": "content",
        "parent": "programma",
        "it": {
            "title": "Il progetto ER Integrazione",
            "slug": "progetto-er-integrazione",
            "intro": (
                "Un progetto regionale cofinanziato dal Fondo Asilo, Migrazione e Integrazione "
                "(FAMI) 2021-2027 per rendere più semplice l'accesso ai servizi."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ogni giorno migliaia di persone arrivate da Paesi non appartenenti "
                        "all'Unione europea si rivolgono agli uffici pubblici dell'Emilia-Romagna "
                        "per lavorare, curarsi, rinnovare il permesso di soggiorno, iscrivere i "
                        "figli a scuola. Le informazioni esistono, ma sono sparse tra molti enti "
                        "e quasi sempre solo in italiano.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Che cosa fa il progetto", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>riunisce in un unico portale le informazioni della Regione, "
                        "dei Comuni e dei servizi del territorio;</li>"
                        "<li>traduce le guide nelle lingue delle comunità più numerose della "
                        "regione;</li><li>forma gli operatori degli sportelli pubblici e del "
                        "terzo settore;</li><li>condivide i contenuti con il Portale Integrazione "
                        "Migranti del Ministero del Lavoro.</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "Chi partecipa", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Il progetto è guidato dalla Regione Emilia-Romagna insieme ai Comuni "
                        "di Bologna, Ferrara, Reggio Emilia, Ravenna e Forlì, che coordinano i "
                        "cinque HUB tematici, e alla rete degli sportelli e dei centri "
                        "interculturali del territorio.</p>"
                    ),
                },
            ],
        },
        "en": {
            "title": "The ER Integrazione project",
            "slug": "er-integrazione-project",
            "intro": (
                "A regional project co-funded by the Asylum, Migration and Integration Fund "
                "(AMIF) 2021-2027 to make access to services simpler."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Every day thousands of people from countries outside the European "
                        "Union turn to public offices in Emilia-Romagna to work, get medical "
                        "care, renew their residence permit or enrol their children at school. "
                        "The information exists, but it is spread across many bodies and almost "
                        "always only in Italian.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "What the project does", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>it brings together in one portal the information of the Region, "
                        "the municipalities and local services;</li><li>it translates the guides "
                        "into the languages of the largest communities in the region;</li>"
                        "<li>it trains the staff of public desks and of the third sector;</li>"
                        "<li>it shares content with the Ministry of Labour's Portale Integrazione "
                        "Migranti.</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "Who takes part", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>The project is led by the Emilia-Romagna Region together with the "
                        "municipalities of Bologna, Ferrara, Reggio Emilia, Ravenna and Forlì, "
                        "which coordinate the five thematic HUBs, and with the network of local "
                        "information desks and intercultural centres.</p>"
                    ),
                },
            ],
        },
        "fr": {
            "title": "Le projet ER Integrazione",
            "slug": "projet-er-integrazione",
            "intro": (
                "Un projet régional cofinancé par le Fonds Asile, Migration et Intégration "
                "(FAMI) 2021-2027 pour simplifier l'accès aux services."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Chaque jour, des milliers de personnes venues de pays hors de l'Union "
                        "européenne s'adressent aux services publics d'Émilie-Romagne pour "
                        "travailler, se soigner, renouveler leur titre de séjour ou inscrire "
                        "leurs enfants à l'école. Les informations existent, mais elles sont "
                        "dispersées entre de nombreux organismes et presque toujours en italien "
                        "seulement.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "Ce que fait le projet", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>il réunit dans un seul portail les informations de la Région, "
                        "des communes et des services du territoire ;</li><li>il traduit les "
                        "guides dans les langues des communautés les plus nombreuses de la "
                        "région ;</li><li>il forme le personnel des guichets publics et du tiers "
                        "secteur ;</li><li>il partage les contenus avec le Portale Integrazione "
                        "Migranti du ministère du Travail.</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "Qui participe", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Le projet est conduit par la Région Émilie-Romagne avec les communes "
                        "de Bologne, Ferrare, Reggio d'Émilie, Ravenne et Forlì, qui coordonnent "
                        "les cinq HUB thématiques, et avec le réseau des guichets et des centres "
                        "interculturels du territoire.</p>"
                    ),
                },
            ],
        },
        "ar": {
            "title": "مشروع ER Integrazione",
            "intro": (
                "مشروع إقليمي يموّله جزئيًا صندوق اللجوء والهجرة والإدماج (FAMI) 2021-2027 "
                "لتسهيل الوصول إلى الخدمات."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>يتوجه آلاف الأشخاص القادمين من بلدان خارج الاتحاد الأوروبي كل يوم "
                        "إلى المكاتب العامة في إميليا-رومانيا من أجل العمل أو العلاج أو تجديد "
                        "تصريح الإقامة أو تسجيل أطفالهم في المدرسة. المعلومات موجودة، لكنها "
                        "موزعة بين جهات كثيرة، وغالبًا ما تكون باللغة الإيطالية فقط.</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "ماذا يفعل المشروع", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>يجمع في بوابة واحدة معلومات الإقليم والبلديات والخدمات "
                        "المحلية؛</li><li>يترجم الأدلة إلى لغات أكبر الجاليات في الإقليم؛</li>"
                        "<li>يدرّب العاملين في المكاتب العامة وفي القطاع الثالث؛</li>"
                        "<li>يشارك المحتوى مع بوابة إدماج المهاجرين التابعة لوزارة العمل.</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "من يشارك", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>يقود المشروع إقليم إميليا-رومانيا مع بلديات بولونيا وفيرارا وريدجو "
                        "إميليا ورافينا وفورلي، التي تنسّق المراكز الموضوعية الخمسة (HUB)، ومع "
                        "شبكة مكاتب الإعلام والمراكز متعددة الثقافات في المنطقة.</p>"
                    ),
                },
            ],
        },
        "ur": {
            "title": "ER Integrazione منصوبہ",
            "intro": (
                "ایک علاقائی منصوبہ جسے پناہ، ہجرت اور انضمام فنڈ (FAMI) 2021-2027 کی جزوی "
                "مالی معاونت حاصل ہے، تاکہ خدمات تک رسائی آسان ہو۔"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ہر روز یورپی یونین سے باہر کے ممالک سے آئے ہزاروں لوگ ایمیلیا-رومانیا "
                        "کے سرکاری دفاتر سے رجوع کرتے ہیں: کام کے لیے، علاج کے لیے، رہائشی اجازت "
                        "نامے کی تجدید کے لیے یا بچوں کو اسکول میں داخل کرانے کے لیے۔ معلومات "
                        "موجود ہیں، لیکن بہت سے اداروں میں بکھری ہوئی ہیں اور تقریباً ہمیشہ صرف "
                        "اطالوی زبان میں ہوتی ہیں۔</p>"
                    ),
                },
                {"type": "heading", "value": {"text": "منصوبہ کیا کرتا ہے", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li>ریجن، بلدیات اور مقامی خدمات کی معلومات ایک ہی پورٹل پر جمع "
                        "کرتا ہے؛</li><li>رہنما کتابچوں کا ترجمہ ریجن کی بڑی برادریوں کی زبانوں "
                        "میں کرتا ہے؛</li><li>سرکاری دفاتر اور سماجی تنظیموں کے عملے کو تربیت "
                        "دیتا ہے؛</li><li>وزارتِ محنت کے پورٹل برائے انضمامِ تارکینِ وطن کے "
                        "ساتھ مواد شیئر کرتا ہے۔</li></ul>"
                    ),
                },
                {"type": "heading", "value": {"text": "کون شامل ہے", "level": "h2"}},
                {
                    "type": "paragraph",
                    "value": (
                        "<p>منصوبے کی قیادت ایمیلیا-رومانیا ریجن کرتا ہے، بولونیا، فیرارا، "
                        "ریجیو ایمیلیا، راوینا اور فورلی کی بلدیات کے ساتھ، جو پانچ موضوعاتی "
                        "HUB چلاتی ہیں، اور علاقے کے معلوماتی دفاتر اور بین الثقافتی مراکز کے "
                        "نیٹ ورک کے ساتھ۔</p>"
                    ),
                },
            ],
        },
    },
    {
        "key": "hub-tematici",
        "type": "content",
        "parent": "programma",
        # The Italian introduction was revised after translation: the translations are
        # outdated in the translation status report until a translator updates them.
        "it_before_revision": {
            "intro": "Cinque Comuni producono le informazioni specialistiche, ciascuno su un tema.",
        },
        "it": {
            "title": "I cinque HUB tematici",
            "slug": "hub-tematici",
            "intro": (
                "Cinque Comuni capofila producono e aggiornano le informazioni specialistiche, "
                "ciascuno su un tema."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>Lavoro</b> – Comune di Bologna</li>"
                        "<li><b>Salute</b> – Comune di Ferrara</li>"
                        "<li><b>Titoli di soggiorno e adempimenti amministrativi</b> – Comune di "
                        "Reggio Emilia</li><li><b>Prestazioni sociali e anagrafe</b> – Comune di "
                        "Ravenna</li><li><b>Formazione professionale e riconoscimento dei titoli "
                        "di studio</b>, scuola compresa – Comune di Forlì</li></ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Ogni HUB prepara guide in più lingue per le persone straniere e "
                        "materiali di approfondimento per gli operatori degli sportelli, e "
                        "risponde alle loro domande sui casi più complessi.</p>"
                    ),
                },
            ],
        },
        "en": {
            "title": "The five thematic HUBs",
            "slug": "thematic-hubs",
            "intro": (
                "Five lead municipalities produce and update the specialist information, each "
                "on one theme."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>Work</b> – Municipality of Bologna</li>"
                        "<li><b>Health</b> – Municipality of Ferrara</li>"
                        "<li><b>Residence permits and administrative requirements</b> – "
                        "Municipality of Reggio Emilia</li><li><b>Social benefits and civil "
                        "registry</b> – Municipality of Ravenna</li><li><b>Vocational training "
                        "and recognition of qualifications</b>, school included – Municipality "
                        "of Forlì</li></ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Each HUB prepares multilingual guides for foreign nationals and "
                        "in-depth material for desk operators, and answers their questions on "
                        "the most complex cases.</p>"
                    ),
                },
            ],
        },
        "fr": {
            "title": "Les cinq HUB thématiques",
            "slug": "hub-thematiques",
            "intro": (
                "Cinq communes chefs de file produisent et mettent à jour les informations "
                "spécialisées, chacune sur un thème."
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>Travail</b> – Commune de Bologne</li>"
                        "<li><b>Santé</b> – Commune de Ferrare</li>"
                        "<li><b>Titres de séjour et démarches administratives</b> – Commune de "
                        "Reggio d'Émilie</li><li><b>Prestations sociales et état civil</b> – "
                        "Commune de Ravenne</li><li><b>Formation professionnelle et "
                        "reconnaissance des diplômes</b>, école comprise – Commune de Forlì</li>"
                        "</ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>Chaque HUB prépare des guides en plusieurs langues pour les "
                        "personnes étrangères et des documents approfondis pour le personnel "
                        "des guichets, et répond à leurs questions sur les cas les plus "
                        "complexes.</p>"
                    ),
                },
            ],
        },
        "ar": {
            "title": "المراكز الموضوعية الخمسة (HUB)",
            "intro": "خمس بلديات رائدة تُعِدّ المعلومات المتخصصة وتحدّثها، كلٌّ منها في موضوع واحد.",
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>العمل</b> – بلدية بولونيا</li>"
                        "<li><b>الصحة</b> – بلدية فيرارا</li>"
                        "<li><b>تصاريح الإقامة والإجراءات الإدارية</b> – بلدية ريدجو إميليا</li>"
                        "<li><b>الخدمات الاجتماعية والسجل المدني</b> – بلدية رافينا</li>"
                        "<li><b>التكوين المهني والاعتراف بالشهادات الدراسية</b>، بما في ذلك "
                        "المدرسة – بلدية فورلي</li></ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>يُعِدّ كل مركز أدلة بعدة لغات للأشخاص الأجانب ومواد معمّقة للعاملين "
                        "في المكاتب، ويجيب عن أسئلتهم حول الحالات الأكثر تعقيدًا.</p>"
                    ),
                },
            ],
        },
        "ur": {
            "title": "پانچ موضوعاتی HUB",
            "intro": (
                "پانچ مرکزی بلدیات ماہرانہ معلومات تیار اور تازہ کرتی ہیں، ہر ایک ایک موضوع پر۔"
            ),
            "body": [
                {
                    "type": "paragraph",
                    "value": (
                        "<ul><li><b>کام</b> – بلدیہ بولونیا</li>"
                        "<li><b>صحت</b> – بلدیہ فیرارا</li>"
                        "<li><b>رہائشی اجازت نامے اور انتظامی کارروائیاں</b> – بلدیہ ریجیو "
                        "ایمیلیا</li><li><b>سماجی امداد اور شہری رجسٹری</b> – بلدیہ راوینا</li>"
                        "<li><b>پیشہ ورانہ تربیت اور تعلیمی اسناد کی منظوری</b>، اسکول سمیت – "
                        "بلدیہ فورلی</li></ul>"
                    ),
                },
                {
                    "type": "paragraph",
                    "value": (
                        "<p>ہر HUB غیر ملکی افراد کے لیے کئی زبانوں میں رہنما کتابچے اور دفاتر "
                        "کے عملے کے لیے تفصیلی مواد تیار کرتا ہے، اور پیچیدہ معاملات پر ان کے "
                        "سوالات کے جواب دیتا ہے۔</p>"
                    ),
                },
            ],
        },
    },
    {
        "key": "primi-passi",
        "type": "content",
        "parent": "home",
        "show_in_menus": True,
        "it": {
            "title": "Primi passi in Emilia-Romagna",
            "slug": "primi-passi",
            "intro": "Le domande più frequenti di chi è appena arrivato, con risposte brevi.",
            "body": [
                {
                    "type": "accordion",
                    "value": {
                        "title": "Domande frequenti",
                        "items": [
                            {
                                "question": "Dove posso chiedere informazioni nella mia lingua?",
                                "answer": (
                                    "<p>Agli sportelli per cittadini stranieri del tuo Comune e "
                                    "nei centri interculturali. Molti hanno mediatori che parlano "
                                    "arabo, urdu, cinese, albanese, ucraino, rumeno, francese e "
                                    "inglese. Il servizio è gratuito.</p>"
                                ),
                            },
                            {
                                "question": "Come mi iscrivo al Servizio sanitario?",
                                "answer": (
                                    "<p>Con il permesso di soggiorno (o la ricevuta della "
                                    "domanda) e il codice fiscale vai allo sportello dell'Azienda "
                                    "USL del luogo in cui vivi: sceglierai il medico di famiglia "
                                    "e riceverai la tessera sanitaria.</p>"
                                ),
                            },
                            {
                                "question": "Posso usare questo portale senza registrarmi?",
                                "answer": (
                                    "<p>Sì. Tutte le informazioni sono pubbliche e il sito non "
                                    "usa cookie di profilazione.</p>"
                                ),
                            },
                        ],
                    },
                }
            ],
        },
        "en": {
            "title": "First steps in Emilia-Romagna",
            "slug": "first-steps",
            "intro": "The questions newcomers ask most often, with short answers.",
            "body": [
                {
                    "type": "accordion",
                    "value": {
                        "title": "Frequently asked questions",
                        "items": [
                            {
                                "question": "Where can I ask for information in my language?",
                                "answer": (
                                    "<p>At your municipality's desk for foreign citizens and at "
                                    "intercultural centres. Many have mediators who speak "
                                    "Arabic, Urdu, Chinese, Albanian, Ukrainian, Romanian, "
                                    "French and English. The service is free.</p>"
                                ),
                            },
                            {
                                "question": "How do I register with the National Health Service?",
                                "answer": (
                                    "<p>Take your residence permit (or the receipt of your "
                                    "application) and your tax code to the desk of the local "
                                    "health authority (Azienda USL) where you live: you will "
                                    "choose a family doctor and receive your health card.</p>"
                                ),
                            },
                            {
                                "question": "Can I use this portal without registering?",
                                "answer": (
                                    "<p>Yes. All the information is public and the site uses no "
                                    "profiling cookies.</p>"
                                ),
                            },
                        ],
                    },
                }
            ],
        },
        "fr": {
            "title": "Premiers pas en Émilie-Romagne",
            "slug": "premiers-pas",
            "intro": (
                "Les questions les plus fréquentes des nouveaux arrivants, "
                "avec des réponses courtes."
            ),
            "body": [
                {
                    "type": "accordion",
                    "value": {
                        "title": "Questions fréquentes",
                        "items": [
                            {
                                "question": "Où puis-je demander des informations dans ma langue ?",
                                "answer": (
                                    "<p>Aux guichets pour citoyens étrangers de votre commune et "
                                    "dans les centres interculturels. Beaucoup ont des "
                                    "médiateurs qui parlent arabe, ourdou, chinois, albanais, "
                                    "ukrainien, roumain, français et anglais. Le service est "
                                    "gratuit.</p>"
                                ),
                            },
                            {
                                "question": "Comment m'inscrire au Service de santé ?",
                                "answer": (
                                    "<p>Avec votre titre de séjour (ou le récépissé de la "
                                    "demande) et votre code fiscal, rendez-vous au guichet de "
                                    "l'Azienda USL de votre lieu de résidence : vous choisirez "
                                    "votre médecin de famille et recevrez la carte de santé.</p>"
                                ),
                            },
                            {
                                "question": "Puis-je utiliser ce portail sans m'inscrire ?",
                                "answer": (
                                    "<p>Oui. Toutes les informations sont publiques et le site "
                                    "n'utilise aucun cookie de profilage.</p>"
                                ),
                            },
                        ],
                    },
                }
            ],
        },
        "ar": {
            "title": "الخطوات الأولى في إميليا-رومانيا",
            "intro": "أكثر الأسئلة شيوعًا لدى القادمين الجدد، مع إجابات قصيرة.",
            "body": [
                {
                    "type": "accordion",
                    "value": {
                        "title": "أسئلة شائعة",
                        "items": [
                            {
                                "question": "أين يمكنني طلب المعلومات بلغتي؟",
                                "answer": (
                                    "<p>في مكاتب المواطنين الأجانب في بلديتك وفي المراكز "
                                    "متعددة الثقافات. لدى كثير منها وسطاء يتحدثون العربية "
                                    "والأردية والصينية والألبانية والأوكرانية والرومانية "
                                    "والفرنسية والإنجليزية. الخدمة مجانية.</p>"
                                ),
                            },
                            {
                                "question": "كيف أسجّل في الخدمة الصحية الوطنية؟",
                                "answer": (
                                    "<p>اذهب بتصريح الإقامة (أو إيصال الطلب) والرمز الضريبي "
                                    "إلى مكتب الوحدة الصحية المحلية (Azienda USL) في مكان "
                                    "سكنك: ستختار طبيب الأسرة وتحصل على البطاقة الصحية.</p>"
                                ),
                            },
                            {
                                "question": "هل يمكنني استخدام هذه البوابة دون تسجيل؟",
                                "answer": (
                                    "<p>نعم. كل المعلومات عامة، ولا يستخدم الموقع ملفات "
                                    "تعريف الارتباط للتتبع.</p>"
                                ),
                            },
                        ],
                    },
                }
            ],
        },
        "ur": {
            "title": "ایمیلیا-رومانیا میں پہلے قدم",
            "intro": "نئے آنے والوں کے سب سے عام سوالات، مختصر جوابات کے ساتھ۔",
            "body": [
                {
                    "type": "accordion",
                    "value": {
                        "title": "اکثر پوچھے جانے والے سوالات",
                        "items": [
                            {
                                "question": "میں اپنی زبان میں معلومات کہاں سے لے سکتا ہوں؟",
                                "answer": (
                                    "<p>اپنی بلدیہ کے غیر ملکی شہریوں کے دفتر اور بین الثقافتی "
                                    "مراکز میں۔ بہت سی جگہوں پر ایسے ثالث موجود ہیں جو عربی، "
                                    "اردو، چینی، البانوی، یوکرینی، رومانیائی، فرانسیسی اور "
                                    "انگریزی بولتے ہیں۔ یہ خدمت مفت ہے۔</p>"
                                ),
                            },
                            {
                                "question": "میں قومی صحت سروس میں اندراج کیسے کراؤں؟",
                                "answer": (
                                    "<p>اپنا رہائشی اجازت نامہ (یا درخواست کی رسید) اور ٹیکس "
                                    "کوڈ لے کر اپنے علاقے کے مقامی محکمۂ صحت (Azienda USL) "
                                    "کے دفتر جائیں: وہاں آپ فیملی ڈاکٹر منتخب کریں گے اور "
                                    "ہیلتھ کارڈ حاصل کریں گے۔</p>"
                                ),
                            },
                            {
                                "question": "کیا میں اندراج کے بغیر یہ پورٹل استعمال کر سکتا ہوں؟",
                                "answer": (
                                    "<p>جی ہاں۔ تمام معلومات عوامی ہیں اور یہ سائٹ پروفائلنگ "
                                    "کوکیز استعمال نہیں کرتی۔</p>"
                                ),
                            },
                        ],
                    },
                }
            ],
        },
    },
]
