"""Demo kit: registered residence, the residenza anagrafica (HUB Prestazioni sociali e anagrafe)."""

KIT = {
    "key": "residenza",
    "hub": "prestazioni-sociali-anagrafe",
    "colour": (0, 110, 90),
    "related_guides": ["residenza-anagrafica-e-cie"],
    "related_events": ["residenza-ravenna"],
    "scenes": [
        "Residenza anagrafica",
        "1 · Dichiarazione",
        "2 · Controllo",
        "3 · Certificato",
    ],
    "it": {
        "title": "Kit: la residenza anagrafica",
        "slug": "kit-residenza-anagrafica",
        "intro": "La residenza è l'indirizzo dove vivi, scritto nel registro del Comune. "
        "Ti serve per la carta d'identità, il medico e molti servizi.",
        "steps": [
            {
                "title": "Presenta la dichiarazione di residenza",
                "details": "<p>Entro 20 giorni da quando vai a vivere in una casa, compila il "
                "modulo del Comune. Puoi consegnarlo all'Ufficio anagrafe, per e-mail o PEC.</p>",
                "documents": [
                    "Passaporto o documento d'identità",
                    "Permesso di soggiorno valido (o la ricevuta del rinnovo)",
                    "Codice fiscale",
                    "Contratto d'affitto o dichiarazione del proprietario",
                ],
                "where": "Ufficio anagrafe del Comune dove abiti.",
            },
            {
                "title": "Aspetta il controllo della Polizia locale",
                "details": "<p>Entro 45 giorni un agente viene a casa a controllare che abiti "
                "lì. Scrivi il tuo nome sul campanello e sulla cassetta della posta.</p>",
                "duration": "Fino a 45 giorni",
            },
            {
                "title": "Chiedi il certificato di residenza",
                "details": "<p>Dopo il controllo sei residente dal giorno della dichiarazione. "
                "Puoi chiedere il certificato all'anagrafe o online.</p>",
                "cost": "Gratis la dichiarazione; il certificato può costare una marca da bollo",
            },
        ],
        "what_you_need": [
            "Passaporto o documento d'identità",
            "Permesso di soggiorno (o ricevuta del rinnovo)",
            "Codice fiscale",
            "Contratto d'affitto o dichiarazione del proprietario",
        ],
        "where_to_go": "Ufficio anagrafe del Comune di Ravenna, viale Berlinguer 68, 48124 "
        "Ravenna.\nSu appuntamento, dal lunedì al sabato, 8:30–12:30.",
        "duties": [
            "Dichiara la residenza entro 20 giorni dal trasloco.",
            "Quando rinnovi il permesso di soggiorno, porta all'anagrafe il nuovo permesso "
            "entro 60 giorni.",
            "Se cambi casa, fai una nuova dichiarazione.",
        ],
        "rights": [
            "Hai diritto alla residenza anche se abiti in una casa in affitto o ospite.",
            "Chi non ha una casa può avere una residenza in una via fittizia del Comune.",
            "Con la residenza puoi chiedere la carta d'identità e i servizi sociali del Comune.",
        ],
        "captions": [
            "La residenza è l'indirizzo dove vivi, scritto nel registro del Comune.",
            "Primo: entro 20 giorni presenta la dichiarazione all'Ufficio anagrafe.",
            "Secondo: la Polizia locale viene a casa a controllare. Metti il nome sul campanello.",
            "Terzo: sei residente. Puoi chiedere il certificato di residenza.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "Il percorso in tre tappe",
                "alt": "Tre cerchi numerati uniti da frecce: dichiarazione all'anagrafe, "
                "controllo a casa, certificato di residenza.",
            },
            {
                "title": "Cosa portare",
                "alt": "Un foglio con la lista: passaporto o documento, permesso di soggiorno, "
                "codice fiscale, contratto d'affitto.",
            },
        ],
    },
    "en": {
        "title": "Kit: registered residence (residenza anagrafica)",
        "slug": "kit-registered-residence",
        "intro": "Residence is the address where you live, written in the municipality's "
        "register. You need it for the identity card, a family doctor and many services.",
        "steps": [
            {
                "title": "Hand in the residence declaration",
                "details": "<p>Within 20 days of moving into a home, fill in the "
                "municipality's form. You can hand it in at the registry office, by e-mail or "
                "by PEC.</p>",
                "documents": [
                    "Passport or identity document",
                    "Valid residence permit (or the receipt of its renewal)",
                    "Tax code (codice fiscale)",
                    "Rental contract or the owner's statement",
                ],
                "where": "The registry office (Ufficio anagrafe) of the municipality where you "
                "live.",
            },
            {
                "title": "Wait for the local police check",
                "details": "<p>Within 45 days an officer comes to your home to check that you "
                "live there. Put your name on the doorbell and the letterbox.</p>",
                "duration": "Up to 45 days",
            },
            {
                "title": "Ask for the residence certificate",
                "details": "<p>After the check you are resident from the day of your "
                "declaration. You can ask for the certificate at the registry office or "
                "online.</p>",
                "cost": "The declaration is free; the certificate may need a revenue stamp",
            },
        ],
        "what_you_need": [
            "Passport or identity document",
            "Residence permit (or the receipt of its renewal)",
            "Tax code (codice fiscale)",
            "Rental contract or the owner's statement",
        ],
        "where_to_go": "Registry office of the Municipality of Ravenna, viale Berlinguer 68, "
        "48124 Ravenna.\nBy appointment, Monday to Saturday, 8:30–12:30.",
        "duties": [
            "Declare your residence within 20 days of moving.",
            "When you renew your residence permit, bring the new permit to the registry "
            "office within 60 days.",
            "If you move house, make a new declaration.",
        ],
        "rights": [
            "You have the right to residence even if you rent or live as a guest.",
            "People without a home can be registered at a notional street of the municipality.",
            "With residence you can ask for the identity card and the municipality's social "
            "services.",
        ],
        "captions": [
            "Residence is the address where you live, written in the municipality's register.",
            "First: within 20 days, hand in the declaration at the registry office.",
            "Second: the local police come to check. Put your name on the doorbell.",
            "Third: you are resident. You can ask for the residence certificate.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "The path in three stages",
                "alt": "Three numbered circles joined by arrows: declaration at the registry "
                "office, check at home, residence certificate.",
            },
            {
                "title": "What to bring",
                "alt": "A sheet with the list: passport or identity document, residence "
                "permit, tax code, rental contract.",
            },
        ],
    },
    "fr": {
        "title": "Kit : la résidence à l'état civil (residenza anagrafica)",
        "slug": "kit-residence-anagrafica",
        "intro": "La résidence est l'adresse où vous vivez, inscrite dans le registre de la "
        "commune. Elle vous sert pour la carte d'identité, le médecin et beaucoup de services.",
        "steps": [
            {
                "title": "Présentez la déclaration de résidence",
                "details": "<p>Dans les 20 jours après votre arrivée dans un logement, "
                "remplissez le formulaire de la commune. Vous pouvez le remettre au bureau de "
                "l'état civil, par e-mail ou par PEC.</p>",
                "documents": [
                    "Passeport ou pièce d'identité",
                    "Titre de séjour valide (ou le récépissé du renouvellement)",
                    "Code fiscal (codice fiscale)",
                    "Bail de location ou déclaration du propriétaire",
                ],
                "where": "Le bureau de l'état civil (Ufficio anagrafe) de la commune où vous "
                "habitez.",
            },
            {
                "title": "Attendez le contrôle de la police municipale",
                "details": "<p>Dans les 45 jours, un agent vient chez vous vérifier que vous y "
                "habitez. Mettez votre nom sur la sonnette et la boîte aux lettres.</p>",
                "duration": "Jusqu'à 45 jours",
            },
            {
                "title": "Demandez le certificat de résidence",
                "details": "<p>Après le contrôle, vous êtes résident depuis le jour de la "
                "déclaration. Vous pouvez demander le certificat à l'état civil ou en ligne.</p>",
                "cost": "La déclaration est gratuite ; le certificat peut demander un timbre "
                "fiscal",
            },
        ],
        "what_you_need": [
            "Passeport ou pièce d'identité",
            "Titre de séjour (ou récépissé du renouvellement)",
            "Code fiscal (codice fiscale)",
            "Bail de location ou déclaration du propriétaire",
        ],
        "where_to_go": "Bureau de l'état civil de la commune de Ravenne, viale Berlinguer 68, "
        "48124 Ravenna.\nSur rendez-vous, du lundi au samedi, 8 h 30 – 12 h 30.",
        "duties": [
            "Déclarez votre résidence dans les 20 jours après le déménagement.",
            "Quand vous renouvelez votre titre de séjour, apportez le nouveau titre à l'état "
            "civil dans les 60 jours.",
            "Si vous changez de logement, faites une nouvelle déclaration.",
        ],
        "rights": [
            "Vous avez droit à la résidence même si vous êtes locataire ou hébergé.",
            "Les personnes sans logement peuvent être inscrites à une adresse fictive de la "
            "commune.",
            "Avec la résidence, vous pouvez demander la carte d'identité et les services "
            "sociaux de la commune.",
        ],
        "captions": [
            "La résidence est l'adresse où vous vivez, inscrite au registre de la commune.",
            "D'abord : dans les 20 jours, déposez la déclaration à l'état civil.",
            "Ensuite : la police municipale vient vérifier. Mettez votre nom sur la sonnette.",
            "Enfin : vous êtes résident. Vous pouvez demander le certificat de résidence.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "Le parcours en trois étapes",
                "alt": "Trois cercles numérotés reliés par des flèches : déclaration à l'état "
                "civil, contrôle à domicile, certificat de résidence.",
            },
            {
                "title": "Ce qu'il faut apporter",
                "alt": "Une feuille avec la liste : passeport ou pièce d'identité, titre de "
                "séjour, code fiscal, bail de location.",
            },
        ],
    },
    "ar": {
        "title": "حقيبة: الإقامة في السجل المدني (residenza anagrafica)",
        "intro": "الإقامة هي العنوان الذي تسكن فيه، مسجّلاً في سجل البلدية. تحتاجها لبطاقة "
        "الهوية وطبيب العائلة وخدمات كثيرة.",
        "steps": [
            {
                "title": "قدّم تصريح الإقامة",
                "details": "<p>خلال 20 يوماً من انتقالك إلى بيت، املأ استمارة البلدية. يمكنك "
                "تسليمها إلى مكتب السجل المدني، أو بالبريد الإلكتروني أو PEC.</p>",
                "documents": [
                    "جواز السفر أو وثيقة هوية",
                    "تصريح إقامة ساري المفعول (أو إيصال تجديده)",
                    "الرمز الضريبي (codice fiscale)",
                    "عقد الإيجار أو تصريح من المالك",
                ],
                "where": "مكتب السجل المدني (Ufficio anagrafe) في البلدية التي تسكن فيها.",
            },
            {
                "title": "انتظر تحقق الشرطة المحلية",
                "details": "<p>خلال 45 يوماً يأتي شرطي إلى البيت ليتحقق من أنك تسكن فيه. اكتب "
                "اسمك على الجرس وعلى صندوق البريد.</p>",
                "duration": "حتى 45 يوماً",
            },
            {
                "title": "اطلب شهادة الإقامة",
                "details": "<p>بعد التحقق تصبح مقيماً ابتداءً من يوم التصريح. يمكنك طلب الشهادة "
                "من السجل المدني أو عبر الإنترنت.</p>",
                "cost": "التصريح مجاني؛ قد تحتاج الشهادة إلى طابع مالي",
            },
        ],
        "what_you_need": [
            "جواز السفر أو وثيقة هوية",
            "تصريح الإقامة (أو إيصال تجديده)",
            "الرمز الضريبي (codice fiscale)",
            "عقد الإيجار أو تصريح من المالك",
        ],
        "where_to_go": "مكتب السجل المدني في بلدية رافينا، viale Berlinguer 68, 48124 Ravenna.\n"
        "بموعد مسبق، من الاثنين إلى السبت، 8:30–12:30.",
        "duties": [
            "صرّح بإقامتك خلال 20 يوماً من الانتقال.",
            "عندما تجدد تصريح الإقامة، أحضر التصريح الجديد إلى السجل المدني خلال 60 يوماً.",
            "إذا غيّرت البيت، قدّم تصريحاً جديداً.",
        ],
        "rights": [
            "لك الحق في الإقامة حتى لو كنت مستأجراً أو ضيفاً.",
            "من لا بيت له يمكن تسجيله في شارع رمزي تابع للبلدية.",
            "بالإقامة يمكنك طلب بطاقة الهوية والخدمات الاجتماعية في البلدية.",
        ],
        "captions": [
            "الإقامة هي العنوان الذي تسكن فيه، مسجّلاً في سجل البلدية.",
            "أولاً: خلال 20 يوماً قدّم التصريح في مكتب السجل المدني.",
            "ثانياً: تأتي الشرطة المحلية إلى البيت للتحقق. اكتب اسمك على الجرس.",
            "ثالثاً: أصبحت مقيماً. يمكنك طلب شهادة الإقامة.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "الطريق في ثلاث مراحل",
                "alt": "ثلاث دوائر مرقّمة تربطها أسهم: التصريح في السجل المدني، التحقق في "
                "البيت، شهادة الإقامة.",
            },
            {
                "title": "ماذا تحضر معك",
                "alt": "ورقة فيها القائمة: جواز السفر أو وثيقة هوية، تصريح الإقامة، الرمز "
                "الضريبي، عقد الإيجار.",
            },
        ],
    },
}
