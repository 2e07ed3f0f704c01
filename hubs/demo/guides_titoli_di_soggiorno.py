"""Demo guides of the Titoli di soggiorno HUB (Reggio Emilia).

Plain data in the format documented in ``hubs/demo/__init__.py``: renewing a
residence permit, and the EU long-term residence permit. The rules follow
D.Lgs. 286/1998 (artt. 5, 9, 13), D.P.R. 394/1999, the MEF decree of 5 May 2017
(contribution) and the Interior decree of 4 June 2010 (Italian test); every amount
is paired with where to check the current one. The long-term guide keeps an old
``last_reviewed`` on purpose, to show an overdue review in the demo.
"""

GUIDES: list[dict] = [
    {
        "key": "rinnovo-permesso-di-soggiorno",
        "hub": "titoli-di-soggiorno",
        "topic": "permesso-di-soggiorno",
        "audience": "migrants",
        "share_with_pim": True,
        "pim_category": "guide",
        "restricted": False,
        "last_reviewed": "2026-06-15",
        "review_interval_months": 12,
        "leaflet": {
            "languages": ["it", "en", "fr", "ar"],
        },
        "it": {
            "title": "Rinnovare il permesso di soggiorno",
            "slug": "rinnovare-permesso-di-soggiorno",
            "intro": (
                "Il permesso di soggiorno va rinnovato prima che scada. Per la maggior parte dei "
                "permessi si spedisce il kit dalla posta; per altri si va direttamente in "
                "Questura. Ecco i passi, i costi e cosa fare mentre aspetti."
            ),
            "who_for": (
                "Cittadini di Paesi non UE che vivono in provincia di Reggio Emilia e hanno un "
                "permesso di soggiorno in scadenza: per lavoro, famiglia, studio, attesa "
                "occupazione, protezione e altri motivi."
            ),
            "steps": [
                {
                    "title": "Controlla la scadenza e muoviti in tempo",
                    "details": (
                        "<p>Chiedi il rinnovo <b>prima della scadenza</b>: ti consigliamo di farlo "
                        "almeno 60 giorni prima. Se il permesso è già scaduto, la legge consente "
                        "di chiedere il rinnovo entro 60 giorni dalla scadenza; dopo, rischi di "
                        "essere considerato irregolare.</p><p>Per rinnovare devi avere ancora i "
                        "requisiti del tuo permesso: per esempio un lavoro o un reddito per il "
                        "permesso per lavoro, l'iscrizione e gli esami superati per il permesso "
                        "per studio.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "Almeno 60 giorni prima della scadenza (consigliato)",
                },
                {
                    "title": "Scopri se usare il kit postale o andare in Questura",
                    "details": (
                        "<p>Con il <b>kit postale</b> si chiede il rinnovo della maggior parte dei "
                        "permessi: lavoro subordinato e autonomo, motivi familiari, studio, attesa "
                        "occupazione, residenza elettiva. Con il kit si chiede anche il permesso "
                        "UE per soggiornanti di lungo periodo.</p><p>Per altri permessi si va <b>"
                        "direttamente in Questura</b> (Ufficio Immigrazione), su appuntamento: per "
                        "esempio richiesta di asilo, protezione sussidiaria, protezione speciale, "
                        "cure mediche, minore età. Se hai lo status di rifugiato, chiedi alla "
                        "Questura come rinnovare: in alcuni casi si usa il kit, in altri si va "
                        "allo sportello. La Questura ti dice come prenotare.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "Uffici postali con Sportello Amico; Questura di Reggio Emilia, Ufficio "
                        "Immigrazione"
                    ),
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Compila il kit e prepara i documenti",
                    "details": (
                        "<p>Il kit è gratuito e si ritira negli uffici postali con lo <b>Sportello "
                        "Amico</b>. Contiene il modulo 1 (per tutti) e il modulo 2 (solo per "
                        "alcuni tipi di permesso: le istruzioni nel kit dicono quando serve). "
                        "Scrivi in stampatello con penna nera. Non chiudere la busta: la chiude "
                        "l'impiegato della posta.</p><p>Per compilarlo puoi chiedere aiuto gratis "
                        "ai <b>patronati</b> e agli sportelli per cittadini stranieri del Comune. "
                        "Diffida di chi ti chiede soldi per “velocizzare” la pratica.</p>"
                    ),
                    "documents": [
                        "Fotocopia di tutte le pagine del passaporto",
                        "Fotocopia del permesso di soggiorno in scadenza",
                        "Marca da bollo da 16 euro (si compra dal tabaccaio)",
                        (
                            "Documenti per il tuo tipo di permesso, per esempio: contratto di "
                            "lavoro, ultime buste paga, dichiarazione dei redditi, contratto "
                            "d'affitto o dichiarazione di ospitalità"
                        ),
                        (
                            "Per lo studio: iscrizione, esami superati, assicurazione sanitaria o "
                            "iscrizione al SSN"
                        ),
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Spedisci il kit e conserva la ricevuta",
                    "details": (
                        "<p>Porta il kit aperto allo Sportello Amico con il passaporto. Paghi e "
                        "ricevi la <b>ricevuta</b> (cedolino) con il numero della pratica, le "
                        "credenziali per controllarla online e la data dell'appuntamento in "
                        "Questura. Conservala con il passaporto.</p><p>Costi (verifica gli importi "
                        'attuali alla posta o su <a href="https://www.portaleimmigrazione.it">'
                        "portaleimmigrazione.it</a>):</p><ul><li>contributo: 40 euro per un "
                        "permesso da più di 3 mesi fino a 1 anno, 50 euro da più di 1 anno fino a "
                        "2 anni, 100 euro per il permesso UE di lungo periodo;</li><li>30,46 euro "
                        "per il permesso elettronico;</li><li>16 euro di marca da bollo;</li><li>"
                        "30 euro per il servizio di Poste Italiane.</li></ul><p>Non pagano il "
                        "contributo, tra gli altri, i minorenni, chi ha chiesto asilo o ha la "
                        "protezione internazionale e chi è in Italia per cure mediche.</p>"
                    ),
                    "documents": [],
                    "where": "Ufficio postale con Sportello Amico",
                    "cost": (
                        "Di solito da 116,46 a 176,46 euro in totale; meno se non paghi il "
                        "contributo (verifica gli importi attuali)"
                    ),
                    "duration": "",
                },
                {
                    "title": "Vai in Questura per le impronte digitali",
                    "details": (
                        "<p>Alla data indicata nella ricevuta vai in Questura per le <b>impronte "
                        "digitali</b> e la foto. Porta:</p><ul><li>il passaporto;</li><li>la "
                        "ricevuta della posta;</li><li>4 fototessere uguali e recenti;</li><li>gli "
                        "originali dei documenti che hai spedito con il kit.</li></ul><p>Se non "
                        "puoi andare quel giorno, avvisa la Questura il prima possibile.</p>"
                    ),
                    "documents": [],
                    "where": "Questura di Reggio Emilia, Ufficio Immigrazione",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Controlla la pratica e ritira il nuovo permesso",
                    "details": (
                        "<p>Controlla lo stato della pratica sul sito della Polizia di Stato (<a "
                        'href="https://questure.poliziadistato.it/stranieri/">'
                        "questure.poliziadistato.it/stranieri</a>) con il numero della pratica, "
                        'oppure su <a href="https://www.portaleimmigrazione.it">'
                        "portaleimmigrazione.it</a> con le credenziali della ricevuta. Quando il "
                        "permesso è pronto, ritiralo in Questura con la ricevuta e il "
                        "passaporto.</p><p>Con il nuovo permesso ricorda di aggiornare "
                        "l'iscrizione al Servizio sanitario e, se serve, i tuoi dati in Comune.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "La legge prevede 60 giorni, ma spesso serve più tempo",
                },
            ],
            "faq": [
                {
                    "question": "Mentre aspetto il nuovo permesso posso lavorare?",
                    "answer": (
                        "<p>Sì. Se hai chiesto il rinnovo in tempo, con la ricevuta puoi "
                        "continuare a lavorare e hai gli stessi diritti di prima, finché la "
                        "Questura non decide. Porta sempre con te la ricevuta e il passaporto.</p>"
                    ),
                },
                {
                    "question": "Posso viaggiare all'estero con la ricevuta del rinnovo?",
                    "answer": (
                        "<p>Con la ricevuta del rinnovo, il permesso scaduto e il passaporto puoi, "
                        "in genere, andare nel tuo Paese e tornare in Italia, ma <b>solo con un "
                        "viaggio diretto</b>, senza passare da altri Paesi dell'area Schengen. Non "
                        "puoi usare la ricevuta per viaggiare negli altri Paesi europei. Prima di "
                        "partire chiedi conferma in Questura.</p>"
                    ),
                },
                {
                    "question": "Il permesso è scaduto da più di 60 giorni. Cosa faccio?",
                    "answer": (
                        "<p>Chiedi subito il rinnovo e spiega per iscritto il motivo del ritardo "
                        "(per esempio una malattia). Il ritardo da solo non porta in automatico al "
                        "rifiuto se hai ancora i requisiti, ma è un rischio: prima di spedire il "
                        "kit rivolgiti a un patronato o a un avvocato.</p>"
                    ),
                },
                {
                    "question": "Ho perso il lavoro. Posso rinnovare il permesso?",
                    "answer": (
                        "<p>Sì. Iscriviti al Centro per l'impiego e chiedi un permesso per <b>"
                        "attesa occupazione</b>: dura almeno 1 anno, o quanto l'indennità di "
                        "disoccupazione se è più lunga. Ti aiutano il Centro per l'impiego e i "
                        "patronati.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "D.Lgs. 25 luglio 1998, n. 286 (Testo unico sull'immigrazione), artt. 5 e "
                        "13"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "Rinnovo del permesso e diritti durante l'attesa (art. 5); irregolarità se "
                        "il rinnovo non è chiesto entro 60 giorni dalla scadenza (art. 13)"
                    ),
                },
                {
                    "text": "D.P.R. 31 agosto 1999, n. 394, art. 13",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "Come si chiede il rinnovo del permesso di soggiorno",
                },
                {
                    "text": "Decreto del Ministro dell'economia e delle finanze 5 maggio 2017",
                    "url": "",
                    "note": "Importi del contributo per il rilascio e il rinnovo del permesso",
                },
            ],
        },
        "en": {
            "title": "Renewing your residence permit",
            "slug": "renew-residence-permit",
            "intro": (
                "Your residence permit (permesso di soggiorno) must be renewed before it expires. "
                "For most permits you send the kit from the post office; for others you go "
                "straight to the Questura. Here are the steps, the costs and what to do while you "
                "wait."
            ),
            "who_for": (
                "Citizens of non-EU countries living in the province of Reggio Emilia whose "
                "residence permit is about to expire: for work, family, study, job seeking, "
                "protection and other reasons."
            ),
            "steps": [
                {
                    "title": "Check the expiry date and act in time",
                    "details": (
                        "<p>Apply for renewal <b>before your permit expires</b>: we advise you to "
                        "do it at least 60 days before. If your permit has already expired, the "
                        "law allows you to apply within 60 days after the expiry date; after that, "
                        "you risk being considered irregular.</p><p>To renew you must still meet "
                        "the conditions of your permit: for example a job or an income for a work "
                        "permit, enrolment and passed exams for a study permit.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "At least 60 days before expiry (advised)",
                },
                {
                    "title": "Find out whether to use the postal kit or go to the Questura",
                    "details": (
                        "<p>Most permits are renewed with the <b>postal kit</b>: employment and "
                        "self-employment, family, study, job seeking, elective residence. The EU "
                        "long-term residence permit is also requested with the kit.</p><p>For "
                        "other permits you go <b>directly to the Questura</b> (Immigration "
                        "Office), by appointment: for example asylum application, subsidiary "
                        "protection, special protection, medical care, minors. If you have refugee "
                        "status, ask the Questura how to renew: some cases use the kit, others the "
                        "desk. The Questura will tell you how to book.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "Post offices with a Sportello Amico desk; Questura di Reggio Emilia, "
                        "Immigration Office"
                    ),
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Fill in the kit and prepare your documents",
                    "details": (
                        "<p>The kit is free and you pick it up at post offices with a <b>Sportello "
                        "Amico</b> desk. It contains form 1 (for everyone) and form 2 (only for "
                        "some types of permit: the instructions in the kit tell you when you need "
                        "it). Write in capital letters with a black pen. Do not seal the envelope: "
                        "the post office clerk will close it.</p><p>You can get free help filling "
                        "it in from <b>patronati</b> (free advice centres) and from the Comune's "
                        "desks for foreign citizens. Be wary of anyone who asks for money to "
                        "“speed up” your application.</p>"
                    ),
                    "documents": [
                        "Photocopy of every page of your passport",
                        "Photocopy of the permit that is about to expire",
                        "€16 revenue stamp (marca da bollo, sold at tobacconists)",
                        (
                            "Documents for your type of permit, for example: employment contract, "
                            "latest payslips, tax return, rental contract or hospitality "
                            "declaration"
                        ),
                        (
                            "For study: enrolment certificate, exams passed, health insurance or "
                            "SSN enrolment"
                        ),
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Send the kit and keep the receipt",
                    "details": (
                        "<p>Take the open kit to the Sportello Amico with your passport. You pay "
                        "and receive the <b>receipt</b> (ricevuta, also called cedolino) with your "
                        "application number, the credentials to check it online and the date of "
                        "your appointment at the Questura. Keep it with your passport.</p><p>Costs "
                        "(check the current amounts at the post office or on <a "
                        'href="https://www.portaleimmigrazione.it">portaleimmigrazione.it</a>'
                        "):</p><ul><li>contribution: €40 for a permit of more than 3 months and up "
                        "to 1 year, €50 for more than 1 year and up to 2 years, €100 for the EU "
                        "long-term permit;</li><li>€30.46 for the electronic permit card;</li><li>"
                        "€16 revenue stamp;</li><li>€30 for the Poste Italiane service.</li></ul>"
                        "<p>Among others, minors, asylum seekers, people with international "
                        "protection and people in Italy for medical care do not pay the "
                        "contribution.</p>"
                    ),
                    "documents": [],
                    "where": "Post office with a Sportello Amico desk",
                    "cost": (
                        "Usually €116.46 to €176.46 in total; less if you do not pay the "
                        "contribution (check the current amounts)"
                    ),
                    "duration": "",
                },
                {
                    "title": "Go to the Questura for your fingerprints",
                    "details": (
                        "<p>On the date shown on the receipt, go to the Questura for your <b>"
                        "fingerprints</b> and photo. Bring:</p><ul><li>your passport;</li><li>the "
                        "post office receipt;</li><li>4 identical, recent passport photos;</li><li>"
                        "the originals of the documents you sent with the kit.</li></ul><p>If you "
                        "cannot go on that day, tell the Questura as soon as possible.</p>"
                    ),
                    "documents": [],
                    "where": "Questura di Reggio Emilia, Immigration Office",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Check your application and collect the new permit",
                    "details": (
                        "<p>Check the status of your application on the Polizia di Stato website ("
                        '<a href="https://questure.poliziadistato.it/stranieri/">'
                        "questure.poliziadistato.it/stranieri</a>) with your application number, "
                        'or on <a href="https://www.portaleimmigrazione.it">'
                        "portaleimmigrazione.it</a> with the credentials on your receipt. When the "
                        "permit is ready, collect it at the Questura with the receipt and your "
                        "passport.</p><p>With the new permit, remember to update your enrolment in "
                        "the health service and, if needed, your details at the Comune.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "The law says 60 days, but it often takes longer",
                },
            ],
            "faq": [
                {
                    "question": "Can I work while I wait for my new permit?",
                    "answer": (
                        "<p>Yes. If you applied for renewal in time, with the receipt you can keep "
                        "working and you keep the same rights as before until the Questura "
                        "decides. Always carry the receipt and your passport.</p>"
                    ),
                },
                {
                    "question": "Can I travel abroad with the renewal receipt?",
                    "answer": (
                        "<p>With the renewal receipt, the expired permit and your passport you can "
                        "usually travel to your home country and come back to Italy, but <b>only "
                        "on a direct journey</b>, without passing through other Schengen "
                        "countries. You cannot use the receipt to travel to other European "
                        "countries. Ask the Questura for confirmation before you leave.</p>"
                    ),
                },
                {
                    "question": "My permit expired more than 60 days ago. What should I do?",
                    "answer": (
                        "<p>Apply for renewal at once and explain the reason for the delay in "
                        "writing (for example an illness). The delay alone does not automatically "
                        "lead to a refusal if you still meet the conditions, but it is a risk: "
                        "talk to a patronato or a lawyer before sending the kit.</p>"
                    ),
                },
                {
                    "question": "I have lost my job. Can I renew my permit?",
                    "answer": (
                        "<p>Yes. Register at the Centro per l'impiego (job centre) and apply for a "
                        "<b>job-seeking permit</b> (attesa occupazione): it lasts at least 1 year, "
                        "or as long as your unemployment benefit if that is longer. The Centro per "
                        "l'impiego and the patronati can help you.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "Legislative Decree no. 286 of 25 July 1998 (Consolidated Immigration "
                        "Act), arts. 5 and 13"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "Renewal of the permit and rights while waiting (art. 5); irregular stay "
                        "if renewal is not requested within 60 days after expiry (art. 13)"
                    ),
                },
                {
                    "text": "Presidential Decree no. 394 of 31 August 1999, art. 13",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "How to apply for renewal of the residence permit",
                },
                {
                    "text": "Decree of the Minister of Economy and Finance of 5 May 2017",
                    "url": "",
                    "note": "Amounts of the contribution for issuing and renewing the permit",
                },
            ],
        },
        "fr": {
            "title": "Renouveler son titre de séjour",
            "slug": "renouveler-titre-de-sejour",
            "intro": (
                "Le titre de séjour (permesso di soggiorno) doit être renouvelé avant son "
                "expiration. Pour la plupart des titres, on envoie le kit depuis la poste ; pour "
                "d'autres, on va directement à la Questura. Voici les étapes, les coûts et ce "
                "qu'il faut faire pendant l'attente."
            ),
            "who_for": (
                "Ressortissants de pays hors UE qui vivent dans la province de Reggio Emilia et "
                "dont le titre de séjour arrive à expiration : travail, famille, études, attente "
                "d'emploi, protection et autres motifs."
            ),
            "steps": [
                {
                    "title": "Vérifiez la date d'expiration et agissez à temps",
                    "details": (
                        "<p>Demandez le renouvellement <b>avant l'expiration</b> : nous vous "
                        "conseillons de le faire au moins 60 jours avant. Si votre titre a déjà "
                        "expiré, la loi permet de demander le renouvellement dans les 60 jours qui "
                        "suivent l'expiration ; au-delà, vous risquez d'être considéré en "
                        "situation irrégulière.</p><p>Pour renouveler, vous devez toujours remplir "
                        "les conditions de votre titre : par exemple un emploi ou un revenu pour "
                        "un titre pour travail, l'inscription et des examens réussis pour un titre "
                        "pour études.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "Au moins 60 jours avant l'expiration (conseillé)",
                },
                {
                    "title": "Kit postal ou Questura : vérifiez la procédure",
                    "details": (
                        "<p>La plupart des titres se renouvellent avec le <b>kit postal</b> : "
                        "travail salarié et indépendant, motifs familiaux, études, attente "
                        "d'emploi, résidence élective. Le permis UE de résident de longue durée se "
                        "demande aussi avec le kit.</p><p>Pour d'autres titres, on va <b>"
                        "directement à la Questura</b> (bureau de l'immigration), sur rendez-vous "
                        ": par exemple demande d'asile, protection subsidiaire, protection "
                        "spéciale, soins médicaux, minorité. Si vous avez le statut de réfugié, "
                        "demandez à la Questura comment renouveler : dans certains cas on utilise "
                        "le kit, dans d'autres on va au guichet. La Questura vous indique comment "
                        "prendre rendez-vous.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "Bureaux de poste avec guichet Sportello Amico ; Questura de Reggio "
                        "Emilia, bureau de l'immigration"
                    ),
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Remplissez le kit et préparez les documents",
                    "details": (
                        "<p>Le kit est gratuit et se retire dans les bureaux de poste avec un "
                        "guichet <b>Sportello Amico</b>. Il contient le formulaire 1 (pour tous) "
                        "et le formulaire 2 (seulement pour certains titres : les instructions du "
                        "kit indiquent quand il le faut). Écrivez en majuscules avec un stylo "
                        "noir. Ne fermez pas l'enveloppe : c'est l'employé de la poste qui la "
                        "ferme.</p><p>Pour le remplir, vous pouvez demander une aide gratuite aux "
                        "<b>patronati</b> (centres d'assistance gratuits) et aux guichets de la "
                        "Commune pour les ressortissants étrangers. Méfiez-vous de ceux qui "
                        "demandent de l'argent pour « accélérer » le dossier.</p>"
                    ),
                    "documents": [
                        "Photocopie de toutes les pages du passeport",
                        "Photocopie du titre de séjour qui arrive à expiration",
                        "Timbre fiscal de 16 euros (marca da bollo, en vente chez le buraliste)",
                        (
                            "Documents selon votre titre, par exemple : contrat de travail, "
                            "dernières fiches de paie, déclaration de revenus, bail ou déclaration "
                            "d'hébergement"
                        ),
                        (
                            "Pour les études : inscription, examens réussis, assurance maladie ou "
                            "inscription au SSN"
                        ),
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Envoyez le kit et gardez le récépissé",
                    "details": (
                        "<p>Apportez le kit ouvert au Sportello Amico avec votre passeport. Vous "
                        "payez et recevez le <b>récépissé</b> (ricevuta ou cedolino) avec le "
                        "numéro de votre dossier, les identifiants pour le suivre en ligne et la "
                        "date de votre rendez-vous à la Questura. Gardez-le avec votre "
                        "passeport.</p><p>Coûts (vérifiez les montants en vigueur à la poste ou "
                        'sur <a href="https://www.portaleimmigrazione.it">'
                        "portaleimmigrazione.it</a>) :</p><ul><li>contribution : 40 euros pour un "
                        "titre de plus de 3 mois et jusqu'à 1 an, 50 euros de plus de 1 an et "
                        "jusqu'à 2 ans, 100 euros pour le permis UE de longue durée ;</li><li>"
                        "30,46 euros pour le titre électronique ;</li><li>16 euros de timbre "
                        "fiscal ;</li><li>30 euros pour le service de Poste Italiane.</li></ul><p>"
                        "Ne paient pas la contribution, entre autres, les mineurs, les demandeurs "
                        "d'asile, les bénéficiaires de la protection internationale et les "
                        "personnes en Italie pour des soins médicaux.</p>"
                    ),
                    "documents": [],
                    "where": "Bureau de poste avec guichet Sportello Amico",
                    "cost": (
                        "En général de 116,46 à 176,46 euros au total ; moins si vous ne payez pas "
                        "la contribution (vérifiez les montants en vigueur)"
                    ),
                    "duration": "",
                },
                {
                    "title": "Allez à la Questura pour les empreintes digitales",
                    "details": (
                        "<p>À la date indiquée sur le récépissé, allez à la Questura pour les <b>"
                        "empreintes digitales</b> et la photo. Apportez :</p><ul><li>votre "
                        "passeport ;</li><li>le récépissé de la poste ;</li><li>4 photos "
                        "d'identité identiques et récentes ;</li><li>les originaux des documents "
                        "envoyés avec le kit.</li></ul><p>Si vous ne pouvez pas venir ce jour-là, "
                        "prévenez la Questura dès que possible.</p>"
                    ),
                    "documents": [],
                    "where": "Questura de Reggio Emilia, bureau de l'immigration",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Suivez votre dossier et retirez le nouveau titre",
                    "details": (
                        "<p>Suivez l'état de votre dossier sur le site de la Polizia di Stato (<a "
                        'href="https://questure.poliziadistato.it/stranieri/">'
                        "questure.poliziadistato.it/stranieri</a>) avec le numéro du dossier, ou "
                        'sur <a href="https://www.portaleimmigrazione.it">'
                        "portaleimmigrazione.it</a> avec les identifiants du récépissé. Quand le "
                        "titre est prêt, retirez-le à la Questura avec le récépissé et votre "
                        "passeport.</p><p>Avec le nouveau titre, pensez à mettre à jour votre "
                        "inscription au service sanitaire et, si besoin, vos données à la "
                        "Commune.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "La loi prévoit 60 jours, mais il faut souvent plus de temps",
                },
            ],
            "faq": [
                {
                    "question": "Puis-je travailler pendant que j'attends mon nouveau titre ?",
                    "answer": (
                        "<p>Oui. Si vous avez demandé le renouvellement à temps, avec le récépissé "
                        "vous pouvez continuer à travailler et vous gardez les mêmes droits "
                        "qu'avant, jusqu'à la décision de la Questura. Ayez toujours sur vous le "
                        "récépissé et votre passeport.</p>"
                    ),
                },
                {
                    "question": (
                        "Puis-je voyager à l'étranger avec le récépissé de renouvellement ?"
                    ),
                    "answer": (
                        "<p>Avec le récépissé de renouvellement, le titre expiré et votre "
                        "passeport, vous pouvez en général aller dans votre pays et revenir en "
                        "Italie, mais <b>uniquement par un voyage direct</b>, sans passer par "
                        "d'autres pays de l'espace Schengen. Le récépissé ne permet pas de voyager "
                        "dans les autres pays européens. Avant de partir, demandez confirmation à "
                        "la Questura.</p>"
                    ),
                },
                {
                    "question": "Mon titre a expiré depuis plus de 60 jours. Que faire ?",
                    "answer": (
                        "<p>Demandez tout de suite le renouvellement et expliquez par écrit la "
                        "raison du retard (par exemple une maladie). Le retard seul n'entraîne pas "
                        "automatiquement un refus si vous remplissez toujours les conditions, mais "
                        "c'est un risque : avant d'envoyer le kit, adressez-vous à un patronato ou "
                        "à un avocat.</p>"
                    ),
                },
                {
                    "question": "J'ai perdu mon emploi. Puis-je renouveler mon titre ?",
                    "answer": (
                        "<p>Oui. Inscrivez-vous au Centro per l'impiego (agence pour l'emploi) et "
                        "demandez un titre pour <b>attente d'emploi</b> (attesa occupazione) : il "
                        "dure au moins 1 an, ou aussi longtemps que l'allocation chômage si elle "
                        "est plus longue. Le Centro per l'impiego et les patronati peuvent vous "
                        "aider.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "Décret législatif n° 286 du 25 juillet 1998 (Texte unique sur "
                        "l'immigration), art. 5 et 13"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "Renouvellement du titre et droits pendant l'attente (art. 5) ; séjour "
                        "irrégulier si le renouvellement n'est pas demandé dans les 60 jours après "
                        "l'expiration (art. 13)"
                    ),
                },
                {
                    "text": "Décret du Président de la République n° 394 du 31 août 1999, art. 13",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "Comment demander le renouvellement du titre de séjour",
                },
                {
                    "text": "Décret du ministre de l'Économie et des Finances du 5 mai 2017",
                    "url": "",
                    "note": (
                        "Montants de la contribution pour la délivrance et le renouvellement du "
                        "titre"
                    ),
                },
            ],
        },
        "ar": {
            "title": "تجديد تصريح الإقامة",
            "intro": (
                "يجب تجديد تصريح الإقامة (permesso di soggiorno) قبل انتهاء صلاحيته. بالنسبة لمعظم "
                "التصاريح تُرسَل حزمة الطلب (kit) من مكتب البريد، وبالنسبة لتصاريح أخرى تذهب مباشرة "
                "إلى مديرية الشرطة (Questura). إليك الخطوات والتكاليف وما عليك فعله أثناء الانتظار."
            ),
            "who_for": (
                "مواطنو الدول غير الأعضاء في الاتحاد الأوروبي المقيمون في مقاطعة ريدجو إميليا "
                "والذين يقترب موعد انتهاء تصريح إقامتهم: للعمل أو لأسباب عائلية أو للدراسة أو "
                "لانتظار العمل أو للحماية أو لأسباب أخرى."
            ),
            "steps": [
                {
                    "title": "تحقّق من تاريخ انتهاء التصريح وتحرّك في الوقت المناسب",
                    "details": (
                        "<p>قدّم طلب التجديد <b>قبل انتهاء الصلاحية</b>: ننصحك بتقديمه قبل 60 يومًا "
                        "على الأقل. وإذا كان تصريحك قد انتهى بالفعل، فإن القانون يسمح بتقديم طلب "
                        "التجديد خلال 60 يومًا من تاريخ الانتهاء؛ وبعد ذلك قد تُعتبر في وضع غير "
                        "نظامي.</p><p>للتجديد يجب أن تظل مستوفيًا لشروط تصريحك: مثل وجود عمل أو دخل "
                        "لتصريح العمل، أو التسجيل في الدراسة واجتياز الامتحانات لتصريح الدراسة.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "قبل 60 يومًا على الأقل من انتهاء الصلاحية (يُنصح بذلك)",
                },
                {
                    "title": "اعرف هل تستخدم حزمة البريد أم تذهب إلى مديرية الشرطة",
                    "details": (
                        "<p>تُجدَّد معظم التصاريح بواسطة <b>حزمة البريد</b> (kit postale): العمل بأجر "
                        "والعمل الحر، والأسباب العائلية، والدراسة، وانتظار العمل، والإقامة "
                        "الاختيارية. ويُطلب تصريح الإقامة الأوروبي طويل الأمد أيضًا بواسطة هذه "
                        "الحزمة.</p><p>أما لتصاريح أخرى فتذهب <b>مباشرة إلى مديرية الشرطة</b> "
                        "(مكتب الهجرة) بموعد مسبق: مثل طلب اللجوء، والحماية الفرعية، والحماية "
                        "الخاصة، والعلاج الطبي، والقاصرين. إذا كنت حاصلًا على صفة اللاجئ، فاسأل "
                        "مديرية الشرطة عن طريقة التجديد: ففي بعض الحالات تُستخدم الحزمة، وفي حالات "
                        "أخرى يتم ذلك في المكتب. وستخبرك مديرية الشرطة بكيفية حجز الموعد.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "مكاتب البريد التي فيها شباك Sportello Amico؛ مديرية الشرطة في ريدجو "
                        "إميليا، مكتب الهجرة"
                    ),
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "املأ الحزمة وجهّز الوثائق",
                    "details": (
                        "<p>الحزمة مجانية وتُستلم من مكاتب البريد التي فيها شباك <b>Sportello "
                        "Amico</b>. وهي تحتوي على النموذج 1 (للجميع) والنموذج 2 (لبعض أنواع "
                        "التصاريح فقط، وتبيّن التعليمات الموجودة في الحزمة متى تحتاج إليه). اكتب "
                        "بالأحرف اللاتينية الكبيرة وبقلم أسود. لا تغلق الظرف: موظف البريد هو من "
                        "يغلقه.</p><p>يمكنك الحصول على مساعدة مجانية في تعبئتها من <b>مكاتب "
                        "المساعدة</b> (patronati) ومن مكاتب البلدية المخصّصة للمواطنين الأجانب. "
                        "احذر ممن يطلب منك مالًا «لتسريع» ملفك.</p>"
                    ),
                    "documents": [
                        "نسخة من جميع صفحات جواز السفر",
                        "نسخة من التصريح الذي سينتهي",
                        "طابع مالي بقيمة 16 يورو (marca da bollo، يُباع لدى بائع التبغ)",
                        (
                            "الوثائق الخاصة بنوع تصريحك، مثل: عقد العمل، وآخر قسائم الراتب، "
                            "والإقرار الضريبي، وعقد الإيجار أو إقرار الاستضافة"
                        ),
                        (
                            "للدراسة: شهادة التسجيل، والامتحانات التي اجتزتها، والتأمين الصحي أو "
                            "التسجيل في الخدمة الصحية الوطنية"
                        ),
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "أرسل الحزمة واحتفظ بالإيصال",
                    "details": (
                        "<p>خذ الحزمة مفتوحة إلى شباك Sportello Amico مع جواز سفرك. تدفع الرسوم "
                        "وتستلم <b>الإيصال</b> (ricevuta أو cedolino) وعليه رقم ملفك، وبيانات "
                        "الدخول لمتابعته عبر الإنترنت، وموعدك في مديرية الشرطة. احتفظ به مع جواز "
                        "سفرك.</p><p>التكاليف (تحقّق من المبالغ السارية في مكتب البريد أو على <a "
                        'href="https://www.portaleimmigrazione.it">portaleimmigrazione.it</a>'
                        "):</p><ul><li>المساهمة: 40 يورو لتصريح تزيد مدته على 3 أشهر وحتى سنة "
                        "واحدة، و50 يورو لأكثر من سنة وحتى سنتين، و100 يورو لتصريح الإقامة "
                        "الأوروبي طويل الأمد؛</li><li>30.46 يورو لبطاقة التصريح الإلكترونية؛</li>"
                        "<li>16 يورو للطابع المالي؛</li><li>30 يورو لخدمة البريد الإيطالي (Poste "
                        "Italiane).</li></ul><p>لا يدفع المساهمة، من بين آخرين، القاصرون وطالبو "
                        "اللجوء والحاصلون على الحماية الدولية والموجودون في إيطاليا للعلاج "
                        "الطبي.</p>"
                    ),
                    "documents": [],
                    "where": "مكتب بريد فيه شباك Sportello Amico",
                    "cost": (
                        "عادةً من 116.46 إلى 176.46 يورو إجمالًا؛ وأقل إذا كنت معفى من المساهمة "
                        "(تحقّق من المبالغ السارية)"
                    ),
                    "duration": "",
                },
                {
                    "title": "اذهب إلى مديرية الشرطة لأخذ البصمات",
                    "details": (
                        "<p>في التاريخ المذكور في الإيصال، اذهب إلى مديرية الشرطة لأخذ <b>بصمات "
                        "الأصابع</b> والصورة. أحضر معك:</p><ul><li>جواز السفر؛</li><li>إيصال "
                        "البريد؛</li><li>4 صور شخصية حديثة ومتطابقة؛</li><li>أصول الوثائق التي "
                        "أرسلتها مع الحزمة.</li></ul><p>إذا لم تستطع الحضور في ذلك اليوم، فأبلغ "
                        "مديرية الشرطة في أقرب وقت ممكن.</p>"
                    ),
                    "documents": [],
                    "where": "مديرية الشرطة في ريدجو إميليا، مكتب الهجرة",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "تابِع ملفك واستلم التصريح الجديد",
                    "details": (
                        "<p>تابِع حالة ملفك على موقع الشرطة الإيطالية (<a "
                        'href="https://questure.poliziadistato.it/stranieri/">'
                        "questure.poliziadistato.it/stranieri</a>) باستخدام رقم الملف، أو على <a "
                        'href="https://www.portaleimmigrazione.it">portaleimmigrazione.it</a> '
                        "باستخدام بيانات الدخول الموجودة على الإيصال. عندما يصبح التصريح جاهزًا، "
                        "استلمه من مديرية الشرطة ومعك الإيصال وجواز السفر.</p><p>بعد استلام "
                        "التصريح الجديد، تذكّر تحديث تسجيلك في الخدمة الصحية، وتحديث بياناتك لدى "
                        "البلدية إذا لزم الأمر.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "ينص القانون على 60 يومًا، لكن الأمر يستغرق غالبًا وقتًا أطول",
                },
            ],
            "faq": [
                {
                    "question": "هل يمكنني العمل أثناء انتظار التصريح الجديد؟",
                    "answer": (
                        "<p>نعم. إذا قدّمت طلب التجديد في الوقت المحدد، فيمكنك بالإيصال مواصلة "
                        "العمل وتحتفظ بالحقوق نفسها التي كانت لديك، إلى أن تصدر مديرية الشرطة "
                        "قرارها. احمل دائمًا الإيصال وجواز السفر.</p>"
                    ),
                },
                {
                    "question": "هل يمكنني السفر إلى الخارج بإيصال التجديد؟",
                    "answer": (
                        "<p>بإيصال التجديد والتصريح المنتهي وجواز السفر يمكنك عادةً السفر إلى بلدك "
                        "والعودة إلى إيطاليا، ولكن <b>برحلة مباشرة فقط</b>، من دون المرور ببلدان "
                        "أخرى من منطقة شنغن. ولا يمكنك استخدام الإيصال للسفر إلى البلدان الأوروبية "
                        "الأخرى. اطلب تأكيدًا من مديرية الشرطة قبل السفر.</p>"
                    ),
                },
                {
                    "question": "انتهت صلاحية تصريحي منذ أكثر من 60 يومًا. ماذا أفعل؟",
                    "answer": (
                        "<p>قدّم طلب التجديد فورًا واشرح كتابيًا سبب التأخير (مثل المرض). التأخير "
                        "وحده لا يؤدي تلقائيًا إلى الرفض إذا كنت لا تزال مستوفيًا للشروط، لكنه يمثل "
                        "خطرًا: استشر أحد مكاتب المساعدة (patronato) أو محاميًا قبل إرسال الحزمة.</p>"
                    ),
                },
                {
                    "question": "فقدت عملي. هل يمكنني تجديد تصريحي؟",
                    "answer": (
                        "<p>نعم. سجّل في مركز التوظيف (Centro per l'impiego) واطلب تصريحًا <b>"
                        "لانتظار العمل</b> (attesa occupazione): مدته سنة واحدة على الأقل، أو مدة "
                        "إعانة البطالة إذا كانت أطول. يمكن لمركز التوظيف ولمكاتب المساعدة "
                        "(patronati) مساعدتك.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "المرسوم التشريعي رقم 286 الصادر في 25 يوليو 1998 (النص الموحد للهجرة)، "
                        "المادتان 5 و13"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "تجديد التصريح والحقوق أثناء الانتظار (المادة 5)؛ والإقامة غير النظامية "
                        "إذا لم يُطلب التجديد خلال 60 يومًا من انتهاء الصلاحية (المادة 13)"
                    ),
                },
                {
                    "text": "مرسوم رئيس الجمهورية رقم 394 الصادر في 31 أغسطس 1999، المادة 13",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "كيفية طلب تجديد تصريح الإقامة",
                },
                {
                    "text": "مرسوم وزير الاقتصاد والمالية المؤرخ 5 مايو 2017",
                    "url": "",
                    "note": "مبالغ المساهمة لإصدار التصريح وتجديده",
                },
            ],
        },
        "zh-hans": {
            "title": "续签居留许可",
            "intro": (
                "居留许可（permesso di soggiorno）必须在到期前续签。大多数居留许可通过邮局寄送申请"
                "材料包（kit）办理；另一些则需直接前往警察局（Questura）办理。以下是办理步骤、费用"
                "以及等待期间的注意事项。"
            ),
            "who_for": (
                "居住在雷焦艾米利亚省、居留许可即将到期的非欧盟国家公民：包括工作、家庭、学习、待业"
                "、保护及其他类型的居留许可。"
            ),
            "steps": [
                {
                    "title": "查看到期日期，及时办理",
                    "details": (
                        "<p>请在居留许可<b>到期之前</b>申请续签：我们建议至少提前60天办理。如果居留"
                        "许可已经过期，法律允许在到期后60天内申请续签；超过这个期限，您可能会被视为"
                        "非法居留。</p><p>续签时，您必须仍然符合该居留许可的条件：例如工作居留需要"
                        "有工作或收入，学习居留需要有注册证明并通过考试。</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "至少提前60天（建议）",
                },
                {
                    "title": "确认是使用邮局材料包还是前往警察局",
                    "details": (
                        "<p>大多数居留许可通过<b>邮局材料包</b>（kit postale）续签：受雇工作和自雇"
                        "工作、家庭、学习、待业、选择性居留。欧盟长期居留许可也通过材料包申请。</p>"
                        "<p>其他居留许可需要预约后<b>直接前往警察局</b>（移民办公室）办理：例如庇护"
                        "申请、辅助保护、特殊保护、医疗、未成年人。如果您拥有难民身份，请向警察局询"
                        "问续签方式：有些情况使用材料包，有些情况需到窗口办理。警察局会告诉您如何预"
                        "约。</p>"
                    ),
                    "documents": [],
                    "where": "设有 Sportello Amico 窗口的邮局；雷焦艾米利亚警察局移民办公室",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "填写材料包并准备文件",
                    "details": (
                        "<p>材料包免费，可在设有 <b>Sportello Amico</b> 窗口的邮局领取。里面有表格1"
                        "（所有人都要填写）和表格2（仅部分居留类型需要：材料包内的说明会告诉您是否"
                        "需要）。请用黑色笔以大写字母填写。不要封口：由邮局工作人员封好。</p><p>"
                        "您可以向<b>劳工援助机构</b>（patronati）以及市政府（Comune）为外国公民设立"
                        "的服务窗口免费寻求填写帮助。谨防任何以“加快办理”为由向您收费的人。</p>"
                    ),
                    "documents": [
                        "护照所有页的复印件",
                        "即将到期的居留许可复印件",
                        "16欧元印花税票（marca da bollo，可在烟草店购买）",
                        (
                            "与您的居留类型相关的文件，例如：劳动合同、最近的工资单、纳税申报表、租"
                            "房合同或留宿声明"
                        ),
                        "学习居留：注册证明、已通过的考试、医疗保险或国家医疗服务体系（SSN）登记",
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "寄出材料包并保存回执",
                    "details": (
                        "<p>携带护照，将未封口的材料包交到 Sportello Amico 窗口。付费后您会收到<b>"
                        "回执</b>（ricevuta，也叫 cedolino），上面有您的案件编号、在线查询用的账号"
                        "密码，以及去警察局的预约日期。请将回执与护照放在一起妥善保管。</p><p>"
                        '费用（请在邮局或 <a href="https://www.portaleimmigrazione.it">'
                        "portaleimmigrazione.it</a> 核实现行金额）：</p><ul><li>规费：有效期3个月以"
                        "上至1年的居留许可40欧元，1年以上至2年的50欧元，欧盟长期居留许可100欧元；</"
                        "li><li>电子居留卡制作费30.46欧元；</li><li>印花税票16欧元；</li><li>"
                        "意大利邮政（Poste Italiane）服务费30欧元。</li></ul><p>未成年人、庇护申请"
                        "人、国际保护持有人以及来意大利就医的人等无需缴纳规费。</p>"
                    ),
                    "documents": [],
                    "where": "设有 Sportello Amico 窗口的邮局",
                    "cost": "通常总计116.46至176.46欧元；如免缴规费则更少（请核实现行金额）",
                    "duration": "",
                },
                {
                    "title": "前往警察局录指纹",
                    "details": (
                        "<p>请在回执上写明的日期前往警察局录<b>指纹</b>并拍照。请携带：</p><ul><li>"
                        "护照；</li><li>邮局回执；</li><li>4张相同的近期证件照；</li><li>"
                        "随材料包寄出的文件原件。</li></ul><p>"
                        "如果当天无法前往，请尽快通知警察局。</p>"
                    ),
                    "documents": [],
                    "where": "雷焦艾米利亚警察局移民办公室",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "查询办理进度并领取新居留许可",
                    "details": (
                        "<p>您可以在国家警察网站（<a "
                        'href="https://questure.poliziadistato.it/stranieri/">'
                        "questure.poliziadistato.it/stranieri</a>"
                        "）用案件编号查询办理进度，也可以在 <a "
                        'href="https://www.portaleimmigrazione.it">portaleimmigrazione.it</a> '
                        "用回执上的账号密码查询。居留许可办好后，携带回执和护照到警察局领取。</p>"
                        "<p>拿到新居留许可后，别忘了更新您在国家医疗服务体系的登记；如有需要，也请"
                        "更新您在市政府的资料。</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "法律规定为60天，但实际往往需要更长时间",
                },
            ],
            "faq": [
                {
                    "question": "等待新居留许可期间可以工作吗？",
                    "answer": (
                        "<p>可以。如果您按时申请了续签，凭回执可以继续工作，并在警察局作出决定之前"
                        "享有与之前相同的权利。请随身携带回执和护照。</p>"
                    ),
                },
                {
                    "question": "可以凭续签回执出国吗？",
                    "answer": (
                        "<p>凭续签回执、过期的居留许可和护照，您一般可以回本国并返回意大利，但<b>"
                        "只能直达往返</b>，不能途经其他申根国家。回执不能用于前往其他欧洲国家。出发"
                        "前请向警察局确认。</p>"
                    ),
                },
                {
                    "question": "我的居留许可已过期超过60天，怎么办？",
                    "answer": (
                        "<p>请立即申请续签，并书面说明延误的原因（例如生病）。如果您仍然符合条件，"
                        "仅仅是延误并不会自动导致被拒，但存在风险：寄出材料包之前，请先咨询劳工援助"
                        "机构（patronato）或律师。</p>"
                    ),
                },
                {
                    "question": "我失业了，还能续签居留许可吗？",
                    "answer": (
                        "<p>可以。请到就业中心（Centro per l'impiego）登记，并申请<b>"
                        "待业居留许可</b>（attesa occupazione）：有效期至少1年；如果失业救济金的领"
                        "取期更长，则与其相同。就业中心和劳工援助机构可以为您提供帮助。</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": "1998年7月25日第286号立法令（移民统一法），第5条和第13条",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "居留许可的续签及等待期间的权利（第5条）；到期后60天内未申请续签即属非法居"
                        "留（第13条）"
                    ),
                },
                {
                    "text": "1999年8月31日第394号总统令，第13条",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "如何申请续签居留许可",
                },
                {
                    "text": "2017年5月5日经济和财政部部长令",
                    "url": "",
                    "note": "签发和续签居留许可的规费金额",
                },
            ],
        },
    },
    {
        "key": "permesso-ue-lungo-periodo",
        "hub": "titoli-di-soggiorno",
        "topic": "permesso-di-soggiorno",
        "audience": "migrants",
        "restricted": False,
        "last_reviewed": "2025-05-20",
        "review_interval_months": 12,
        "it": {
            "title": "Il permesso UE per soggiornanti di lungo periodo",
            "slug": "permesso-ue-soggiornanti-lungo-periodo",
            "intro": (
                "Dopo 5 anni di soggiorno regolare in Italia puoi chiedere il permesso UE per "
                "soggiornanti di lungo periodo. Il diritto di soggiorno non ha più scadenza: il "
                "documento si rinnova ogni 10 anni senza dimostrare di nuovo i requisiti, e ti dà "
                "più diritti e più stabilità."
            ),
            "who_for": (
                "Cittadini di Paesi non UE che vivono regolarmente in Italia da almeno 5 anni, con "
                "un reddito e un alloggio, e i loro familiari. Per chi vive in provincia di Reggio "
                "Emilia."
            ),
            "steps": [
                {
                    "title": "Controlla di avere i requisiti",
                    "details": (
                        "<ul><li><b>5 anni di soggiorno regolare</b> in Italia con un permesso "
                        "valido. Le assenze non interrompono il periodo se durano meno di 6 mesi "
                        "di seguito e meno di 10 mesi in tutto nei 5 anni. Chi ha la protezione "
                        "internazionale conta anche il tempo dalla domanda di asilo.</li><li>Un <b>"
                        "reddito</b> nell'ultimo anno almeno uguale all'importo annuo dell'<b>"
                        "assegno sociale</b>; se chiedi il permesso anche per i familiari serve un "
                        "reddito più alto. L'importo cambia ogni anno: controllalo sul sito "
                        'dell\'INPS (<a href="https://www.inps.it">www.inps.it</a>).</li><li>Un '
                        "<b>alloggio idoneo</b>: serve il certificato di idoneità alloggiativa del "
                        "Comune se chiedi il permesso anche per i familiari; molte Questure lo "
                        "chiedono comunque, quindi informati prima.</li><li>La conoscenza dell'<b>"
                        "italiano</b> almeno a livello A2.</li></ul><p>Alcuni permessi non danno "
                        "diritto al permesso di lungo periodo, per esempio quelli per studio o "
                        "formazione professionale, la richiesta di asilo e i permessi di breve "
                        "durata.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Fai il test di italiano o controlla se sei esonerato",
                    "details": (
                        "<p>Il test di lingua italiana (livello A2) è <b>gratuito</b>. La domanda "
                        "si fa solo online, sul portale dei servizi del Ministero dell'Interno: "
                        "Comuni, patronati e associazioni possono aiutarti. Entro 60 giorni la "
                        "Prefettura ti convoca, di solito con una e-mail, per il test in un CPIA "
                        "(scuola pubblica per adulti). Se non lo superi, puoi fare una nuova "
                        "domanda dopo 90 giorni.</p><p><b>Non devi fare il test</b> se, per "
                        "esempio:</p><ul><li>hai un attestato di italiano di livello A2 o "
                        "superiore di un CPIA o di un ente certificatore riconosciuto (CILS, CELI, "
                        "PLIDA, CERT.IT);</li><li>hai la licenza media o un diploma di una scuola "
                        "italiana, o frequenti l'università, un master o un dottorato in "
                        "Italia;</li><li>nella verifica dell'accordo di integrazione ti è stato "
                        "riconosciuto il livello A2 o superiore;</li><li>hai meno di 14 anni, o "
                        "hai gravi difficoltà di apprendimento della lingua per età, malattia o "
                        "disabilità, certificate da una struttura sanitaria pubblica.</li></ul>"
                    ),
                    "documents": [],
                    "where": "Domanda online; test in un CPIA della provincia",
                    "cost": "Gratis",
                    "duration": "Convocazione entro 60 giorni dalla domanda",
                },
                {
                    "title": "Prepara i documenti",
                    "details": (
                        "<p>Il certificato di idoneità alloggiativa si chiede al Comune dove "
                        "abiti: può servire qualche settimana, quindi chiedilo per tempo. La "
                        "Questura controlla anche i precedenti penali: se hai condanne o processi "
                        "in corso, parla prima con un patronato o un avvocato.</p>"
                    ),
                    "documents": [
                        "Fotocopia di tutte le pagine del passaporto valido",
                        "Fotocopia del permesso di soggiorno",
                        (
                            "Dichiarazione dei redditi dell'ultimo anno (modello 730, Redditi PF o "
                            "Certificazione Unica)"
                        ),
                        "Per chi lavora: contratto di lavoro e ultime buste paga",
                        "Certificato di idoneità alloggiativa del Comune",
                        "Attestato del test di italiano o documento che dà l'esonero",
                        (
                            "Per i familiari: documenti che provano la parentela (per esempio "
                            "certificato di matrimonio o di nascita)"
                        ),
                        "Marca da bollo da 16 euro",
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Spedisci la domanda con il kit postale",
                    "details": (
                        "<p>Compila il kit e spediscilo dallo <b>Sportello Amico</b> di un ufficio "
                        "postale, come per il rinnovo del permesso. Conserva la ricevuta e vai in "
                        "Questura alla data indicata per le impronte digitali, con 4 fototessere e "
                        "gli originali dei documenti.</p><p>Patronati e sportelli del Comune per "
                        "cittadini stranieri possono aiutarti gratis. Chi ha la protezione "
                        "internazionale non paga il contributo.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "Ufficio postale con Sportello Amico; poi Questura di Reggio Emilia, "
                        "Ufficio Immigrazione"
                    ),
                    "cost": (
                        "Contributo 100 € + 30,46 € permesso elettronico + 16 € marca da bollo + "
                        "30 € Poste: verifica gli importi attuali alla posta o su "
                        "portaleimmigrazione.it"
                    ),
                    "duration": "La legge prevede il rilascio entro 90 giorni dalla domanda",
                },
                {
                    "title": "Ritira il permesso e tienilo aggiornato",
                    "details": (
                        "<p>Con il permesso UE per soggiornanti di lungo periodo il tuo <b>diritto "
                        "di soggiorno non ha scadenza</b>: non devi più dimostrare i requisiti. Il "
                        "documento però vale <b>10 anni</b> (5 anni per chi ha meno di 18 anni): "
                        "alla scadenza lo rinnovi con il kit postale e nuove fotografie. Va "
                        "aggiornato anche quando cambi passaporto, indirizzo o stato di "
                        "famiglia.</p><p>Per rinnovare o aggiornare il documento non devi rifare "
                        "il test di italiano.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
            ],
            "faq": [
                {
                    "question": "Che cosa mi dà il permesso di lungo periodo?",
                    "answer": (
                        "<ul><li>Non devi più rinnovare il permesso ogni uno o due anni.</li><li>"
                        "Puoi lavorare come dipendente o in proprio, tranne nelle attività che la "
                        "legge riserva ai cittadini italiani.</li><li>Hai accesso alle prestazioni "
                        "sociali e ai servizi che la legge prevede per chi ha questo permesso.</li>"
                        "<li>Puoi viaggiare negli altri Paesi dell'area Schengen fino a 90 giorni "
                        "ogni 180 senza visto e, a certe condizioni, trasferirti in un altro Paese "
                        "dell'UE per lavoro o studio.</li><li>Sei più protetto contro "
                        "l'espulsione.</li></ul><p>La cittadinanza italiana è un'altra procedura: "
                        "in genere si può chiedere dopo 10 anni di residenza legale.</p>"
                    ),
                },
                {
                    "question": "Posso perdere il permesso di lungo periodo?",
                    "answer": (
                        "<p>Sì, per esempio se vivi fuori dall'Unione europea per più di 12 mesi "
                        "di seguito, se resti fuori dall'Italia per più di 6 anni, o per gravi "
                        "motivi di ordine pubblico e sicurezza. Queste sono le regole attuali: se "
                        "devi stare a lungo all'estero, informati prima in Questura.</p>"
                    ),
                },
                {
                    "question": "Posso chiedere il permesso anche per la mia famiglia?",
                    "answer": (
                        "<p>Sì. Puoi chiederlo anche per il coniuge, i figli minorenni e gli altri "
                        "familiari previsti dalla legge che vivono con te e hanno un permesso di "
                        "soggiorno, se il tuo reddito basta per tutta la famiglia e hai un "
                        "alloggio idoneo. I familiari dai 14 anni in su devono superare il test di "
                        "italiano o avere un esonero.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": "D.Lgs. 25 luglio 1998, n. 286 (Testo unico sull'immigrazione), art. 9",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "Requisiti, durata e revoca del permesso UE per soggiornanti di lungo "
                        "periodo"
                    ),
                },
                {
                    "text": "Decreto del Ministro dell'interno 4 giugno 2010",
                    "url": "",
                    "note": "Test di lingua italiana e casi di esonero",
                },
                {
                    "text": "Direttiva 2003/109/CE del Consiglio, del 25 novembre 2003",
                    "url": "https://eur-lex.europa.eu/legal-content/IT/TXT/?uri=CELEX:32003L0109",
                    "note": (
                        "Norme europee sui cittadini di Paesi terzi soggiornanti di lungo periodo"
                    ),
                },
            ],
        },
        "en": {
            "title": "The EU long-term residence permit",
            "slug": "eu-long-term-residence-permit",
            "intro": (
                "After 5 years of legal residence in Italy you can apply for the EU long-term "
                "residence permit (permesso UE per soggiornanti di lungo periodo). Your right to "
                "stay no longer expires: the card is renewed every 10 years without proving the "
                "requirements again, and it gives you more rights and more stability."
            ),
            "who_for": (
                "Citizens of non-EU countries who have lived legally in Italy for at least 5 "
                "years, with an income and a home, and their family members. For people living in "
                "the province of Reggio Emilia."
            ),
            "steps": [
                {
                    "title": "Check that you meet the requirements",
                    "details": (
                        "<ul><li><b>5 years of legal residence</b> in Italy with a valid permit. "
                        "Absences do not break the period if they last less than 6 months in a row "
                        "and less than 10 months in total over the 5 years. People with "
                        "international protection also count the time since their asylum "
                        "application.</li><li>An <b>income</b> in the last year at least equal to "
                        "the yearly amount of the <b>assegno sociale</b> (a social allowance); if "
                        "you also apply for your family members you need a higher income. The "
                        "amount changes every year: check it on the INPS website (<a "
                        'href="https://www.inps.it">www.inps.it</a>).</li><li><b>Suitable '
                        "housing</b>: you need the Comune's housing suitability certificate "
                        "(idoneità alloggiativa) if you also apply for your family members; many "
                        "Questure ask for it anyway, so check in advance.</li><li>Knowledge of <b>"
                        "Italian</b> at least at level A2.</li></ul><p>Some permits do not lead to "
                        "the long-term permit, for example permits for study or vocational "
                        "training, asylum applications and short-term permits.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Take the Italian test or check whether you are exempt",
                    "details": (
                        "<p>The Italian language test (level A2) is <b>free</b>. You apply only "
                        "online, on the Ministry of the Interior's services portal: Comuni, "
                        "patronati and associations can help you. Within 60 days the Prefettura "
                        "invites you, usually by e-mail, to take the test at a CPIA (public school "
                        "for adults). If you do not pass, you can apply again after 90 days.</p><p>"
                        "<b>You do not need to take the test</b> if, for example:</p><ul><li>you "
                        "have an Italian certificate at level A2 or higher from a CPIA or a "
                        "recognised certification body (CILS, CELI, PLIDA, CERT.IT);</li><li>you "
                        "have a lower or upper secondary school diploma from an Italian school, or "
                        "you attend university, a master's or a doctorate in Italy;</li><li>level "
                        "A2 or higher was recognised when your integration agreement (accordo di "
                        "integrazione) was checked;</li><li>you are under 14, or you have serious "
                        "difficulties learning the language because of age, illness or disability, "
                        "certified by a public health facility.</li></ul>"
                    ),
                    "documents": [],
                    "where": "Online application; test at a CPIA in the province",
                    "cost": "Free",
                    "duration": "Invitation within 60 days of the application",
                },
                {
                    "title": "Prepare your documents",
                    "details": (
                        "<p>You request the housing suitability certificate from the Comune where "
                        "you live: it can take a few weeks, so ask in good time. The Questura also "
                        "checks criminal records: if you have convictions or pending trials, talk "
                        "to a patronato or a lawyer first.</p>"
                    ),
                    "documents": [
                        "Photocopy of every page of your valid passport",
                        "Photocopy of your residence permit",
                        (
                            "Tax return for the last year (modello 730, Redditi PF or "
                            "Certificazione Unica)"
                        ),
                        "If you work: employment contract and latest payslips",
                        "Housing suitability certificate from the Comune",
                        "Italian test certificate or the document that exempts you",
                        (
                            "For family members: documents proving the relationship (for example "
                            "marriage or birth certificate)"
                        ),
                        "€16 revenue stamp (marca da bollo)",
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Send the application with the postal kit",
                    "details": (
                        "<p>Fill in the kit and send it from the <b>Sportello Amico</b> of a post "
                        "office, as for a permit renewal. Keep the receipt and go to the Questura "
                        "on the date given for your fingerprints, with 4 passport photos and the "
                        "original documents.</p><p>Patronati and the Comune's desks for foreign "
                        "citizens can help you for free. People with international protection do "
                        "not pay the contribution.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "Post office with a Sportello Amico desk; then Questura di Reggio Emilia, "
                        "Immigration Office"
                    ),
                    "cost": (
                        "€100 contribution + €30.46 electronic permit + €16 revenue stamp + €30 "
                        "Poste: check the current amounts at the post office or on "
                        "portaleimmigrazione.it"
                    ),
                    "duration": (
                        "The law says the permit is issued within 90 days of the application"
                    ),
                },
                {
                    "title": "Collect the permit and keep it up to date",
                    "details": (
                        "<p>With the EU long-term residence permit your <b>right to stay does not "
                        "expire</b>: you no longer need to prove the requirements. The card, "
                        "however, is valid for <b>10 years</b> (5 years for people under 18): when "
                        "it expires you renew it with the postal kit and new photos. You must also "
                        "update it when you change passport, address or family situation.</p><p>"
                        "You do not need to take the Italian test again to renew or update the "
                        "card.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
            ],
            "faq": [
                {
                    "question": "What does the long-term permit give me?",
                    "answer": (
                        "<ul><li>You no longer renew your permit every one or two years.</li><li>"
                        "You can work as an employee or self-employed, except in activities the "
                        "law reserves for Italian citizens.</li><li>You have access to the social "
                        "benefits and services the law provides for holders of this permit.</li>"
                        "<li>You can travel to other Schengen countries for up to 90 days in any "
                        "180 without a visa and, under certain conditions, move to another EU "
                        "country to work or study.</li><li>You are better protected against "
                        "expulsion.</li></ul><p>Italian citizenship is a different procedure: as a "
                        "rule you can apply after 10 years of legal residence.</p>"
                    ),
                },
                {
                    "question": "Can I lose the long-term permit?",
                    "answer": (
                        "<p>Yes, for example if you live outside the European Union for more than "
                        "12 months in a row, if you stay outside Italy for more than 6 years, or "
                        "for serious reasons of public order and security. These are the current "
                        "rules: if you have to stay abroad for a long time, ask the Questura "
                        "first.</p>"
                    ),
                },
                {
                    "question": "Can I apply for my family too?",
                    "answer": (
                        "<p>Yes. You can also apply for your spouse, your minor children and the "
                        "other family members provided by law who live with you and have a "
                        "residence permit, if your income is enough for the whole family and you "
                        "have suitable housing. Family members aged 14 and over must pass the "
                        "Italian test or be exempt.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "Legislative Decree no. 286 of 25 July 1998 (Consolidated Immigration "
                        "Act), art. 9"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "Requirements, duration and withdrawal of the EU long-term residence permit"
                    ),
                },
                {
                    "text": "Decree of the Minister of the Interior of 4 June 2010",
                    "url": "",
                    "note": "Italian language test and exemptions",
                },
                {
                    "text": "Council Directive 2003/109/EC of 25 November 2003",
                    "url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32003L0109",
                    "note": "EU rules on third-country nationals who are long-term residents",
                },
            ],
        },
        "fr": {
            "title": "Le permis UE de résident de longue durée",
            "slug": "permis-ue-resident-longue-duree",
            "intro": (
                "Après 5 ans de séjour régulier en Italie, vous pouvez demander le permis UE de "
                "résident de longue durée (permesso UE per soggiornanti di lungo periodo). Votre "
                "droit au séjour n'a plus d'échéance : la carte se renouvelle tous les 10 ans sans "
                "avoir à prouver de nouveau les conditions, et elle vous donne plus de droits et "
                "plus de stabilité."
            ),
            "who_for": (
                "Ressortissants de pays hors UE qui vivent régulièrement en Italie depuis au moins "
                "5 ans, avec un revenu et un logement, et les membres de leur famille. Pour les "
                "personnes qui vivent dans la province de Reggio Emilia."
            ),
            "steps": [
                {
                    "title": "Vérifiez que vous remplissez les conditions",
                    "details": (
                        "<ul><li><b>5 ans de séjour régulier</b> en Italie avec un titre valide. "
                        "Les absences n'interrompent pas la période si elles durent moins de 6 "
                        "mois consécutifs et moins de 10 mois au total sur les 5 ans. Les "
                        "bénéficiaires de la protection internationale comptent aussi le temps "
                        "écoulé depuis leur demande d'asile.</li><li>Un <b>revenu</b> sur la "
                        "dernière année au moins égal au montant annuel de l'<b>assegno sociale</b>"
                        " (allocation sociale) ; si vous faites aussi la demande pour votre "
                        "famille, il faut un revenu plus élevé. Le montant change chaque année : "
                        'vérifiez-le sur le site de l\'INPS (<a href="https://www.inps.it">'
                        "www.inps.it</a>).</li><li>Un <b>logement adapté</b> : le certificat "
                        "d'aptitude du logement (idoneità alloggiativa) délivré par la Commune est "
                        "nécessaire si vous faites aussi la demande pour votre famille ; beaucoup "
                        "de Questure le demandent de toute façon, renseignez-vous avant.</li><li>"
                        "La connaissance de l'<b>italien</b> au moins au niveau A2.</li></ul><p>"
                        "Certains titres ne donnent pas droit au permis de longue durée, par "
                        "exemple les titres pour études ou formation professionnelle, la demande "
                        "d'asile et les titres de courte durée.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Passez le test d'italien ou vérifiez si vous en êtes dispensé",
                    "details": (
                        "<p>Le test de langue italienne (niveau A2) est <b>gratuit</b>. La demande "
                        "se fait uniquement en ligne, sur le portail des services du ministère de "
                        "l'Intérieur : les Communes, les patronati et les associations peuvent "
                        "vous aider. Dans les 60 jours, la Prefettura vous convoque, en général "
                        "par e-mail, pour passer le test dans un CPIA (école publique pour "
                        "adultes). Si vous échouez, vous pouvez refaire une demande après 90 "
                        "jours.</p><p><b>Vous n'avez pas à passer le test</b> si, par exemple :</p>"
                        "<ul><li>vous avez une attestation d'italien de niveau A2 ou plus délivrée "
                        "par un CPIA ou par un organisme certificateur reconnu (CILS, CELI, PLIDA, "
                        "CERT.IT) ;</li><li>vous avez un diplôme de fin de collège ou de lycée "
                        "obtenu dans une école italienne, ou vous suivez des études "
                        "universitaires, un master ou un doctorat en Italie ;</li><li>le niveau A2 "
                        "ou plus vous a été reconnu lors de la vérification de votre accord "
                        "d'intégration (accordo di integrazione) ;</li><li>vous avez moins de 14 "
                        "ans, ou de graves difficultés d'apprentissage de la langue dues à l'âge, "
                        "à une maladie ou à un handicap, certifiées par une structure sanitaire "
                        "publique.</li></ul>"
                    ),
                    "documents": [],
                    "where": "Demande en ligne ; test dans un CPIA de la province",
                    "cost": "Gratuit",
                    "duration": "Convocation dans les 60 jours suivant la demande",
                },
                {
                    "title": "Préparez vos documents",
                    "details": (
                        "<p>Le certificat d'aptitude du logement se demande à la Commune où vous "
                        "habitez : cela peut prendre quelques semaines, demandez-le à l'avance. La "
                        "Questura vérifie aussi le casier judiciaire : si vous avez des "
                        "condamnations ou des procès en cours, parlez-en d'abord à un patronato ou "
                        "à un avocat.</p>"
                    ),
                    "documents": [
                        "Photocopie de toutes les pages de votre passeport valide",
                        "Photocopie de votre titre de séjour",
                        (
                            "Déclaration de revenus de la dernière année (modello 730, Redditi PF "
                            "ou Certificazione Unica)"
                        ),
                        "Si vous travaillez : contrat de travail et dernières fiches de paie",
                        "Certificat d'aptitude du logement délivré par la Commune",
                        "Attestation du test d'italien ou document de dispense",
                        (
                            "Pour la famille : documents prouvant le lien de parenté (par exemple "
                            "acte de mariage ou de naissance)"
                        ),
                        "Timbre fiscal de 16 euros (marca da bollo)",
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Envoyez la demande avec le kit postal",
                    "details": (
                        "<p>Remplissez le kit et envoyez-le depuis le <b>Sportello Amico</b> d'un "
                        "bureau de poste, comme pour un renouvellement. Gardez le récépissé et "
                        "allez à la Questura à la date indiquée pour les empreintes digitales, "
                        "avec 4 photos d'identité et les originaux des documents.</p><p>Les "
                        "patronati et les guichets de la Commune pour les ressortissants étrangers "
                        "peuvent vous aider gratuitement. Les bénéficiaires de la protection "
                        "internationale ne paient pas la contribution.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "Bureau de poste avec guichet Sportello Amico ; puis Questura de Reggio "
                        "Emilia, bureau de l'immigration"
                    ),
                    "cost": (
                        "Contribution de 100 € + 30,46 € titre électronique + 16 € timbre fiscal + "
                        "30 € Poste : vérifiez les montants en vigueur à la poste ou sur "
                        "portaleimmigrazione.it"
                    ),
                    "duration": "La loi prévoit la délivrance dans les 90 jours suivant la demande",
                },
                {
                    "title": "Retirez le permis et tenez-le à jour",
                    "details": (
                        "<p>Avec le permis UE de résident de longue durée, votre <b>droit au "
                        "séjour n'a pas d'échéance</b> : vous n'avez plus à prouver les "
                        "conditions. La carte est toutefois valable <b>10 ans</b> (5 ans pour les "
                        "moins de 18 ans) : à l'échéance, vous la renouvelez avec le kit postal et "
                        "de nouvelles photos. Il faut aussi la mettre à jour quand vous changez de "
                        "passeport, d'adresse ou de situation familiale.</p><p>Pour renouveler ou "
                        "mettre à jour la carte, vous n'avez pas à repasser le test d'italien.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
            ],
            "faq": [
                {
                    "question": "Qu'est-ce que le permis de longue durée m'apporte ?",
                    "answer": (
                        "<ul><li>Vous ne renouvelez plus votre titre tous les un ou deux ans.</li>"
                        "<li>Vous pouvez travailler comme salarié ou indépendant, sauf dans les "
                        "activités que la loi réserve aux citoyens italiens.</li><li>Vous avez "
                        "accès aux prestations sociales et aux services que la loi prévoit pour "
                        "les titulaires de ce permis.</li><li>Vous pouvez voyager dans les autres "
                        "pays de l'espace Schengen jusqu'à 90 jours sur 180 sans visa et, sous "
                        "certaines conditions, vous installer dans un autre pays de l'UE pour "
                        "travailler ou étudier.</li><li>Vous êtes mieux protégé contre "
                        "l'expulsion.</li></ul><p>La nationalité italienne est une autre procédure "
                        ": en règle générale, on peut la demander après 10 ans de résidence "
                        "légale.</p>"
                    ),
                },
                {
                    "question": "Puis-je perdre le permis de longue durée ?",
                    "answer": (
                        "<p>Oui, par exemple si vous vivez hors de l'Union européenne plus de 12 "
                        "mois consécutifs, si vous restez hors d'Italie plus de 6 ans, ou pour des "
                        "motifs graves d'ordre public et de sécurité. Ce sont les règles actuelles "
                        ": si vous devez rester longtemps à l'étranger, renseignez-vous d'abord à "
                        "la Questura.</p>"
                    ),
                },
                {
                    "question": "Puis-je faire la demande pour ma famille aussi ?",
                    "answer": (
                        "<p>Oui. Vous pouvez aussi la faire pour votre conjoint, vos enfants "
                        "mineurs et les autres membres de la famille prévus par la loi qui vivent "
                        "avec vous et ont un titre de séjour, si votre revenu suffit pour toute la "
                        "famille et si vous avez un logement adapté. Les membres de la famille de "
                        "14 ans et plus doivent réussir le test d'italien ou en être dispensés.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "Décret législatif n° 286 du 25 juillet 1998 (Texte unique sur "
                        "l'immigration), art. 9"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": "Conditions, durée et retrait du permis UE de résident de longue durée",
                },
                {
                    "text": "Décret du ministre de l'Intérieur du 4 juin 2010",
                    "url": "",
                    "note": "Test de langue italienne et cas de dispense",
                },
                {
                    "text": "Directive 2003/109/CE du Conseil du 25 novembre 2003",
                    "url": "https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32003L0109",
                    "note": (
                        "Règles européennes sur les ressortissants de pays tiers résidents de "
                        "longue durée"
                    ),
                },
            ],
        },
        "ar": {
            "title": "تصريح الإقامة الأوروبي للمقيمين لفترة طويلة",
            "intro": (
                "بعد 5 سنوات من الإقامة النظامية في إيطاليا، يمكنك طلب تصريح الإقامة الأوروبي "
                "للمقيمين لفترة طويلة (permesso UE per soggiornanti di lungo periodo). لا ينتهي "
                "حقك في الإقامة بعد ذلك: تُجدَّد البطاقة كل 10 سنوات من دون الحاجة إلى إثبات الشروط "
                "من جديد، ويمنحك هذا التصريح حقوقًا أكثر واستقرارًا أكبر."
            ),
            "who_for": (
                "مواطنو الدول غير الأعضاء في الاتحاد الأوروبي الذين يقيمون في إيطاليا بصورة نظامية "
                "منذ 5 سنوات على الأقل ولديهم دخل ومسكن، وكذلك أفراد أسرهم. هذا الدليل موجّه "
                "للمقيمين في مقاطعة ريدجو إميليا."
            ),
            "steps": [
                {
                    "title": "تحقّق من استيفائك للشروط",
                    "details": (
                        "<ul><li><b>5 سنوات من الإقامة النظامية</b> في إيطاليا بتصريح ساري "
                        "المفعول. لا تقطع فترات الغياب هذه المدة إذا كانت أقل من 6 أشهر متتالية "
                        "وأقل من 10 أشهر إجمالًا خلال السنوات الخمس. ويحتسب الحاصلون على الحماية "
                        "الدولية أيضًا المدة منذ تقديم طلب اللجوء.</li><li><b>دخل</b> في السنة "
                        "الأخيرة لا يقل عن المبلغ السنوي لـ<b>المعاش الاجتماعي</b> (assegno "
                        "sociale)؛ وإذا قدّمت الطلب لأفراد أسرتك أيضًا فيلزم دخل أعلى. يتغير المبلغ "
                        "كل سنة: تحقّق منه على موقع المعهد الوطني للضمان الاجتماعي INPS (<a "
                        'href="https://www.inps.it">www.inps.it</a>).</li><li><b>مسكن ملائم</b>: '
                        "تحتاج إلى شهادة ملاءمة السكن (idoneità alloggiativa) الصادرة عن البلدية "
                        "إذا قدّمت الطلب لأفراد أسرتك أيضًا؛ وكثير من مديريات الشرطة تطلبها في جميع "
                        "الأحوال، فاستفسر مسبقًا.</li><li>معرفة <b>اللغة الإيطالية</b> بمستوى A2 "
                        "على الأقل.</li></ul><p>بعض التصاريح لا تؤهل للحصول على تصريح الإقامة طويل "
                        "الأمد، مثل تصاريح الدراسة أو التدريب المهني، وطلب اللجوء، والتصاريح قصيرة "
                        "المدة.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "اجتز اختبار اللغة الإيطالية أو تحقّق مما إذا كنت معفى منه",
                    "details": (
                        "<p>اختبار اللغة الإيطالية (المستوى A2) <b>مجاني</b>. يُقدَّم الطلب عبر "
                        "الإنترنت فقط، على بوابة خدمات وزارة الداخلية، ويمكن للبلديات ومكاتب "
                        "المساعدة (patronati) والجمعيات مساعدتك. وخلال 60 يومًا تستدعيك المحافظة "
                        "(Prefettura)، عادةً بالبريد الإلكتروني، لإجراء الاختبار في أحد مراكز CPIA "
                        "(مدرسة حكومية لتعليم الكبار). وإذا لم تنجح، يمكنك تقديم طلب جديد بعد 90 "
                        "يومًا.</p><p><b>لا تحتاج إلى إجراء الاختبار</b> في حالات منها:</p><ul><li>"
                        "إذا كانت لديك شهادة في اللغة الإيطالية بمستوى A2 أو أعلى صادرة عن أحد "
                        "مراكز CPIA أو عن جهة اعتماد معترف بها (CILS أو CELI أو PLIDA أو "
                        "CERT.IT)؛</li><li>إذا كانت لديك شهادة المرحلة المتوسطة أو الثانوية من "
                        "مدرسة إيطالية، أو كنت تدرس في جامعة أو في برنامج ماجستير أو دكتوراه في "
                        "إيطاليا؛</li><li>إذا اعتُرف لك بالمستوى A2 أو أعلى عند التحقق من اتفاق "
                        "الاندماج (accordo di integrazione)؛</li><li>إذا كان عمرك أقل من 14 سنة، "
                        "أو كانت لديك صعوبات خطيرة في تعلّم اللغة بسبب السن أو المرض أو الإعاقة، "
                        "مثبتة بشهادة من مرفق صحي عام.</li></ul>"
                    ),
                    "documents": [],
                    "where": "الطلب عبر الإنترنت؛ والاختبار في أحد مراكز CPIA في المقاطعة",
                    "cost": "مجاني",
                    "duration": "الاستدعاء خلال 60 يومًا من تقديم الطلب",
                },
                {
                    "title": "جهّز وثائقك",
                    "details": (
                        "<p>تُطلب شهادة ملاءمة السكن من بلدية مكان سكنك، وقد يستغرق الحصول عليها "
                        "بضعة أسابيع، لذا اطلبها مبكرًا. كما تتحقق مديرية الشرطة من السجل الجنائي: "
                        "إذا كانت لديك أحكام إدانة أو قضايا جارية، فتحدّث أولًا مع أحد مكاتب "
                        "المساعدة (patronato) أو مع محامٍ.</p>"
                    ),
                    "documents": [
                        "نسخة من جميع صفحات جواز السفر الساري",
                        "نسخة من تصريح الإقامة",
                        (
                            "الإقرار الضريبي للسنة الأخيرة (modello 730 أو Redditi PF أو "
                            "Certificazione Unica)"
                        ),
                        "إذا كنت تعمل: عقد العمل وآخر قسائم الراتب",
                        "شهادة ملاءمة السكن الصادرة عن البلدية",
                        "شهادة اختبار اللغة الإيطالية أو الوثيقة التي تعفيك منه",
                        "لأفراد الأسرة: وثائق تثبت صلة القرابة (مثل عقد الزواج أو شهادة الميلاد)",
                        "طابع مالي بقيمة 16 يورو (marca da bollo)",
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "أرسل الطلب بواسطة حزمة البريد",
                    "details": (
                        "<p>املأ الحزمة وأرسلها من شباك <b>Sportello Amico</b> في أحد مكاتب "
                        "البريد، كما في تجديد التصريح. احتفظ بالإيصال واذهب إلى مديرية الشرطة في "
                        "الموعد المحدد لأخذ البصمات، ومعك 4 صور شخصية وأصول الوثائق.</p><p>يمكن "
                        "لمكاتب المساعدة (patronati) ومكاتب البلدية المخصّصة للمواطنين الأجانب "
                        "مساعدتك مجانًا. ولا يدفع الحاصلون على الحماية الدولية المساهمة.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "مكتب بريد فيه شباك Sportello Amico؛ ثم مديرية الشرطة في ريدجو إميليا، "
                        "مكتب الهجرة"
                    ),
                    "cost": (
                        "مساهمة 100 يورو + 30.46 يورو للتصريح الإلكتروني + 16 يورو للطابع المالي + "
                        "30 يورو للبريد: تحقّق من المبالغ السارية في مكتب البريد أو على "
                        "portaleimmigrazione.it"
                    ),
                    "duration": "ينص القانون على إصدار التصريح خلال 90 يومًا من تقديم الطلب",
                },
                {
                    "title": "استلم التصريح وحافظ على تحديثه",
                    "details": (
                        "<p>مع تصريح الإقامة الأوروبي للمقيمين لفترة طويلة <b>لا ينتهي حقك في "
                        "الإقامة</b>: لن تحتاج بعد ذلك إلى إثبات الشروط. لكن البطاقة صالحة لمدة <b>"
                        "10 سنوات</b> (5 سنوات لمن هم دون 18 سنة)، وعند انتهاء صلاحيتها تجدّدها "
                        "بواسطة حزمة البريد وصور جديدة. ويجب أيضًا تحديثها عندما تغيّر جواز السفر أو "
                        "العنوان أو وضعك العائلي.</p><p>لا تحتاج إلى إعادة اختبار اللغة الإيطالية "
                        "لتجديد البطاقة أو تحديثها.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
            ],
            "faq": [
                {
                    "question": "ماذا يمنحني تصريح الإقامة طويل الأمد؟",
                    "answer": (
                        "<ul><li>لن تحتاج بعد ذلك إلى تجديد التصريح كل سنة أو سنتين.</li><li>يمكنك "
                        "العمل موظفًا أو لحسابك الخاص، باستثناء الأنشطة التي يخصصها القانون "
                        "للمواطنين الإيطاليين.</li><li>يمكنك الحصول على المساعدات الاجتماعية "
                        "والخدمات التي ينص عليها القانون لحاملي هذا التصريح.</li><li>يمكنك السفر "
                        "إلى بلدان منطقة شنغن الأخرى لمدة تصل إلى 90 يومًا خلال كل 180 يومًا من دون "
                        "تأشيرة، كما يمكنك بشروط معينة الانتقال إلى بلد آخر في الاتحاد الأوروبي "
                        "للعمل أو الدراسة.</li><li>تتمتع بحماية أقوى من الترحيل.</li></ul><p>"
                        "الجنسية الإيطالية إجراء مختلف: يمكن طلبها عادةً بعد 10 سنوات من الإقامة "
                        "القانونية.</p>"
                    ),
                },
                {
                    "question": "هل يمكن أن أفقد تصريح الإقامة طويل الأمد؟",
                    "answer": (
                        "<p>نعم، مثلًا إذا عشت خارج الاتحاد الأوروبي أكثر من 12 شهرًا متتاليًا، أو "
                        "بقيت خارج إيطاليا أكثر من 6 سنوات، أو لأسباب خطيرة تتعلق بالنظام العام "
                        "والأمن. هذه هي القواعد الحالية: إذا كنت مضطرًا إلى البقاء في الخارج مدة "
                        "طويلة، فاستفسر أولًا لدى مديرية الشرطة.</p>"
                    ),
                },
                {
                    "question": "هل يمكنني تقديم الطلب لأسرتي أيضًا؟",
                    "answer": (
                        "<p>نعم. يمكنك تقديمه أيضًا للزوج أو الزوجة، وللأبناء القاصرين، ولأفراد "
                        "الأسرة الآخرين الذين ينص عليهم القانون، إذا كانوا يعيشون معك ولديهم تصريح "
                        "إقامة، وكان دخلك كافيًا للأسرة كلها ولديك مسكن ملائم. ويجب على أفراد "
                        "الأسرة الذين بلغوا 14 سنة فأكثر اجتياز اختبار اللغة الإيطالية أو الحصول "
                        "على إعفاء منه.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "المرسوم التشريعي رقم 286 الصادر في 25 يوليو 1998 (النص الموحد للهجرة)، "
                        "المادة 9"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": "شروط تصريح الإقامة الأوروبي طويل الأمد ومدته وسحبه",
                },
                {
                    "text": "مرسوم وزير الداخلية المؤرخ 4 يونيو 2010",
                    "url": "",
                    "note": "اختبار اللغة الإيطالية وحالات الإعفاء",
                },
                {
                    "text": "توجيه مجلس الاتحاد الأوروبي 2003/109/EC المؤرخ 25 نوفمبر 2003",
                    "url": "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32003L0109",
                    "note": "القواعد الأوروبية الخاصة بمواطني الدول الثالثة المقيمين لفترة طويلة",
                },
            ],
        },
    },
]
