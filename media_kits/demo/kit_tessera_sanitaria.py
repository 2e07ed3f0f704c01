"""Demo kit: joining the national health service, the tessera sanitaria (HUB Salute, Ferrara)."""

KIT = {
    "key": "tessera-sanitaria",
    "hub": "salute",
    "colour": (178, 34, 52),
    "related_guides": ["iscrizione-ssn-medico-di-famiglia", "cure-senza-permesso-codice-stp"],
    "related_events": ["tessera-sanitaria-ferrara"],
    "scenes": [
        "Tessera sanitaria",
        "1 · Sportello AUSL",
        "2 · Medico di famiglia",
        "3 · Tessera per posta",
    ],
    "it": {
        "title": "Kit: la tessera sanitaria e il medico di famiglia",
        "slug": "kit-tessera-sanitaria",
        "intro": "Con l'iscrizione al Servizio sanitario nazionale hai un medico di famiglia "
        "e la tessera sanitaria. Ecco come fare.",
        "steps": [
            {
                "title": "Vai allo sportello dell'Azienda USL",
                "details": "<p>Chiedi l'iscrizione al Servizio sanitario nazionale allo "
                "sportello unico (CUP o anagrafe sanitaria) della zona dove abiti.</p>",
                "documents": [
                    "Permesso di soggiorno (o ricevuta del rinnovo)",
                    "Codice fiscale",
                    "Documento d'identità",
                    "Residenza o dichiarazione di domicilio",
                ],
                "where": "Sportello dell'Azienda USL del tuo distretto.",
            },
            {
                "title": "Scegli il medico di famiglia",
                "details": "<p>Allo sportello scegli il medico di famiglia da una lista. Per i "
                "bambini fino a 14 anni scegli il pediatra.</p>",
                "cost": "Gratis",
            },
            {
                "title": "Ricevi la tessera sanitaria per posta",
                "details": "<p>La tessera arriva a casa dall'Agenzia delle Entrate. Intanto usa "
                "il foglio di iscrizione che ti dà lo sportello.</p>",
                "duration": "Alcune settimane",
            },
        ],
        "what_you_need": [
            "Permesso di soggiorno (o ricevuta del rinnovo)",
            "Codice fiscale",
            "Documento d'identità",
            "Residenza o dichiarazione di domicilio",
        ],
        "where_to_go": "Azienda USL di Ferrara, Sportello unico, via Cassoli 30, 44121 "
        "Ferrara.\nDal lunedì al venerdì, 8:00–13:00.",
        "duties": [
            "Rinnova l'iscrizione quando rinnovi il permesso di soggiorno.",
            "Paga il ticket quando è previsto per visite ed esami.",
            "Comunica all'Azienda USL se cambi indirizzo.",
        ],
        "rights": [
            "Il medico di famiglia è gratuito.",
            "In caso di urgenza il pronto soccorso ti cura sempre, anche senza tessera.",
            "Chi non ha il permesso di soggiorno riceve cure urgenti ed essenziali con il "
            "codice STP.",
        ],
        "captions": [
            "Con la tessera sanitaria hai un medico di famiglia e le cure del servizio pubblico.",
            "Primo: vai allo sportello dell'Azienda USL con i tuoi documenti.",
            "Secondo: scegli il medico di famiglia. Per i bambini, il pediatra.",
            "Terzo: la tessera sanitaria arriva per posta a casa tua.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "Il percorso in tre tappe",
                "alt": "Tre cerchi numerati uniti da frecce: sportello dell'Azienda USL, "
                "scelta del medico, tessera per posta.",
            },
            {
                "title": "Cosa portare",
                "alt": "Un foglio con la lista: permesso di soggiorno, codice fiscale, "
                "documento d'identità, residenza o domicilio.",
            },
        ],
    },
    "en": {
        "title": "Kit: the health card and your family doctor",
        "slug": "kit-health-card",
        "intro": "When you join the National Health Service you get a family doctor and the "
        "health card (tessera sanitaria). Here is how.",
        "steps": [
            {
                "title": "Go to the local health authority's desk",
                "details": "<p>Ask to join the National Health Service at the single desk (CUP "
                "or health registry) of the area where you live.</p>",
                "documents": [
                    "Residence permit (or the receipt of its renewal)",
                    "Tax code (codice fiscale)",
                    "Identity document",
                    "Residence or a statement of your address",
                ],
                "where": "The Azienda USL desk of your district.",
            },
            {
                "title": "Choose your family doctor",
                "details": "<p>At the desk you choose a family doctor from a list. For children "
                "up to 14 you choose a paediatrician.</p>",
                "cost": "Free",
            },
            {
                "title": "Receive the health card by post",
                "details": "<p>The card comes to your home from the Revenue Agency. Meanwhile, "
                "use the registration sheet the desk gives you.</p>",
                "duration": "A few weeks",
            },
        ],
        "what_you_need": [
            "Residence permit (or the receipt of its renewal)",
            "Tax code (codice fiscale)",
            "Identity document",
            "Residence or a statement of your address",
        ],
        "where_to_go": "Azienda USL of Ferrara, single desk, via Cassoli 30, 44121 Ferrara.\n"
        "Monday to Friday, 8:00–13:00.",
        "duties": [
            "Renew your registration when you renew your residence permit.",
            "Pay the ticket (fee) for visits and tests when it is due.",
            "Tell the health authority if you move house.",
        ],
        "rights": [
            "The family doctor is free.",
            "In an emergency, A&E always treats you, even without the card.",
            "People without a residence permit get urgent and essential care with the STP code.",
        ],
        "captions": [
            "With the health card you have a family doctor and public health care.",
            "First: go to the Azienda USL desk with your documents.",
            "Second: choose your family doctor. For children, the paediatrician.",
            "Third: the health card arrives by post at your home.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "The path in three stages",
                "alt": "Three numbered circles joined by arrows: health authority desk, choice "
                "of doctor, card by post.",
            },
            {
                "title": "What to bring",
                "alt": "A sheet with the list: residence permit, tax code, identity document, "
                "residence or address.",
            },
        ],
    },
    "fr": {
        "title": "Kit : la carte sanitaire et le médecin de famille",
        "slug": "kit-carte-sanitaire",
        "intro": "En vous inscrivant au Service sanitaire national, vous avez un médecin de "
        "famille et la carte sanitaire (tessera sanitaria). Voici comment faire.",
        "steps": [
            {
                "title": "Allez au guichet de l'Azienda USL",
                "details": "<p>Demandez l'inscription au Service sanitaire national au guichet "
                "unique (CUP ou registre sanitaire) de la zone où vous habitez.</p>",
                "documents": [
                    "Titre de séjour (ou récépissé du renouvellement)",
                    "Code fiscal (codice fiscale)",
                    "Pièce d'identité",
                    "Résidence ou déclaration de domicile",
                ],
                "where": "Le guichet de l'Azienda USL de votre district.",
            },
            {
                "title": "Choisissez le médecin de famille",
                "details": "<p>Au guichet, vous choisissez un médecin de famille sur une liste. "
                "Pour les enfants jusqu'à 14 ans, vous choisissez un pédiatre.</p>",
                "cost": "Gratuit",
            },
            {
                "title": "Recevez la carte sanitaire par la poste",
                "details": "<p>La carte arrive chez vous de l'Agence des impôts. En attendant, "
                "utilisez la feuille d'inscription que le guichet vous donne.</p>",
                "duration": "Quelques semaines",
            },
        ],
        "what_you_need": [
            "Titre de séjour (ou récépissé du renouvellement)",
            "Code fiscal (codice fiscale)",
            "Pièce d'identité",
            "Résidence ou déclaration de domicile",
        ],
        "where_to_go": "Azienda USL de Ferrare, guichet unique, via Cassoli 30, 44121 Ferrara.\n"
        "Du lundi au vendredi, 8 h – 13 h.",
        "duties": [
            "Renouvelez l'inscription quand vous renouvelez le titre de séjour.",
            "Payez le ticket pour les visites et les examens quand il est prévu.",
            "Signalez à l'Azienda USL si vous changez d'adresse.",
        ],
        "rights": [
            "Le médecin de famille est gratuit.",
            "En cas d'urgence, les urgences de l'hôpital vous soignent toujours, même sans carte.",
            "Les personnes sans titre de séjour reçoivent les soins urgents et essentiels avec "
            "le code STP.",
        ],
        "captions": [
            "Avec la carte sanitaire, vous avez un médecin de famille et les soins publics.",
            "D'abord : allez au guichet de l'Azienda USL avec vos documents.",
            "Ensuite : choisissez le médecin de famille. Pour les enfants, le pédiatre.",
            "Enfin : la carte sanitaire arrive chez vous par la poste.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "Le parcours en trois étapes",
                "alt": "Trois cercles numérotés reliés par des flèches : guichet de l'Azienda "
                "USL, choix du médecin, carte par la poste.",
            },
            {
                "title": "Ce qu'il faut apporter",
                "alt": "Une feuille avec la liste : titre de séjour, code fiscal, pièce "
                "d'identité, résidence ou domicile.",
            },
        ],
    },
    "ar": {
        "title": "حقيبة: البطاقة الصحية وطبيب العائلة",
        "intro": "عندما تسجّل في الخدمة الصحية الوطنية يصبح لك طبيب عائلة وبطاقة صحية "
        "(tessera sanitaria). إليك الطريقة.",
        "steps": [
            {
                "title": "اذهب إلى شباك الوحدة الصحية المحلية (Azienda USL)",
                "details": "<p>اطلب التسجيل في الخدمة الصحية الوطنية في الشباك الموحد (CUP أو "
                "السجل الصحي) في المنطقة التي تسكن فيها.</p>",
                "documents": [
                    "تصريح الإقامة (أو إيصال تجديده)",
                    "الرمز الضريبي (codice fiscale)",
                    "وثيقة هوية",
                    "الإقامة أو تصريح بعنوان السكن",
                ],
                "where": "شباك Azienda USL في منطقتك.",
            },
            {
                "title": "اختر طبيب العائلة",
                "details": "<p>في الشباك تختار طبيب العائلة من قائمة. للأطفال حتى 14 سنة تختار "
                "طبيب أطفال.</p>",
                "cost": "مجاناً",
            },
            {
                "title": "استلم البطاقة الصحية بالبريد",
                "details": "<p>تصل البطاقة إلى بيتك من وكالة الضرائب. في الأثناء استعمل ورقة "
                "التسجيل التي يعطيك إياها الشباك.</p>",
                "duration": "بضعة أسابيع",
            },
        ],
        "what_you_need": [
            "تصريح الإقامة (أو إيصال تجديده)",
            "الرمز الضريبي (codice fiscale)",
            "وثيقة هوية",
            "الإقامة أو تصريح بعنوان السكن",
        ],
        "where_to_go": "Azienda USL في فيرارا، الشباك الموحد، via Cassoli 30, 44121 Ferrara.\n"
        "من الاثنين إلى الجمعة، 8:00–13:00.",
        "duties": [
            "جدّد تسجيلك عندما تجدد تصريح الإقامة.",
            "ادفع رسم «التيكت» للزيارات والفحوص عندما يكون مطلوباً.",
            "أخبر الوحدة الصحية إذا غيّرت عنوانك.",
        ],
        "rights": [
            "طبيب العائلة مجاني.",
            "في الحالات الطارئة يعالجك قسم الطوارئ دائماً، حتى بدون بطاقة.",
            "من ليس لديه تصريح إقامة يتلقى العلاج العاجل والأساسي بالرمز STP.",
        ],
        "captions": [
            "بالبطاقة الصحية يصبح لك طبيب عائلة وعلاج في الخدمة العامة.",
            "أولاً: اذهب إلى شباك Azienda USL مع وثائقك.",
            "ثانياً: اختر طبيب العائلة. للأطفال، طبيب الأطفال.",
            "ثالثاً: تصل البطاقة الصحية بالبريد إلى بيتك.",
        ],
        "audio": True,
        "infographics": [
            {
                "title": "الطريق في ثلاث مراحل",
                "alt": "ثلاث دوائر مرقّمة تربطها أسهم: شباك الوحدة الصحية، اختيار الطبيب، "
                "البطاقة بالبريد.",
            },
            {
                "title": "ماذا تحضر معك",
                "alt": "ورقة فيها القائمة: تصريح الإقامة، الرمز الضريبي، وثيقة هوية، الإقامة "
                "أو عنوان السكن.",
            },
        ],
    },
    "zh-hans": {
        "title": "资料包：健康卡和家庭医生",
        "intro": "加入国家医疗服务体系后，你会有一位家庭医生和一张健康卡"
        "（tessera sanitaria）。办理方法如下。",
        "captions": [
            "有了健康卡，你就有家庭医生，并可以享受公共医疗服务。",
            "第一步：带上证件去地方卫生局（Azienda USL）的窗口。",
            "第二步：选择家庭医生。儿童选择儿科医生。",
            "第三步：健康卡会邮寄到你家。",
        ],
    },
}
