"""Demo kit: registering at the Centro per l'impiego (HUB Lavoro, Bologna)."""

KIT = {
    "key": "centro-impiego",
    "hub": "lavoro",
    "colour": (0, 89, 179),
    "related_guides": ["did-centro-impiego"],
    "related_events": ["centro-impiego-bologna"],
    "scenes": [
        "Centro per l'impiego",
        "1 · DID online",
        "2 · Appuntamento",
        "3 · Patto di servizio",
    ],
    "it": {
        "title": "Kit: iscriversi al Centro per l'impiego",
        "slug": "kit-iscrizione-centro-per-l-impiego",
        "intro": "Sei senza lavoro o cerchi un lavoro migliore? Il Centro per l'impiego ti "
        "aiuta gratis. Ecco come iscriverti, passo dopo passo.",
        "steps": [
            {
                "title": "Dichiara che sei disponibile a lavorare (DID)",
                "details": "<p>Fai la DID online sul sito del Ministero del Lavoro, con SPID o "
                "carta d'identità elettronica. Se non sai come fare, chiedi aiuto al Centro "
                "per l'impiego o a un patronato.</p>",
                "documents": ["Codice fiscale", "SPID o carta d'identità elettronica"],
            },
            {
                "title": "Prendi un appuntamento al Centro per l'impiego",
                "details": "<p>Dopo la DID il Centro ti chiama entro 30 giorni. Puoi anche "
                "prenotare tu, per telefono o sul sito dell'Agenzia regionale per il lavoro.</p>",
                "where": "Il Centro per l'impiego della zona dove abiti.",
            },
            {
                "title": "Firma il patto di servizio",
                "details": "<p>Con un operatore decidi cosa fare: corsi, orientamento, "
                "offerte di lavoro. Il patto scrive cosa fa il Centro e cosa fai tu.</p>",
                "cost": "Gratis",
            },
        ],
        "what_you_need": [
            "Documento d'identità o passaporto",
            "Permesso di soggiorno (o la ricevuta del rinnovo)",
            "Codice fiscale",
            "Curriculum, se ce l'hai",
        ],
        "where_to_go": "Centro per l'impiego di Bologna, via Finelli 9/A, 40126 Bologna.\n"
        "Su appuntamento, dal lunedì al venerdì, 8:30–12:30.",
        "duties": [
            "Vai agli appuntamenti o avvisa prima se non puoi.",
            "Partecipa alle attività che hai firmato nel patto di servizio.",
            "Comunica al Centro se trovi lavoro o cambi indirizzo.",
        ],
        "rights": [
            "Tutti i servizi del Centro per l'impiego sono gratuiti.",
            "Puoi iscriverti anche con la ricevuta del rinnovo del permesso di soggiorno.",
            "Puoi chiedere un mediatore culturale che parla la tua lingua.",
        ],
        "captions": [
            "Il Centro per l'impiego ti aiuta a trovare lavoro. È gratis.",
            "Primo: fai la DID online, la dichiarazione che sei disponibile a lavorare.",
            "Secondo: vai all'appuntamento al Centro per l'impiego.",
            "Terzo: firma il patto di servizio e scegli corsi e offerte di lavoro.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "Il percorso in tre tappe",
                "alt": "Tre cerchi numerati uniti da frecce: DID online, appuntamento al "
                "Centro per l'impiego, patto di servizio.",
            },
            {
                "title": "Cosa portare",
                "alt": "Un foglio con la lista: documento d'identità o passaporto, permesso "
                "di soggiorno o ricevuta, codice fiscale, curriculum.",
            },
        ],
    },
    "en": {
        "title": "Kit: registering at the Job Centre (Centro per l'impiego)",
        "slug": "kit-registering-job-centre",
        "intro": "Are you out of work or looking for a better job? The Job Centre helps you "
        "for free. Here is how to register, step by step.",
        "steps": [
            {
                "title": "Declare that you are available for work (DID)",
                "details": "<p>Make the DID online on the Ministry of Labour's website, with "
                "SPID or the electronic identity card. If you do not know how, ask the Job "
                "Centre or a patronato for help.</p>",
                "documents": ["Tax code (codice fiscale)", "SPID or electronic identity card"],
            },
            {
                "title": "Get an appointment at the Job Centre",
                "details": "<p>After the DID the Centre calls you within 30 days. You can also "
                "book yourself, by phone or on the regional employment agency's website.</p>",
                "where": "The Job Centre of the area where you live.",
            },
            {
                "title": "Sign the service agreement (patto di servizio)",
                "details": "<p>With an adviser you decide what to do: courses, guidance, job "
                "offers. The agreement says what the Centre does and what you do.</p>",
                "cost": "Free",
            },
        ],
        "what_you_need": [
            "Identity document or passport",
            "Residence permit (or the receipt of its renewal)",
            "Tax code (codice fiscale)",
            "Your CV, if you have one",
        ],
        "where_to_go": "Job Centre of Bologna, via Finelli 9/A, 40126 Bologna.\n"
        "By appointment, Monday to Friday, 8:30–12:30.",
        "duties": [
            "Go to your appointments, or say beforehand if you cannot.",
            "Take part in the activities you signed up for in the service agreement.",
            "Tell the Centre if you find a job or move house.",
        ],
        "rights": [
            "Every service of the Job Centre is free.",
            "You can register with the receipt of your residence permit renewal too.",
            "You can ask for a cultural mediator who speaks your language.",
        ],
        "captions": [
            "The Job Centre helps you find work. It is free.",
            "First: make the DID online, the statement that you are available for work.",
            "Second: go to your appointment at the Job Centre.",
            "Third: sign the service agreement and choose courses and job offers.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "The path in three stages",
                "alt": "Three numbered circles joined by arrows: DID online, appointment at "
                "the Job Centre, service agreement.",
            },
            {
                "title": "What to bring",
                "alt": "A sheet with the list: identity document or passport, residence "
                "permit or receipt, tax code, CV.",
            },
        ],
    },
    "fr": {
        "title": "Kit : s'inscrire au Centre pour l'emploi (Centro per l'impiego)",
        "slug": "kit-inscription-centre-pour-l-emploi",
        "intro": "Vous êtes sans emploi ou vous cherchez un meilleur travail ? Le Centre pour "
        "l'emploi vous aide gratuitement. Voici comment vous inscrire, étape par étape.",
        "steps": [
            {
                "title": "Déclarez que vous êtes disponible pour travailler (DID)",
                "details": "<p>Faites la DID en ligne sur le site du ministère du Travail, avec "
                "SPID ou la carte d'identité électronique. Si vous ne savez pas comment faire, "
                "demandez de l'aide au Centre pour l'emploi ou à un patronato.</p>",
                "documents": [
                    "Code fiscal (codice fiscale)",
                    "SPID ou carte d'identité électronique",
                ],
            },
            {
                "title": "Prenez rendez-vous au Centre pour l'emploi",
                "details": "<p>Après la DID, le Centre vous appelle dans les 30 jours. Vous "
                "pouvez aussi réserver vous-même, par téléphone ou sur le site de l'agence "
                "régionale pour l'emploi.</p>",
                "where": "Le Centre pour l'emploi de la zone où vous habitez.",
            },
            {
                "title": "Signez le pacte de service (patto di servizio)",
                "details": "<p>Avec un conseiller, vous décidez quoi faire : cours, "
                "orientation, offres d'emploi. Le pacte dit ce que fait le Centre et ce que "
                "vous faites.</p>",
                "cost": "Gratuit",
            },
        ],
        "what_you_need": [
            "Pièce d'identité ou passeport",
            "Titre de séjour (ou le récépissé du renouvellement)",
            "Code fiscal (codice fiscale)",
            "Votre CV, si vous en avez un",
        ],
        "where_to_go": "Centre pour l'emploi de Bologne, via Finelli 9/A, 40126 Bologna.\n"
        "Sur rendez-vous, du lundi au vendredi, 8 h 30 – 12 h 30.",
        "duties": [
            "Allez aux rendez-vous, ou prévenez avant si vous ne pouvez pas.",
            "Participez aux activités prévues dans le pacte de service.",
            "Dites au Centre si vous trouvez un travail ou si vous déménagez.",
        ],
        "rights": [
            "Tous les services du Centre pour l'emploi sont gratuits.",
            "Vous pouvez vous inscrire aussi avec le récépissé du renouvellement du titre de "
            "séjour.",
            "Vous pouvez demander un médiateur culturel qui parle votre langue.",
        ],
        "captions": [
            "Le Centre pour l'emploi vous aide à trouver du travail. C'est gratuit.",
            "D'abord : faites la DID en ligne, la déclaration de disponibilité au travail.",
            "Ensuite : allez au rendez-vous au Centre pour l'emploi.",
            "Enfin : signez le pacte de service et choisissez cours et offres d'emploi.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "Le parcours en trois étapes",
                "alt": "Trois cercles numérotés reliés par des flèches : DID en ligne, "
                "rendez-vous au Centre pour l'emploi, pacte de service.",
            },
            {
                "title": "Ce qu'il faut apporter",
                "alt": "Une feuille avec la liste : pièce d'identité ou passeport, titre de "
                "séjour ou récépissé, code fiscal, CV.",
            },
        ],
    },
    "ar": {
        "title": "حقيبة: التسجيل في مركز التوظيف (Centro per l'impiego)",
        "intro": "هل أنت بلا عمل أو تبحث عن عمل أفضل؟ مركز التوظيف يساعدك مجاناً. إليك طريقة "
        "التسجيل خطوة بخطوة.",
        "steps": [
            {
                "title": "صرّح بأنك مستعد للعمل (DID)",
                "details": "<p>قدّم تصريح DID عبر الإنترنت على موقع وزارة العمل، باستخدام "
                "SPID أو بطاقة الهوية الإلكترونية. إذا لم تعرف كيف، اطلب المساعدة من مركز "
                "التوظيف أو من أحد مكاتب الباتروناتو.</p>",
                "documents": ["الرمز الضريبي (codice fiscale)", "SPID أو بطاقة الهوية الإلكترونية"],
            },
            {
                "title": "احجز موعداً في مركز التوظيف",
                "details": "<p>بعد تصريح DID يتصل بك المركز خلال 30 يوماً. يمكنك أيضاً أن تحجز "
                "بنفسك، بالهاتف أو على موقع الوكالة الإقليمية للعمل.</p>",
                "where": "مركز التوظيف في المنطقة التي تسكن فيها.",
            },
            {
                "title": "وقّع اتفاق الخدمة (patto di servizio)",
                "details": "<p>تقرر مع الموظف ما ستفعله: دورات، توجيه، عروض عمل. يكتب الاتفاق "
                "ما يفعله المركز وما تفعله أنت.</p>",
                "cost": "مجاناً",
            },
        ],
        "what_you_need": [
            "وثيقة هوية أو جواز سفر",
            "تصريح الإقامة (أو إيصال تجديده)",
            "الرمز الضريبي (codice fiscale)",
            "سيرتك الذاتية، إذا كانت لديك",
        ],
        "where_to_go": "مركز التوظيف في بولونيا، via Finelli 9/A, 40126 Bologna.\n"
        "بموعد مسبق، من الاثنين إلى الجمعة، 8:30–12:30.",
        "duties": [
            "احضر المواعيد، أو أخبرهم مسبقاً إذا لم تستطع.",
            "شارك في الأنشطة التي وقّعت عليها في اتفاق الخدمة.",
            "أخبر المركز إذا وجدت عملاً أو غيّرت عنوانك.",
        ],
        "rights": [
            "كل خدمات مركز التوظيف مجانية.",
            "يمكنك التسجيل أيضاً بإيصال تجديد تصريح الإقامة.",
            "يمكنك طلب وسيط ثقافي يتكلم لغتك.",
        ],
        "captions": [
            "مركز التوظيف يساعدك في إيجاد عمل. الخدمة مجانية.",
            "أولاً: قدّم تصريح DID عبر الإنترنت، أي التصريح بأنك مستعد للعمل.",
            "ثانياً: اذهب إلى موعدك في مركز التوظيف.",
            "ثالثاً: وقّع اتفاق الخدمة واختر الدورات وعروض العمل.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "الطريق في ثلاث مراحل",
                "alt": "ثلاث دوائر مرقّمة تربطها أسهم: تصريح DID عبر الإنترنت، الموعد في "
                "مركز التوظيف، اتفاق الخدمة.",
            },
            {
                "title": "ماذا تحضر معك",
                "alt": "ورقة فيها القائمة: وثيقة هوية أو جواز سفر، تصريح الإقامة أو الإيصال، "
                "الرمز الضريبي، السيرة الذاتية.",
            },
        ],
    },
    "ur": {
        "title": "کٹ: روزگار مرکز (Centro per l'impiego) میں اندراج",
        "intro": "کیا آپ بے روزگار ہیں یا بہتر کام تلاش کر رہے ہیں؟ روزگار مرکز آپ کی مفت مدد "
        "کرتا ہے۔ یہاں قدم بہ قدم اندراج کا طریقہ ہے۔",
        "captions": [
            "روزگار مرکز کام تلاش کرنے میں آپ کی مدد کرتا ہے۔ یہ مفت ہے۔",
            "پہلا: آن لائن DID کریں، یعنی یہ اعلان کہ آپ کام کے لیے دستیاب ہیں۔",
            "دوسرا: روزگار مرکز میں اپنی ملاقات پر جائیں۔",
            "تیسرا: سروس معاہدے پر دستخط کریں اور کورس اور نوکری کی پیشکشیں چنیں۔",
        ],
    },
}
