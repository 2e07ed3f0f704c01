"""Demo kit: renewing the residence permit (HUB Titoli di soggiorno, Reggio Emilia)."""

KIT = {
    "key": "permesso-rinnovo",
    "hub": "titoli-di-soggiorno",
    "colour": (170, 85, 0),
    "related_guides": ["rinnovo-permesso-di-soggiorno"],
    "related_events": ["sportello-permesso-reggio"],
    "scenes": [
        "Rinnovo del permesso",
        "1 · Kit postale",
        "2 · Ricevuta",
        "3 · Questura",
    ],
    "it": {
        "title": "Kit: rinnovare il permesso di soggiorno",
        "slug": "kit-rinnovo-permesso-di-soggiorno",
        "intro": "Chiedi il rinnovo prima che il permesso scada. Con la ricevuta della domanda "
        "conservi i tuoi diritti mentre aspetti il nuovo permesso.",
        "steps": [
            {
                "title": "Prepara la domanda con il kit postale",
                "details": "<p>Prendi il kit (la busta gialla) in un ufficio postale "
                "«Sportello Amico». Un patronato o lo sportello del Comune ti aiutano gratis a "
                "compilarlo.</p>",
                "documents": [
                    "Passaporto",
                    "Permesso di soggiorno che scade",
                    "Codice fiscale",
                    "Documenti del motivo del permesso (es. contratto di lavoro)",
                ],
                "duration": "Almeno 60 giorni prima della scadenza",
            },
            {
                "title": "Spedisci la domanda e conserva la ricevuta",
                "details": "<p>Consegna la busta aperta all'ufficio postale e paga. La ricevuta "
                "prova che hai chiesto il rinnovo: tienila sempre con il vecchio permesso.</p>",
                "cost": "Marca da bollo da 16 euro, spedizione e contributo (secondo la durata)",
            },
            {
                "title": "Vai in Questura il giorno indicato",
                "details": "<p>Sulla ricevuta c'è la data dell'appuntamento per le impronte. "
                "Quando il permesso è pronto, ricevi un SMS o controlli online.</p>",
                "where": "Ufficio immigrazione della Questura.",
            },
        ],
        "what_you_need": [
            "Passaporto valido",
            "Permesso di soggiorno che scade",
            "Codice fiscale",
            "Documenti del motivo (lavoro, famiglia, studio)",
            "Marca da bollo da 16 euro",
        ],
        "where_to_go": "Sportello permessi di soggiorno del Comune di Reggio Emilia, via "
        "Mazzini 6, 42121 Reggio Emilia (aiuto per la domanda).\nQuestura di Reggio Emilia, "
        "Ufficio immigrazione, via Dante Alighieri 6.",
        "duties": [
            "Chiedi il rinnovo prima della scadenza (almeno 60 giorni prima).",
            "Vai all'appuntamento in Questura o chiedi un nuovo giorno.",
            "Dopo il rinnovo, aggiorna la residenza all'anagrafe entro 60 giorni.",
        ],
        "rights": [
            "Con la ricevuta puoi continuare a lavorare e usare il servizio sanitario.",
            "Il patronato e lo sportello del Comune ti aiutano gratis.",
            "Se la domanda è rifiutata, puoi fare ricorso: chiedi a un avvocato o a uno sportello.",
        ],
        "captions": [
            "Chiedi il rinnovo del permesso di soggiorno prima che scada.",
            "Primo: compila il kit postale. Il patronato ti aiuta gratis.",
            "Secondo: spedisci la domanda alla posta e conserva la ricevuta.",
            "Terzo: vai in Questura il giorno scritto sulla ricevuta.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "Il percorso in tre tappe",
                "alt": "Tre cerchi numerati uniti da frecce: kit postale, ricevuta della posta, "
                "appuntamento in Questura.",
            },
            {
                "title": "Cosa portare",
                "alt": "Un foglio con la lista: passaporto, permesso che scade, codice fiscale, "
                "documenti del motivo, marca da bollo.",
            },
        ],
    },
    "en": {
        "title": "Kit: renewing your residence permit",
        "slug": "kit-renewing-residence-permit",
        "intro": "Ask for the renewal before your permit expires. With the receipt of your "
        "application you keep your rights while you wait for the new permit.",
        "steps": [
            {
                "title": "Prepare the application with the postal kit",
                "details": "<p>Pick up the kit (the yellow envelope) at a «Sportello Amico» post "
                "office. A patronato or the municipality's desk help you fill it in for "
                "free.</p>",
                "documents": [
                    "Passport",
                    "The residence permit that is expiring",
                    "Tax code (codice fiscale)",
                    "Documents for the reason of the permit (e.g. work contract)",
                ],
                "duration": "At least 60 days before it expires",
            },
            {
                "title": "Send the application and keep the receipt",
                "details": "<p>Hand in the open envelope at the post office and pay. The receipt "
                "proves that you asked for the renewal: always keep it with your old permit.</p>",
                "cost": "16-euro revenue stamp, postage and a fee (depending on the length)",
            },
            {
                "title": "Go to the Questura on the given day",
                "details": "<p>The receipt shows the date of your fingerprint appointment. When "
                "the permit is ready you get a text message or check online.</p>",
                "where": "The immigration office of the Questura.",
            },
        ],
        "what_you_need": [
            "Valid passport",
            "The residence permit that is expiring",
            "Tax code (codice fiscale)",
            "Documents for the reason (work, family, study)",
            "16-euro revenue stamp",
        ],
        "where_to_go": "Residence permit desk of the Municipality of Reggio Emilia, via Mazzini "
        "6, 42121 Reggio Emilia (help with the application).\nQuestura of Reggio Emilia, "
        "immigration office, via Dante Alighieri 6.",
        "duties": [
            "Ask for the renewal before it expires (at least 60 days before).",
            "Go to your Questura appointment or ask for a new date.",
            "After the renewal, update your residence at the registry office within 60 days.",
        ],
        "rights": [
            "With the receipt you can keep working and use the health service.",
            "The patronato and the municipality's desk help you for free.",
            "If the application is refused you can appeal: ask a lawyer or a help desk.",
        ],
        "captions": [
            "Ask for the renewal of your residence permit before it expires.",
            "First: fill in the postal kit. A patronato helps you for free.",
            "Second: send the application at the post office and keep the receipt.",
            "Third: go to the Questura on the day written on the receipt.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "The path in three stages",
                "alt": "Three numbered circles joined by arrows: postal kit, post office "
                "receipt, appointment at the Questura.",
            },
            {
                "title": "What to bring",
                "alt": "A sheet with the list: passport, expiring permit, tax code, documents "
                "for the reason, revenue stamp.",
            },
        ],
    },
    "fr": {
        "title": "Kit : renouveler le titre de séjour",
        "slug": "kit-renouvellement-titre-de-sejour",
        "intro": "Demandez le renouvellement avant que votre titre expire. Avec le récépissé "
        "de la demande, vous gardez vos droits en attendant le nouveau titre.",
        "steps": [
            {
                "title": "Préparez la demande avec le kit postal",
                "details": "<p>Prenez le kit (l'enveloppe jaune) dans un bureau de poste "
                "« Sportello Amico ». Un patronato ou le guichet de la commune vous aident "
                "gratuitement à le remplir.</p>",
                "documents": [
                    "Passeport",
                    "Le titre de séjour qui expire",
                    "Code fiscal (codice fiscale)",
                    "Les documents du motif du titre (par ex. contrat de travail)",
                ],
                "duration": "Au moins 60 jours avant l'expiration",
            },
            {
                "title": "Envoyez la demande et gardez le récépissé",
                "details": "<p>Remettez l'enveloppe ouverte au bureau de poste et payez. Le "
                "récépissé prouve que vous avez demandé le renouvellement : gardez-le toujours "
                "avec l'ancien titre.</p>",
                "cost": "Timbre fiscal de 16 euros, frais d'envoi et contribution (selon la durée)",
            },
            {
                "title": "Allez à la Questura le jour indiqué",
                "details": "<p>Le récépissé indique la date du rendez-vous pour les empreintes. "
                "Quand le titre est prêt, vous recevez un SMS ou vous vérifiez en ligne.</p>",
                "where": "Le bureau de l'immigration de la Questura.",
            },
        ],
        "what_you_need": [
            "Passeport valide",
            "Le titre de séjour qui expire",
            "Code fiscal (codice fiscale)",
            "Les documents du motif (travail, famille, études)",
            "Timbre fiscal de 16 euros",
        ],
        "where_to_go": "Guichet des titres de séjour de la commune de Reggio Emilia, via "
        "Mazzini 6, 42121 Reggio Emilia (aide pour la demande).\nQuestura de Reggio Emilia, "
        "bureau de l'immigration, via Dante Alighieri 6.",
        "duties": [
            "Demandez le renouvellement avant l'expiration (au moins 60 jours avant).",
            "Allez au rendez-vous à la Questura ou demandez une nouvelle date.",
            "Après le renouvellement, mettez à jour la résidence à l'état civil dans les 60 jours.",
        ],
        "rights": [
            "Avec le récépissé, vous pouvez continuer à travailler et utiliser le service de "
            "santé.",
            "Le patronato et le guichet de la commune vous aident gratuitement.",
            "Si la demande est refusée, vous pouvez faire un recours : demandez à un avocat ou "
            "à un guichet.",
        ],
        "captions": [
            "Demandez le renouvellement du titre de séjour avant qu'il expire.",
            "D'abord : remplissez le kit postal. Le patronato vous aide gratuitement.",
            "Ensuite : envoyez la demande à la poste et gardez le récépissé.",
            "Enfin : allez à la Questura le jour écrit sur le récépissé.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "Le parcours en trois étapes",
                "alt": "Trois cercles numérotés reliés par des flèches : kit postal, récépissé "
                "de la poste, rendez-vous à la Questura.",
            },
            {
                "title": "Ce qu'il faut apporter",
                "alt": "Une feuille avec la liste : passeport, titre qui expire, code fiscal, "
                "documents du motif, timbre fiscal.",
            },
        ],
    },
    "ar": {
        "title": "حقيبة: تجديد تصريح الإقامة",
        "intro": "اطلب التجديد قبل أن ينتهي تصريحك. بإيصال الطلب تحتفظ بحقوقك بينما تنتظر "
        "التصريح الجديد.",
        "steps": [
            {
                "title": "جهّز الطلب بالحقيبة البريدية",
                "details": "<p>خذ الحقيبة (الظرف الأصفر) من مكتب بريد «Sportello Amico». "
                "يساعدك الباتروناتو أو شباك البلدية مجاناً في ملئها.</p>",
                "documents": [
                    "جواز السفر",
                    "تصريح الإقامة الذي سينتهي",
                    "الرمز الضريبي (codice fiscale)",
                    "وثائق سبب التصريح (مثلاً عقد العمل)",
                ],
                "duration": "قبل 60 يوماً على الأقل من انتهاء الصلاحية",
            },
            {
                "title": "أرسل الطلب واحتفظ بالإيصال",
                "details": "<p>سلّم الظرف مفتوحاً في مكتب البريد وادفع. الإيصال يثبت أنك طلبت "
                "التجديد: احتفظ به دائماً مع التصريح القديم.</p>",
                "cost": "طابع مالي بـ16 يورو، ورسوم الإرسال، ومساهمة (حسب المدة)",
            },
            {
                "title": "اذهب إلى الكويستورا في اليوم المحدد",
                "details": "<p>على الإيصال تاريخ موعد أخذ البصمات. عندما يصبح التصريح جاهزاً "
                "تصلك رسالة قصيرة أو تتحقق عبر الإنترنت.</p>",
                "where": "مكتب الهجرة في الكويستورا (Questura).",
            },
        ],
        "what_you_need": [
            "جواز سفر ساري المفعول",
            "تصريح الإقامة الذي سينتهي",
            "الرمز الضريبي (codice fiscale)",
            "وثائق السبب (عمل، عائلة، دراسة)",
            "طابع مالي بـ16 يورو",
        ],
        "where_to_go": "شباك تصاريح الإقامة في بلدية ريجو إميليا، via Mazzini 6, 42121 "
        "Reggio Emilia (مساعدة في الطلب).\nكويستورا ريجو إميليا، مكتب الهجرة، via Dante "
        "Alighieri 6.",
        "duties": [
            "اطلب التجديد قبل انتهاء الصلاحية (قبل 60 يوماً على الأقل).",
            "اذهب إلى موعدك في الكويستورا أو اطلب يوماً جديداً.",
            "بعد التجديد، حدّث إقامتك في السجل المدني خلال 60 يوماً.",
        ],
        "rights": [
            "بالإيصال يمكنك الاستمرار في العمل واستعمال الخدمة الصحية.",
            "الباتروناتو وشباك البلدية يساعدانك مجاناً.",
            "إذا رُفض الطلب يمكنك الطعن: اسأل محامياً أو شباك مساعدة.",
        ],
        "captions": [
            "اطلب تجديد تصريح الإقامة قبل أن ينتهي.",
            "أولاً: املأ الحقيبة البريدية. الباتروناتو يساعدك مجاناً.",
            "ثانياً: أرسل الطلب من مكتب البريد واحتفظ بالإيصال.",
            "ثالثاً: اذهب إلى الكويستورا في اليوم المكتوب على الإيصال.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "الطريق في ثلاث مراحل",
                "alt": "ثلاث دوائر مرقّمة تربطها أسهم: الحقيبة البريدية، إيصال البريد، الموعد "
                "في الكويستورا.",
            },
            {
                "title": "ماذا تحضر معك",
                "alt": "ورقة فيها القائمة: جواز السفر، التصريح الذي سينتهي، الرمز الضريبي، "
                "وثائق السبب، الطابع المالي.",
            },
        ],
    },
    "ur": {
        "title": "کٹ: رہائشی اجازت نامے (permesso di soggiorno) کی تجدید",
        "intro": "اجازت نامہ ختم ہونے سے پہلے تجدید کی درخواست دیں۔ درخواست کی رسید کے ساتھ "
        "نئے اجازت نامے کا انتظار کرتے ہوئے آپ کے حقوق برقرار رہتے ہیں۔",
        "what_you_need": [
            "درست پاسپورٹ",
            "ختم ہونے والا رہائشی اجازت نامہ",
            "ٹیکس کوڈ (codice fiscale)",
            "وجہ کے کاغذات (کام، خاندان، تعلیم)",
            "16 یورو کا ریونیو اسٹامپ",
        ],
        "captions": [
            "رہائشی اجازت نامہ ختم ہونے سے پہلے اس کی تجدید کی درخواست دیں۔",
            "پہلا: ڈاک کی کٹ بھریں۔ پیٹروناتو مفت مدد کرتا ہے۔",
            "دوسرا: ڈاک خانے سے درخواست بھیجیں اور رسید سنبھال کر رکھیں۔",
            "تیسرا: رسید پر لکھے دن کویستورا جائیں۔",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "تین مرحلوں میں راستہ",
                "alt": "تیر سے جڑے تین نمبر والے دائرے: ڈاک کی کٹ، ڈاک خانے کی رسید، کویستورا "
                "میں ملاقات۔",
            },
            {
                "title": "ساتھ کیا لائیں",
                "alt": "ایک کاغذ پر فہرست: پاسپورٹ، ختم ہونے والا اجازت نامہ، ٹیکس کوڈ، وجہ کے "
                "کاغذات، ریونیو اسٹامپ۔",
            },
        ],
    },
}
