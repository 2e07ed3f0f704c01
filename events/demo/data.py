"""The demo season of events: the calendar page's texts and fourteen events, three of
which take registrations (one nearly full: see ``events/demo/registrations.py``).

The format is described in ``events/demo/__init__.py``. Venues are public places of the
HUBs' municipalities (libraries, intercultural centres, town halls, health centres);
online links are public Jitsi Meet rooms. Some events are left untranslated on purpose,
so that the Italian fallback shows in the listing.
"""

#: The regional calendar page, in every language of the portal.
CALENDAR: dict[str, dict[str, str]] = {
    "it": {
        "title": "Eventi",
        "slug": "eventi",
        "intro": "Incontri informativi, sportelli e giornate aperte dei cinque HUB e della "
        "Regione. Molti sono gratuiti e con mediatori linguistici.",
    },
    "en": {
        "title": "Events",
        "slug": "events",
        "intro": "Information meetings, help desks and open days of the five HUBs and the "
        "Region. Many are free and have language mediators.",
    },
    "fr": {
        "title": "Événements",
        "slug": "evenements",
        "intro": "Réunions d'information, guichets et journées portes ouvertes des cinq HUB "
        "et de la Région. Beaucoup sont gratuits, avec des médiateurs linguistiques.",
    },
    "ar": {
        "title": "الفعاليات",
        "intro": "لقاءات إعلامية ومكاتب إرشاد وأيام مفتوحة تنظمها المراكز الخمسة والإقليم. "
        "كثير منها مجاني وبحضور وسطاء لغويين.",
    },
    "sq": {
        "title": "Ngjarjet",
        "slug": "ngjarjet",
        "intro": "Takime informuese, sportele dhe ditë të hapura të pesë HUB-eve dhe të "
        "Rajonit. Shumë prej tyre janë falas dhe me ndërmjetës gjuhësorë.",
    },
    "uk": {
        "title": "Події",
        "intro": "Інформаційні зустрічі, консультаційні пункти та дні відкритих дверей п'яти "
        "HUB і Регіону. Багато з них безкоштовні, з мовними посередниками.",
    },
    "zh-hans": {
        "title": "活动",
        "intro": "五个中心和大区举办的信息讲座、咨询窗口和开放日。"
        "许多活动免费，并有语言调解员在场。",
    },
    "ur": {
        "title": "تقریبات",
        "intro": "پانچوں مراکز اور ریجن کی معلوماتی نشستیں، رہنمائی ڈیسک اور کھلے دن۔ ان میں سے "
        "بہت سی مفت ہیں اور ان میں زبان کے ثالث موجود ہوتے ہیں۔",
    },
    "ro": {
        "title": "Evenimente",
        "slug": "evenimente",
        "intro": "Întâlniri de informare, ghișee și zile porți deschise ale celor cinci "
        "HUB-uri și ale Regiunii. Multe sunt gratuite și au mediatori lingvistici.",
    },
}

REGION = "Regione Emilia-Romagna"

# --- Places ---------------------------------------------------------------------------

SALABORSA = {
    "venue_name": "Biblioteca Salaborsa",
    "venue_address": "Piazza del Nettuno 3, 40124 Bologna",
    "latitude": "44.494020",
    "longitude": "11.342620",
}
ZONARELLI = {
    "venue_name": "Centro interculturale Massimo Zonarelli",
    "venue_address": "Via Giovanni Antonio Sacco 14, 40127 Bologna",
    "latitude": "44.508100",
    "longitude": "11.361200",
}
TERZA_TORRE = {
    "venue_name": "Regione Emilia-Romagna – Terza Torre",
    "venue_address": "Viale della Fiera 8, 40127 Bologna",
    "municipality": "Bologna",
    "latitude": "44.511700",
    "longitude": "11.365400",
}
PIAZZA_GRANDE_MODENA = {
    "venue_name": "Piazza Grande",
    "venue_address": "Piazza Grande, 41121 Modena",
    "municipality": "Modena",
    "latitude": "44.646100",
    "longitude": "10.925600",
}
ARIOSTEA = {
    "venue_name": "Biblioteca comunale Ariostea",
    "venue_address": "Via delle Scienze 17, 44121 Ferrara",
    "latitude": "44.832600",
    "longitude": "11.622400",
}
SAN_ROCCO = {
    "venue_name": "Casa della Comunità Cittadella San Rocco",
    "venue_address": "Corso della Giovecca 203, 44121 Ferrara",
    "latitude": "44.837300",
    "longitude": "11.631500",
}
PANIZZI = {
    "venue_name": "Biblioteca Panizzi",
    "venue_address": "Via Farini 3, 42121 Reggio Emilia",
    "latitude": "44.697600",
    "longitude": "10.632000",
}
SPAZIO_GERRA = {
    "venue_name": "Spazio Gerra",
    "venue_address": "Piazza XXV Aprile 2, 42121 Reggio Emilia",
    "latitude": "44.698500",
    "longitude": "10.629800",
}
CASA_CULTURE_RAVENNA = {
    "venue_name": "Casa delle Culture",
    "venue_address": "Piazza Medaglie d'Oro 4, 48122 Ravenna",
    "latitude": "44.410900",
    "longitude": "12.205600",
}
SAFFI_LIBRARY = {
    "venue_name": "Biblioteca comunale Aurelio Saffi",
    "venue_address": "Corso della Repubblica 72, 47121 Forlì",
    "latitude": "44.220300",
    "longitude": "12.045600",
}
FORLI_TOWN_HALL = {
    "venue_name": "Comune di Forlì – Palazzo comunale",
    "venue_address": "Piazza Aurelio Saffi 8, 47121 Forlì",
    "latitude": "44.222400",
    "longitude": "12.040900",
}

# --- The season -----------------------------------------------------------------------

INTERCULTURA = {
    "key": "giornata-intercultura",
    "hub": None,
    "when": {"day": 33, "start": "10:00", "end": "22:00", "all_day": True},
    "place": PIAZZA_GRANDE_MODENA,
    "languages_spoken": ["it", "en", "fr", "ar", "uk", "zh-hans", "ur"],
    "audience": "everyone",
    "organiser": "Regione Emilia-Romagna e Comune di Modena",
    "it": {
        "title": "Giornata regionale dell'intercultura",
        "slug": "giornata-regionale-intercultura",
        "intro": "Una giornata di festa in piazza con musica, cibo, giochi per bambini e gli "
        "stand degli sportelli per stranieri di tutta la regione.",
        "description": "<p>Le associazioni delle comunità straniere, i cinque HUB e i Comuni "
        "dell'Emilia-Romagna si incontrano in piazza per una giornata aperta a tutti.</p>"
        "<ul><li>Stand informativi su lavoro, salute, permesso di soggiorno, anagrafe e "
        "scuola</li><li>Musica e danze dal mondo</li><li>Laboratori per bambini</li></ul>"
        "<p>L'ingresso è libero. Agli stand trovi mediatori che parlano arabo, urdu, "
        "cinese, ucraino e altre lingue.</p>",
        "languages_other": "bengalese, tigrino, punjabi",
    },
    "en": {
        "title": "Regional Intercultural Day",
        "slug": "regional-intercultural-day",
        "intro": "A day of celebration in the square with music, food, games for children and "
        "stands of the help desks for foreigners from the whole region.",
        "description": "<p>Associations of foreign communities, the five HUBs and the "
        "municipalities of Emilia-Romagna meet in the square for a day open to everyone.</p>"
        "<ul><li>Information stands on work, health, residence permits, the registry office "
        "and school</li><li>Music and dances from around the world</li><li>Workshops for "
        "children</li></ul><p>Entry is free. At the stands you will find mediators who speak "
        "Arabic, Urdu, Chinese, Ukrainian and other languages.</p>",
        "languages_other": "Bengali, Tigrinya, Punjabi",
    },
    "fr": {
        "title": "Journée régionale de l'interculturalité",
        "slug": "journee-regionale-interculturalite",
        "intro": "Une journée de fête sur la place avec de la musique, de la cuisine, des jeux "
        "pour les enfants et les stands des guichets pour étrangers de toute la région.",
        "description": "<p>Les associations des communautés étrangères, les cinq HUB et les "
        "communes d'Émilie-Romagne se retrouvent sur la place pour une journée ouverte à "
        "tous.</p><ul><li>Stands d'information sur le travail, la santé, le titre de séjour, "
        "l'état civil et l'école</li><li>Musiques et danses du monde</li><li>Ateliers pour "
        "les enfants</li></ul><p>L'entrée est libre. Aux stands, vous trouverez des "
        "médiateurs qui parlent arabe, ourdou, chinois, ukrainien et d'autres langues.</p>",
        "languages_other": "bengali, tigrigna, pendjabi",
    },
    "ar": {
        "title": "اليوم الإقليمي للتعدد الثقافي",
        "intro": "يوم احتفالي في الساحة مع الموسيقى والطعام وألعاب للأطفال وأجنحة مكاتب خدمة "
        "الأجانب من كل الإقليم.",
        "description": "<p>تلتقي جمعيات الجاليات الأجنبية والمراكز الخمسة وبلديات إميليا "
        "رومانيا في الساحة في يوم مفتوح للجميع.</p><ul><li>أجنحة معلومات عن العمل والصحة "
        "وتصريح الإقامة والسجل المدني والمدرسة</li><li>موسيقى ورقصات من العالم</li><li>ورشات "
        "للأطفال</li></ul><p>الدخول مجاني. ستجد في الأجنحة وسطاء يتحدثون العربية والأردية "
        "والصينية والأوكرانية ولغات أخرى.</p>",
        "languages_other": "البنغالية، التغرينية، البنجابية",
    },
    "uk": {
        "title": "Регіональний день міжкультурності",
        "intro": "Святковий день на площі: музика, їжа, ігри для дітей і стенди "
        "консультаційних пунктів для іноземців з усього регіону.",
        "description": "<p>Асоціації іноземних громад, п'ять HUB і муніципалітети "
        "Емілії-Романьї зустрічаються на площі в день, відкритий для всіх.</p><ul><li>"
        "Інформаційні стенди про роботу, здоров'я, дозвіл на проживання, реєстрацію та "
        "школу</li><li>Музика і танці народів світу</li><li>Майстер-класи для дітей</li></ul>"
        "<p>Вхід вільний. На стендах працюють посередники, які розмовляють арабською, урду, "
        "китайською, українською та іншими мовами.</p>",
        "languages_other": "бенгальська, тигринья, панджабі",
    },
    "zh-hans": {
        "title": "大区跨文化日",
        "intro": "在广场上举行的节日：音乐、美食、儿童游戏，以及来自全大区的外国人服务窗口展位。",
        "description": "<p>外国人社区协会、五个中心和艾米利亚-罗马涅大区各市政府在广场相聚，"
        "举办面向所有人的开放日。</p><ul><li>关于工作、健康、居留许可、户籍登记和学校的信息展位"
        "</li><li>世界各地的音乐和舞蹈</li><li>儿童工作坊</li></ul><p>免费入场。展位上有会说"
        "阿拉伯语、乌尔都语、中文、乌克兰语和其他语言的调解员。</p>",
        "languages_other": "孟加拉语、提格利尼亚语、旁遮普语",
    },
    "ur": {
        "title": "علاقائی بین الثقافتی دن",
        "intro": "چوک میں جشن کا ایک دن: موسیقی، کھانے، بچوں کے کھیل اور پورے ریجن سے غیر "
        "ملکیوں کے لیے معلوماتی ڈیسک کے اسٹال۔",
        "description": "<p>غیر ملکی برادریوں کی تنظیمیں، پانچوں مراکز اور ایمیلیا-رومانیا کی "
        "بلدیات سب کے لیے کھلے ایک دن کے لیے چوک میں جمع ہوتی ہیں۔</p><ul><li>روزگار، صحت، "
        "رہائشی اجازت نامے، اندراج اور اسکول کے بارے میں معلوماتی اسٹال</li><li>دنیا بھر کی "
        "موسیقی اور رقص</li><li>بچوں کے لیے ورکشاپس</li></ul><p>داخلہ مفت ہے۔ اسٹالوں پر "
        "عربی، اردو، چینی، یوکرینی اور دوسری زبانیں بولنے والے ثالث موجود ہوں گے۔</p>",
        "languages_other": "بنگالی، تگرینیا، پنجابی",
    },
}

OPERATORS_MONTHLY = {
    "key": "aggiornamento-operatori",
    "hub": None,
    "when": {"nth_weekday": [1, "WE"], "start": "10:00", "end": "11:30"},
    "repeat": {"frequency": "MONTHLY", "position": 1, "weekdays": ["WE"], "count": 8},
    "online_url": "https://meet.jit.si/ERIntegrazione-aggiornamento-operatori",
    "languages_spoken": ["it"],
    "audience": "operators",
    "organiser": REGION,
    "it": {
        "title": "Aggiornamento mensile per gli operatori degli sportelli",
        "slug": "aggiornamento-mensile-operatori",
        "intro": "Un'ora e mezza online per gli operatori della rete: novità su norme e "
        "procedure, casi pratici e domande.",
        "description": "<p>Ogni mese il gruppo di coordinamento regionale presenta le novità "
        "su permessi di soggiorno, lavoro, salute e anagrafe e risponde alle domande "
        "arrivate dagli sportelli.</p><p>Il collegamento è lo stesso per tutti gli incontri. "
        "Le slide e la registrazione sono pubblicate nell'area riservata agli operatori.</p>",
    },
    "en": {
        "title": "Monthly update for help desk staff",
        "slug": "monthly-update-help-desk-staff",
        "intro": "An hour and a half online for the network's staff: changes in rules and "
        "procedures, practical cases and questions.",
        "description": "<p>Every month the regional coordination group presents what is new "
        "about residence permits, work, health and the registry office, and answers the "
        "questions sent by the help desks.</p><p>The link is the same for every meeting. The "
        "slides and the recording are published in the area reserved for staff.</p>",
    },
}

PORTAL_PRESENTATION = {
    "key": "presentazione-portale",
    "hub": None,
    "when": {"day": -18, "start": "10:00", "end": "13:00"},
    "place": TERZA_TORRE,
    "languages_spoken": ["it"],
    "audience": "operators",
    "organiser": REGION,
    "it": {
        "title": "Presentazione del portale ER Integrazione agli operatori",
        "slug": "presentazione-portale-operatori",
        "intro": "La Regione presenta il nuovo portale ai Comuni, agli sportelli e agli enti "
        "del terzo settore: come si pubblicano guide ed eventi e come si lavora nelle nove "
        "lingue.",
        "description": "<p>Programma della mattina:</p><ul><li>10:00 Saluti e obiettivi del "
        "progetto</li><li>10:30 Il portale e i cinque HUB</li><li>11:30 Guide, eventi e "
        "traduzioni: come si lavora</li><li>12:30 Domande</li></ul>",
    },
}

CPI_BOLOGNA = {
    "key": "centro-impiego-bologna",
    "hub": "lavoro",
    "when": {"nth_weekday": [2, "TU"], "start": "15:00", "end": "17:00"},
    "repeat": {"frequency": "MONTHLY", "position": 2, "weekdays": ["TU"], "count": 6},
    "place": SALABORSA,
    "languages_spoken": ["it", "ar", "zh-hans", "ur"],
    "audience": "migrants",
    "it": {
        "title": "Come iscriversi al Centro per l'impiego",
        "slug": "come-iscriversi-centro-impiego",
        "intro": "Un incontro per capire come ci si iscrive al Centro per l'impiego, cos'è la "
        "DID e quali servizi gratuiti si ricevono per cercare lavoro.",
        "description": "<p>Un operatore del Centro per l'impiego di Bologna spiega passo per "
        "passo:</p><ul><li>come rilasciare la dichiarazione di immediata disponibilità (DID) "
        "online o allo sportello</li><li>quali documenti servono</li><li>il patto di "
        "servizio, i corsi e le offerte di lavoro</li></ul><p>Porta, se li hai, il permesso "
        "di soggiorno, il codice fiscale e lo SPID. L'ingresso è libero, senza "
        "prenotazione.</p>",
        "languages_other": "bengalese",
    },
    "en": {
        "title": "How to register at the Job Centre (Centro per l'impiego)",
        "slug": "how-to-register-job-centre",
        "intro": "A meeting to understand how to register at the Job Centre, what the DID is "
        "and which free services you get to look for work.",
        "description": "<p>A staff member of the Bologna Job Centre explains step by step:</p>"
        "<ul><li>how to make the declaration of immediate availability (DID) online or at "
        "the desk</li><li>which documents you need</li><li>the service agreement, courses "
        "and job offers</li></ul><p>If you have them, bring your residence permit, tax code "
        "(codice fiscale) and SPID. Entry is free, no booking needed.</p>",
        "languages_other": "Bengali",
    },
    "fr": {
        "title": "Comment s'inscrire au Centre pour l'emploi",
        "slug": "comment-sinscrire-centre-emploi",
        "intro": "Une rencontre pour comprendre comment s'inscrire au Centre pour l'emploi, "
        "ce qu'est la DID et quels services gratuits on reçoit pour chercher du travail.",
        "description": "<p>Un agent du Centre pour l'emploi de Bologne explique étape par "
        "étape :</p><ul><li>comment faire la déclaration de disponibilité immédiate (DID) en "
        "ligne ou au guichet</li><li>quels documents sont nécessaires</li><li>le pacte de "
        "service, les formations et les offres d'emploi</li></ul><p>Apportez, si vous les "
        "avez, votre titre de séjour, votre code fiscal et votre SPID. L'entrée est libre, "
        "sans réservation.</p>",
        "languages_other": "bengali",
    },
    "ar": {
        "title": "كيف تسجل في مركز التوظيف",
        "intro": "لقاء لفهم كيفية التسجيل في مركز التوظيف، وما هو إعلان الاستعداد الفوري للعمل "
        "(DID)، وما الخدمات المجانية التي تحصل عليها للبحث عن عمل.",
        "description": "<p>يشرح موظف من مركز التوظيف في بولونيا خطوة بخطوة:</p><ul><li>كيف "
        "تقدم إعلان الاستعداد الفوري للعمل (DID) عبر الإنترنت أو في المكتب</li><li>ما "
        "الوثائق المطلوبة</li><li>اتفاق الخدمة والدورات وعروض العمل</li></ul><p>أحضر معك، "
        "إن وجدت، تصريح الإقامة والرمز الضريبي (codice fiscale) وهوية SPID. الدخول مجاني "
        "وبدون حجز.</p>",
        "languages_other": "البنغالية",
    },
    "zh-hans": {
        "title": "如何在就业中心登记",
        "intro": "讲座介绍如何在就业中心（Centro per l'impiego）登记、什么是DID，"
        "以及找工作时可以获得哪些免费服务。",
        "description": "<p>博洛尼亚就业中心的工作人员将逐步讲解：</p><ul><li>如何在网上或窗口"
        "提交立即就业意愿声明（DID）</li><li>需要哪些证件</li><li>服务协议、培训课程和招聘信息"
        "</li></ul><p>如有，请携带居留许可、税号（codice fiscale）和SPID。免费入场，无需预约。"
        "</p>",
        "languages_other": "孟加拉语",
    },
    "ur": {
        "title": "روزگار مرکز (Centro per l'impiego) میں اندراج کیسے کریں",
        "intro": "ایک نشست جس میں بتایا جائے گا کہ روزگار مرکز میں اندراج کیسے ہوتا ہے، DID "
        "کیا ہے اور کام تلاش کرنے کے لیے کون سی مفت خدمات ملتی ہیں۔",
        "description": "<p>بولونیا کے روزگار مرکز کا ایک اہلکار قدم بہ قدم بتائے گا:</p><ul>"
        "<li>فوری دستیابی کا اعلان (DID) آن لائن یا کاؤنٹر پر کیسے دیں</li><li>کون سی "
        "دستاویزات درکار ہیں</li><li>سروس معاہدہ، کورسز اور ملازمت کی پیشکشیں</li></ul><p>"
        "اگر آپ کے پاس ہوں تو رہائشی اجازت نامہ، ٹیکس کوڈ (codice fiscale) اور SPID ساتھ "
        "لائیں۔ داخلہ مفت ہے، بکنگ کی ضرورت نہیں۔</p>",
        "languages_other": "بنگالی",
    },
}

PAYSLIP_BOLOGNA = {
    "key": "busta-paga-bologna",
    "hub": "lavoro",
    "when": {"day": 16, "start": "18:00", "end": "19:30"},
    "place": ZONARELLI,
    # Nearly full: two of twenty places left, then a waiting list.
    "registrations": {"capacity": 20, "closes_hours": 24, "waiting_list": True, "people": 18},
    "languages_spoken": ["it", "fr", "ar"],
    "audience": "migrants",
    "it": {
        "title": "Contratto e busta paga: i tuoi diritti al lavoro",
        "slug": "contratto-busta-paga-diritti",
        "intro": "Come leggere un contratto di lavoro e una busta paga, e a chi chiedere aiuto "
        "se qualcosa non va.",
        "description": "<p>Con un'operatrice sindacale e una mediatrice culturale vediamo "
        "insieme:</p><ul><li>i tipi di contratto più comuni</li><li>le voci della busta "
        "paga: ore, straordinari, ferie, contributi</li><li>dove rivolgersi in caso di lavoro "
        "irregolare o stipendio non pagato</li></ul><p>Puoi portare la tua busta paga: la "
        "guardiamo insieme, in modo riservato.</p>",
    },
    "en": {
        "title": "Contract and payslip: your rights at work",
        "slug": "contract-payslip-rights-at-work",
        "intro": "How to read an employment contract and a payslip, and who to ask for help if "
        "something is wrong.",
        "description": "<p>With a trade union adviser and a cultural mediator we look together "
        "at:</p><ul><li>the most common types of contract</li><li>the items of a payslip: "
        "hours, overtime, holidays, contributions</li><li>where to go if your work is "
        "undeclared or your wages are not paid</li></ul><p>You can bring your payslip: we "
        "look at it together, in confidence.</p>",
    },
}

HEALTH_CARD_FERRARA = {
    "key": "tessera-sanitaria-ferrara",
    "hub": "salute",
    "when": {"day": 10, "start": "17:00", "end": "18:30"},
    "place": ARIOSTEA,
    "languages_spoken": ["it", "ar", "zh-hans", "ur"],
    "audience": "migrants",
    "it": {
        "title": "Tessera sanitaria e medico di base",
        "slug": "tessera-sanitaria-medico-di-base",
        "intro": "Come si ottiene la tessera sanitaria, come si sceglie il medico di base e il "
        "pediatra, e cosa fare se non hai ancora il permesso di soggiorno.",
        "description": "<p>Con gli operatori dell'Azienda USL di Ferrara parliamo di:</p><ul>"
        "<li>iscrizione al Servizio sanitario nazionale e tessera sanitaria</li><li>scelta "
        "del medico di base e del pediatra per i figli</li><li>tessera STP per chi non ha il "
        "permesso di soggiorno: le cure urgenti ed essenziali sono garantite</li><li>come "
        "prenotare visite ed esami (CUP e Fascicolo sanitario elettronico)</li></ul><p>"
        "Ingresso libero. Sono presenti mediatori linguistici.</p>",
    },
    "en": {
        "title": "Health card and family doctor",
        "slug": "health-card-family-doctor",
        "intro": "How to get the health card, how to choose a family doctor and a "
        "paediatrician, and what to do if you do not have a residence permit yet.",
        "description": "<p>With staff of the Ferrara local health authority (Azienda USL) we "
        "talk about:</p><ul><li>registering with the National Health Service and the health "
        "card</li><li>choosing a family doctor and a paediatrician for your children</li>"
        "<li>the STP card for people without a residence permit: urgent and essential care "
        "is guaranteed</li><li>how to book visits and tests (CUP and the electronic health "
        "record)</li></ul><p>Free entry. Language mediators are present.</p>",
    },
    "fr": {
        "title": "Carte sanitaire et médecin traitant",
        "slug": "carte-sanitaire-medecin-traitant",
        "intro": "Comment obtenir la carte sanitaire, comment choisir le médecin traitant et le "
        "pédiatre, et que faire si vous n'avez pas encore de titre de séjour.",
        "description": "<p>Avec les agents de l'agence sanitaire locale (Azienda USL) de "
        "Ferrare, nous parlons de :</p><ul><li>l'inscription au Service sanitaire national et "
        "la carte sanitaire</li><li>le choix du médecin traitant et du pédiatre pour les "
        "enfants</li><li>la carte STP pour les personnes sans titre de séjour : les soins "
        "urgents et essentiels sont garantis</li><li>comment réserver des consultations et "
        "des examens (CUP et dossier médical électronique)</li></ul><p>Entrée libre. Des "
        "médiateurs linguistiques sont présents.</p>",
    },
    "ar": {
        "title": "البطاقة الصحية وطبيب العائلة",
        "intro": "كيف تحصل على البطاقة الصحية، وكيف تختار طبيب العائلة وطبيب الأطفال، وماذا "
        "تفعل إذا لم يكن لديك تصريح إقامة بعد.",
        "description": "<p>مع موظفي الهيئة الصحية المحلية (Azienda USL) في فيرارا نتحدث عن:"
        "</p><ul><li>التسجيل في الخدمة الصحية الوطنية والبطاقة الصحية</li><li>اختيار طبيب "
        "العائلة وطبيب الأطفال لأولادك</li><li>بطاقة STP لمن ليس لديه تصريح إقامة: العلاج "
        "العاجل والأساسي مضمون</li><li>كيف تحجز المواعيد والفحوص (CUP والملف الصحي "
        "الإلكتروني)</li></ul><p>الدخول مجاني. يحضر وسطاء لغويون.</p>",
    },
    "zh-hans": {
        "title": "医疗卡和家庭医生",
        "intro": "如何办理医疗卡，如何选择家庭医生和儿科医生，以及还没有居留许可时该怎么办。",
        "description": "<p>我们将与费拉拉地方卫生局（Azienda USL）的工作人员一起介绍：</p><ul>"
        "<li>在国家医疗服务体系登记和医疗卡</li><li>为自己选择家庭医生，为孩子选择儿科医生</li>"
        "<li>没有居留许可的人可办理STP卡：紧急和基本医疗有保障</li><li>如何预约门诊和检查"
        "（CUP和电子健康档案）</li></ul><p>免费入场。现场有语言调解员。</p>",
    },
    "ur": {
        "title": "ہیلتھ کارڈ اور فیملی ڈاکٹر",
        "intro": "ہیلتھ کارڈ کیسے حاصل کریں، فیملی ڈاکٹر اور بچوں کا ڈاکٹر کیسے چنیں، اور اگر "
        "ابھی آپ کے پاس رہائشی اجازت نامہ نہیں ہے تو کیا کریں۔",
        "description": "<p>فیرارا کے مقامی محکمۂ صحت (Azienda USL) کے عملے کے ساتھ ہم بات "
        "کریں گے:</p><ul><li>قومی صحت سروس میں اندراج اور ہیلتھ کارڈ</li><li>اپنے لیے فیملی "
        "ڈاکٹر اور بچوں کے لیے ڈاکٹر کا انتخاب</li><li>رہائشی اجازت نامے کے بغیر لوگوں کے "
        "لیے STP کارڈ: فوری اور ضروری علاج کی ضمانت ہے</li><li>معائنے اور ٹیسٹ کی بکنگ کیسے "
        "کریں (CUP اور الیکٹرانک ہیلتھ ریکارڈ)</li></ul><p>داخلہ مفت ہے۔ زبان کے ثالث موجود "
        "ہوں گے۔</p>",
    },
}

BIRTH_FERRARA = {
    "key": "percorso-nascita-ferrara",
    "hub": "salute",
    "when": {"day": 23, "start": "10:00", "end": "12:00"},
    "status": "postponed",
    "place": SAN_ROCCO,
    "languages_spoken": ["it", "fr", "ar", "ur"],
    "audience": "migrants",
    "it": {
        "title": "Percorso nascita: gravidanza e parto in Italia",
        "slug": "percorso-nascita-gravidanza-parto",
        "intro": "Incontro per donne in gravidanza e future mamme: visite gratuite, "
        "consultorio, parto in ospedale e diritti al lavoro.",
        "description": "<p>Ostetriche del consultorio familiare e mediatrici culturali "
        "spiegano:</p><ul><li>le visite e gli esami gratuiti in gravidanza</li><li>come "
        "funziona il consultorio familiare</li><li>il parto in ospedale e il riconoscimento "
        "del bambino</li><li>i congedi e i diritti per chi lavora</li></ul><p>L'incontro è "
        "riservato alle donne. Puoi venire con i bambini piccoli.</p>",
        "status_note": "Rinviato per un cambio di sala. La nuova data sarà pubblicata in "
        "questa pagina appena confermata.",
    },
    "en": {
        "title": "Birth pathway: pregnancy and childbirth in Italy",
        "slug": "birth-pathway-pregnancy-childbirth",
        "intro": "A meeting for pregnant women and mothers-to-be: free check-ups, the family "
        "counselling centre, giving birth in hospital and rights at work.",
        "description": "<p>Midwives of the family counselling centre (consultorio) and "
        "cultural mediators explain:</p><ul><li>the free check-ups and tests during "
        "pregnancy</li><li>how the family counselling centre works</li><li>giving birth in "
        "hospital and registering your baby</li><li>leave and rights for women who work</li>"
        "</ul><p>The meeting is for women only. You can come with small children.</p>",
        "status_note": "Postponed because of a change of room. The new date will be "
        "published on this page as soon as it is confirmed.",
    },
    "fr": {
        "title": "Parcours naissance : grossesse et accouchement en Italie",
        "slug": "parcours-naissance-grossesse-accouchement",
        "intro": "Rencontre pour les femmes enceintes et les futures mamans : consultations "
        "gratuites, centre de consultation familiale, accouchement à l'hôpital et droits au "
        "travail.",
        "description": "<p>Des sages-femmes du centre de consultation familiale (consultorio) "
        "et des médiatrices culturelles expliquent :</p><ul><li>les consultations et examens "
        "gratuits pendant la grossesse</li><li>le fonctionnement du centre de consultation "
        "familiale</li><li>l'accouchement à l'hôpital et la reconnaissance de l'enfant</li>"
        "<li>les congés et les droits des femmes qui travaillent</li></ul><p>La rencontre est "
        "réservée aux femmes. Vous pouvez venir avec vos jeunes enfants.</p>",
        "status_note": "Reporté en raison d'un changement de salle. La nouvelle date sera "
        "publiée sur cette page dès qu'elle sera confirmée.",
    },
    "ar": {
        "title": "مسار الولادة: الحمل والولادة في إيطاليا",
        "intro": "لقاء للنساء الحوامل والأمهات المستقبليات: الفحوص المجانية، ومركز الاستشارة "
        "العائلية، والولادة في المستشفى، والحقوق في العمل.",
        "description": "<p>تشرح قابلات من مركز الاستشارة العائلية (consultorio) ووسيطات "
        "ثقافيات:</p><ul><li>الفحوص والتحاليل المجانية أثناء الحمل</li><li>كيف يعمل مركز "
        "الاستشارة العائلية</li><li>الولادة في المستشفى وتسجيل الطفل</li><li>الإجازات "
        "والحقوق للنساء العاملات</li></ul><p>اللقاء مخصص للنساء فقط. يمكنك الحضور مع أطفالك "
        "الصغار.</p>",
        "status_note": "تم التأجيل بسبب تغيير القاعة. سيُنشر الموعد الجديد في هذه الصفحة فور "
        "تأكيده.",
    },
}

VACCINATIONS_FERRARA = {
    "key": "vaccinazioni-ferrara",
    "hub": "salute",
    "when": {"day": -12, "start": "16:30", "end": "18:00"},
    "place": SAN_ROCCO,
    "languages_spoken": ["it", "ar"],
    "audience": "migrants",
    "it": {
        "title": "Vaccinazioni dei bambini: domande e risposte",
        "slug": "vaccinazioni-bambini-domande-risposte",
        "intro": "Pediatri e assistenti sanitarie rispondono alle domande dei genitori sulle "
        "vaccinazioni obbligatorie e consigliate.",
        "description": "<p>Parliamo di:</p><ul><li>quali vaccinazioni sono obbligatorie per "
        "andare al nido e a scuola</li><li>come recuperare le vaccinazioni fatte nel Paese di "
        "origine</li><li>come prenotare e dove andare</li></ul><p>Porta, se lo hai, il "
        "libretto delle vaccinazioni del bambino.</p>",
    },
    "en": {
        "title": "Children's vaccinations: questions and answers",
        "slug": "childrens-vaccinations-questions-answers",
        "intro": "Paediatricians and health visitors answer parents' questions about "
        "compulsory and recommended vaccinations.",
        "description": "<p>We talk about:</p><ul><li>which vaccinations are compulsory for "
        "nursery and school</li><li>how to catch up on vaccinations done in your country of "
        "origin</li><li>how to book and where to go</li></ul><p>If you have it, bring your "
        "child's vaccination record.</p>",
    },
    "fr": {
        "title": "Vaccinations des enfants : questions et réponses",
        "slug": "vaccinations-enfants-questions-reponses",
        "intro": "Des pédiatres et des infirmières de santé publique répondent aux questions "
        "des parents sur les vaccinations obligatoires et recommandées.",
        "description": "<p>Nous parlons de :</p><ul><li>quelles vaccinations sont "
        "obligatoires pour la crèche et l'école</li><li>comment compléter les vaccinations "
        "faites dans le pays d'origine</li><li>comment prendre rendez-vous et où aller</li>"
        "</ul><p>Apportez, si vous l'avez, le carnet de vaccination de l'enfant.</p>",
    },
    "ar": {
        "title": "تطعيمات الأطفال: أسئلة وأجوبة",
        "intro": "يجيب أطباء الأطفال والمساعدات الصحيات عن أسئلة الآباء والأمهات حول "
        "التطعيمات الإلزامية والموصى بها.",
        "description": "<p>نتحدث عن:</p><ul><li>التطعيمات الإلزامية للالتحاق بالحضانة "
        "والمدرسة</li><li>كيف تستكمل التطعيمات التي أُخذت في بلد المنشأ</li><li>كيف تحجز "
        "موعدًا وإلى أين تذهب</li></ul><p>أحضر معك، إن وجد، دفتر تطعيمات الطفل.</p>",
    },
}

PERMIT_DESK_REGGIO = {
    "key": "sportello-permesso-reggio",
    "hub": "titoli-di-soggiorno",
    "when": {"day": -13, "start": "17:30", "end": "19:00"},
    "repeat": {
        "frequency": "WEEKLY",
        "weekdays": ["TU"],
        "until_day": 118,
        "excluded_days": [36],
    },
    "place": PANIZZI,
    "languages_spoken": ["it", "en", "fr", "ar", "sq", "zh-hans", "ur"],
    "audience": "migrants",
    "it": {
        "title": "Rinnovo del permesso di soggiorno: sportello di orientamento",
        "slug": "rinnovo-permesso-soggiorno-sportello-orientamento",
        "intro": "Ogni martedì, senza appuntamento: operatori e mediatori ti aiutano a "
        "preparare il rinnovo del permesso di soggiorno.",
        "description": "<p>Allo sportello puoi:</p><ul><li>controllare quali documenti "
        "servono per il tuo tipo di permesso</li><li>farti aiutare a compilare il kit "
        "postale</li><li>capire a che punto è la tua pratica</li></ul><p>Porta il permesso "
        "di soggiorno, il passaporto e, se li hai, il contratto di lavoro e le ultime buste "
        "paga. Il servizio è gratuito. Lo sportello non fa le pratiche al posto tuo e non "
        "sostituisce la Questura.</p>",
    },
    "en": {
        "title": "Renewing your residence permit: guidance desk",
        "slug": "renewing-residence-permit-guidance-desk",
        "intro": "Every Tuesday, no appointment needed: staff and mediators help you prepare "
        "the renewal of your residence permit.",
        "description": "<p>At the desk you can:</p><ul><li>check which documents you need for "
        "your type of permit</li><li>get help filling in the postal kit</li><li>find out "
        "where your application stands</li></ul><p>Bring your residence permit, your "
        "passport and, if you have them, your employment contract and latest payslips. The "
        "service is free. The desk does not handle applications for you and does not replace "
        "the Questura (police headquarters).</p>",
    },
    "fr": {
        "title": "Renouvellement du titre de séjour : guichet d'orientation",
        "slug": "renouvellement-titre-sejour-guichet-orientation",
        "intro": "Chaque mardi, sans rendez-vous : des agents et des médiateurs vous aident à "
        "préparer le renouvellement de votre titre de séjour.",
        "description": "<p>Au guichet, vous pouvez :</p><ul><li>vérifier quels documents sont "
        "nécessaires pour votre type de titre</li><li>vous faire aider à remplir le kit "
        "postal</li><li>savoir où en est votre dossier</li></ul><p>Apportez votre titre de "
        "séjour, votre passeport et, si vous les avez, votre contrat de travail et vos "
        "dernières fiches de paie. Le service est gratuit. Le guichet ne fait pas les "
        "démarches à votre place et ne remplace pas la Questura (préfecture de police).</p>",
    },
    "ar": {
        "title": "تجديد تصريح الإقامة: مكتب الإرشاد",
        "intro": "كل يوم ثلاثاء وبدون موعد: موظفون ووسطاء يساعدونك على تحضير تجديد تصريح الإقامة.",
        "description": "<p>في المكتب يمكنك:</p><ul><li>التحقق من الوثائق المطلوبة لنوع "
        "تصريحك</li><li>الحصول على مساعدة في ملء ملف البريد (kit postale)</li><li>معرفة "
        "مرحلة معاملتك</li></ul><p>أحضر تصريح الإقامة وجواز السفر، وإن وجد، عقد العمل وآخر "
        "كشوف الراتب. الخدمة مجانية. المكتب لا ينجز المعاملات بدلًا منك ولا يحل محل مديرية "
        "الشرطة (Questura).</p>",
    },
    "zh-hans": {
        "title": "居留许可续签：咨询窗口",
        "intro": "每周二，无需预约：工作人员和调解员帮助你准备居留许可续签。",
        "description": "<p>在窗口你可以：</p><ul><li>查询你的居留许可类型需要哪些材料</li>"
        "<li>获得填写邮局申请包（kit postale）的帮助</li><li>了解你的申请进展到哪一步</li>"
        "</ul><p>请携带居留许可、护照，如有，还请携带劳动合同和最近的工资单。服务免费。"
        "窗口不代办手续，也不能代替警察局（Questura）。</p>",
    },
    "ur": {
        "title": "رہائشی اجازت نامے کی تجدید: رہنمائی ڈیسک",
        "intro": "ہر منگل، بغیر اپائنٹمنٹ: عملہ اور ثالث رہائشی اجازت نامے کی تجدید کی تیاری "
        "میں آپ کی مدد کرتے ہیں۔",
        "description": "<p>ڈیسک پر آپ:</p><ul><li>معلوم کر سکتے ہیں کہ آپ کے اجازت نامے کی "
        "قسم کے لیے کون سی دستاویزات درکار ہیں</li><li>ڈاک والی کٹ (kit postale) بھرنے میں "
        "مدد لے سکتے ہیں</li><li>جان سکتے ہیں کہ آپ کی درخواست کس مرحلے میں ہے</li></ul><p>"
        "رہائشی اجازت نامہ، پاسپورٹ اور اگر ہوں تو ملازمت کا معاہدہ اور حالیہ تنخواہ کی "
        "پرچیاں ساتھ لائیں۔ یہ خدمت مفت ہے۔ ڈیسک آپ کی جگہ کارروائی نہیں کرتا اور کویستورا "
        "(Questura) کا متبادل نہیں ہے۔</p>",
    },
}

REUNIFICATION_REGGIO = {
    "key": "ricongiungimento-reggio",
    "hub": "titoli-di-soggiorno",
    "when": {"day": 19, "start": "17:30", "end": "19:00"},
    "status": "cancelled",
    "place": SPAZIO_GERRA,
    "languages_spoken": ["it", "ar", "ur"],
    "audience": "migrants",
    "it": {
        "title": "Ricongiungimento familiare: come portare la famiglia in Italia",
        "slug": "ricongiungimento-familiare-incontro",
        "intro": "Chi può chiedere il ricongiungimento familiare, quali requisiti servono "
        "(reddito e alloggio) e come si presenta la domanda.",
        "description": "<p>Un'operatrice dello sportello immigrazione spiega:</p><ul><li>"
        "quali familiari si possono ricongiungere</li><li>i requisiti di reddito e di "
        "alloggio</li><li>la domanda di nulla osta e i tempi</li></ul>",
        "status_note": "Annullato: la sala non è disponibile. Le stesse informazioni sono "
        "date ogni martedì allo sportello di orientamento sul permesso di soggiorno.",
    },
    "en": {
        "title": "Family reunification: bringing your family to Italy",
        "slug": "family-reunification-meeting",
        "intro": "Who can apply for family reunification, which requirements apply (income "
        "and housing) and how to submit the application.",
        "description": "<p>A staff member of the immigration desk explains:</p><ul><li>which "
        "family members can join you</li><li>the income and housing requirements</li><li>the "
        "application for clearance (nulla osta) and how long it takes</li></ul>",
        "status_note": "Cancelled: the room is not available. The same information is given "
        "every Tuesday at the residence permit guidance desk.",
    },
    "fr": {
        "title": "Regroupement familial : faire venir sa famille en Italie",
        "slug": "regroupement-familial-rencontre",
        "intro": "Qui peut demander le regroupement familial, quelles conditions sont "
        "requises (revenus et logement) et comment présenter la demande.",
        "description": "<p>Une agente du guichet immigration explique :</p><ul><li>quels "
        "membres de la famille peuvent vous rejoindre</li><li>les conditions de revenus et "
        "de logement</li><li>la demande d'autorisation (nulla osta) et les délais</li></ul>",
        "status_note": "Annulé : la salle n'est pas disponible. Les mêmes informations sont "
        "données chaque mardi au guichet d'orientation sur le titre de séjour.",
    },
    "ar": {
        "title": "لمّ الشمل العائلي: كيف تحضر عائلتك إلى إيطاليا",
        "intro": "من يحق له طلب لمّ الشمل العائلي، وما الشروط المطلوبة (الدخل والسكن)، وكيف "
        "يُقدَّم الطلب.",
        "description": "<p>تشرح موظفة من مكتب الهجرة:</p><ul><li>أفراد العائلة الذين يمكن لمّ "
        "شملهم</li><li>شروط الدخل والسكن</li><li>طلب تصريح عدم الممانعة (nulla osta) والمدة "
        "اللازمة</li></ul>",
        "status_note": "أُلغي: القاعة غير متاحة. تُقدَّم المعلومات نفسها كل يوم ثلاثاء في "
        "مكتب الإرشاد الخاص بتصريح الإقامة.",
    },
}

RESIDENCE_RAVENNA = {
    "key": "residenza-ravenna",
    "hub": "prestazioni-sociali-anagrafe",
    "when": {"day": 15, "start": "16:00", "end": "17:30"},
    "place": CASA_CULTURE_RAVENNA,
    "registrations": {"capacity": 30, "waiting_list": False, "people": 4},
    "languages_spoken": ["it", "ar", "sq", "uk", "ro"],
    "audience": "migrants",
    "it": {
        "title": "Residenza anagrafica e carta d'identità elettronica",
        "slug": "residenza-anagrafica-carta-identita-elettronica",
        "intro": "Come si chiede la residenza, cosa controlla il Comune e come si ottiene la "
        "carta d'identità elettronica.",
        "description": "<p>Gli operatori dell'anagrafe del Comune di Ravenna spiegano:</p><ul>"
        "<li>la dichiarazione di residenza: documenti e tempi</li><li>il controllo della "
        "Polizia locale all'indirizzo</li><li>la carta d'identità elettronica: come "
        "prenotarla e quanto costa</li></ul><p>La residenza serve per molti servizi: il "
        "medico di base, la scuola, le prestazioni sociali.</p>",
    },
    "en": {
        "title": "Registered residence and electronic identity card",
        "slug": "registered-residence-electronic-identity-card",
        "intro": "How to apply for residence, what the municipality checks and how to get the "
        "electronic identity card.",
        "description": "<p>Staff of the Ravenna registry office explain:</p><ul><li>the "
        "declaration of residence: documents and timing</li><li>the check at your address by "
        "the local police</li><li>the electronic identity card: how to book it and how much "
        "it costs</li></ul><p>Residence is needed for many services: the family doctor, "
        "school, social benefits.</p>",
    },
    "fr": {
        "title": "Résidence à l'état civil et carte d'identité électronique",
        "slug": "residence-carte-identite-electronique",
        "intro": "Comment demander la résidence, ce que vérifie la commune et comment obtenir "
        "la carte d'identité électronique.",
        "description": "<p>Les agents du service de l'état civil (anagrafe) de la commune de "
        "Ravenne expliquent :</p><ul><li>la déclaration de résidence : documents et délais"
        "</li><li>le contrôle à l'adresse par la police municipale</li><li>la carte "
        "d'identité électronique : comment prendre rendez-vous et combien elle coûte</li>"
        "</ul><p>La résidence est nécessaire pour de nombreux services : le médecin "
        "traitant, l'école, les prestations sociales.</p>",
    },
    "ar": {
        "title": "الإقامة في السجل السكاني وبطاقة الهوية الإلكترونية",
        "intro": "كيف تطلب تسجيل الإقامة، وما الذي تتحقق منه البلدية، وكيف تحصل على بطاقة "
        "الهوية الإلكترونية.",
        "description": "<p>يشرح موظفو السجل السكاني في بلدية رافينا:</p><ul><li>إعلان "
        "الإقامة: الوثائق والمدة</li><li>تحقق الشرطة المحلية من العنوان</li><li>بطاقة الهوية "
        "الإلكترونية: كيف تحجز موعدًا وكم تكلف</li></ul><p>الإقامة ضرورية لخدمات كثيرة: "
        "طبيب العائلة والمدرسة والمساعدات الاجتماعية.</p>",
    },
    "uk": {
        "title": "Реєстрація місця проживання та електронна ідентифікаційна картка",
        "intro": "Як подати заяву на реєстрацію місця проживання, що перевіряє муніципалітет "
        "і як отримати електронну ідентифікаційну картку.",
        "description": "<p>Працівники відділу реєстрації населення муніципалітету Равенни "
        "пояснюють:</p><ul><li>заява про місце проживання: документи та терміни</li><li>"
        "перевірка за адресою місцевою поліцією</li><li>електронна ідентифікаційна картка: "
        "як записатися і скільки вона коштує</li></ul><p>Реєстрація місця проживання "
        "потрібна для багатьох послуг: сімейного лікаря, школи, соціальних виплат.</p>",
    },
}

CHILD_ALLOWANCE_ONLINE = {
    "key": "assegno-unico-online",
    "hub": "prestazioni-sociali-anagrafe",
    "when": {"day": 22, "start": "18:00", "end": "19:00"},
    "online_url": "https://meet.jit.si/ERIntegrazione-assegno-unico",
    "languages_spoken": ["it", "fr", "ar"],
    "audience": "migrants",
    "it": {
        "title": "Assegno unico universale: come fare domanda",
        "slug": "assegno-unico-universale-domanda-online",
        "intro": "Un incontro online di un'ora: chi ha diritto all'assegno unico per i figli, "
        "come si fa la domanda all'INPS e a chi chiedere aiuto.",
        "description": "<p>Parliamo di:</p><ul><li>chi può ricevere l'assegno unico e "
        "universale per i figli a carico</li><li>l'ISEE e perché conviene presentarlo</li>"
        "<li>come fare la domanda online, con un patronato o tramite il contact center INPS"
        "</li></ul><p>Per partecipare basta aprire il link dal telefono o dal computer "
        "qualche minuto prima dell'inizio. Non serve installare nulla.</p>",
    },
    "en": {
        "title": "Universal child allowance (assegno unico): how to apply",
        "slug": "universal-child-allowance-how-to-apply",
        "intro": "A one-hour online meeting: who is entitled to the child allowance, how to "
        "apply to INPS and who to ask for help.",
        "description": "<p>We talk about:</p><ul><li>who can receive the universal allowance "
        "for dependent children</li><li>the ISEE and why it is worth submitting</li><li>how "
        "to apply online, through a patronato (free advice office) or via the INPS contact "
        "centre</li></ul><p>To take part, just open the link on your phone or computer a few "
        "minutes before the start. You do not need to install anything.</p>",
    },
    "fr": {
        "title": "Allocation unique universelle (assegno unico) : comment faire la demande",
        "slug": "allocation-unique-universelle-demande",
        "intro": "Une rencontre en ligne d'une heure : qui a droit à l'allocation pour les "
        "enfants, comment faire la demande à l'INPS et à qui demander de l'aide.",
        "description": "<p>Nous parlons de :</p><ul><li>qui peut recevoir l'allocation unique "
        "et universelle pour les enfants à charge</li><li>l'ISEE et pourquoi il est utile de "
        "le présenter</li><li>comment faire la demande en ligne, auprès d'un patronato "
        "(bureau d'aide gratuit) ou par le centre de contact de l'INPS</li></ul><p>Pour "
        "participer, il suffit d'ouvrir le lien sur votre téléphone ou votre ordinateur "
        "quelques minutes avant le début. Rien à installer.</p>",
    },
    "ar": {
        "title": "البدل الموحد الشامل للأطفال (assegno unico): كيف تقدم الطلب",
        "intro": "لقاء عبر الإنترنت لمدة ساعة: من يحق له بدل الأطفال، وكيف يُقدَّم الطلب إلى "
        "المعهد الوطني للضمان الاجتماعي (INPS)، وممن تطلب المساعدة.",
        "description": "<p>نتحدث عن:</p><ul><li>من يمكنه الحصول على البدل الموحد الشامل عن "
        "الأطفال المعالين</li><li>مؤشر ISEE ولماذا من المفيد تقديمه</li><li>كيف تقدم الطلب "
        "عبر الإنترنت أو عن طريق مكتب المساعدة (patronato) أو عبر مركز اتصال INPS</li></ul>"
        "<p>للمشاركة، يكفي أن تفتح الرابط من الهاتف أو الحاسوب قبل البداية ببضع دقائق. لا "
        "حاجة لتثبيت أي برنامج.</p>",
    },
}

QUALIFICATIONS_FORLI = {
    "key": "titoli-di-studio-forli",
    "hub": "formazione-titoli-di-studio",
    "when": {"day": 17, "start": "17:00", "end": "18:30"},
    "place": SAFFI_LIBRARY,
    "registrations": {"capacity": 25, "closes_hours": 2, "waiting_list": True, "people": 6},
    "languages_spoken": ["it", "en", "fr", "ar", "uk"],
    "audience": "migrants",
    "it": {
        "title": "Riconoscimento dei titoli di studio",
        "slug": "riconoscimento-titoli-di-studio",
        "intro": "Hai un diploma o una laurea presi all'estero? Scopri come farli riconoscere "
        "in Italia per studiare, lavorare o partecipare a un concorso.",
        "description": "<p>Con gli esperti dello sportello vediamo:</p><ul><li>la differenza "
        "tra riconoscimento, equipollenza e dichiarazione di valore</li><li>l'attestato di "
        "comparabilità del CIMEA</li><li>le professioni regolamentate (per esempio "
        "infermiere, medico, insegnante)</li><li>traduzione e legalizzazione dei documenti"
        "</li></ul><p>Porta, se puoi, una copia del tuo titolo di studio e dell'elenco degli "
        "esami.</p>",
    },
    "en": {
        "title": "Recognition of qualifications",
        "slug": "recognition-of-qualifications",
        "intro": "Do you have a diploma or degree obtained abroad? Find out how to have it "
        "recognised in Italy to study, work or take part in a public competition.",
        "description": "<p>With the desk's experts we look at:</p><ul><li>the difference "
        "between recognition, equivalence (equipollenza) and the declaration of value</li>"
        "<li>the CIMEA statement of comparability</li><li>regulated professions (for example "
        "nurse, doctor, teacher)</li><li>translation and legalisation of documents</li></ul>"
        "<p>If you can, bring a copy of your qualification and of the list of your exams.</p>",
    },
    "fr": {
        "title": "Reconnaissance des diplômes",
        "slug": "reconnaissance-des-diplomes",
        "intro": "Vous avez un diplôme obtenu à l'étranger ? Découvrez comment le faire "
        "reconnaître en Italie pour étudier, travailler ou passer un concours.",
        "description": "<p>Avec les experts du guichet, nous voyons :</p><ul><li>la "
        "différence entre reconnaissance, équivalence (equipollenza) et déclaration de "
        "valeur</li><li>l'attestation de comparabilité du CIMEA</li><li>les professions "
        "réglementées (par exemple infirmier, médecin, enseignant)</li><li>la traduction et "
        "la légalisation des documents</li></ul><p>Si possible, apportez une copie de votre "
        "diplôme et de la liste de vos examens.</p>",
    },
    "ar": {
        "title": "الاعتراف بالشهادات الدراسية",
        "intro": "هل لديك شهادة ثانوية أو جامعية حصلت عليها في الخارج؟ اعرف كيف تجعلها معترفًا "
        "بها في إيطاليا للدراسة أو العمل أو المشاركة في مسابقة عامة.",
        "description": "<p>مع خبراء المكتب نتعرف على:</p><ul><li>الفرق بين الاعتراف والمعادلة "
        "(equipollenza) وإفادة القيمة (dichiarazione di valore)</li><li>شهادة المقارنة "
        "الصادرة عن CIMEA</li><li>المهن المنظمة (مثل التمريض والطب والتدريس)</li><li>ترجمة "
        "الوثائق وتصديقها</li></ul><p>أحضر إن أمكن نسخة من شهادتك ومن كشف المواد "
        "والامتحانات.</p>",
    },
    "uk": {
        "title": "Визнання документів про освіту",
        "intro": "Маєте диплом, отриманий за кордоном? Дізнайтеся, як визнати його в Італії, "
        "щоб навчатися, працювати або брати участь у конкурсі.",
        "description": "<p>Разом з експертами консультаційного пункту розглянемо:</p><ul><li>"
        "різницю між визнанням, еквівалентністю (equipollenza) та декларацією про цінність "
        "(dichiarazione di valore)</li><li>довідку про порівнянність від CIMEA</li><li>"
        "регульовані професії (наприклад, медсестра, лікар, вчитель)</li><li>переклад і "
        "легалізацію документів</li></ul><p>Якщо можете, принесіть копію диплома та переліку "
        "складених іспитів.</p>",
    },
}

SCHOOL_FORLI = {
    "key": "iscrizione-scuola-forli",
    "hub": "formazione-titoli-di-studio",
    "when": {"day": 24, "start": "17:00", "end": "18:30"},
    "place": FORLI_TOWN_HALL,
    "languages_spoken": ["it", "en", "fr", "ar", "ur"],
    "audience": "migrants",
    "it": {
        "title": "Iscrizione a scuola: come iscrivere i figli",
        "slug": "iscrizione-scuola-figli",
        "intro": "Come si iscrivono i figli alla scuola dell'infanzia, primaria e secondaria, "
        "anche durante l'anno e anche senza permesso di soggiorno.",
        "description": "<p>Insegnanti e mediatori spiegano:</p><ul><li>le iscrizioni online di "
        "gennaio e come farle</li><li>l'iscrizione durante l'anno per chi è arrivato da poco "
        "in Italia</li><li>il diritto allo studio: tutti i minori possono andare a scuola, "
        "anche senza permesso di soggiorno</li><li>mensa, trasporto e corsi di italiano per i "
        "ragazzi</li></ul>",
    },
    "en": {
        "title": "School enrolment: how to enrol your children",
        "slug": "school-enrolment-children",
        "intro": "How to enrol your children in pre-school, primary and secondary school, also "
        "during the school year and also without a residence permit.",
        "description": "<p>Teachers and mediators explain:</p><ul><li>the online enrolments in "
        "January and how to do them</li><li>enrolment during the year for families who have "
        "just arrived in Italy</li><li>the right to education: all children can go to school, "
        "even without a residence permit</li><li>school meals, transport and Italian courses "
        "for children</li></ul>",
    },
    "fr": {
        "title": "Inscription à l'école : comment inscrire vos enfants",
        "slug": "inscription-ecole-enfants",
        "intro": "Comment inscrire vos enfants à l'école maternelle, primaire et secondaire, "
        "même en cours d'année et même sans titre de séjour.",
        "description": "<p>Des enseignants et des médiateurs expliquent :</p><ul><li>les "
        "inscriptions en ligne de janvier et comment les faire</li><li>l'inscription en cours "
        "d'année pour les familles arrivées récemment en Italie</li><li>le droit à "
        "l'éducation : tous les mineurs peuvent aller à l'école, même sans titre de séjour"
        "</li><li>cantine, transport et cours d'italien pour les jeunes</li></ul>",
    },
    "ar": {
        "title": "التسجيل في المدرسة: كيف تسجل أطفالك",
        "intro": "كيف تسجل أطفالك في روضة الأطفال والمدرسة الابتدائية والثانوية، حتى خلال السنة "
        "الدراسية وحتى بدون تصريح إقامة.",
        "description": "<p>يشرح معلمون ووسطاء:</p><ul><li>التسجيل عبر الإنترنت في شهر يناير "
        "وكيف يتم</li><li>التسجيل خلال السنة للعائلات التي وصلت حديثًا إلى إيطاليا</li><li>"
        "الحق في التعليم: يمكن لجميع القاصرين الذهاب إلى المدرسة حتى بدون تصريح إقامة</li>"
        "<li>المطعم المدرسي والنقل ودورات اللغة الإيطالية للأطفال</li></ul>",
    },
}

#: The season, regional events first, then HUB by HUB.
EVENTS: list[dict] = [
    INTERCULTURA,
    OPERATORS_MONTHLY,
    PORTAL_PRESENTATION,
    CPI_BOLOGNA,
    PAYSLIP_BOLOGNA,
    HEALTH_CARD_FERRARA,
    BIRTH_FERRARA,
    VACCINATIONS_FERRARA,
    PERMIT_DESK_REGGIO,
    REUNIFICATION_REGGIO,
    RESIDENCE_RAVENNA,
    CHILD_ALLOWANCE_ONLINE,
    QUALIFICATIONS_FORLI,
    SCHOOL_FORLI,
]
