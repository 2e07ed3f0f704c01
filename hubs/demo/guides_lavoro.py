"""Demo guides of the Work HUB (Bologna), in the format of ``hubs/demo/__init__.py``.

Checked against the procedures in force in Emilia-Romagna in 2026: the DID is made online
on the regional portal Lavoro per Te, the NASpI application counts as a DID, and a study
permit is converted into a work permit outside the annual quotas. Amounts that change
(income thresholds, fees) are not written down: each guide says where to check them.
"""

_NORMATTIVA = "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:"
_LAVORO_PER_TE = "https://lavoroperte.regione.emilia-romagna.it"
_AGENZIA_LAVORO = "https://www.agenzialavoro.emr.it"

_DID_REFERENCES = {
    "law_150": _NORMATTIVA + "decreto.legislativo:2015-09-14;150",
    "law_142": _NORMATTIVA + "decreto.legislativo:2015-08-18;142~art22",
}

DID = {
    "key": "did-centro-impiego",
    "hub": "lavoro",
    "topic": "cercare-lavoro",
    "audience": "migrants",
    "share_with_pim": True,
    "pim_category": "guide",
    "restricted": False,
    "last_reviewed": "2026-10-12",
    "review_interval_months": 12,
    "leaflet": {"languages": ["it", "en", "fr", "ar", "ur", "ro"]},
    "it": {
        "title": "Iscriversi al Centro per l'impiego: la DID (dichiarazione di immediata "
        "disponibilità)",
        "slug": "iscriversi-centro-per-impiego-did",
        "intro": (
            "La DID è la dichiarazione con cui dici che sei senza lavoro e pronto a lavorare. "
            "Ti dà lo stato di disoccupazione e i servizi gratuiti del Centro per l'impiego. "
            "Se chiedi la NASpI all'INPS, la domanda vale già come DID."
        ),
        "who_for": (
            "Chi vive in Emilia-Romagna, ha almeno 16 anni, è senza lavoro (o guadagna molto "
            "poco) e cerca lavoro. Se sei straniero ti serve un permesso di soggiorno che "
            "permette di lavorare, oppure la ricevuta della domanda di rinnovo. Chi ha chiesto "
            "protezione internazionale può lavorare, e iscriversi, 60 giorni dopo la domanda."
        ),
        "steps": [
            {
                "title": "Prepara SPID o la carta d'identità elettronica (CIE)",
                "details": (
                    "<p>La DID si fa online. Per entrare nel portale ti serve un'identità "
                    "digitale: SPID, CIE con il suo PIN, oppure CNS (la tessera sanitaria "
                    "attivata).</p><p>Se non ce l'hai, chiedi aiuto al Centro per l'impiego, a "
                    "un patronato o allo sportello per cittadini stranieri del Comune.</p>"
                ),
                "documents": [
                    "Passaporto o documento d'identità",
                    "Permesso di soggiorno, o ricevuta della domanda di rinnovo",
                    "Codice fiscale",
                    "Numero di cellulare e indirizzo e-mail",
                ],
                "where": (
                    "SPID: uno dei gestori riconosciuti (elenco su spid.gov.it). CIE: "
                    "l'ufficio anagrafe del Comune."
                ),
                "cost": "Dipende dal gestore SPID: con alcuni è gratuito",
            },
            {
                "title": "Fai la DID sul portale Lavoro per Te",
                "details": (
                    f'<p>Vai su <a href="{_LAVORO_PER_TE}">lavoroperte.regione.emilia-romagna.it'
                    "</a> o apri l'app Lavoro per Te. Entra con SPID, CIE o CNS.</p><ol>"
                    "<li>Apri <b>Servizi amministrativi</b>.</li>"
                    "<li>Scegli <b>Dichiarazione di immediata disponibilità</b>.</li>"
                    "<li>Controlla i tuoi dati e conferma.</li>"
                    "<li>Scarica la ricevuta della DID e conservala.</li></ol>"
                    "<p>La DID si fa una volta sola, in tutta Italia. Se ne hai già una valida, "
                    "il portale non ti fa continuare: chiama il tuo Centro per l'impiego.</p>"
                ),
                "where": "Online, sul portale o sull'app Lavoro per Te",
                "cost": "Gratuito",
                "duration": "Circa 15 minuti",
            },
            {
                "title": "Prenota l'appuntamento al Centro per l'impiego",
                "details": (
                    "<p>Alla fine della DID il portale ti propone di prenotare un appuntamento. "
                    "L'appuntamento è <b>obbligatorio</b>. Se non trovi un posto libero, "
                    "telefona o scrivi al tuo Centro per l'impiego.</p>"
                ),
                "where": (
                    "Il Centro per l'impiego della zona dove abiti. Indirizzi e contatti su "
                    "agenzialavoro.emr.it."
                ),
                "cost": "Gratuito",
            },
            {
                "title": "Firma il Patto di servizio personalizzato",
                "details": (
                    "<p>All'appuntamento un operatore parla con te: il lavoro che hai fatto, i "
                    "tuoi studi, cosa sai fare. Insieme scrivete il <b>Patto di servizio "
                    "personalizzato</b>: le attività per trovare lavoro, per esempio un corso, "
                    "un tirocinio, dei colloqui.</p><p>Se non parli bene l'italiano, chiedi "
                    "prima se c'è un mediatore.</p>"
                ),
                "documents": [
                    "Passaporto o documento d'identità",
                    "Permesso di soggiorno, o ricevuta della domanda di rinnovo",
                    "Codice fiscale",
                    "Curriculum, se ce l'hai",
                    "Titoli di studio e attestati, anche stranieri",
                ],
                "where": "Il tuo Centro per l'impiego",
                "cost": "Gratuito",
            },
            {
                "title": "Rispetta gli impegni del Patto",
                "details": (
                    "<p>Vai agli appuntamenti e alle attività che hai concordato. Se non puoi "
                    "andare, avvisa prima e spiega il motivo.</p><p>Se manchi senza un motivo "
                    "valido puoi perdere lo stato di disoccupazione e, se li ricevi, i sostegni "
                    "al reddito come la NASpI.</p>"
                ),
            },
        ],
        "faq": [
            {
                "question": "Ho chiesto la NASpI. Devo fare anche la DID?",
                "answer": (
                    "<p>No. La domanda di NASpI all'INPS vale già come DID. Devi comunque "
                    "andare all'appuntamento al Centro per l'impiego e firmare il Patto.</p>"
                ),
            },
            {
                "question": "Lavoro poche ore. Posso fare la DID?",
                "answer": (
                    "<p>Sì, se quello che guadagni in un anno resta sotto la soglia fissata "
                    "dalla legge. La soglia è diversa per il lavoro dipendente e per quello "
                    "autonomo e può cambiare: chiedi l'importo aggiornato al Centro per "
                    "l'impiego.</p>"
                ),
            },
            {
                "question": "Il mio permesso è scaduto e ho chiesto il rinnovo. Posso iscrivermi?",
                "answer": (
                    "<p>Sì, se hai chiesto il rinnovo in tempo. Porta all'appuntamento la "
                    "ricevuta che ti ha dato l'ufficio postale.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 14 settembre 2015, n. 150, artt. 19-21",
                "url": _DID_REFERENCES["law_150"],
                "note": "Stato di disoccupazione, DID, Patto di servizio; la NASpI vale come DID.",
            },
            {
                "text": "D.Lgs. 18 agosto 2015, n. 142, art. 22",
                "url": _DID_REFERENCES["law_142"],
                "note": "Chi chiede protezione internazionale può lavorare dopo 60 giorni.",
            },
        ],
    },
    # The Italian summary as first published: the NASpI sentence was added later, and the
    # French translation has not caught up yet.
    "it_before_revision": {
        "intro": (
            "La DID è la dichiarazione con cui dici che sei senza lavoro e pronto a lavorare. "
            "Ti dà lo stato di disoccupazione e i servizi gratuiti del Centro per l'impiego."
        ),
    },
    "retranslated_after_revision": ["en", "ar", "ur", "ro"],
}

DID["en"] = {
    "title": "Registering at the Centro per l'impiego: the DID (declaration of immediate "
    "availability)",
    "slug": "registering-job-centre-did",
    "intro": (
        "The DID is the declaration in which you say that you have no job and are ready to "
        "work. It gives you unemployed status and the free services of the Centro per "
        "l'impiego (job centre). If you apply to INPS for NASpI (unemployment benefit), the "
        "application already counts as a DID."
    ),
    "who_for": (
        "People who live in Emilia-Romagna, are at least 16, have no job (or earn very little) "
        "and are looking for work. If you are a foreign citizen you need a residence permit "
        "that allows you to work, or the receipt of your renewal application. Asylum seekers "
        "can work, and register, 60 days after their application."
    ),
    "steps": [
        {
            "title": "Get SPID or an electronic identity card (CIE)",
            "details": (
                "<p>The DID is made online. To log in you need a digital identity: SPID, the "
                "CIE with its PIN, or the CNS (your activated health card).</p><p>If you do not "
                "have one, ask for help at the job centre, at a patronato (free advice office) "
                "or at the municipality's desk for foreign citizens.</p>"
            ),
            "documents": [
                "Passport or identity document",
                "Residence permit, or the receipt of your renewal application",
                "Codice fiscale (tax code)",
                "Mobile phone number and e-mail address",
            ],
            "where": (
                "SPID: one of the recognised providers (list on spid.gov.it). CIE: the "
                "municipality's registry office (anagrafe)."
            ),
            "cost": "Depends on the SPID provider: some are free",
        },
        {
            "title": "Make the DID on the Lavoro per Te portal",
            "details": (
                f'<p>Go to <a href="{_LAVORO_PER_TE}">lavoroperte.regione.emilia-romagna.it</a> '
                "or open the Lavoro per Te app. Log in with SPID, CIE or CNS.</p><ol>"
                "<li>Open <b>Servizi amministrativi</b> (administrative services).</li>"
                "<li>Choose <b>Dichiarazione di immediata disponibilità</b>.</li>"
                "<li>Check your details and confirm.</li>"
                "<li>Download the DID receipt and keep it.</li></ol>"
                "<p>You make the DID only once, for the whole of Italy. If you already have a "
                "valid one, the portal stops you: call your job centre.</p>"
            ),
            "where": "Online, on the Lavoro per Te portal or app",
            "cost": "Free",
            "duration": "About 15 minutes",
        },
        {
            "title": "Book your appointment at the job centre",
            "details": (
                "<p>At the end of the DID the portal offers you an appointment. The appointment "
                "is <b>compulsory</b>. If there is no free slot, phone or write to your job "
                "centre.</p>"
            ),
            "where": (
                "The job centre of the area where you live. Addresses and contacts on "
                "agenzialavoro.emr.it."
            ),
            "cost": "Free",
        },
        {
            "title": "Sign your personal service agreement (Patto di servizio)",
            "details": (
                "<p>At the appointment an advisor talks with you about the work you have done, "
                "your studies and your skills. Together you write the <b>Patto di servizio "
                "personalizzato</b>: what you will do to find work, for example a course, a "
                "traineeship, interviews.</p><p>If your Italian is not good, ask beforehand "
                "whether a mediator can be there.</p>"
            ),
            "documents": [
                "Passport or identity document",
                "Residence permit, or the receipt of your renewal application",
                "Codice fiscale (tax code)",
                "CV, if you have one",
                "Diplomas and certificates, foreign ones too",
            ],
            "where": "Your job centre",
            "cost": "Free",
        },
        {
            "title": "Keep to the agreement",
            "details": (
                "<p>Go to the appointments and activities you agreed. If you cannot go, tell "
                "them beforehand and explain why.</p><p>If you miss them without a valid reason, "
                "you can lose your unemployed status and, if you receive it, income support such "
                "as NASpI.</p>"
            ),
        },
    ],
    "faq": [
        {
            "question": "I applied for NASpI. Do I also need to make the DID?",
            "answer": (
                "<p>No. The NASpI application to INPS already counts as a DID. You still have to "
                "go to the appointment at the job centre and sign the agreement.</p>"
            ),
        },
        {
            "question": "I work a few hours. Can I make the DID?",
            "answer": (
                "<p>Yes, if what you earn in a year stays below the threshold set by law. The "
                "threshold is different for employees and for the self-employed and can change: "
                "ask the job centre for the current amount.</p>"
            ),
        },
        {
            "question": "My permit has expired and I applied for renewal. Can I register?",
            "answer": (
                "<p>Yes, if you applied for renewal in time. Bring the receipt the post office "
                "gave you to the appointment.</p>"
            ),
        },
    ],
    "legal_references": [
        {
            "text": "D.Lgs. 14 settembre 2015, n. 150, artt. 19-21",
            "url": _DID_REFERENCES["law_150"],
            "note": "Unemployed status, DID, service agreement; NASpI counts as a DID.",
        },
        {
            "text": "D.Lgs. 18 agosto 2015, n. 142, art. 22",
            "url": _DID_REFERENCES["law_142"],
            "note": "Asylum seekers can work 60 days after their application.",
        },
    ],
}

# Translated from the Italian as first published (see "it_before_revision"): no NASpI
# sentence in the summary yet, which is why the translation status shows it as outdated.
DID["fr"] = {
    "title": "S'inscrire au Centro per l'impiego : la DID (déclaration de disponibilité immédiate)",
    "slug": "inscription-centre-emploi-did",
    "intro": (
        "La DID est la déclaration par laquelle vous dites que vous êtes sans emploi et prêt à "
        "travailler. Elle vous donne le statut de demandeur d'emploi et les services gratuits du "
        "Centro per l'impiego (centre pour l'emploi)."
    ),
    "who_for": (
        "Les personnes qui vivent en Émilie-Romagne, ont au moins 16 ans, sont sans emploi (ou "
        "gagnent très peu) et cherchent du travail. Si vous êtes étranger, il vous faut un titre "
        "de séjour qui permet de travailler, ou le récépissé de la demande de renouvellement. "
        "Les demandeurs d'asile peuvent travailler, et s'inscrire, 60 jours après leur demande."
    ),
    "steps": [
        {
            "title": "Préparez SPID ou la carte d'identité électronique (CIE)",
            "details": (
                "<p>La DID se fait en ligne. Pour vous connecter, il vous faut une identité "
                "numérique : SPID, la CIE avec son code PIN, ou la CNS (la carte sanitaire "
                "activée).</p><p>Si vous n'en avez pas, demandez de l'aide au centre pour "
                "l'emploi, à un patronato (bureau de conseil gratuit) ou au guichet pour les "
                "citoyens étrangers de la commune.</p>"
            ),
            "documents": [
                "Passeport ou pièce d'identité",
                "Titre de séjour, ou récépissé de la demande de renouvellement",
                "Codice fiscale (code fiscal)",
                "Numéro de portable et adresse e-mail",
            ],
            "where": (
                "SPID : un des fournisseurs reconnus (liste sur spid.gov.it). CIE : le service "
                "de l'état civil (anagrafe) de la commune."
            ),
            "cost": "Selon le fournisseur SPID : certains sont gratuits",
        },
        {
            "title": "Faites la DID sur le portail Lavoro per Te",
            "details": (
                f'<p>Allez sur <a href="{_LAVORO_PER_TE}">lavoroperte.regione.emilia-romagna.it'
                "</a> ou ouvrez l'application Lavoro per Te. Connectez-vous avec SPID, CIE ou "
                "CNS.</p><ol>"
                "<li>Ouvrez <b>Servizi amministrativi</b> (services administratifs).</li>"
                "<li>Choisissez <b>Dichiarazione di immediata disponibilità</b>.</li>"
                "<li>Vérifiez vos données et confirmez.</li>"
                "<li>Téléchargez le reçu de la DID et gardez-le.</li></ol>"
                "<p>La DID se fait une seule fois, pour toute l'Italie. Si vous en avez déjà une "
                "valable, le portail vous arrête : appelez votre centre pour l'emploi.</p>"
            ),
            "where": "En ligne, sur le portail ou l'application Lavoro per Te",
            "cost": "Gratuit",
            "duration": "Environ 15 minutes",
        },
        {
            "title": "Prenez rendez-vous au centre pour l'emploi",
            "details": (
                "<p>À la fin de la DID, le portail vous propose un rendez-vous. Le rendez-vous "
                "est <b>obligatoire</b>. S'il n'y a pas de place libre, téléphonez ou écrivez à "
                "votre centre pour l'emploi.</p>"
            ),
            "where": (
                "Le centre pour l'emploi de la zone où vous habitez. Adresses et contacts sur "
                "agenzialavoro.emr.it."
            ),
            "cost": "Gratuit",
        },
        {
            "title": "Signez le pacte de service personnalisé (Patto di servizio)",
            "details": (
                "<p>Au rendez-vous, un conseiller parle avec vous du travail que vous avez fait, "
                "de vos études et de vos compétences. Ensemble, vous rédigez le <b>Patto di "
                "servizio personalizzato</b> : ce que vous ferez pour trouver un emploi, par "
                "exemple une formation, un stage, des entretiens.</p><p>Si vous parlez mal "
                "l'italien, demandez à l'avance s'il y a un médiateur.</p>"
            ),
            "documents": [
                "Passeport ou pièce d'identité",
                "Titre de séjour, ou récépissé de la demande de renouvellement",
                "Codice fiscale (code fiscal)",
                "CV, si vous en avez un",
                "Diplômes et attestations, même étrangers",
            ],
            "where": "Votre centre pour l'emploi",
            "cost": "Gratuit",
        },
        {
            "title": "Respectez les engagements du pacte",
            "details": (
                "<p>Allez aux rendez-vous et aux activités convenus. Si vous ne pouvez pas y "
                "aller, prévenez avant et expliquez pourquoi.</p><p>Si vous êtes absent sans "
                "motif valable, vous pouvez perdre le statut de demandeur d'emploi et, si vous "
                "les recevez, les aides au revenu comme la NASpI.</p>"
            ),
        },
    ],
    "faq": [
        {
            "question": "J'ai demandé la NASpI. Dois-je aussi faire la DID ?",
            "answer": (
                "<p>Non. La demande de NASpI à l'INPS vaut déjà DID. Vous devez quand même aller "
                "au rendez-vous au centre pour l'emploi et signer le pacte.</p>"
            ),
        },
        {
            "question": "Je travaille quelques heures. Puis-je faire la DID ?",
            "answer": (
                "<p>Oui, si ce que vous gagnez en un an reste sous le seuil fixé par la loi. Le "
                "seuil est différent pour les salariés et pour les indépendants et peut changer : "
                "demandez le montant à jour au centre pour l'emploi.</p>"
            ),
        },
        {
            "question": "Mon titre de séjour a expiré et j'ai demandé le renouvellement. "
            "Puis-je m'inscrire ?",
            "answer": (
                "<p>Oui, si vous avez demandé le renouvellement à temps. Apportez au rendez-vous "
                "le récépissé que vous a donné le bureau de poste.</p>"
            ),
        },
    ],
    "legal_references": [
        {
            "text": "D.Lgs. 14 settembre 2015, n. 150, artt. 19-21",
            "url": _DID_REFERENCES["law_150"],
            "note": "Statut de demandeur d'emploi, DID, pacte de service ; la NASpI vaut DID.",
        },
        {
            "text": "D.Lgs. 18 agosto 2015, n. 142, art. 22",
            "url": _DID_REFERENCES["law_142"],
            "note": "Les demandeurs d'asile peuvent travailler 60 jours après leur demande.",
        },
    ],
}

DID["ar"] = {
    "title": "التسجيل في مركز التشغيل: إعلان الاستعداد الفوري للعمل (DID)",
    "intro": (
        "إعلان DID هو التصريح الذي تقول فيه إنك بلا عمل ومستعد للعمل. يمنحك صفة العاطل عن "
        "العمل والخدمات المجانية لمركز التشغيل (Centro per l'impiego). إذا قدّمت طلب إعانة "
        "البطالة NASpI إلى مؤسسة INPS، فإن الطلب يُعدّ إعلان DID."
    ),
    "who_for": (
        "من يعيش في إميليا-رومانيا، وعمره 16 سنة على الأقل، وليس لديه عمل (أو دخله قليل جدًا) "
        "ويبحث عن عمل. إذا كنت أجنبيًا فأنت بحاجة إلى تصريح إقامة يسمح بالعمل، أو إلى إيصال "
        "طلب التجديد. يمكن لطالبي الحماية الدولية العمل والتسجيل بعد 60 يومًا من تقديم الطلب."
    ),
    "steps": [
        {
            "title": "جهّز هوية SPID أو بطاقة الهوية الإلكترونية (CIE)",
            "details": (
                "<p>يتم إعلان DID عبر الإنترنت. للدخول تحتاج إلى هوية رقمية: SPID، أو بطاقة "
                "CIE مع رمزها السري PIN، أو بطاقة CNS (البطاقة الصحية المفعّلة).</p><p>إذا لم "
                "تكن لديك، اطلب المساعدة من مركز التشغيل أو من أحد مكاتب الباتروناتو "
                "(patronato) أو من مكتب المواطنين الأجانب في البلدية.</p>"
            ),
            "documents": [
                "جواز السفر أو وثيقة الهوية",
                "تصريح الإقامة، أو إيصال طلب التجديد",
                "الرمز الضريبي (codice fiscale)",
                "رقم الهاتف المحمول وعنوان البريد الإلكتروني",
            ],
            "where": (
                "SPID: أحد المزوّدين المعترف بهم (القائمة على spid.gov.it). CIE: مكتب السجل "
                "السكاني (anagrafe) في البلدية."
            ),
            "cost": "حسب مزوّد SPID: بعضهم مجاني",
        },
        {
            "title": "قدّم إعلان DID على بوابة Lavoro per Te",
            "details": (
                f'<p>ادخل إلى <a href="{_LAVORO_PER_TE}">lavoroperte.regione.emilia-romagna.it'
                "</a> أو افتح تطبيق Lavoro per Te. سجّل الدخول بـ SPID أو CIE أو CNS.</p><ol>"
                "<li>افتح <b>Servizi amministrativi</b> (الخدمات الإدارية).</li>"
                "<li>اختر <b>Dichiarazione di immediata disponibilità</b>.</li>"
                "<li>راجع بياناتك وأكّد.</li>"
                "<li>نزّل إيصال إعلان DID واحتفظ به.</li></ol>"
                "<p>يُقدَّم إعلان DID مرة واحدة فقط في كل إيطاليا. إذا كان لديك إعلان صالح، "
                "لن تسمح لك البوابة بالمتابعة: اتصل بمركز التشغيل.</p>"
            ),
            "where": "عبر الإنترنت، على بوابة Lavoro per Te أو تطبيقها",
            "cost": "مجاني",
            "duration": "حوالي 15 دقيقة",
        },
        {
            "title": "احجز موعدك في مركز التشغيل",
            "details": (
                "<p>في نهاية الإعلان تقترح عليك البوابة حجز موعد. الموعد <b>إلزامي</b>. إذا لم "
                "تجد موعدًا متاحًا، اتصل بمركز التشغيل أو راسله.</p>"
            ),
            "where": (
                "مركز التشغيل في المنطقة التي تسكن فيها. العناوين ووسائل الاتصال على "
                "agenzialavoro.emr.it."
            ),
            "cost": "مجاني",
        },
        {
            "title": "وقّع اتفاق الخدمة الشخصي (Patto di servizio)",
            "details": (
                "<p>في الموعد يتحدث معك موظف عن عملك السابق ودراستك ومهاراتك. وتكتبان معًا "
                "<b>اتفاق الخدمة الشخصي</b>: ما ستفعله لتجد عملًا، مثل دورة تدريبية أو تدريب "
                "عملي أو مقابلات عمل.</p><p>إذا كانت لغتك الإيطالية ضعيفة، اسأل مسبقًا إن كان "
                "هناك وسيط لغوي.</p>"
            ),
            "documents": [
                "جواز السفر أو وثيقة الهوية",
                "تصريح الإقامة، أو إيصال طلب التجديد",
                "الرمز الضريبي (codice fiscale)",
                "السيرة الذاتية إن وُجدت",
                "الشهادات الدراسية والمهنية، حتى الأجنبية منها",
            ],
            "where": "مركز التشغيل الخاص بك",
            "cost": "مجاني",
        },
        {
            "title": "التزم بما اتفقت عليه",
            "details": (
                "<p>احضر المواعيد والأنشطة المتفق عليها. إذا لم تستطع الحضور، أبلغ مسبقًا واشرح "
                "السبب.</p><p>إذا تغيبت دون سبب مقبول، قد تفقد صفة العاطل عن العمل، وإعانات "
                "الدخل مثل NASpI إن كنت تحصل عليها.</p>"
            ),
        },
    ],
    "faq": [
        {
            "question": "قدّمت طلب NASpI. هل عليّ أن أقدّم إعلان DID أيضًا؟",
            "answer": (
                "<p>لا. طلب NASpI إلى مؤسسة INPS يُعدّ إعلان DID. لكن عليك أن تحضر الموعد في "
                "مركز التشغيل وتوقّع الاتفاق.</p>"
            ),
        },
        {
            "question": "أعمل بضع ساعات فقط. هل يمكنني تقديم إعلان DID؟",
            "answer": (
                "<p>نعم، إذا بقي ما تكسبه في السنة أقل من الحد الذي يحدده القانون. الحد مختلف "
                "للعمل بأجر وللعمل الحر وقد يتغير: اسأل مركز التشغيل عن المبلغ الحالي.</p>"
            ),
        },
        {
            "question": "انتهت صلاحية تصريح إقامتي وطلبت تجديده. هل يمكنني التسجيل؟",
            "answer": (
                "<p>نعم، إذا طلبت التجديد في الوقت المحدد. أحضر إلى الموعد الإيصال الذي أعطاك "
                "إياه مكتب البريد.</p>"
            ),
        },
    ],
    "legal_references": [
        {
            "text": "D.Lgs. 14 settembre 2015, n. 150, artt. 19-21",
            "url": _DID_REFERENCES["law_150"],
            "note": "صفة العاطل عن العمل، إعلان DID، اتفاق الخدمة؛ طلب NASpI يُعدّ إعلان DID.",
        },
        {
            "text": "D.Lgs. 18 agosto 2015, n. 142, art. 22",
            "url": _DID_REFERENCES["law_142"],
            "note": "يمكن لطالبي الحماية الدولية العمل بعد 60 يومًا من الطلب.",
        },
    ],
}

DID["ur"] = {
    "title": "روزگار مرکز (Centro per l'impiego) میں اندراج: DID یعنی فوری دستیابی کا اعلان",
    "intro": (
        "DID وہ اعلان ہے جس میں آپ بتاتے ہیں کہ آپ کے پاس کام نہیں ہے اور آپ کام کے لیے تیار ہیں۔ "
        "اس سے آپ کو بے روزگار ہونے کی حیثیت اور روزگار مرکز کی مفت خدمات ملتی ہیں۔ اگر آپ INPS "
        "کو بے روزگاری الاؤنس NASpI کی درخواست دیتے ہیں تو وہ درخواست خود DID شمار ہوتی ہے۔"
    ),
    "who_for": (
        "وہ لوگ جو ایمیلیا-رومانیا میں رہتے ہیں، کم از کم 16 سال کے ہیں، بے روزگار ہیں (یا بہت کم "
        "کماتے ہیں) اور کام تلاش کر رہے ہیں۔ غیر ملکی ہونے کی صورت میں آپ کو ایسا رہائشی اجازت "
        "نامہ چاہیے جو کام کی اجازت دیتا ہو، یا تجدید کی درخواست کی رسید۔ بین الاقوامی تحفظ کے "
        "درخواست گزار درخواست کے 60 دن بعد کام اور اندراج کر سکتے ہیں۔"
    ),
    "steps": [
        {
            "title": "SPID یا الیکٹرانک شناختی کارڈ (CIE) تیار رکھیں",
            "details": (
                "<p>DID آن لائن کی جاتی ہے۔ لاگ اِن کے لیے ڈیجیٹل شناخت چاہیے: SPID، PIN کے "
                "ساتھ CIE، یا CNS (فعال ہیلتھ کارڈ)۔</p><p>اگر آپ کے پاس نہیں ہے تو روزگار "
                "مرکز، کسی پیٹروناتو (patronato) یا بلدیہ کے غیر ملکی شہریوں کے ڈیسک سے مدد "
                "لیں۔</p>"
            ),
            "documents": [
                "پاسپورٹ یا شناختی دستاویز",
                "رہائشی اجازت نامہ، یا تجدید کی درخواست کی رسید",
                "ٹیکس کوڈ (codice fiscale)",
                "موبائل نمبر اور ای میل پتہ",
            ],
            "where": (
                "SPID: منظور شدہ فراہم کنندگان میں سے کوئی ایک (فہرست spid.gov.it پر)۔ CIE: "
                "بلدیہ کا اندراج دفتر (anagrafe)۔"
            ),
            "cost": "SPID فراہم کنندہ پر منحصر ہے: کچھ مفت ہیں",
        },
        {
            "title": "Lavoro per Te پورٹل پر DID جمع کرائیں",
            "details": (
                f'<p><a href="{_LAVORO_PER_TE}">lavoroperte.regione.emilia-romagna.it</a> پر '
                "جائیں یا Lavoro per Te ایپ کھولیں۔ SPID، CIE یا CNS سے لاگ اِن کریں۔</p><ol>"
                "<li><b>Servizi amministrativi</b> (انتظامی خدمات) کھولیں۔</li>"
                "<li><b>Dichiarazione di immediata disponibilità</b> منتخب کریں۔</li>"
                "<li>اپنی معلومات چیک کریں اور تصدیق کریں۔</li>"
                "<li>DID کی رسید ڈاؤن لوڈ کر کے محفوظ رکھیں۔</li></ol>"
                "<p>DID پورے اٹلی میں صرف ایک بار کی جاتی ہے۔ اگر آپ کی DID پہلے سے موجود ہے تو "
                "پورٹل آگے نہیں بڑھنے دے گا: اپنے روزگار مرکز کو فون کریں۔</p>"
            ),
            "where": "آن لائن، Lavoro per Te پورٹل یا ایپ پر",
            "cost": "مفت",
            "duration": "تقریباً 15 منٹ",
        },
        {
            "title": "روزگار مرکز میں ملاقات کا وقت لیں",
            "details": (
                "<p>DID کے آخر میں پورٹل ملاقات کا وقت لینے کی پیشکش کرتا ہے۔ یہ ملاقات "
                "<b>لازمی</b> ہے۔ اگر کوئی وقت خالی نہ ہو تو اپنے روزگار مرکز کو فون کریں یا "
                "لکھیں۔</p>"
            ),
            "where": ("آپ کے علاقے کا روزگار مرکز۔ پتے اور رابطے agenzialavoro.emr.it پر۔"),
            "cost": "مفت",
        },
        {
            "title": "ذاتی خدمت کے معاہدے (Patto di servizio) پر دستخط کریں",
            "details": (
                "<p>ملاقات میں ایک مشیر آپ سے آپ کے سابقہ کام، تعلیم اور مہارتوں کے بارے میں بات "
                "کرتا ہے۔ آپ مل کر <b>ذاتی خدمت کا معاہدہ</b> لکھتے ہیں: کام تلاش کرنے کے لیے آپ "
                "کیا کریں گے، مثلاً کورس، تربیتی کام (tirocinio) یا انٹرویو۔</p><p>اگر آپ کی "
                "اطالوی کمزور ہے تو پہلے پوچھ لیں کہ کیا کوئی ثقافتی ترجمان موجود ہو گا۔</p>"
            ),
            "documents": [
                "پاسپورٹ یا شناختی دستاویز",
                "رہائشی اجازت نامہ، یا تجدید کی درخواست کی رسید",
                "ٹیکس کوڈ (codice fiscale)",
                "سی وی، اگر ہو",
                "تعلیمی اسناد اور سرٹیفکیٹ، غیر ملکی بھی",
            ],
            "where": "آپ کا روزگار مرکز",
            "cost": "مفت",
        },
        {
            "title": "معاہدے کی پابندی کریں",
            "details": (
                "<p>طے شدہ ملاقاتوں اور سرگرمیوں میں جائیں۔ اگر نہ جا سکیں تو پہلے اطلاع دیں اور "
                "وجہ بتائیں۔</p><p>بغیر معقول وجہ غیر حاضری پر آپ بے روزگار کی حیثیت اور، اگر مل "
                "رہی ہو، NASpI جیسی آمدنی کی امداد کھو سکتے ہیں۔</p>"
            ),
        },
    ],
    "faq": [
        {
            "question": "میں نے NASpI کی درخواست دی ہے۔ کیا DID بھی کرنی ہے؟",
            "answer": (
                "<p>نہیں۔ INPS کو NASpI کی درخواست خود DID شمار ہوتی ہے۔ پھر بھی آپ کو روزگار "
                "مرکز کی ملاقات میں جانا اور معاہدے پر دستخط کرنا ہوں گے۔</p>"
            ),
        },
        {
            "question": "میں چند گھنٹے کام کرتا ہوں۔ کیا میں DID کر سکتا ہوں؟",
            "answer": (
                "<p>ہاں، اگر سال بھر کی آپ کی کمائی قانون کی مقرر کردہ حد سے کم رہے۔ یہ حد ملازمت "
                "اور خود روزگار کے لیے مختلف ہے اور بدل سکتی ہے: موجودہ رقم روزگار مرکز سے "
                "پوچھیں۔</p>"
            ),
        },
        {
            "question": "میرا اجازت نامہ ختم ہو گیا ہے اور میں نے تجدید کی درخواست دی ہے۔ کیا میں "
            "اندراج کر سکتا ہوں؟",
            "answer": (
                "<p>ہاں، اگر آپ نے وقت پر تجدید کی درخواست دی ہے۔ ڈاک خانے کی دی ہوئی رسید ملاقات "
                "پر ساتھ لائیں۔</p>"
            ),
        },
    ],
    "legal_references": [
        {
            "text": "D.Lgs. 14 settembre 2015, n. 150, artt. 19-21",
            "url": _DID_REFERENCES["law_150"],
            "note": "بے روزگاری کی حیثیت، DID، خدمت کا معاہدہ؛ NASpI کی درخواست DID شمار ہوتی ہے۔",
        },
        {
            "text": "D.Lgs. 18 agosto 2015, n. 142, art. 22",
            "url": _DID_REFERENCES["law_142"],
            "note": "بین الاقوامی تحفظ کے درخواست گزار 60 دن بعد کام کر سکتے ہیں۔",
        },
    ],
}

DID["ro"] = {
    "title": "Înscrierea la Centro per l'impiego: DID (declarația de disponibilitate imediată)",
    "slug": "inscriere-centrul-pentru-ocupare-did",
    "intro": (
        "DID este declarația prin care spui că nu ai un loc de muncă și că ești gata să lucrezi. "
        "Îți dă statutul de șomer și serviciile gratuite ale Centro per l'impiego (centrul "
        "pentru ocuparea forței de muncă). Dacă ceri indemnizația NASpI la INPS, cererea este "
        "deja considerată DID."
    ),
    "who_for": (
        "Persoanele care locuiesc în Emilia-Romagna, au cel puțin 16 ani, nu au un loc de muncă "
        "(sau câștigă foarte puțin) și caută de lucru. Dacă ești cetățean din afara UE, ai nevoie "
        "de un permis de ședere care îți permite să lucrezi sau de chitanța cererii de reînnoire. "
        "Solicitanții de protecție internațională pot lucra și se pot înscrie la 60 de zile după "
        "cerere."
    ),
    "steps": [
        {
            "title": "Pregătește SPID sau cartea de identitate electronică (CIE)",
            "details": (
                "<p>DID se face online. Pentru a intra pe portal ai nevoie de o identitate "
                "digitală: SPID, CIE cu codul PIN sau CNS (cardul de sănătate activat).</p>"
                "<p>Dacă nu ai, cere ajutor la centrul pentru ocupare, la un patronato (birou de "
                "consiliere gratuit) sau la ghișeul pentru cetățeni străini al primăriei.</p>"
            ),
            "documents": [
                "Pașaport sau act de identitate",
                "Permis de ședere sau chitanța cererii de reînnoire",
                "Codice fiscale (codul fiscal)",
                "Număr de telefon mobil și adresă de e-mail",
            ],
            "where": (
                "SPID: unul dintre furnizorii recunoscuți (lista pe spid.gov.it). CIE: biroul "
                "de evidență a populației (anagrafe) al primăriei."
            ),
            "cost": "Depinde de furnizorul SPID: unii sunt gratuiți",
        },
        {
            "title": "Fă DID pe portalul Lavoro per Te",
            "details": (
                f'<p>Intră pe <a href="{_LAVORO_PER_TE}">lavoroperte.regione.emilia-romagna.it'
                "</a> sau deschide aplicația Lavoro per Te. Autentifică-te cu SPID, CIE sau "
                "CNS.</p><ol>"
                "<li>Deschide <b>Servizi amministrativi</b> (servicii administrative).</li>"
                "<li>Alege <b>Dichiarazione di immediata disponibilità</b>.</li>"
                "<li>Verifică-ți datele și confirmă.</li>"
                "<li>Descarcă chitanța DID și păstreaz-o.</li></ol>"
                "<p>DID se face o singură dată, pentru toată Italia. Dacă ai deja una valabilă, "
                "portalul nu te lasă să continui: sună la centrul tău pentru ocupare.</p>"
            ),
            "where": "Online, pe portalul sau în aplicația Lavoro per Te",
            "cost": "Gratuit",
            "duration": "Aproximativ 15 minute",
        },
        {
            "title": "Programează-te la centrul pentru ocupare",
            "details": (
                "<p>La sfârșitul DID, portalul îți propune o programare. Programarea este "
                "<b>obligatorie</b>. Dacă nu găsești un loc liber, sună sau scrie centrului tău "
                "pentru ocupare.</p>"
            ),
            "where": (
                "Centrul pentru ocupare din zona în care locuiești. Adrese și contacte pe "
                "agenzialavoro.emr.it."
            ),
            "cost": "Gratuit",
        },
        {
            "title": "Semnează pactul de servicii personalizat (Patto di servizio)",
            "details": (
                "<p>La programare, un consilier vorbește cu tine despre munca de până acum, "
                "studii și ce știi să faci. Împreună scrieți <b>Patto di servizio "
                "personalizzato</b>: ce vei face pentru a găsi de lucru, de exemplu un curs, un "
                "stagiu, interviuri.</p><p>Dacă nu vorbești bine italiana, întreabă dinainte dacă "
                "poate fi prezent un mediator.</p>"
            ),
            "documents": [
                "Pașaport sau act de identitate",
                "Permis de ședere sau chitanța cererii de reînnoire",
                "Codice fiscale (codul fiscal)",
                "CV, dacă ai",
                "Diplome și certificate, inclusiv străine",
            ],
            "where": "Centrul tău pentru ocupare",
            "cost": "Gratuit",
        },
        {
            "title": "Respectă angajamentele din pact",
            "details": (
                "<p>Mergi la programări și la activitățile stabilite. Dacă nu poți merge, anunță "
                "dinainte și explică motivul.</p><p>Dacă lipsești fără un motiv întemeiat, poți "
                "pierde statutul de șomer și, dacă le primești, ajutoarele de venit precum "
                "NASpI.</p>"
            ),
        },
    ],
    "faq": [
        {
            "question": "Am cerut NASpI. Trebuie să fac și DID?",
            "answer": (
                "<p>Nu. Cererea de NASpI la INPS este deja considerată DID. Trebuie totuși să "
                "mergi la programarea de la centrul pentru ocupare și să semnezi pactul.</p>"
            ),
        },
        {
            "question": "Lucrez câteva ore. Pot să fac DID?",
            "answer": (
                "<p>Da, dacă ce câștigi într-un an rămâne sub pragul stabilit de lege. Pragul este "
                "diferit pentru salariați și pentru cei care lucrează pe cont propriu și se poate "
                "schimba: întreabă la centrul pentru ocupare suma actuală.</p>"
            ),
        },
        {
            "question": "Permisul meu a expirat și am cerut reînnoirea. Mă pot înscrie?",
            "answer": (
                "<p>Da, dacă ai cerut reînnoirea la timp. Adu la programare chitanța primită de la "
                "oficiul poștal.</p>"
            ),
        },
    ],
    "legal_references": [
        {
            "text": "D.Lgs. 14 settembre 2015, n. 150, artt. 19-21",
            "url": _DID_REFERENCES["law_150"],
            "note": "Statutul de șomer, DID, pactul de servicii; cererea NASpI valorează ca DID.",
        },
        {
            "text": "D.Lgs. 18 agosto 2015, n. 142, art. 22",
            "url": _DID_REFERENCES["law_142"],
            "note": "Solicitanții de protecție internațională pot lucra după 60 de zile.",
        },
    ],
}

_CONTRACT_REFERENCES = {
    "law_152": _NORMATTIVA + "decreto.legislativo:1997-05-26;152",
    "law_4": _NORMATTIVA + "legge:1953-01-05;4",
    "law_205": _NORMATTIVA + "legge:2017-12-27;205",
    "civil_code": _NORMATTIVA + "regio.decreto:1942-03-16;262~art2126",
}

CONTRACT = {
    "key": "contratto-busta-paga",
    "hub": "lavoro",
    "topic": "diritti-sul-lavoro",
    "audience": "migrants",
    "restricted": False,
    "last_reviewed": "2026-06-03",
    "review_interval_months": 12,
    "it": {
        "title": "Il contratto di lavoro e la busta paga: i diritti di base",
        "slug": "contratto-di-lavoro-busta-paga",
        "intro": (
            "Chi lavora come dipendente ha diritto a informazioni scritte sul suo lavoro, a una "
            "busta paga ogni mese e a una paga tracciabile. Questa guida spiega cosa controllare "
            "e a chi chiedere aiuto."
        ),
        "who_for": (
            "Chi lavora, o sta per iniziare a lavorare, come dipendente in Italia. Per il lavoro "
            "domestico (colf, badanti, baby-sitter) alcune regole sono diverse."
        ),
        "steps": [
            {
                "title": "Prima di iniziare, chiedi le condizioni per iscritto",
                "details": (
                    "<p>Il datore di lavoro deve comunicare la tua assunzione al Centro per "
                    "l'impiego entro il giorno prima dell'inizio. All'inizio del lavoro ti deve "
                    "dare per iscritto le informazioni principali:</p><ul>"
                    "<li>chi è il datore di lavoro e dove lavorerai;</li>"
                    "<li>il tuo lavoro e il tuo livello;</li>"
                    "<li>la data di inizio e, se c'è, la data di fine;</li>"
                    "<li>l'orario, la paga, le ferie e il periodo di prova;</li>"
                    "<li>il contratto collettivo (CCNL) applicato.</li></ul>"
                    "<p>Non firmare fogli che non capisci. Puoi chiedere una copia e farla "
                    "leggere a qualcuno di fiducia.</p>"
                ),
                "where": "Con il datore di lavoro. Un sindacato o un patronato può leggere il "
                "contratto con te.",
                "cost": "Gratuito",
            },
            {
                "title": "Controlla la busta paga ogni mese",
                "details": (
                    "<p>A ogni pagamento il datore di lavoro ti deve dare la busta paga. "
                    "Controlla:</p><ul>"
                    "<li>le ore e i giorni lavorati, anche gli straordinari;</li>"
                    "<li>la paga lorda e quella netta (quella che ricevi);</li>"
                    "<li>i contributi INPS e le tasse trattenuti;</li>"
                    "<li>le ferie e i permessi che hai maturato.</li></ul>"
                    "<p>Conserva tutte le buste paga.</p>"
                ),
                "documents": ["Le tue buste paga", "Un calendario con le ore che hai lavorato"],
            },
            {
                "title": "Ricevi la paga in modo tracciabile",
                "details": (
                    "<p>Lo stipendio si paga con bonifico, carta prepagata o assegno, oppure in "
                    "contanti allo sportello della banca o della posta dove il datore di lavoro "
                    "ha un conto. Non può darti lo stipendio in contanti in mano.</p><p>Questa "
                    "regola non vale per il lavoro domestico.</p>"
                ),
            },
            {
                "title": "Controlla i tuoi contributi all'INPS",
                "details": (
                    "<p>I contributi servono per la pensione, la disoccupazione (NASpI), la "
                    "malattia e la maternità. Li vedi nell'<b>estratto conto contributivo</b> "
                    'sul sito dell\'<a href="https://www.inps.it">INPS</a>, con SPID, CIE o '
                    "CNS.</p><p>Se mancano dei mesi, chiedi spiegazioni al datore di lavoro o a "
                    "un patronato.</p>"
                ),
                "where": "Online su inps.it, oppure con l'aiuto di un patronato",
                "cost": "Gratuito",
            },
            {
                "title": "Se qualcosa non va, chiedi aiuto presto",
                "details": (
                    "<p>Conserva il contratto, le buste paga e le prove delle ore lavorate "
                    "(messaggi, turni, foto dei cartellini). Un sindacato, un patronato o "
                    "l'Ispettorato territoriale del lavoro possono aiutarti.</p><p>Per chiedere "
                    "la paga non ricevuta ci sono dei termini: non aspettare troppo.</p>"
                ),
                "where": (
                    "Sindacati e patronati della città; Ispettorato territoriale del lavoro di "
                    "Bologna (contatti su ispettorato.gov.it)."
                ),
                "cost": "Gratuito all'Ispettorato; i sindacati possono chiedere l'iscrizione",
            },
        ],
        "faq": [
            {
                "question": "Quanto deve essere la mia paga?",
                "answer": (
                    "<p>Il minimo dipende dal contratto collettivo (CCNL) del tuo settore e dal "
                    "tuo livello. Gli importi cambiano quando i contratti si rinnovano: un "
                    "sindacato o un patronato può controllare se la tua paga è giusta.</p>"
                ),
            },
            {
                "question": "Lavoro senza contratto. Cosa posso fare?",
                "answer": (
                    "<p>Hai comunque diritto alla paga per il lavoro che hai fatto. Puoi chiedere "
                    "aiuto a un sindacato o all'Ispettorato territoriale del lavoro. Chi è "
                    "vittima di grave sfruttamento può avere un permesso di soggiorno speciale: "
                    "parlane con uno sportello per cittadini stranieri.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 26 maggio 1997, n. 152 (modificato dal D.Lgs. 27 giugno 2022, "
                "n. 104)",
                "url": _CONTRACT_REFERENCES["law_152"],
                "note": "Le informazioni sul rapporto di lavoro da dare per iscritto.",
            },
            {
                "text": "Legge 5 gennaio 1953, n. 4",
                "url": _CONTRACT_REFERENCES["law_4"],
                "note": "L'obbligo di consegnare la busta paga.",
            },
            {
                "text": "Legge 27 dicembre 2017, n. 205, art. 1, commi 910-914",
                "url": _CONTRACT_REFERENCES["law_205"],
                "note": "Lo stipendio non si paga in contanti.",
            },
            {
                "text": "Codice civile, art. 2126",
                "url": _CONTRACT_REFERENCES["civil_code"],
                "note": "Il lavoro fatto va pagato anche se il contratto non è valido.",
            },
        ],
    },
}

CONTRACT["en"] = {
    "title": "Your employment contract and pay slip: basic rights",
    "slug": "employment-contract-pay-slip",
    "intro": (
        "Employees have the right to written information about their job, a pay slip every "
        "month and pay that can be traced. This guide explains what to check and who can help."
    ),
    "who_for": (
        "People who work, or are about to start work, as employees in Italy. For domestic work "
        "(home helpers, carers, babysitters) some rules are different."
    ),
    "steps": [
        {
            "title": "Before you start, ask for the conditions in writing",
            "details": (
                "<p>The employer must notify the Centro per l'impiego of your hiring by the day "
                "before you start. When you start, they must give you the main information in "
                "writing:</p><ul>"
                "<li>who the employer is and where you will work;</li>"
                "<li>your job and your grade;</li>"
                "<li>the start date and, if there is one, the end date;</li>"
                "<li>working hours, pay, holidays and the probation period;</li>"
                "<li>the national collective agreement (CCNL) that applies.</li></ul>"
                "<p>Do not sign papers you do not understand. You can ask for a copy and have "
                "someone you trust read it.</p>"
            ),
            "where": "With your employer. A trade union or a patronato can read the contract "
            "with you.",
            "cost": "Free",
        },
        {
            "title": "Check your pay slip every month",
            "details": (
                "<p>Each time you are paid, the employer must give you a pay slip (busta paga). "
                "Check:</p><ul>"
                "<li>the hours and days worked, overtime included;</li>"
                "<li>gross pay and net pay (what you receive);</li>"
                "<li>the INPS contributions and taxes deducted;</li>"
                "<li>the holidays and leave you have built up.</li></ul>"
                "<p>Keep all your pay slips.</p>"
            ),
            "documents": ["Your pay slips", "A calendar with the hours you worked"],
        },
        {
            "title": "Get paid in a way that can be traced",
            "details": (
                "<p>Wages are paid by bank transfer, prepaid card or cheque, or in cash at the "
                "counter of the bank or post office where the employer has an account. The "
                "employer cannot hand you your wages in cash.</p><p>This rule does not apply to "
                "domestic work.</p>"
            ),
        },
        {
            "title": "Check your INPS contributions",
            "details": (
                "<p>Contributions count for your pension, unemployment benefit (NASpI), sick "
                "pay and maternity. You can see them in the <b>estratto conto contributivo</b> "
                '(contributions statement) on the <a href="https://www.inps.it">INPS</a> '
                "website, with SPID, CIE or CNS.</p><p>If months are missing, ask your employer "
                "or a patronato.</p>"
            ),
            "where": "Online on inps.it, or with the help of a patronato",
            "cost": "Free",
        },
        {
            "title": "If something is wrong, ask for help early",
            "details": (
                "<p>Keep your contract, pay slips and proof of the hours you worked (messages, "
                "rotas, photos of time cards). A trade union, a patronato or the Ispettorato "
                "territoriale del lavoro (labour inspectorate) can help you.</p><p>There are "
                "time limits to claim unpaid wages: do not wait too long.</p>"
            ),
            "where": (
                "Trade unions and patronati in the city; the labour inspectorate of Bologna "
                "(contacts on ispettorato.gov.it)."
            ),
            "cost": "Free at the inspectorate; trade unions may ask you to join",
        },
    ],
    "faq": [
        {
            "question": "How much should I be paid?",
            "answer": (
                "<p>The minimum depends on the collective agreement (CCNL) of your sector and on "
                "your grade. Amounts change when agreements are renewed: a trade union or a "
                "patronato can check whether your pay is right.</p>"
            ),
        },
        {
            "question": "I work without a contract. What can I do?",
            "answer": (
                "<p>You still have the right to be paid for the work you did. You can ask a "
                "trade union or the labour inspectorate for help. Victims of serious "
                "exploitation can get a special residence permit: talk to an information desk "
                "for foreign citizens.</p>"
            ),
        },
    ],
    "legal_references": [
        {
            "text": "D.Lgs. 26 maggio 1997, n. 152 (amended by D.Lgs. 27 giugno 2022, n. 104)",
            "url": _CONTRACT_REFERENCES["law_152"],
            "note": "The information about the job that must be given in writing.",
        },
        {
            "text": "Legge 5 gennaio 1953, n. 4",
            "url": _CONTRACT_REFERENCES["law_4"],
            "note": "The duty to hand over a pay slip.",
        },
        {
            "text": "Legge 27 dicembre 2017, n. 205, art. 1, commi 910-914",
            "url": _CONTRACT_REFERENCES["law_205"],
            "note": "Wages are not paid in cash.",
        },
        {
            "text": "Codice civile, art. 2126",
            "url": _CONTRACT_REFERENCES["civil_code"],
            "note": "Work done must be paid even if the contract is not valid.",
        },
    ],
}

CONTRACT["fr"] = {
    "title": "Le contrat de travail et la fiche de paie : les droits de base",
    "slug": "contrat-de-travail-fiche-de-paie",
    "intro": (
        "Un salarié a droit à des informations écrites sur son emploi, à une fiche de paie "
        "chaque mois et à un salaire payé de façon traçable. Ce guide explique quoi vérifier et "
        "à qui demander de l'aide."
    ),
    "who_for": (
        "Les personnes qui travaillent, ou vont commencer à travailler, comme salariés en "
        "Italie. Pour le travail domestique (aides ménagères, aides à domicile, baby-sitters), "
        "certaines règles sont différentes."
    ),
    "steps": [
        {
            "title": "Avant de commencer, demandez les conditions par écrit",
            "details": (
                "<p>L'employeur doit déclarer votre embauche au Centro per l'impiego au plus "
                "tard la veille du début. Au début du travail, il doit vous remettre par écrit "
                "les informations principales :</p><ul>"
                "<li>qui est l'employeur et où vous travaillerez ;</li>"
                "<li>votre emploi et votre niveau ;</li>"
                "<li>la date de début et, s'il y en a une, la date de fin ;</li>"
                "<li>les horaires, le salaire, les congés et la période d'essai ;</li>"
                "<li>la convention collective (CCNL) appliquée.</li></ul>"
                "<p>Ne signez pas de papiers que vous ne comprenez pas. Vous pouvez demander une "
                "copie et la faire lire à une personne de confiance.</p>"
            ),
            "where": "Avec l'employeur. Un syndicat ou un patronato peut lire le contrat avec "
            "vous.",
            "cost": "Gratuit",
        },
        {
            "title": "Vérifiez votre fiche de paie chaque mois",
            "details": (
                "<p>À chaque paiement, l'employeur doit vous remettre la fiche de paie (busta "
                "paga). Vérifiez :</p><ul>"
                "<li>les heures et les jours travaillés, heures supplémentaires comprises ;</li>"
                "<li>le salaire brut et le salaire net (ce que vous recevez) ;</li>"
                "<li>les cotisations INPS et les impôts retenus ;</li>"
                "<li>les congés et les permissions acquis.</li></ul>"
                "<p>Gardez toutes vos fiches de paie.</p>"
            ),
            "documents": [
                "Vos fiches de paie",
                "Un calendrier avec les heures que vous avez travaillées",
            ],
        },
        {
            "title": "Recevez votre salaire de façon traçable",
            "details": (
                "<p>Le salaire se paie par virement, carte prépayée ou chèque, ou en espèces au "
                "guichet de la banque ou de la poste où l'employeur a un compte. L'employeur ne "
                "peut pas vous remettre le salaire en espèces de la main à la main.</p><p>Cette "
                "règle ne s'applique pas au travail domestique.</p>"
            ),
        },
        {
            "title": "Vérifiez vos cotisations à l'INPS",
            "details": (
                "<p>Les cotisations comptent pour la retraite, le chômage (NASpI), la maladie et "
                "la maternité. Vous les voyez dans l'<b>estratto conto contributivo</b> (relevé "
                'de cotisations) sur le site de l\'<a href="https://www.inps.it">INPS</a>, avec '
                "SPID, CIE ou CNS.</p><p>S'il manque des mois, demandez des explications à "
                "l'employeur ou à un patronato.</p>"
            ),
            "where": "En ligne sur inps.it, ou avec l'aide d'un patronato",
            "cost": "Gratuit",
        },
        {
            "title": "Si quelque chose ne va pas, demandez de l'aide vite",
            "details": (
                "<p>Gardez le contrat, les fiches de paie et les preuves des heures travaillées "
                "(messages, plannings, photos des pointages). Un syndicat, un patronato ou "
                "l'Ispettorato territoriale del lavoro (inspection du travail) peuvent vous "
                "aider.</p><p>Il y a des délais pour réclamer un salaire impayé : n'attendez "
                "pas trop.</p>"
            ),
            "where": (
                "Syndicats et patronati de la ville ; inspection du travail de Bologne "
                "(contacts sur ispettorato.gov.it)."
            ),
            "cost": "Gratuit à l'inspection ; les syndicats peuvent demander une adhésion",
        },
    ],
    "faq": [
        {
            "question": "Combien dois-je être payé ?",
            "answer": (
                "<p>Le minimum dépend de la convention collective (CCNL) de votre secteur et de "
                "votre niveau. Les montants changent quand les conventions sont renouvelées : un "
                "syndicat ou un patronato peut vérifier si votre salaire est correct.</p>"
            ),
        },
        {
            "question": "Je travaille sans contrat. Que puis-je faire ?",
            "answer": (
                "<p>Vous avez quand même droit au salaire pour le travail que vous avez fait. "
                "Vous pouvez demander de l'aide à un syndicat ou à l'inspection du travail. Les "
                "victimes d'exploitation grave peuvent obtenir un titre de séjour spécial : "
                "parlez-en à un guichet pour les citoyens étrangers.</p>"
            ),
        },
    ],
    "legal_references": [
        {
            "text": "D.Lgs. 26 maggio 1997, n. 152 (modifié par le D.Lgs. 27 giugno 2022, n. 104)",
            "url": _CONTRACT_REFERENCES["law_152"],
            "note": "Les informations sur l'emploi à remettre par écrit.",
        },
        {
            "text": "Legge 5 gennaio 1953, n. 4",
            "url": _CONTRACT_REFERENCES["law_4"],
            "note": "L'obligation de remettre la fiche de paie.",
        },
        {
            "text": "Legge 27 dicembre 2017, n. 205, art. 1, commi 910-914",
            "url": _CONTRACT_REFERENCES["law_205"],
            "note": "Le salaire ne se paie pas en espèces.",
        },
        {
            "text": "Codice civile, art. 2126",
            "url": _CONTRACT_REFERENCES["civil_code"],
            "note": "Le travail fait doit être payé même si le contrat n'est pas valable.",
        },
    ],
}

CONTRACT["ar"] = {
    "title": "عقد العمل وقسيمة الراتب: الحقوق الأساسية",
    "intro": (
        "من يعمل موظفًا بأجر له الحق في معلومات مكتوبة عن عمله، وفي قسيمة راتب كل شهر، وفي أجر "
        "يُدفع بطريقة يمكن تتبعها. يشرح هذا الدليل ما يجب التحقق منه ومن يمكنه مساعدتك."
    ),
    "who_for": (
        "من يعمل، أو سيبدأ العمل، موظفًا بأجر في إيطاليا. في العمل المنزلي (عاملات المنازل، "
        "مرافقو المسنين، جليسات الأطفال) بعض القواعد مختلفة."
    ),
    "steps": [
        {
            "title": "قبل أن تبدأ، اطلب شروط العمل مكتوبة",
            "details": (
                "<p>على صاحب العمل أن يبلّغ مركز التشغيل بتوظيفك قبل يوم بدء العمل على الأكثر. "
                "وعند بدء العمل يجب أن يعطيك المعلومات الأساسية مكتوبة:</p><ul>"
                "<li>من هو صاحب العمل وأين ستعمل؛</li>"
                "<li>عملك ودرجتك الوظيفية؛</li>"
                "<li>تاريخ البدء، وتاريخ الانتهاء إن وُجد؛</li>"
                "<li>ساعات العمل والأجر والإجازات وفترة التجربة؛</li>"
                "<li>عقد العمل الجماعي الوطني (CCNL) المطبّق.</li></ul>"
                "<p>لا توقّع أوراقًا لا تفهمها. يمكنك أن تطلب نسخة وأن تعطيها لشخص تثق به "
                "ليقرأها.</p>"
            ),
            "where": "مع صاحب العمل. يمكن لنقابة أو لمكتب باتروناتو أن يقرأ العقد معك.",
            "cost": "مجاني",
        },
        {
            "title": "راجع قسيمة الراتب كل شهر",
            "details": (
                "<p>عند كل دفعة يجب أن يعطيك صاحب العمل قسيمة الراتب (busta paga). "
                "تحقق من:</p><ul>"
                "<li>الساعات والأيام التي عملتها، ومنها الساعات الإضافية؛</li>"
                "<li>الأجر الإجمالي والأجر الصافي (ما تستلمه فعلًا)؛</li>"
                "<li>اشتراكات INPS والضرائب المقتطعة؛</li>"
                "<li>الإجازات والأذونات التي تراكمت لك.</li></ul>"
                "<p>احتفظ بكل قسائم الراتب.</p>"
            ),
            "documents": ["قسائم راتبك", "تقويم فيه الساعات التي عملتها"],
        },
        {
            "title": "استلم أجرك بطريقة يمكن تتبعها",
            "details": (
                "<p>يُدفع الأجر بتحويل بنكي أو ببطاقة مسبقة الدفع أو بشيك، أو نقدًا عند شباك "
                "البنك أو البريد الذي لصاحب العمل حساب فيه. لا يجوز لصاحب العمل أن يسلّمك الأجر "
                "نقدًا باليد.</p><p>هذه القاعدة لا تنطبق على العمل المنزلي.</p>"
            ),
        },
        {
            "title": "تحقق من اشتراكاتك في INPS",
            "details": (
                "<p>الاشتراكات تُحسب للتقاعد ولإعانة البطالة (NASpI) وللمرض والأمومة. يمكنك "
                "رؤيتها في <b>estratto conto contributivo</b> (كشف الاشتراكات) على موقع "
                '<a href="https://www.inps.it">INPS</a> باستخدام SPID أو CIE أو CNS.</p>'
                "<p>إذا كانت بعض الأشهر ناقصة، اطلب توضيحًا من صاحب العمل أو من مكتب "
                "باتروناتو.</p>"
            ),
            "where": "عبر الإنترنت على inps.it، أو بمساعدة مكتب باتروناتو",
            "cost": "مجاني",
        },
        {
            "title": "إذا كانت هناك مشكلة، اطلب المساعدة مبكرًا",
            "details": (
                "<p>احتفظ بالعقد وقسائم الراتب وبإثباتات ساعات العمل (رسائل، جداول المناوبات، "
                "صور بطاقات الحضور). يمكن أن تساعدك نقابة أو مكتب باتروناتو أو مفتشية العمل "
                "الإقليمية (Ispettorato territoriale del lavoro).</p><p>للمطالبة بأجر لم "
                "تستلمه مهل محددة: لا تنتظر طويلًا.</p>"
            ),
            "where": (
                "النقابات ومكاتب الباتروناتو في المدينة؛ مفتشية العمل في بولونيا (وسائل "
                "الاتصال على ispettorato.gov.it)."
            ),
            "cost": "مجاني في المفتشية؛ قد تطلب النقابات الانتساب إليها",
        },
    ],
    "faq": [
        {
            "question": "كم يجب أن يكون أجري؟",
            "answer": (
                "<p>الحد الأدنى يعتمد على عقد العمل الجماعي (CCNL) في قطاعك وعلى درجتك. تتغير "
                "المبالغ عند تجديد العقود: يمكن لنقابة أو لمكتب باتروناتو أن يتحقق من أن أجرك "
                "صحيح.</p>"
            ),
        },
        {
            "question": "أعمل بلا عقد. ماذا أستطيع أن أفعل؟",
            "answer": (
                "<p>لك الحق في أجر العمل الذي قمت به في كل الأحوال. يمكنك طلب المساعدة من نقابة "
                "أو من مفتشية العمل. ضحايا الاستغلال الشديد يمكنهم الحصول على تصريح إقامة خاص: "
                "تحدث عن ذلك مع مكتب للمواطنين الأجانب.</p>"
            ),
        },
    ],
    "legal_references": [
        {
            "text": "D.Lgs. 26 maggio 1997, n. 152 (معدّل بالمرسوم D.Lgs. 27 giugno 2022, n. 104)",
            "url": _CONTRACT_REFERENCES["law_152"],
            "note": "المعلومات عن العمل التي يجب تقديمها مكتوبة.",
        },
        {
            "text": "Legge 5 gennaio 1953, n. 4",
            "url": _CONTRACT_REFERENCES["law_4"],
            "note": "واجب تسليم قسيمة الراتب.",
        },
        {
            "text": "Legge 27 dicembre 2017, n. 205, art. 1, commi 910-914",
            "url": _CONTRACT_REFERENCES["law_205"],
            "note": "لا يُدفع الأجر نقدًا.",
        },
        {
            "text": "Codice civile, art. 2126",
            "url": _CONTRACT_REFERENCES["civil_code"],
            "note": "العمل المنجز يجب أن يُدفع أجره حتى لو كان العقد غير صحيح.",
        },
    ],
}

_TU = _NORMATTIVA + "decreto.legislativo:1998-07-25;286"
_CONVERSION_REFERENCES = {
    "tu_art6": _TU + "~art6",
    "tu": _TU,
    "dpr_394": _NORMATTIVA + "decreto.del.presidente.della.repubblica:1999-08-31;394~art14",
    "dl_20": _NORMATTIVA + "decreto.legge:2023-03-10;20",
}

STUDY_TO_WORK = {
    "key": "conversione-studio-lavoro-operatori",
    "hub": "lavoro",
    "topic": "permesso-e-lavoro",
    "audience": "operators",
    "restricted": True,
    # Reviewed more than a year ago: the guide shows as due for review.
    "last_reviewed": "2025-10-06",
    "review_interval_months": 12,
    "it": {
        "title": "Convertire il permesso per studio in permesso per lavoro: note per gli "
        "operatori di sportello",
        "slug": "conversione-permesso-studio-lavoro-operatori",
        "intro": (
            "Il permesso per studio si converte in permesso per lavoro subordinato o autonomo "
            "fuori dalle quote del decreto flussi, in qualsiasi momento dell'anno, purché prima "
            "della scadenza. Queste note aiutano lo sportello a preparare la pratica con la "
            "persona."
        ),
        "who_for": (
            "Operatori di sportello che seguono studenti stranieri con permesso per studio o "
            "formazione che hanno un'offerta di lavoro o vogliono avviare un'attività autonoma."
        ),
        "steps": [
            {
                "title": "Controlla il permesso e la sua scadenza",
                "details": (
                    "<p>La conversione va chiesta <b>prima</b> della scadenza del permesso per "
                    "studio: un permesso scaduto non si converte. Ricorda alla persona che con il "
                    "permesso per studio può già lavorare fino a 20 ore a settimana, per un "
                    "massimo di 1.040 ore l'anno.</p>"
                ),
                "documents": [
                    "Passaporto valido",
                    "Permesso per studio o formazione in corso di validità",
                    "Codice fiscale",
                    "Titolo di studio conseguito in Italia, se c'è",
                ],
            },
            {
                "title": "Verifica l'offerta di lavoro o il progetto di lavoro autonomo",
                "details": (
                    "<p><b>Lavoro subordinato</b>: serve la proposta di contratto di soggiorno "
                    "del datore di lavoro (tipo di contratto, orario, retribuzione secondo il "
                    "CCNL, alloggio).</p><p><b>Lavoro autonomo</b>: servono i requisiti "
                    "dell'art. 26 del Testo unico (risorse adeguate, titoli o licenze richiesti "
                    "per l'attività, alloggio). Controlla l'elenco aggiornato dei documenti sul "
                    "portale del Ministero dell'Interno.</p>"
                ),
            },
            {
                "title": "Invia la domanda online allo Sportello unico per l'immigrazione",
                "details": (
                    "<p>La domanda si invia online sul portale ALI del Ministero dell'Interno, "
                    "con SPID, allo Sportello unico per l'immigrazione (SUI) della Prefettura "
                    "della provincia dove si lavorerà. Per il lavoro subordinato il modulo è il "
                    "<b>VB</b>.</p><p>Stampa e consegna alla persona la ricevuta di invio.</p>"
                ),
                "where": "Online, portale ALI del Ministero dell'Interno (accesso con SPID)",
                "cost": "Marca da bollo da 16 euro; verificare sul portale eventuali variazioni",
            },
            {
                "title": "Prepara la persona alla convocazione in Prefettura",
                "details": (
                    "<p>Se la domanda è accolta, lo SUI convoca la persona e, per il lavoro "
                    "subordinato, il datore di lavoro, per firmare il contratto di soggiorno. "
                    "Dopo la firma la persona chiede il permesso per lavoro come indicato dallo "
                    "SUI, di solito con il kit postale.</p>"
                ),
                "documents": [
                    "Passaporto e permesso per studio originali, con fotocopie",
                    "Ricevuta di invio della domanda",
                    "Documenti dell'alloggio",
                ],
                "where": "Sportello unico per l'immigrazione della Prefettura competente",
                "cost": (
                    "Per il permesso: contributo, costo del documento elettronico e spedizione. "
                    "Importi aggiornati su poliziadistato.it."
                ),
            },
            {
                "title": "Annota la pratica e segui lo stato",
                "details": (
                    "<p>Annota nella scheda della persona la data di invio e il numero di "
                    "pratica. Lo stato della domanda si segue sul portale ALI; quello del "
                    "permesso sul sito della Polizia di Stato, con il numero della ricevuta "
                    "postale.</p>"
                ),
            },
        ],
        "faq": [
            {
                "question": "Bisogna aspettare il decreto flussi?",
                "answer": (
                    "<p>No. Dopo il D.L. 20/2023 e il D.L. 75/2023 la conversione da studio a "
                    "lavoro è fuori quota: la domanda si può inviare in qualsiasi momento "
                    "dell'anno.</p>"
                ),
            },
            {
                "question": "La persona si è laureata in Italia ma non ha ancora un lavoro. "
                "Cosa può fare?",
                "answer": (
                    "<p>Chi ha conseguito in Italia una laurea, un master universitario o un "
                    "dottorato può chiedere, prima della scadenza del permesso per studio, un "
                    "permesso per ricerca di lavoro o avvio di impresa, di durata tra 9 e 12 "
                    "mesi (art. 39-bis.1 del Testo unico).</p>"
                ),
            },
            {
                "question": "Il permesso per studio è scaduto da poco. Si può ancora convertire?",
                "answer": (
                    "<p>No: la legge chiede che la domanda sia inviata prima della scadenza. "
                    "Valuta le alternative con l'HUB Titoli di soggiorno o con un legale.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286, art. 6, comma 1",
                "url": _CONVERSION_REFERENCES["tu_art6"],
                "note": "Conversione del permesso per studio, fuori dalle quote.",
            },
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286, artt. 26 e 39-bis.1",
                "url": _CONVERSION_REFERENCES["tu"],
                "note": "Lavoro autonomo; permesso per ricerca di lavoro dopo gli studi.",
            },
            {
                "text": "D.P.R. 31 agosto 1999, n. 394, art. 14",
                "url": _CONVERSION_REFERENCES["dpr_394"],
                "note": "Lavoro durante gli studi: 20 ore a settimana, 1.040 ore l'anno.",
            },
            {
                "text": "D.L. 10 marzo 2023, n. 20, art. 3",
                "url": _CONVERSION_REFERENCES["dl_20"],
                "note": "Conversioni da studio a lavoro fuori quota.",
            },
        ],
    },
}

STUDY_TO_WORK["en"] = {
    "title": "Converting a study permit into a work permit: notes for desk operators",
    "slug": "converting-study-permit-work-permit-operators",
    "intro": (
        "A study permit can be converted into a permit for employment or self-employment "
        "outside the quotas of the decreto flussi, at any time of year, as long as it is done "
        "before the permit expires. These notes help the desk prepare the application with the "
        "person."
    ),
    "who_for": (
        "Desk operators supporting foreign students with a study or training permit who have a "
        "job offer or want to start a self-employed activity."
    ),
    "steps": [
        {
            "title": "Check the permit and its expiry date",
            "details": (
                "<p>The conversion must be requested <b>before</b> the study permit expires: an "
                "expired permit cannot be converted. Remind the person that with a study permit "
                "they can already work up to 20 hours a week, up to 1,040 hours a year.</p>"
            ),
            "documents": [
                "Valid passport",
                "Valid study or training permit",
                "Codice fiscale (tax code)",
                "Qualification obtained in Italy, if any",
            ],
        },
        {
            "title": "Check the job offer or the self-employment project",
            "details": (
                "<p><b>Employment</b>: the employer's proposed contratto di soggiorno is needed "
                "(type of contract, hours, pay under the CCNL, accommodation).</p><p><b>Self-"
                "employment</b>: the requirements of art. 26 of the Testo unico are needed "
                "(adequate resources, the qualifications or licences the activity requires, "
                "accommodation). Check the current list of documents on the Ministry of the "
                "Interior's portal.</p>"
            ),
        },
        {
            "title": "Send the application online to the Sportello unico per l'immigrazione",
            "details": (
                "<p>The application is sent online on the Ministry of the Interior's ALI portal, "
                "with SPID, to the Sportello unico per l'immigrazione (SUI) of the Prefettura of "
                "the province where the person will work. For employment the form is "
                "<b>VB</b>.</p><p>Print the submission receipt and give it to the person.</p>"
            ),
            "where": "Online, the Ministry of the Interior's ALI portal (log in with SPID)",
            "cost": "€16 revenue stamp; check the portal for any change",
        },
        {
            "title": "Prepare the person for the appointment at the Prefettura",
            "details": (
                "<p>If the application is accepted, the SUI calls the person and, for "
                "employment, the employer, to sign the contratto di soggiorno. After signing, "
                "the person applies for the work permit as the SUI explains, usually with the "
                "post office kit.</p>"
            ),
            "documents": [
                "Original passport and study permit, with photocopies",
                "Application submission receipt",
                "Accommodation documents",
            ],
            "where": "The Sportello unico per l'immigrazione of the competent Prefettura",
            "cost": (
                "For the permit: contribution, electronic document and postage. Current amounts "
                "on poliziadistato.it."
            ),
        },
        {
            "title": "Record the case and follow its status",
            "details": (
                "<p>Write the submission date and case number in the person's file. The "
                "application's status is shown on the ALI portal; the permit's on the Polizia di "
                "Stato website, with the post office receipt number.</p>"
            ),
        },
    ],
    "faq": [
        {
            "question": "Do we have to wait for the decreto flussi?",
            "answer": (
                "<p>No. Since D.L. 20/2023 and D.L. 75/2023, converting from study to work is "
                "outside the quotas: the application can be sent at any time of year.</p>"
            ),
        },
        {
            "question": "The person graduated in Italy but has no job yet. What can they do?",
            "answer": (
                "<p>Someone who obtained a degree, a university master's or a PhD in Italy can "
                "apply, before the study permit expires, for a permit to look for work or start "
                "a business, lasting 9 to 12 months (art. 39-bis.1 of the Testo unico).</p>"
            ),
        },
        {
            "question": "The study permit expired recently. Can it still be converted?",
            "answer": (
                "<p>No: the law requires the application to be sent before it expires. Look at "
                "the alternatives with the Residence Permits HUB or a lawyer.</p>"
            ),
        },
    ],
    "legal_references": [
        {
            "text": "D.Lgs. 25 luglio 1998, n. 286, art. 6, comma 1",
            "url": _CONVERSION_REFERENCES["tu_art6"],
            "note": "Converting a study permit, outside the quotas.",
        },
        {
            "text": "D.Lgs. 25 luglio 1998, n. 286, artt. 26 e 39-bis.1",
            "url": _CONVERSION_REFERENCES["tu"],
            "note": "Self-employment; permit to look for work after studies.",
        },
        {
            "text": "D.P.R. 31 agosto 1999, n. 394, art. 14",
            "url": _CONVERSION_REFERENCES["dpr_394"],
            "note": "Working while studying: 20 hours a week, 1,040 hours a year.",
        },
        {
            "text": "D.L. 10 marzo 2023, n. 20, art. 3",
            "url": _CONVERSION_REFERENCES["dl_20"],
            "note": "Conversions from study to work outside the quotas.",
        },
    ],
}

STUDY_TO_WORK["fr"] = {
    "title": "Convertir un titre de séjour pour études en titre de séjour pour travail : notes "
    "pour les agents de guichet",
    "slug": "conversion-titre-etudes-travail-agents",
    "intro": (
        "Le titre de séjour pour études se convertit en titre pour travail salarié ou "
        "indépendant hors des quotas du decreto flussi, à tout moment de l'année, à condition de "
        "le faire avant son expiration. Ces notes aident le guichet à préparer le dossier avec la "
        "personne."
    ),
    "who_for": (
        "Agents de guichet qui accompagnent des étudiants étrangers titulaires d'un titre de "
        "séjour pour études ou formation ayant une offre d'emploi ou un projet d'activité "
        "indépendante."
    ),
    "steps": [
        {
            "title": "Vérifiez le titre de séjour et sa date d'expiration",
            "details": (
                "<p>La conversion doit être demandée <b>avant</b> l'expiration du titre pour "
                "études : un titre expiré ne se convertit pas. Rappelez à la personne qu'avec un "
                "titre pour études elle peut déjà travailler jusqu'à 20 heures par semaine, "
                "dans la limite de 1 040 heures par an.</p>"
            ),
            "documents": [
                "Passeport valable",
                "Titre de séjour pour études ou formation en cours de validité",
                "Codice fiscale (code fiscal)",
                "Diplôme obtenu en Italie, s'il y en a un",
            ],
        },
        {
            "title": "Vérifiez l'offre d'emploi ou le projet d'activité indépendante",
            "details": (
                "<p><b>Travail salarié</b> : il faut la proposition de contratto di soggiorno de "
                "l'employeur (type de contrat, horaires, salaire selon la CCNL, logement).</p>"
                "<p><b>Travail indépendant</b> : il faut remplir les conditions de l'art. 26 du "
                "Testo unico (ressources suffisantes, titres ou licences exigés pour l'activité, "
                "logement). Vérifiez la liste à jour des documents sur le portail du ministère "
                "de l'Intérieur.</p>"
            ),
        },
        {
            "title": "Envoyez la demande en ligne au Sportello unico per l'immigrazione",
            "details": (
                "<p>La demande s'envoie en ligne sur le portail ALI du ministère de l'Intérieur, "
                "avec SPID, au Sportello unico per l'immigrazione (SUI) de la Prefettura de la "
                "province où la personne travaillera. Pour le travail salarié, le formulaire est "
                "le <b>VB</b>.</p><p>Imprimez le reçu d'envoi et remettez-le à la personne.</p>"
            ),
            "where": "En ligne, portail ALI du ministère de l'Intérieur (accès avec SPID)",
            "cost": "Timbre fiscal de 16 euros ; vérifier les changements éventuels sur le portail",
        },
        {
            "title": "Préparez la personne à la convocation à la Prefettura",
            "details": (
                "<p>Si la demande est acceptée, le SUI convoque la personne et, pour le travail "
                "salarié, l'employeur, pour signer le contratto di soggiorno. Après la signature, "
                "la personne demande le titre de séjour pour travail comme l'indique le SUI, en "
                "général avec le kit postal.</p>"
            ),
            "documents": [
                "Passeport et titre de séjour pour études originaux, avec photocopies",
                "Reçu d'envoi de la demande",
                "Documents du logement",
            ],
            "where": "Sportello unico per l'immigrazione de la Prefettura compétente",
            "cost": (
                "Pour le titre de séjour : contribution, coût du document électronique et envoi. "
                "Montants à jour sur poliziadistato.it."
            ),
        },
        {
            "title": "Notez le dossier et suivez son état",
            "details": (
                "<p>Notez dans la fiche de la personne la date d'envoi et le numéro de dossier. "
                "L'état de la demande se suit sur le portail ALI ; celui du titre de séjour sur "
                "le site de la Polizia di Stato, avec le numéro du reçu postal.</p>"
            ),
        },
    ],
    "faq": [
        {
            "question": "Faut-il attendre le decreto flussi ?",
            "answer": (
                "<p>Non. Depuis le D.L. 20/2023 et le D.L. 75/2023, la conversion des études au "
                "travail est hors quotas : la demande peut être envoyée à tout moment de "
                "l'année.</p>"
            ),
        },
        {
            "question": "La personne a obtenu son diplôme en Italie mais n'a pas encore "
            "d'emploi. Que peut-elle faire ?",
            "answer": (
                "<p>Une personne qui a obtenu en Italie une licence, un master universitaire ou "
                "un doctorat peut demander, avant l'expiration du titre pour études, un titre de "
                "séjour pour recherche d'emploi ou création d'entreprise, de 9 à 12 mois "
                "(art. 39-bis.1 du Testo unico).</p>"
            ),
        },
        {
            "question": "Le titre pour études a expiré récemment. Peut-on encore le convertir ?",
            "answer": (
                "<p>Non : la loi exige que la demande soit envoyée avant l'expiration. Étudiez "
                "les alternatives avec le HUB Titres de séjour ou avec un avocat.</p>"
            ),
        },
    ],
    "legal_references": [
        {
            "text": "D.Lgs. 25 luglio 1998, n. 286, art. 6, comma 1",
            "url": _CONVERSION_REFERENCES["tu_art6"],
            "note": "Conversion du titre pour études, hors quotas.",
        },
        {
            "text": "D.Lgs. 25 luglio 1998, n. 286, artt. 26 e 39-bis.1",
            "url": _CONVERSION_REFERENCES["tu"],
            "note": "Travail indépendant ; titre pour recherche d'emploi après les études.",
        },
        {
            "text": "D.P.R. 31 agosto 1999, n. 394, art. 14",
            "url": _CONVERSION_REFERENCES["dpr_394"],
            "note": "Travail pendant les études : 20 heures par semaine, 1 040 heures par an.",
        },
        {
            "text": "D.L. 10 marzo 2023, n. 20, art. 3",
            "url": _CONVERSION_REFERENCES["dl_20"],
            "note": "Conversions des études au travail hors quotas.",
        },
    ],
}

STUDY_TO_WORK["ar"] = {
    "title": "تحويل تصريح الإقامة للدراسة إلى تصريح إقامة للعمل: ملاحظات لموظفي المكاتب",
    "intro": (
        "يمكن تحويل تصريح الإقامة للدراسة إلى تصريح للعمل بأجر أو للعمل الحر خارج حصص مرسوم "
        "التدفقات (decreto flussi)، في أي وقت من السنة، بشرط أن يتم ذلك قبل انتهاء صلاحيته. "
        "تساعد هذه الملاحظات المكتب على تحضير الملف مع الشخص."
    ),
    "who_for": (
        "موظفو المكاتب الذين يرافقون طلابًا أجانب يحملون تصريح إقامة للدراسة أو التدريب "
        "ولديهم عرض عمل أو يريدون بدء نشاط حر."
    ),
    "steps": [
        {
            "title": "تحقق من التصريح وتاريخ انتهائه",
            "details": (
                "<p>يجب طلب التحويل <b>قبل</b> انتهاء صلاحية تصريح الدراسة: التصريح المنتهي لا "
                "يُحوَّل. ذكّر الشخص بأنه يستطيع بتصريح الدراسة أن يعمل حتى 20 ساعة في الأسبوع، "
                "وبحد أقصى 1040 ساعة في السنة.</p>"
            ),
            "documents": [
                "جواز سفر ساري المفعول",
                "تصريح إقامة للدراسة أو التدريب ساري المفعول",
                "الرمز الضريبي (codice fiscale)",
                "الشهادة التي حصل عليها في إيطاليا، إن وُجدت",
            ],
        },
        {
            "title": "تحقق من عرض العمل أو من مشروع العمل الحر",
            "details": (
                "<p><b>العمل بأجر</b>: يلزم اقتراح عقد الإقامة (contratto di soggiorno) من صاحب "
                "العمل (نوع العقد، ساعات العمل، الأجر وفق عقد العمل الجماعي CCNL، السكن).</p>"
                "<p><b>العمل الحر</b>: يلزم استيفاء شروط المادة 26 من القانون الموحد (موارد "
                "كافية، المؤهلات أو التراخيص التي يتطلبها النشاط، السكن). راجع القائمة المحدّثة "
                "للوثائق على بوابة وزارة الداخلية.</p>"
            ),
        },
        {
            "title": "أرسل الطلب عبر الإنترنت إلى المكتب الموحد للهجرة",
            "details": (
                "<p>يُرسل الطلب عبر الإنترنت على بوابة ALI التابعة لوزارة الداخلية، باستخدام "
                "SPID، إلى المكتب الموحد للهجرة (SUI) في محافظة (Prefettura) الإقليم الذي سيعمل "
                "فيه الشخص. للعمل بأجر الاستمارة هي <b>VB</b>.</p><p>اطبع إيصال الإرسال وسلّمه "
                "للشخص.</p>"
            ),
            "where": "عبر الإنترنت، بوابة ALI التابعة لوزارة الداخلية (الدخول بـ SPID)",
            "cost": "طابع دمغة بقيمة 16 يورو؛ تحقق على البوابة من أي تغيير",
        },
        {
            "title": "حضّر الشخص لموعد الاستدعاء في المحافظة",
            "details": (
                "<p>إذا قُبل الطلب، يستدعي المكتب الموحد الشخصَ، وصاحبَ العمل في حالة العمل "
                "بأجر، لتوقيع عقد الإقامة. بعد التوقيع يطلب الشخص تصريح الإقامة للعمل كما يشرح "
                "المكتب، وعادةً بواسطة الطقم البريدي (kit postale).</p>"
            ),
            "documents": [
                "جواز السفر وتصريح الدراسة الأصليان مع نسخ عنهما",
                "إيصال إرسال الطلب",
                "وثائق السكن",
            ],
            "where": "المكتب الموحد للهجرة في المحافظة المختصة",
            "cost": (
                "للتصريح: رسم المساهمة وتكلفة الوثيقة الإلكترونية والإرسال. المبالغ المحدّثة على "
                "poliziadistato.it."
            ),
        },
        {
            "title": "سجّل الملف وتابع حالته",
            "details": (
                "<p>سجّل في ملف الشخص تاريخ الإرسال ورقم الملف. تُتابَع حالة الطلب على بوابة ALI، "
                "وحالة التصريح على موقع الشرطة الإيطالية (Polizia di Stato) برقم الإيصال "
                "البريدي.</p>"
            ),
        },
    ],
    "faq": [
        {
            "question": "هل يجب انتظار مرسوم التدفقات؟",
            "answer": (
                "<p>لا. منذ المرسومين D.L. 20/2023 وD.L. 75/2023 أصبح التحويل من الدراسة إلى "
                "العمل خارج الحصص: يمكن إرسال الطلب في أي وقت من السنة.</p>"
            ),
        },
        {
            "question": "تخرّج الشخص في إيطاليا لكن ليس لديه عمل بعد. ماذا يمكنه أن يفعل؟",
            "answer": (
                "<p>من حصل في إيطاليا على شهادة جامعية أو ماجستير جامعي أو دكتوراه يمكنه أن "
                "يطلب، قبل انتهاء تصريح الدراسة، تصريحًا للبحث عن عمل أو لبدء مشروع، مدته بين 9 "
                "و12 شهرًا (المادة 39-مكرر.1 من القانون الموحد).</p>"
            ),
        },
        {
            "question": "انتهت صلاحية تصريح الدراسة منذ وقت قصير. هل ما زال التحويل ممكنًا؟",
            "answer": (
                "<p>لا: يشترط القانون إرسال الطلب قبل انتهاء الصلاحية. ادرس البدائل مع مركز "
                "تصاريح الإقامة أو مع محامٍ.</p>"
            ),
        },
    ],
    "legal_references": [
        {
            "text": "D.Lgs. 25 luglio 1998, n. 286, art. 6, comma 1",
            "url": _CONVERSION_REFERENCES["tu_art6"],
            "note": "تحويل تصريح الدراسة خارج الحصص.",
        },
        {
            "text": "D.Lgs. 25 luglio 1998, n. 286, artt. 26 e 39-bis.1",
            "url": _CONVERSION_REFERENCES["tu"],
            "note": "العمل الحر؛ تصريح البحث عن عمل بعد الدراسة.",
        },
        {
            "text": "D.P.R. 31 agosto 1999, n. 394, art. 14",
            "url": _CONVERSION_REFERENCES["dpr_394"],
            "note": "العمل أثناء الدراسة: 20 ساعة في الأسبوع و1040 ساعة في السنة.",
        },
        {
            "text": "D.L. 10 marzo 2023, n. 20, art. 3",
            "url": _CONVERSION_REFERENCES["dl_20"],
            "note": "التحويل من الدراسة إلى العمل خارج الحصص.",
        },
    ],
}

#: Public guides first: the loader features the first two public guides of each HUB.
GUIDES: list[dict] = [DID, CONTRACT, STUDY_TO_WORK]
