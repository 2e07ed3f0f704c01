"""Demo kit: the electronic identity card, CIE (HUB Prestazioni sociali e anagrafe)."""

KIT = {
    "key": "cie",
    "hub": "prestazioni-sociali-anagrafe",
    "colour": (92, 45, 145),
    "related_guides": ["residenza-anagrafica-e-cie"],
    "related_events": [],
    "scenes": [
        "Carta d'identità elettronica",
        "1 · Prenotazione",
        "2 · Impronte e firma",
        "3 · Arriva per posta",
    ],
    "it": {
        "title": "Kit: la carta d'identità elettronica (CIE)",
        "slug": "kit-carta-identita-elettronica",
        "intro": "La CIE è la carta d'identità del Comune dove sei residente. Con la CIE "
        "puoi anche entrare nei servizi online della pubblica amministrazione.",
        "steps": [
            {
                "title": "Prenota un appuntamento",
                "details": "<p>Prenota sul sito «Agenda CIE» del Ministero dell'Interno o "
                "all'Ufficio anagrafe. Devi essere residente nel Comune.</p>",
            },
            {
                "title": "Vai all'appuntamento con i documenti",
                "details": "<p>L'operatore prende le impronte digitali e la firma. Porta una "
                "foto recente e paga il costo della carta.</p>",
                "documents": [
                    "Passaporto o vecchia carta d'identità",
                    "Permesso di soggiorno valido",
                    "Tessera sanitaria o codice fiscale",
                    "Una foto tessera recente",
                ],
                "cost": "Circa 22 euro (il Comune ti dice l'importo esatto)",
            },
            {
                "title": "Ricevi la carta per posta",
                "details": "<p>La carta arriva a casa o in Comune entro 6 giorni lavorativi. "
                "Conserva la ricevuta: contiene la prima parte del PIN.</p>",
                "duration": "Circa 6 giorni lavorativi",
            },
        ],
        "what_you_need": [
            "Passaporto o vecchia carta d'identità",
            "Permesso di soggiorno valido",
            "Tessera sanitaria o codice fiscale",
            "Una foto tessera recente",
        ],
        "where_to_go": "Ufficio anagrafe del Comune di Ravenna, viale Berlinguer 68, 48124 "
        "Ravenna.\nSolo su appuntamento.",
        "duties": [
            "Se perdi la carta o te la rubano, fai denuncia ai Carabinieri o alla Polizia.",
            "Tieni al sicuro il PIN e il PUK.",
            "Rinnova la carta quando scade.",
        ],
        "rights": [
            "Con la CIE entri nei servizi online (INPS, Agenzia delle Entrate, Comune).",
            "Puoi chiedere la CIE anche se hai solo la ricevuta del rinnovo del permesso.",
            "Per i cittadini stranieri la CIE non vale per viaggiare all'estero: usa il "
            "passaporto.",
        ],
        "captions": [
            "La carta d'identità elettronica è il documento del Comune dove sei residente.",
            "Primo: prenota un appuntamento sul sito Agenda CIE o all'anagrafe.",
            "Secondo: all'appuntamento lasci le impronte e la firma, e paghi circa 22 euro.",
            "Terzo: la carta arriva per posta in circa sei giorni lavorativi.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "Il percorso in tre tappe",
                "alt": "Tre cerchi numerati uniti da frecce: prenotazione, impronte e firma "
                "in Comune, carta consegnata per posta.",
            },
            {
                "title": "Cosa portare",
                "alt": "Un foglio con la lista: passaporto o vecchia carta d'identità, permesso "
                "di soggiorno, tessera sanitaria, una foto.",
            },
        ],
    },
    "en": {
        "title": "Kit: the electronic identity card (CIE)",
        "slug": "kit-electronic-identity-card",
        "intro": "The CIE is the identity card of the municipality where you are resident. "
        "With the CIE you can also log in to the public administration's online services.",
        "steps": [
            {
                "title": "Book an appointment",
                "details": "<p>Book on the Ministry of the Interior's «Agenda CIE» website or at "
                "the registry office. You must be resident in the municipality.</p>",
            },
            {
                "title": "Go to the appointment with your documents",
                "details": "<p>The clerk takes your fingerprints and signature. Bring a recent "
                "photo and pay the cost of the card.</p>",
                "documents": [
                    "Passport or old identity card",
                    "Valid residence permit",
                    "Health card or tax code",
                    "A recent passport photo",
                ],
                "cost": "About 22 euros (the municipality tells you the exact amount)",
            },
            {
                "title": "Receive the card by post",
                "details": "<p>The card arrives at your home or at the town hall within 6 "
                "working days. Keep the receipt: it holds the first half of the PIN.</p>",
                "duration": "About 6 working days",
            },
        ],
        "what_you_need": [
            "Passport or old identity card",
            "Valid residence permit",
            "Health card or tax code",
            "A recent passport photo",
        ],
        "where_to_go": "Registry office of the Municipality of Ravenna, viale Berlinguer 68, "
        "48124 Ravenna.\nBy appointment only.",
        "duties": [
            "If you lose the card or it is stolen, report it to the Carabinieri or the Police.",
            "Keep the PIN and PUK safe.",
            "Renew the card when it expires.",
        ],
        "rights": [
            "With the CIE you can use online services (INPS, the Revenue Agency, the "
            "municipality).",
            "You can ask for the CIE even if you only have the receipt of your permit renewal.",
            "For foreign citizens the CIE is not valid for travelling abroad: use your passport.",
        ],
        "captions": [
            "The electronic identity card is the document of the municipality where you live.",
            "First: book an appointment on the Agenda CIE website or at the registry office.",
            "Second: at the appointment you give fingerprints and signature, and pay about "
            "22 euros.",
            "Third: the card arrives by post in about six working days.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "The path in three stages",
                "alt": "Three numbered circles joined by arrows: booking, fingerprints and "
                "signature at the town hall, card delivered by post.",
            },
            {
                "title": "What to bring",
                "alt": "A sheet with the list: passport or old identity card, residence permit, "
                "health card, a photo.",
            },
        ],
    },
    "fr": {
        "title": "Kit : la carte d'identité électronique (CIE)",
        "slug": "kit-carte-identite-electronique",
        "intro": "La CIE est la carte d'identité de la commune où vous résidez. Avec la CIE, "
        "vous pouvez aussi accéder aux services en ligne de l'administration publique.",
        "steps": [
            {
                "title": "Prenez rendez-vous",
                "details": "<p>Réservez sur le site « Agenda CIE » du ministère de l'Intérieur "
                "ou au bureau de l'état civil. Vous devez résider dans la commune.</p>",
            },
            {
                "title": "Allez au rendez-vous avec vos documents",
                "details": "<p>L'agent prend vos empreintes digitales et votre signature. "
                "Apportez une photo récente et payez le coût de la carte.</p>",
                "documents": [
                    "Passeport ou ancienne carte d'identité",
                    "Titre de séjour valide",
                    "Carte sanitaire ou code fiscal",
                    "Une photo d'identité récente",
                ],
                "cost": "Environ 22 euros (la commune vous dit le montant exact)",
            },
            {
                "title": "Recevez la carte par la poste",
                "details": "<p>La carte arrive chez vous ou à la mairie en 6 jours ouvrables. "
                "Gardez le reçu : il contient la première partie du code PIN.</p>",
                "duration": "Environ 6 jours ouvrables",
            },
        ],
        "what_you_need": [
            "Passeport ou ancienne carte d'identité",
            "Titre de séjour valide",
            "Carte sanitaire ou code fiscal",
            "Une photo d'identité récente",
        ],
        "where_to_go": "Bureau de l'état civil de la commune de Ravenne, viale Berlinguer 68, "
        "48124 Ravenna.\nUniquement sur rendez-vous.",
        "duties": [
            "Si vous perdez la carte ou si on vous la vole, portez plainte auprès des "
            "Carabinieri ou de la Police.",
            "Gardez le PIN et le PUK en lieu sûr.",
            "Renouvelez la carte quand elle expire.",
        ],
        "rights": [
            "Avec la CIE, vous accédez aux services en ligne (INPS, Agence des impôts, commune).",
            "Vous pouvez demander la CIE même avec le seul récépissé du renouvellement du "
            "titre de séjour.",
            "Pour les citoyens étrangers, la CIE ne permet pas de voyager à l'étranger : "
            "utilisez le passeport.",
        ],
        "captions": [
            "La carte d'identité électronique est le document de la commune où vous résidez.",
            "D'abord : prenez rendez-vous sur le site Agenda CIE ou à l'état civil.",
            "Ensuite : au rendez-vous, vous donnez empreintes et signature, et payez environ "
            "22 euros.",
            "Enfin : la carte arrive par la poste en six jours ouvrables environ.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "Le parcours en trois étapes",
                "alt": "Trois cercles numérotés reliés par des flèches : rendez-vous, "
                "empreintes et signature à la mairie, carte envoyée par la poste.",
            },
            {
                "title": "Ce qu'il faut apporter",
                "alt": "Une feuille avec la liste : passeport ou ancienne carte d'identité, "
                "titre de séjour, carte sanitaire, une photo.",
            },
        ],
    },
    "ar": {
        "title": "حقيبة: بطاقة الهوية الإلكترونية (CIE)",
        "intro": "بطاقة CIE هي بطاقة الهوية التي تصدرها البلدية التي أنت مقيم فيها. بها يمكنك "
        "أيضاً الدخول إلى الخدمات الإلكترونية للإدارة العامة.",
        "steps": [
            {
                "title": "احجز موعداً",
                "details": "<p>احجز على موقع «Agenda CIE» التابع لوزارة الداخلية أو في مكتب "
                "السجل المدني. يجب أن تكون مقيماً في البلدية.</p>",
            },
            {
                "title": "اذهب إلى الموعد مع وثائقك",
                "details": "<p>يأخذ الموظف بصمات أصابعك وتوقيعك. أحضر صورة حديثة وادفع ثمن "
                "البطاقة.</p>",
                "documents": [
                    "جواز السفر أو بطاقة الهوية القديمة",
                    "تصريح إقامة ساري المفعول",
                    "البطاقة الصحية أو الرمز الضريبي",
                    "صورة شخصية حديثة",
                ],
                "cost": "حوالي 22 يورو (تخبرك البلدية بالمبلغ الدقيق)",
            },
            {
                "title": "استلم البطاقة بالبريد",
                "details": "<p>تصل البطاقة إلى بيتك أو إلى البلدية خلال 6 أيام عمل. احتفظ "
                "بالإيصال: فيه الجزء الأول من الرقم السري PIN.</p>",
                "duration": "حوالي 6 أيام عمل",
            },
        ],
        "what_you_need": [
            "جواز السفر أو بطاقة الهوية القديمة",
            "تصريح إقامة ساري المفعول",
            "البطاقة الصحية أو الرمز الضريبي",
            "صورة شخصية حديثة",
        ],
        "where_to_go": "مكتب السجل المدني في بلدية رافينا، viale Berlinguer 68, 48124 Ravenna.\n"
        "بموعد مسبق فقط.",
        "duties": [
            "إذا ضاعت البطاقة أو سُرقت، قدّم بلاغاً إلى الكارابينييري أو الشرطة.",
            "احفظ الرقمين PIN وPUK في مكان آمن.",
            "جدّد البطاقة عندما تنتهي صلاحيتها.",
        ],
        "rights": [
            "بالبطاقة CIE تدخل إلى الخدمات الإلكترونية (INPS، وكالة الضرائب، البلدية).",
            "يمكنك طلب البطاقة حتى لو كان معك إيصال تجديد التصريح فقط.",
            "للمواطنين الأجانب لا تصلح البطاقة CIE للسفر إلى الخارج: استعمل جواز السفر.",
        ],
        "captions": [
            "بطاقة الهوية الإلكترونية هي وثيقة البلدية التي أنت مقيم فيها.",
            "أولاً: احجز موعداً على موقع Agenda CIE أو في السجل المدني.",
            "ثانياً: في الموعد تعطي بصماتك وتوقيعك، وتدفع حوالي 22 يورو.",
            "ثالثاً: تصل البطاقة بالبريد خلال ستة أيام عمل تقريباً.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "الطريق في ثلاث مراحل",
                "alt": "ثلاث دوائر مرقّمة تربطها أسهم: الحجز، البصمات والتوقيع في البلدية، "
                "البطاقة تصل بالبريد.",
            },
            {
                "title": "ماذا تحضر معك",
                "alt": "ورقة فيها القائمة: جواز السفر أو بطاقة الهوية القديمة، تصريح الإقامة، "
                "البطاقة الصحية، صورة.",
            },
        ],
    },
    "zh-hans": {
        "title": "资料包：电子身份证（CIE）",
        "intro": "CIE 是你居住登记所在市政府签发的身份证。"
        "有了 CIE，你还可以登录公共行政的网上服务。",
        "captions": [
            "电子身份证是你居住登记所在市政府的证件。",
            "第一步：在 Agenda CIE 网站或户籍办公室预约。",
            "第二步：预约当天留下指纹和签名，并支付大约 22 欧元。",
            "第三步：身份证大约六个工作日内邮寄送达。",
        ],
    },
}
