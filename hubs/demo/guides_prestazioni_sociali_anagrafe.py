"""Demo guides of the HUB Prestazioni sociali e anagrafe (Ravenna), in the format of
``hubs/demo/__init__.py``.

Checked against the rules in force in 2026: residence is declared within 20 days and
registered "in real time" (D.L. 5/2012), with silent assent after 45 days; the CIE costs
the State's 16.79 euros plus the Comune's own fee, which each Comune sets, so the guide
sends readers to the Comune for the total. The assegno unico's amounts are revalued every
January: the guide names no amount and points to inps.it instead.
"""

RESIDENCE_AND_CIE = {
    "key": "residenza-anagrafica-e-cie",
    "hub": "prestazioni-sociali-anagrafe",
    "topic": "anagrafe-e-documenti",
    "audience": "migrants",
    "share_with_pim": True,
    "pim_category": "guide",
    "restricted": False,
    "last_reviewed": "2026-02-16",
    "review_interval_months": 12,
    "leaflet": {
        "languages": ["it", "en", "fr", "ar", "ro"],
    },
    "it": {
        "title": (
            "Iscriversi all'anagrafe (residenza) e ottenere la carta d'identità elettronica (CIE)"
        ),
        "slug": "residenza-anagrafica-e-carta-identita-elettronica",
        "intro": (
            "Quando vai a vivere in un Comune devi dichiarare la residenza all'Anagrafe entro 20 "
            "giorni. Con la residenza puoi chiedere la carta d'identità elettronica (CIE) e "
            "accedere a molti servizi."
        ),
        "who_for": (
            "Cittadini stranieri con permesso di soggiorno valido (o con la ricevuta della "
            "domanda di rinnovo) che arrivano a Ravenna dall'estero o da un altro Comune, oppure "
            "che cambiano casa nello stesso Comune."
        ),
        "steps": [
            {
                "title": "Prepara il modulo e i documenti",
                "details": (
                    "<p>Per dichiarare la residenza serve il modulo ministeriale «Dichiarazione "
                    "di residenza»: lo trovi all'Anagrafe o sul sito del Comune. Compilalo per te "
                    "e per i familiari che si trasferiscono con te.</p><p>Se non sei proprietario "
                    "della casa, devi indicare il titolo che ti permette di abitarci: contratto "
                    "di affitto registrato, comodato oppure dichiarazione del proprietario (o di "
                    "chi ha il contratto) che ti ospita.</p><p>Se hai appena chiesto il primo "
                    "permesso di soggiorno, chiedi all'Anagrafe o all'HUB quali ricevute sono "
                    "accettate.</p>"
                ),
                "documents": [
                    "Passaporto o documento equivalente",
                    (
                        "Permesso di soggiorno valido, oppure ricevuta della domanda di rinnovo "
                        "insieme al permesso scaduto"
                    ),
                    "Codice fiscale",
                    (
                        "Contratto di affitto registrato, atto di proprietà o comodato, oppure "
                        "dichiarazione di chi ti ospita con copia del suo documento"
                    ),
                    (
                        "Per i familiari: certificati di matrimonio o di nascita tradotti e "
                        "legalizzati (o con apostille)"
                    ),
                ],
                "where": (
                    "Ufficio Anagrafe del Comune di Ravenna (controlla sul sito del Comune sedi, "
                    "orari e se serve l'appuntamento)"
                ),
                "cost": "Gratuito",
                "duration": "Entro 20 giorni dal trasloco",
            },
            {
                "title": "Presenta la dichiarazione entro 20 giorni",
                "details": (
                    "<p>Puoi presentare la dichiarazione in diversi modi:</p><ul><li><b>di "
                    "persona</b> all'Anagrafe;</li><li><b>per e-mail o PEC</b> all'indirizzo "
                    "indicato dal Comune, con il modulo firmato e la copia dei documenti (è "
                    "possibile anche la raccomandata);</li><li><b>online</b> sul portale <a "
                    'href="https://www.anagrafenazionale.interno.gov.it">ANPR</a> con SPID o '
                    "CIE, se sei già iscritto all'anagrafe di un Comune italiano e il servizio è "
                    "disponibile per il tuo caso.</li></ul><p>Il modulo va firmato da tutti i "
                    "familiari maggiorenni che si trasferiscono.</p>"
                ),
                "where": "Anagrafe del Comune, indirizzo e-mail/PEC del Comune o portale ANPR",
                "cost": "Gratuito",
                "duration": "Il Comune registra la residenza entro 2 giorni lavorativi",
            },
            {
                "title": "Aspetta il controllo della Polizia Locale",
                "details": (
                    "<p>La residenza vale <b>dalla data della dichiarazione</b>. Dopo, il Comune "
                    "controlla che tu abiti davvero all'indirizzo dichiarato: di solito passa la "
                    "Polizia Locale.</p><ul><li>Metti il tuo nome sul campanello e sulla cassetta "
                    "delle lettere.</li><li>Se non ti trovano in casa, possono tornare o lasciare "
                    "un avviso: rispondi subito.</li></ul><p>Se entro <b>45 giorni</b> dalla "
                    "dichiarazione il Comune non ti comunica un problema, la residenza è "
                    "confermata (<b>silenzio-assenso</b>). Se il controllo è negativo, il Comune "
                    "ti avvisa e puoi spiegare la tua situazione per iscritto; se la residenza "
                    "non viene confermata, torni alla situazione precedente. Dichiarare il falso "
                    "è un reato.</p>"
                ),
                "where": "A casa tua",
                "cost": "Gratuito",
                "duration": "Fino a 45 giorni dalla dichiarazione",
            },
            {
                "title": "Prenota la carta d'identità elettronica (CIE)",
                "details": (
                    "<p>Quando sei iscritto all'anagrafe puoi chiedere la CIE al tuo Comune. "
                    "Prenota l'appuntamento sul sito del Ministero dell'Interno <a "
                    'href="https://agendacie.interno.gov.it">Agenda CIE</a> oppure come '
                    "indicato dal Comune.</p><p>Il costo è di <b>16,79 euro</b> per la parte "
                    "dello Stato, più i diritti fissati dal Comune: <b>chiedi al Comune il "
                    "totale</b> e come pagare.</p>"
                ),
                "documents": [
                    "Passaporto",
                    "Permesso di soggiorno valido",
                    "Codice fiscale o tessera sanitaria",
                    "Vecchia carta d'identità, oppure denuncia di smarrimento o furto",
                    (
                        "Una fototessera recente (chiedi al Comune se la accetta anche in formato "
                        "digitale)"
                    ),
                ],
                "where": "Comune di residenza, su appuntamento",
                "cost": (
                    "16,79 euro (parte statale) più i diritti comunali: chiedi il totale al Comune"
                ),
                "duration": "Dipende dagli appuntamenti disponibili",
            },
            {
                "title": "All'appuntamento: foto, impronte e consegna per posta",
                "details": (
                    "<p>L'operatore controlla i tuoi dati, acquisisce la foto, le <b>impronte "
                    "digitali</b> (dai 12 anni) e la firma. Ti consegna una ricevuta con la "
                    "<b>prima parte del PIN e del PUK</b>: conservala.</p><p>La carta viene "
                    "stampata dal Poligrafico dello Stato e arriva <b>per posta</b> all'indirizzo "
                    "che scegli (casa tua o il Comune). Nella busta trovi la seconda parte del "
                    "PIN e del PUK.</p><ul><li>Validità: 3 anni sotto i 3 anni di età, 5 anni dai "
                    "3 ai 18 anni, 10 anni per i maggiorenni.</li><li>Con il PIN puoi usare la "
                    "CIE per entrare nei servizi online (INPS, ANPR, Agenzia delle "
                    "Entrate).</li></ul><p><b>Attenzione:</b> per i cittadini stranieri la CIE "
                    "<b>non è valida per l'espatrio</b>. Per viaggiare all'estero usa il "
                    "passaporto e il permesso di soggiorno.</p>"
                ),
                "where": "Ufficio del Comune; consegna a casa o al Comune",
                "cost": "Compreso nel costo della CIE",
                "duration": "Di solito la carta arriva in circa 6 giorni lavorativi",
            },
        ],
        "faq": [
            {
                "question": (
                    "Posso iscrivermi all'anagrafe se il mio permesso di soggiorno è in rinnovo?"
                ),
                "answer": (
                    "<p>Sì. Porta la ricevuta della domanda di rinnovo insieme al permesso "
                    "scaduto.</p><p>Ricorda: ogni volta che rinnovi il permesso, entro <b>60 "
                    "giorni</b> devi portare il nuovo permesso all'Anagrafe (rinnovo della "
                    "dichiarazione di dimora abituale). Se non lo fai, puoi essere cancellato "
                    "dall'anagrafe.</p>"
                ),
            },
            {
                "question": "Non ho una casa: posso avere la residenza?",
                "answer": (
                    "<p>Sì. Le persone senza dimora possono iscriversi all'anagrafe a un "
                    "<b>indirizzo convenzionale</b> (una «via fittizia», che esiste solo nel "
                    "registro) istituito dal Comune, indicando dove possono essere trovate. "
                    "Chiedi ai servizi sociali del Comune o all'HUB.</p>"
                ),
            },
            {
                "question": "Perché la residenza è così importante?",
                "answer": (
                    "<p>Serve per la carta d'identità, per l'assegno unico e per molte altre "
                    "prestazioni sociali, e per chiedere una casa popolare. Gli anni di residenza "
                    "registrati contano anche per la cittadinanza italiana.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.P.R. 30 maggio 1989, n. 223 (regolamento anagrafico), artt. 7 e 13",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1989-05-30;223"
                ),
                "note": (
                    "Dichiarazione entro 20 giorni; per gli stranieri, rinnovo della dimora "
                    "abituale entro 60 giorni dal rinnovo del permesso."
                ),
            },
            {
                "text": "D.L. 9 febbraio 2012, n. 5, art. 5",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legge:2012-02-09;5"
                ),
                "note": (
                    "Cambio di residenza «in tempo reale»: registrazione entro 2 giorni "
                    "lavorativi e silenzio-assenso dopo 45 giorni."
                ),
            },
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286, art. 6, comma 7",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "Gli stranieri regolarmente soggiornanti si iscrivono all'anagrafe alle "
                    "stesse condizioni degli italiani."
                ),
            },
        ],
    },
    "en": {
        "title": (
            "Registering your residence (residenza anagrafica) and getting the electronic "
            "identity card (CIE)"
        ),
        "slug": "registering-residence-and-electronic-identity-card",
        "intro": (
            "When you move to live in a Comune (municipality), you must declare your residence at "
            "the Anagrafe (population registry) within 20 days. Once you are resident, you can "
            "ask for the electronic identity card (CIE) and use many services."
        ),
        "who_for": (
            "Foreign citizens with a valid residence permit (or the receipt of the renewal "
            "application) who arrive in Ravenna from abroad or from another Comune, or who move "
            "house within the same Comune."
        ),
        "steps": [
            {
                "title": "Prepare the form and the documents",
                "details": (
                    "<p>To declare your residence you need the Ministry form «Dichiarazione di "
                    "residenza»: you can get it at the Anagrafe or on the Comune's website. Fill "
                    "it in for yourself and for the family members who move with you.</p><p>If "
                    "you do not own the home, you must state what gives you the right to live "
                    "there: a registered rental contract, a loan-for-use agreement (comodato) or "
                    "a declaration by the owner (or the tenant) who hosts you.</p><p>If you have "
                    "just applied for your first residence permit, ask the Anagrafe or the HUB "
                    "which receipts are accepted.</p>"
                ),
                "documents": [
                    "Passport or equivalent document",
                    (
                        "Valid residence permit (permesso di soggiorno), or the receipt of the "
                        "renewal application together with the expired permit"
                    ),
                    "Codice fiscale (tax code)",
                    (
                        "Registered rental contract, title deed or loan-for-use agreement, or a "
                        "declaration by the person who hosts you with a copy of their ID"
                    ),
                    (
                        "For family members: marriage or birth certificates, translated and "
                        "legalised (or with an apostille)"
                    ),
                ],
                "where": (
                    "Anagrafe of the Comune di Ravenna (check the Comune's website for offices, "
                    "opening hours and whether you need an appointment)"
                ),
                "cost": "Free",
                "duration": "Within 20 days of moving",
            },
            {
                "title": "Submit the declaration within 20 days",
                "details": (
                    "<p>You can submit the declaration in several ways:</p><ul><li><b>in "
                    "person</b> at the Anagrafe;</li><li><b>by e-mail or PEC</b> (certified "
                    "e-mail) to the address given by the Comune, with the signed form and copies "
                    "of the documents (registered post is also possible);</li><li><b>online</b> "
                    'on the <a href="https://www.anagrafenazionale.interno.gov.it">ANPR</a> '
                    "portal with SPID or CIE, if you are already registered in an Italian Comune "
                    "and the service is available for your case.</li></ul><p>All adult family "
                    "members who move must sign the form.</p>"
                ),
                "where": (
                    "Anagrafe of the Comune, the Comune's e-mail/PEC address or the ANPR portal"
                ),
                "cost": "Free",
                "duration": "The Comune registers your residence within 2 working days",
            },
            {
                "title": "Wait for the check by the Polizia Locale",
                "details": (
                    "<p>Your residence counts <b>from the date of the declaration</b>. "
                    "Afterwards, the Comune checks that you really live at the address you "
                    "declared: usually the Polizia Locale (municipal police) comes to your "
                    "home.</p><ul><li>Put your name on the doorbell and on the "
                    "letterbox.</li><li>If you are not at home, they may come back or leave a "
                    "notice: answer quickly.</li></ul><p>If the Comune does not tell you about a "
                    "problem within <b>45 days</b> of your declaration, your residence is "
                    "confirmed (<b>silent assent</b>). If the check is negative, the Comune "
                    "informs you and you can explain your situation in writing; if the residence "
                    "is not confirmed, your previous situation is restored. Making a false "
                    "declaration is a crime.</p>"
                ),
                "where": "At your home",
                "cost": "Free",
                "duration": "Up to 45 days from the declaration",
            },
            {
                "title": "Book the electronic identity card (CIE)",
                "details": (
                    "<p>Once you are registered at the Anagrafe, you can ask your Comune for the "
                    "CIE. Book an appointment on the Ministry of the Interior's <a "
                    'href="https://agendacie.interno.gov.it">Agenda CIE</a> website or as the '
                    "Comune explains.</p><p>The cost is <b>16.79 euros</b> for the State, plus "
                    "the fees set by the Comune: <b>ask the Comune for the total</b> and how to "
                    "pay.</p>"
                ),
                "documents": [
                    "Passport",
                    "Valid residence permit",
                    "Codice fiscale or health card (tessera sanitaria)",
                    "Your old identity card, or the report of its loss or theft",
                    (
                        "A recent passport-size photo (ask the Comune whether a digital photo is "
                        "accepted)"
                    ),
                ],
                "where": "The Comune where you are resident, by appointment",
                "cost": (
                    "16.79 euros (State share) plus the Comune's fees: ask the Comune for the total"
                ),
                "duration": "Depends on available appointments",
            },
            {
                "title": "At the appointment: photo, fingerprints and delivery by post",
                "details": (
                    "<p>The officer checks your data and takes your photo, your "
                    "<b>fingerprints</b> (from age 12) and your signature. You receive a receipt "
                    "with the <b>first half of the PIN and PUK</b> codes: keep it safe.</p><p>The "
                    "card is printed by the State Mint (Poligrafico dello Stato) and sent <b>by "
                    "post</b> to the address you choose (your home or the Comune). The envelope "
                    "contains the second half of the PIN and PUK.</p><ul><li>Validity: 3 years "
                    "for children under 3, 5 years from 3 to 18, 10 years for "
                    "adults.</li><li>With the PIN you can use the CIE to log in to online "
                    "services (INPS, ANPR, Agenzia delle Entrate).</li></ul><p><b>Important:</b> "
                    "for foreign citizens the CIE is <b>not valid for travel abroad</b>. To "
                    "travel, use your passport and your residence permit.</p>"
                ),
                "where": "The Comune's office; delivery to your home or to the Comune",
                "cost": "Included in the price of the CIE",
                "duration": "The card usually arrives in about 6 working days",
            },
        ],
        "faq": [
            {
                "question": "Can I register my residence if my residence permit is being renewed?",
                "answer": (
                    "<p>Yes. Bring the receipt of the renewal application together with the "
                    "expired permit.</p><p>Remember: every time you renew your permit, you must "
                    "bring the new permit to the Anagrafe within <b>60 days</b> (renewal of the "
                    "declaration of habitual residence). If you do not, you may be removed from "
                    "the register.</p>"
                ),
            },
            {
                "question": "I have no home: can I still get a residence?",
                "answer": (
                    "<p>Yes. People without a home can be registered at a <b>conventional "
                    "address</b> (a «via fittizia», a street that exists only in the register) "
                    "set up by the Comune, stating where they can be found. Ask the Comune's "
                    "social services or the HUB.</p>"
                ),
            },
            {
                "question": "Why is residence so important?",
                "answer": (
                    "<p>You need it for the identity card, the assegno unico (child benefit) and "
                    "many other social benefits, and to apply for social housing. Your registered "
                    "years of residence also count towards Italian citizenship.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": (
                    "D.P.R. 30 maggio 1989, n. 223 (population registry regulation), articles 7 "
                    "and 13"
                ),
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1989-05-30;223"
                ),
                "note": (
                    "Declaration within 20 days; for foreign citizens, renewal of habitual "
                    "residence within 60 days of renewing the permit."
                ),
            },
            {
                "text": "D.L. 9 febbraio 2012, n. 5, article 5",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legge:2012-02-09;5"
                ),
                "note": (
                    "Change of residence «in real time»: registration within 2 working days and "
                    "silent assent after 45 days."
                ),
            },
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286, article 6, paragraph 7",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "Legally staying foreign citizens register on the same terms as Italian "
                    "citizens."
                ),
            },
        ],
    },
    "fr": {
        "title": (
            "Déclarer sa résidence (residenza anagrafica) et obtenir la carte d'identité "
            "électronique (CIE)"
        ),
        "slug": "declarer-sa-residence-et-carte-identite-electronique",
        "intro": (
            "Quand vous vous installez dans une commune (Comune), vous devez déclarer votre "
            "résidence au service de la population (Anagrafe) dans les 20 jours. Une fois "
            "résident, vous pouvez demander la carte d'identité électronique (CIE) et accéder à "
            "de nombreux services."
        ),
        "who_for": (
            "Les ressortissants étrangers titulaires d'un titre de séjour valide (ou du récépissé "
            "de la demande de renouvellement) qui arrivent à Ravenne depuis l'étranger ou depuis "
            "une autre commune, ou qui déménagent dans la même commune."
        ),
        "steps": [
            {
                "title": "Préparez le formulaire et les documents",
                "details": (
                    "<p>Pour déclarer votre résidence, il faut le formulaire du ministère « "
                    "Dichiarazione di residenza » : vous le trouvez à l'Anagrafe ou sur le site "
                    "de la commune. Remplissez-le pour vous et pour les membres de votre famille "
                    "qui déménagent avec vous.</p><p>Si vous n'êtes pas propriétaire du logement, "
                    "vous devez indiquer ce qui vous donne le droit d'y habiter : contrat de "
                    "location enregistré, prêt à usage (comodato) ou déclaration du propriétaire "
                    "(ou du locataire) qui vous héberge.</p><p>Si vous venez de demander votre "
                    "premier titre de séjour, demandez à l'Anagrafe ou au HUB quels récépissés "
                    "sont acceptés.</p>"
                ),
                "documents": [
                    "Passeport ou document équivalent",
                    (
                        "Titre de séjour (permesso di soggiorno) valide, ou récépissé de la "
                        "demande de renouvellement avec le titre expiré"
                    ),
                    "Code fiscal (codice fiscale)",
                    (
                        "Contrat de location enregistré, acte de propriété ou prêt à usage, ou "
                        "déclaration de la personne qui vous héberge avec la copie de sa pièce "
                        "d'identité"
                    ),
                    (
                        "Pour la famille : actes de mariage ou de naissance traduits et légalisés "
                        "(ou apostillés)"
                    ),
                ],
                "where": (
                    "Anagrafe de la commune de Ravenne (vérifiez sur le site de la commune les "
                    "adresses, les horaires et s'il faut un rendez-vous)"
                ),
                "cost": "Gratuit",
                "duration": "Dans les 20 jours suivant le déménagement",
            },
            {
                "title": "Déposez la déclaration dans les 20 jours",
                "details": (
                    "<p>Vous pouvez déposer la déclaration de plusieurs façons :</p><ul><li><b>en "
                    "personne</b> à l'Anagrafe ;</li><li><b>par e-mail ou PEC</b> (courriel "
                    "certifié) à l'adresse indiquée par la commune, avec le formulaire signé et "
                    "la copie des documents (l'envoi en recommandé est aussi possible) "
                    ";</li><li><b>en ligne</b> sur le portail <a "
                    'href="https://www.anagrafenazionale.interno.gov.it">ANPR</a> avec SPID ou '
                    "CIE, si vous êtes déjà inscrit dans une commune italienne et si le service "
                    "est disponible pour votre situation.</li></ul><p>Tous les membres majeurs de "
                    "la famille qui déménagent doivent signer le formulaire.</p>"
                ),
                "where": (
                    "Anagrafe de la commune, adresse e-mail/PEC de la commune ou portail ANPR"
                ),
                "cost": "Gratuit",
                "duration": "La commune enregistre la résidence dans les 2 jours ouvrables",
            },
            {
                "title": "Attendez le contrôle de la Polizia Locale",
                "details": (
                    "<p>La résidence compte <b>à partir de la date de la déclaration</b>. "
                    "Ensuite, la commune vérifie que vous habitez vraiment à l'adresse déclarée : "
                    "en général, la Polizia Locale (police municipale) passe chez "
                    "vous.</p><ul><li>Mettez votre nom sur la sonnette et sur la boîte aux "
                    "lettres.</li><li>Si vous êtes absent, les agents peuvent revenir ou laisser "
                    "un avis : répondez vite.</li></ul><p>Si la commune ne vous signale aucun "
                    "problème dans les <b>45 jours</b> suivant la déclaration, la résidence est "
                    "confirmée (<b>le silence vaut accord</b>). Si le contrôle est négatif, la "
                    "commune vous prévient et vous pouvez expliquer votre situation par écrit ; "
                    "si la résidence n'est pas confirmée, vous revenez à la situation précédente. "
                    "Faire une fausse déclaration est un délit.</p>"
                ),
                "where": "À votre domicile",
                "cost": "Gratuit",
                "duration": "Jusqu'à 45 jours après la déclaration",
            },
            {
                "title": "Prenez rendez-vous pour la carte d'identité électronique (CIE)",
                "details": (
                    "<p>Une fois inscrit à l'Anagrafe, vous pouvez demander la CIE à votre "
                    "commune. Prenez rendez-vous sur le site <a "
                    'href="https://agendacie.interno.gov.it">Agenda CIE</a> du ministère de '
                    "l'Intérieur ou comme l'indique la commune.</p><p>Le coût est de <b>16,79 "
                    "euros</b> pour la part de l'État, plus les frais fixés par la commune : "
                    "<b>demandez le total à la commune</b> et comment payer.</p>"
                ),
                "documents": [
                    "Passeport",
                    "Titre de séjour valide",
                    "Code fiscal ou carte sanitaire (tessera sanitaria)",
                    "Ancienne carte d'identité, ou déclaration de perte ou de vol",
                    (
                        "Une photo d'identité récente (demandez à la commune si une photo "
                        "numérique est acceptée)"
                    ),
                ],
                "where": "Commune de résidence, sur rendez-vous",
                "cost": (
                    "16,79 euros (part de l'État) plus les frais communaux : demandez le total à "
                    "la commune"
                ),
                "duration": "Selon les rendez-vous disponibles",
            },
            {
                "title": "Au rendez-vous : photo, empreintes et envoi par la poste",
                "details": (
                    "<p>L'agent vérifie vos données et enregistre votre photo, vos <b>empreintes "
                    "digitales</b> (à partir de 12 ans) et votre signature. Il vous remet un reçu "
                    "avec la <b>première moitié des codes PIN et PUK</b> : gardez-le.</p><p>La "
                    "carte est imprimée par l'Imprimerie de l'État (Poligrafico dello Stato) et "
                    "envoyée <b>par la poste</b> à l'adresse de votre choix (chez vous ou à la "
                    "commune). L'enveloppe contient la seconde moitié des codes PIN et "
                    "PUK.</p><ul><li>Validité : 3 ans pour les enfants de moins de 3 ans, 5 ans "
                    "de 3 à 18 ans, 10 ans pour les adultes.</li><li>Avec le PIN, vous pouvez "
                    "utiliser la CIE pour accéder aux services en ligne (INPS, ANPR, Agenzia "
                    "delle Entrate).</li></ul><p><b>Attention :</b> pour les ressortissants "
                    "étrangers, la CIE <b>n'est pas valable pour voyager à l'étranger</b>. Pour "
                    "voyager, utilisez votre passeport et votre titre de séjour.</p>"
                ),
                "where": "Bureau de la commune ; livraison chez vous ou à la commune",
                "cost": "Compris dans le prix de la CIE",
                "duration": "La carte arrive en général en 6 jours ouvrables environ",
            },
        ],
        "faq": [
            {
                "question": (
                    "Puis-je m'inscrire à l'Anagrafe si mon titre de séjour est en cours de "
                    "renouvellement ?"
                ),
                "answer": (
                    "<p>Oui. Apportez le récépissé de la demande de renouvellement avec le titre "
                    "expiré.</p><p>N'oubliez pas : à chaque renouvellement du titre de séjour, "
                    "vous devez présenter le nouveau titre à l'Anagrafe dans les <b>60 jours</b> "
                    "(renouvellement de la déclaration de résidence habituelle). Sinon, vous "
                    "pouvez être radié du registre.</p>"
                ),
            },
            {
                "question": "Je n'ai pas de logement : puis-je avoir une résidence ?",
                "answer": (
                    "<p>Oui. Les personnes sans domicile peuvent être inscrites à une <b>adresse "
                    "conventionnelle</b> (une « via fittizia », rue qui n'existe que dans le "
                    "registre) créée par la commune, en indiquant où on peut les trouver. "
                    "Adressez-vous aux services sociaux de la commune ou au HUB.</p>"
                ),
            },
            {
                "question": "Pourquoi la résidence est-elle si importante ?",
                "answer": (
                    "<p>Elle est nécessaire pour la carte d'identité, l'assegno unico (allocation "
                    "pour enfants) et beaucoup d'autres prestations sociales, et pour demander un "
                    "logement social. Les années de résidence enregistrées comptent aussi pour la "
                    "nationalité italienne.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": (
                    "D.P.R. 30 maggio 1989, n. 223 (règlement du registre de la population), "
                    "articles 7 et 13"
                ),
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1989-05-30;223"
                ),
                "note": (
                    "Déclaration dans les 20 jours ; pour les étrangers, renouvellement de la "
                    "résidence habituelle dans les 60 jours suivant le renouvellement du titre de "
                    "séjour."
                ),
            },
            {
                "text": "D.L. 9 febbraio 2012, n. 5, article 5",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legge:2012-02-09;5"
                ),
                "note": (
                    "Changement de résidence « en temps réel » : enregistrement en 2 jours "
                    "ouvrables et silence valant accord après 45 jours."
                ),
            },
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286, article 6, alinéa 7",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "Les étrangers en séjour régulier s'inscrivent dans les mêmes conditions que "
                    "les citoyens italiens."
                ),
            },
        ],
    },
    "ar": {
        "title": (
            "التسجيل في سجل السكان (residenza anagrafica) والحصول على بطاقة الهوية الإلكترونية "
            "(CIE)"
        ),
        "intro": (
            "عندما تنتقل للسكن في بلدية (Comune)، يجب أن تصرّح بإقامتك لدى مكتب سجل السكان "
            "(Anagrafe) خلال 20 يومًا. بعد تسجيل الإقامة يمكنك طلب بطاقة الهوية الإلكترونية (CIE) "
            "والاستفادة من خدمات كثيرة."
        ),
        "who_for": (
            "المواطنون الأجانب الحاصلون على تصريح إقامة ساري المفعول (أو على إيصال طلب التجديد) "
            "الذين يصلون إلى رافينا من الخارج أو من بلدية أخرى، أو الذين ينتقلون إلى مسكن آخر "
            "داخل البلدية نفسها."
        ),
        "steps": [
            {
                "title": "حضّر الاستمارة والوثائق",
                "details": (
                    "<p>لتصريح الإقامة تحتاج إلى الاستمارة الوزارية «Dichiarazione di residenza»، "
                    "وتجدها في مكتب سجل السكان أو على موقع البلدية. املأها لنفسك ولأفراد أسرتك "
                    "الذين ينتقلون معك.</p><p>إذا لم تكن مالك المسكن، يجب أن تبيّن ما يمنحك الحق "
                    "في السكن فيه: عقد إيجار مسجَّل، أو عقد إعارة (comodato)، أو تصريح من المالك "
                    "(أو من صاحب عقد الإيجار) الذي يستضيفك.</p><p>إذا كنت قد قدّمت للتو طلب أول "
                    "تصريح إقامة، فاسأل مكتب سجل السكان أو الـHUB عن الإيصالات المقبولة.</p>"
                ),
                "documents": [
                    "جواز السفر أو وثيقة معادلة",
                    (
                        "تصريح إقامة (permesso di soggiorno) ساري المفعول، أو إيصال طلب التجديد "
                        "مع التصريح المنتهي"
                    ),
                    "الرمز الضريبي (codice fiscale)",
                    (
                        "عقد إيجار مسجَّل أو سند ملكية أو عقد إعارة، أو تصريح من الشخص الذي يستضيفك "
                        "مع نسخة من وثيقة هويته"
                    ),
                    "لأفراد الأسرة: شهادات الزواج أو الميلاد مترجمة ومصدَّقة (أو مختومة بالأبوستيل)",
                ],
                "where": (
                    "مكتب سجل السكان (Anagrafe) في بلدية رافينا (تحقّق على موقع البلدية من "
                    "العناوين وساعات العمل وما إذا كان الموعد المسبق ضروريًا)"
                ),
                "cost": "مجانًا",
                "duration": "خلال 20 يومًا من الانتقال",
            },
            {
                "title": "قدّم التصريح خلال 20 يومًا",
                "details": (
                    "<p>يمكنك تقديم التصريح بعدة طرق:</p><ul><li><b>شخصيًا</b> في مكتب سجل "
                    "السكان؛</li><li><b>بالبريد الإلكتروني أو البريد الإلكتروني المعتمد (PEC)</b> "
                    "إلى العنوان الذي تحدده البلدية، مع الاستمارة موقّعة ونسخ من الوثائق (ويمكن "
                    "أيضًا الإرسال بالبريد المسجَّل)؛</li><li><b>عبر الإنترنت</b> على بوابة <a "
                    'href="https://www.anagrafenazionale.interno.gov.it">ANPR</a> باستخدام SPID '
                    "أو CIE، إذا كنت مسجَّلًا من قبل في بلدية إيطالية وكانت الخدمة متاحة "
                    "لحالتك.</li></ul><p>يجب أن يوقّع الاستمارة جميع أفراد الأسرة البالغين الذين "
                    "ينتقلون.</p>"
                ),
                "where": (
                    "مكتب سجل السكان، أو عنوان البريد الإلكتروني/PEC الخاص بالبلدية، أو بوابة ANPR"
                ),
                "cost": "مجانًا",
                "duration": "تسجّل البلدية الإقامة خلال يومَي عمل",
            },
            {
                "title": "انتظر تحقّق الشرطة المحلية (Polizia Locale)",
                "details": (
                    "<p>تُحتسب الإقامة <b>من تاريخ التصريح</b>. بعد ذلك تتحقق البلدية من أنك تسكن "
                    "فعلًا في العنوان المصرَّح به، وعادةً تأتي الشرطة المحلية إلى "
                    "منزلك.</p><ul><li>ضع اسمك على جرس الباب وصندوق البريد.</li><li>إذا لم يجدوك "
                    "في المنزل، قد يعودون أو يتركون إشعارًا: ردّ بسرعة.</li></ul><p>إذا لم تُبلغك "
                    "البلدية بأي مشكلة خلال <b>45 يومًا</b> من التصريح، تُعدّ إقامتك مؤكَّدة "
                    "(<b>الموافقة الضمنية</b>). وإذا كانت نتيجة التحقق سلبية، تُبلغك البلدية "
                    "ويمكنك أن تشرح وضعك كتابيًا؛ وإذا لم تُؤكَّد الإقامة، تعود إلى وضعك السابق. "
                    "التصريح الكاذب جريمة يعاقب عليها القانون.</p>"
                ),
                "where": "في منزلك",
                "cost": "مجانًا",
                "duration": "حتى 45 يومًا من التصريح",
            },
            {
                "title": "احجز موعدًا لبطاقة الهوية الإلكترونية (CIE)",
                "details": (
                    "<p>بعد تسجيلك في سجل السكان يمكنك طلب بطاقة الهوية الإلكترونية من بلديتك. "
                    "احجز موعدًا على موقع وزارة الداخلية <a "
                    'href="https://agendacie.interno.gov.it">Agenda CIE</a> أو بالطريقة التي '
                    "تحددها البلدية.</p><p>التكلفة <b>16.79 يورو</b> حصةً للدولة، تُضاف إليها "
                    "الرسوم التي تحددها البلدية: <b>اسأل البلدية عن المبلغ الإجمالي</b> وطريقة "
                    "الدفع.</p>"
                ),
                "documents": [
                    "جواز السفر",
                    "تصريح إقامة ساري المفعول",
                    "الرمز الضريبي أو البطاقة الصحية (tessera sanitaria)",
                    "بطاقة الهوية القديمة، أو محضر الإبلاغ عن فقدانها أو سرقتها",
                    "صورة شخصية حديثة بمقاس صور جواز السفر (اسأل البلدية إن كانت تقبل صورة رقمية)",
                ],
                "where": "بلدية الإقامة، بموعد مسبق",
                "cost": "16.79 يورو (حصة الدولة) مع رسوم البلدية: اسأل البلدية عن المبلغ الإجمالي",
                "duration": "حسب المواعيد المتاحة",
            },
            {
                "title": "في الموعد: الصورة والبصمات والتسليم بالبريد",
                "details": (
                    "<p>يتحقق الموظف من بياناتك ويسجّل صورتك و<b>بصمات أصابعك</b> (ابتداءً من سن 12 "
                    "عامًا) وتوقيعك. ويعطيك إيصالًا فيه <b>النصف الأول من رمزَي PIN وPUK</b>: احتفظ "
                    "به.</p><p>تُطبع البطاقة في مطبعة الدولة (Poligrafico dello Stato) وتُرسل "
                    "<b>بالبريد</b> إلى العنوان الذي تختاره (منزلك أو البلدية). وفي الظرف تجد "
                    "النصف الثاني من رمزَي PIN وPUK.</p><ul><li>مدة الصلاحية: 3 سنوات للأطفال دون "
                    "3 سنوات، و5 سنوات من 3 إلى 18 عامًا، و10 سنوات للبالغين.</li><li>باستخدام رمز "
                    "PIN يمكنك الدخول إلى الخدمات الإلكترونية (INPS وANPR ووكالة الإيرادات "
                    "Agenzia delle Entrate).</li></ul><p><b>تنبيه:</b> بالنسبة إلى المواطنين "
                    "الأجانب، بطاقة الهوية الإلكترونية <b>غير صالحة للسفر إلى الخارج</b>. للسفر "
                    "استخدم جواز سفرك وتصريح إقامتك.</p>"
                ),
                "where": "مكتب البلدية؛ التسليم إلى منزلك أو إلى البلدية",
                "cost": "مشمول في سعر البطاقة",
                "duration": "تصل البطاقة عادةً خلال نحو 6 أيام عمل",
            },
        ],
        "faq": [
            {
                "question": "هل يمكنني التسجيل في سجل السكان إذا كان تصريح إقامتي قيد التجديد؟",
                "answer": (
                    "<p>نعم. أحضر إيصال طلب التجديد مع التصريح المنتهي.</p><p>تذكّر: في كل مرة "
                    "تجدد فيها تصريح إقامتك، يجب أن تقدّم التصريح الجديد إلى مكتب سجل السكان خلال "
                    "<b>60 يومًا</b> (تجديد التصريح بالسكن المعتاد). وإذا لم تفعل، قد يُشطب اسمك من "
                    "السجل.</p>"
                ),
            },
            {
                "question": "ليس لدي مسكن: هل يمكنني تسجيل إقامتي؟",
                "answer": (
                    "<p>نعم. يمكن تسجيل الأشخاص الذين لا مسكن لهم في <b>عنوان اعتباري</b> (شارع "
                    "«وهمي» via fittizia لا يوجد إلا في السجل) تحدده البلدية، مع بيان المكان الذي "
                    "يمكن الوصول إليهم فيه. توجّه إلى الخدمات الاجتماعية في البلدية أو إلى "
                    "الـHUB.</p>"
                ),
            },
            {
                "question": "لماذا تسجيل الإقامة مهم إلى هذا الحد؟",
                "answer": (
                    "<p>تحتاج إليه للحصول على بطاقة الهوية، والإعانة الموحدة للأطفال (assegno "
                    "unico) وكثير من الخدمات الاجتماعية الأخرى، ولطلب سكن اجتماعي. كما تُحتسب "
                    "سنوات الإقامة المسجَّلة للحصول على الجنسية الإيطالية.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.P.R. 30 maggio 1989, n. 223 (لائحة سجل السكان)، المادتان 7 و13",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1989-05-30;223"
                ),
                "note": (
                    "التصريح خلال 20 يومًا؛ وعلى الأجانب تجديد التصريح بالسكن المعتاد خلال 60 يومًا "
                    "من تجديد تصريح الإقامة."
                ),
            },
            {
                "text": "D.L. 9 febbraio 2012, n. 5، المادة 5",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legge:2012-02-09;5"
                ),
                "note": (
                    "تغيير الإقامة «في الوقت الفعلي»: التسجيل خلال يومَي عمل والموافقة الضمنية بعد "
                    "45 يومًا."
                ),
            },
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286، المادة 6، الفقرة 7",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "يُسجَّل الأجانب المقيمون بصورة قانونية بالشروط نفسها المطبقة على المواطنين "
                    "الإيطاليين."
                ),
            },
        ],
    },
    "ro": {
        "title": (
            "Înregistrarea rezidenței (residenza anagrafica) și obținerea cărții de identitate "
            "electronice (CIE)"
        ),
        "slug": "inregistrarea-rezidentei-si-cartea-de-identitate-electronica",
        "intro": (
            "Când vă mutați într-o localitate (Comune), trebuie să vă declarați rezidența la "
            "serviciul de evidență a populației (Anagrafe) în termen de 20 de zile. După ce aveți "
            "rezidența, puteți cere cartea de identitate electronică (CIE) și puteți folosi multe "
            "servicii."
        ),
        "who_for": (
            "Cetățeni străini cu permis de ședere valabil (sau cu chitanța cererii de reînnoire) "
            "care sosesc la Ravenna din străinătate sau din altă localitate ori care se mută în "
            "altă locuință în aceeași localitate."
        ),
        "steps": [
            {
                "title": "Pregătiți formularul și documentele",
                "details": (
                    "<p>Pentru declararea rezidenței aveți nevoie de formularul ministerial "
                    "„Dichiarazione di residenza”: îl găsiți la Anagrafe sau pe site-ul primăriei "
                    "(Comune). Completați-l pentru dumneavoastră și pentru membrii familiei care "
                    "se mută împreună cu dumneavoastră.</p><p>Dacă nu sunteți proprietarul "
                    "locuinței, trebuie să arătați ce vă dă dreptul să locuiți acolo: contract de "
                    "închiriere înregistrat, contract de comodat sau declarația proprietarului "
                    "(ori a chiriașului) care vă găzduiește.</p><p>Dacă tocmai ați cerut primul "
                    "permis de ședere, întrebați la Anagrafe sau la HUB ce chitanțe sunt "
                    "acceptate.</p>"
                ),
                "documents": [
                    "Pașaport sau document echivalent",
                    (
                        "Permis de ședere (permesso di soggiorno) valabil sau chitanța cererii de "
                        "reînnoire împreună cu permisul expirat"
                    ),
                    "Codul fiscal (codice fiscale)",
                    (
                        "Contract de închiriere înregistrat, act de proprietate sau contract de "
                        "comodat ori declarația persoanei care vă găzduiește, cu copia actului ei "
                        "de identitate"
                    ),
                    (
                        "Pentru membrii familiei: certificate de căsătorie sau de naștere traduse "
                        "și legalizate (sau apostilate)"
                    ),
                ],
                "where": (
                    "Oficiul Anagrafe al Primăriei Ravenna (verificați pe site-ul primăriei "
                    "sediile, programul și dacă este nevoie de programare)"
                ),
                "cost": "Gratuit",
                "duration": "În 20 de zile de la mutare",
            },
            {
                "title": "Depuneți declarația în 20 de zile",
                "details": (
                    "<p>Puteți depune declarația în mai multe moduri:</p><ul><li><b>personal</b>, "
                    "la Anagrafe;</li><li><b>prin e-mail sau PEC</b> (e-mail certificat), la "
                    "adresa indicată de primărie, cu formularul semnat și copiile documentelor "
                    "(se poate trimite și prin scrisoare recomandată);</li><li><b>online</b>, pe "
                    'portalul <a href="https://www.anagrafenazionale.interno.gov.it">ANPR</a>, '
                    "cu SPID sau CIE, dacă sunteți deja înregistrat într-o localitate din Italia "
                    "și serviciul este disponibil pentru situația "
                    "dumneavoastră.</li></ul><p>Formularul trebuie semnat de toți membrii majori "
                    "ai familiei care se mută.</p>"
                ),
                "where": "Anagrafe, adresa de e-mail/PEC a primăriei sau portalul ANPR",
                "cost": "Gratuit",
                "duration": "Primăria înregistrează rezidența în 2 zile lucrătoare",
            },
            {
                "title": "Așteptați verificarea Poliției Locale",
                "details": (
                    "<p>Rezidența este valabilă <b>de la data declarației</b>. Apoi primăria "
                    "verifică dacă locuiți cu adevărat la adresa declarată: de obicei vine la "
                    "domiciliu Poliția Locală (Polizia Locale).</p><ul><li>Puneți-vă numele pe "
                    "sonerie și pe cutia poștală.</li><li>Dacă nu sunteți acasă, agenții pot "
                    "reveni sau pot lăsa un aviz: răspundeți repede.</li></ul><p>Dacă în <b>45 de "
                    "zile</b> de la declarație primăria nu vă comunică nicio problemă, rezidența "
                    "este confirmată (<b>aprobare tacită</b>). Dacă verificarea este negativă, "
                    "primăria vă anunță și vă puteți explica situația în scris; dacă rezidența nu "
                    "este confirmată, reveniți la situația anterioară. Declarația falsă este "
                    "infracțiune.</p>"
                ),
                "where": "La locuința dumneavoastră",
                "cost": "Gratuit",
                "duration": "Până la 45 de zile de la declarație",
            },
            {
                "title": "Faceți programare pentru cartea de identitate electronică (CIE)",
                "details": (
                    "<p>După înregistrarea la Anagrafe, puteți cere CIE la primăria "
                    "dumneavoastră. Faceți programarea pe site-ul <a "
                    'href="https://agendacie.interno.gov.it">Agenda CIE</a> al Ministerului de '
                    "Interne sau cum indică primăria.</p><p>Costul este de <b>16,79 euro</b> "
                    "pentru partea statului, plus taxele stabilite de primărie: <b>întrebați la "
                    "primărie care este totalul</b> și cum se plătește.</p>"
                ),
                "documents": [
                    "Pașaport",
                    "Permis de ședere valabil",
                    "Codul fiscal sau cardul de sănătate (tessera sanitaria)",
                    "Vechea carte de identitate sau declarația de pierdere ori de furt",
                    (
                        "O fotografie recentă tip pașaport (întrebați la primărie dacă acceptă și "
                        "fotografie digitală)"
                    ),
                ],
                "where": "Primăria localității de rezidență, cu programare",
                "cost": (
                    "16,79 euro (partea statului) plus taxele primăriei: întrebați la primărie "
                    "care este totalul"
                ),
                "duration": "Depinde de programările disponibile",
            },
            {
                "title": "La programare: fotografie, amprente și livrare prin poștă",
                "details": (
                    "<p>Funcționarul vă verifică datele și vă preia fotografia, <b>amprentele "
                    "digitale</b> (de la 12 ani) și semnătura. Primiți o chitanță cu <b>prima "
                    "jumătate a codurilor PIN și PUK</b>: păstrați-o.</p><p>Cartea este tipărită "
                    "de tipografia statului (Poligrafico dello Stato) și trimisă <b>prin "
                    "poștă</b> la adresa aleasă (acasă sau la primărie). În plic găsiți a doua "
                    "jumătate a codurilor PIN și PUK.</p><ul><li>Valabilitate: 3 ani pentru "
                    "copiii sub 3 ani, 5 ani între 3 și 18 ani, 10 ani pentru adulți.</li><li>Cu "
                    "PIN-ul puteți folosi CIE pentru a intra în serviciile online (INPS, ANPR, "
                    "Agenzia delle Entrate).</li></ul><p><b>Atenție:</b> pentru cetățenii "
                    "străini, CIE <b>nu este valabilă pentru călătorii în străinătate</b>. Pentru "
                    "călătorii folosiți pașaportul și permisul de ședere.</p>"
                ),
                "where": "Biroul primăriei; livrare acasă sau la primărie",
                "cost": "Inclus în prețul CIE",
                "duration": "De obicei cartea sosește în aproximativ 6 zile lucrătoare",
            },
        ],
        "faq": [
            {
                "question": (
                    "Mă pot înregistra la Anagrafe dacă permisul meu de ședere este în curs de "
                    "reînnoire?"
                ),
                "answer": (
                    "<p>Da. Aduceți chitanța cererii de reînnoire împreună cu permisul "
                    "expirat.</p><p>Rețineți: de fiecare dată când vă reînnoiți permisul, trebuie "
                    "să prezentați noul permis la Anagrafe în <b>60 de zile</b> (reînnoirea "
                    "declarației de locuire obișnuită). Dacă nu o faceți, puteți fi radiat din "
                    "registru.</p>"
                ),
            },
            {
                "question": "Nu am locuință: pot avea rezidență?",
                "answer": (
                    "<p>Da. Persoanele fără locuință se pot înregistra la o <b>adresă "
                    "convențională</b> (o „via fittizia”, o stradă care există doar în registru) "
                    "stabilită de primărie, indicând unde pot fi găsite. Adresați-vă serviciilor "
                    "sociale ale primăriei sau HUB-ului.</p>"
                ),
            },
            {
                "question": "De ce este rezidența atât de importantă?",
                "answer": (
                    "<p>Aveți nevoie de ea pentru cartea de identitate, pentru alocația unică "
                    "pentru copii (assegno unico) și pentru multe alte prestații sociale, precum "
                    "și pentru a cere o locuință socială. Anii de rezidență înregistrați contează "
                    "și pentru cetățenia italiană.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": (
                    "D.P.R. 30 maggio 1989, n. 223 (regulamentul privind evidența populației), "
                    "articolele 7 și 13"
                ),
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1989-05-30;223"
                ),
                "note": (
                    "Declarația în 20 de zile; pentru străini, reînnoirea declarației de locuire "
                    "obișnuită în 60 de zile de la reînnoirea permisului."
                ),
            },
            {
                "text": "D.L. 9 febbraio 2012, n. 5, articolul 5",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legge:2012-02-09;5"
                ),
                "note": (
                    "Schimbarea rezidenței „în timp real”: înregistrare în 2 zile lucrătoare și "
                    "aprobare tacită după 45 de zile."
                ),
            },
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286, articolul 6, alineatul 7",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "Străinii cu ședere legală se înregistrează în aceleași condiții ca cetățenii "
                    "italieni."
                ),
            },
        ],
    },
    "uk": {
        "title": (
            "Реєстрація місця проживання (residenza anagrafica) та отримання електронного "
            "посвідчення особи (CIE)"
        ),
        "intro": (
            "Коли ви переїжджаєте жити до комуни (Comune), ви маєте задекларувати місце "
            "проживання у відділі реєстрації населення (Anagrafe) протягом 20 днів. Після "
            "реєстрації ви можете оформити електронне посвідчення особи (CIE) і користуватися "
            "багатьма послугами."
        ),
        "who_for": (
            "Іноземні громадяни з дійсним дозволом на проживання (або з квитанцією про подання "
            "заяви на його поновлення), які прибувають до Равенни з-за кордону чи з іншої комуни "
            "або переїжджають в інше житло в межах тієї самої комуни."
        ),
        "steps": [
            {
                "title": "Підготуйте бланк і документи",
                "details": (
                    "<p>Для декларації місця проживання потрібен міністерський бланк "
                    "«Dichiarazione di residenza»: його можна взяти в Anagrafe або на сайті "
                    "комуни. Заповніть його на себе і на членів родини, які переїжджають разом із "
                    "вами.</p><p>Якщо житло вам не належить, потрібно вказати, на якій підставі "
                    "ви там живете: зареєстрований договір оренди, договір безоплатного "
                    "користування (comodato) або заява власника (чи орендаря), який вас "
                    "приймає.</p><p>Якщо ви щойно подали заяву на перший дозвіл на проживання, "
                    "запитайте в Anagrafe або в HUB, які квитанції приймаються.</p>"
                ),
                "documents": [
                    "Паспорт або рівноцінний документ",
                    (
                        "Дійсний дозвіл на проживання (permesso di soggiorno) або квитанція про "
                        "подання заяви на поновлення разом із простроченим дозволом"
                    ),
                    "Податковий код (codice fiscale)",
                    (
                        "Зареєстрований договір оренди, документ про право власності чи договір "
                        "безоплатного користування або заява особи, яка вас приймає, з копією її "
                        "документа"
                    ),
                    (
                        "Для членів родини: свідоцтва про шлюб або народження з перекладом і "
                        "легалізацією (або апостилем)"
                    ),
                ],
                "where": (
                    "Відділ Anagrafe комуни Равенна (на сайті комуни перевірте адреси, години "
                    "роботи та чи потрібен попередній запис)"
                ),
                "cost": "Безкоштовно",
                "duration": "Протягом 20 днів після переїзду",
            },
            {
                "title": "Подайте декларацію протягом 20 днів",
                "details": (
                    "<p>Подати декларацію можна кількома способами:</p><ul><li><b>особисто</b> в "
                    "Anagrafe;</li><li><b>електронною поштою або PEC</b> (сертифікована "
                    "електронна пошта) на адресу, вказану комуною, з підписаним бланком і копіями "
                    "документів (можна також рекомендованим листом);</li><li><b>онлайн</b> на "
                    'порталі <a href="https://www.anagrafenazionale.interno.gov.it">ANPR</a> за '
                    "допомогою SPID або CIE, якщо ви вже зареєстровані в італійській комуні і "
                    "послуга доступна для вашого випадку.</li></ul><p>Бланк мають підписати всі "
                    "повнолітні члени родини, які переїжджають.</p>"
                ),
                "where": "Anagrafe комуни, адреса e-mail/PEC комуни або портал ANPR",
                "cost": "Безкоштовно",
                "duration": "Комуна реєструє місце проживання протягом 2 робочих днів",
            },
            {
                "title": "Дочекайтеся перевірки місцевої поліції",
                "details": (
                    "<p>Реєстрація діє <b>з дати подання декларації</b>. Потім комуна перевіряє, "
                    "чи ви справді живете за вказаною адресою: зазвичай до вас приходить місцева "
                    "поліція (Polizia Locale).</p><ul><li>Напишіть своє ім'я на дверному дзвінку "
                    "та на поштовій скриньці.</li><li>Якщо вас не буде вдома, поліція може прийти "
                    "ще раз або залишити повідомлення: відповідайте якнайшвидше.</li></ul><p>Якщо "
                    "протягом <b>45 днів</b> після декларації комуна не повідомить вам про "
                    "проблему, реєстрацію підтверджено (<b>мовчазна згода</b>). Якщо перевірка "
                    "негативна, комуна вас повідомить, і ви зможете письмово пояснити свою "
                    "ситуацію; якщо реєстрацію не підтвердять, відновиться ваше попереднє "
                    "становище. Неправдива декларація — це злочин.</p>"
                ),
                "where": "За вашою адресою",
                "cost": "Безкоштовно",
                "duration": "До 45 днів після декларації",
            },
            {
                "title": "Запишіться на оформлення електронного посвідчення особи (CIE)",
                "details": (
                    "<p>Після реєстрації в Anagrafe ви можете оформити CIE у своїй комуні. "
                    "Запишіться на прийом на сайті Міністерства внутрішніх справ <a "
                    'href="https://agendacie.interno.gov.it">Agenda CIE</a> або у спосіб, який '
                    "вказує комуна.</p><p>Вартість — <b>16,79 євро</b> за частку держави плюс "
                    "збори, встановлені комуною: <b>запитайте в комуні загальну суму</b> і як її "
                    "сплатити.</p>"
                ),
                "documents": [
                    "Паспорт",
                    "Дійсний дозвіл на проживання",
                    "Податковий код або медична картка (tessera sanitaria)",
                    "Старе посвідчення особи або заява про його втрату чи крадіжку",
                    (
                        "Нещодавнє фото паспортного формату (запитайте в комуні, чи приймають "
                        "цифрове фото)"
                    ),
                ],
                "where": "Комуна, де ви зареєстровані, за попереднім записом",
                "cost": (
                    "16,79 євро (частка держави) плюс збори комуни: запитайте загальну суму в "
                    "комуні"
                ),
                "duration": "Залежить від наявності вільних записів",
            },
            {
                "title": "На прийомі: фото, відбитки пальців і доставка поштою",
                "details": (
                    "<p>Працівник перевіряє ваші дані, робить фото, знімає <b>відбитки "
                    "пальців</b> (з 12 років) і бере ваш підпис. Ви отримуєте квитанцію з "
                    "<b>першою половиною кодів PIN і PUK</b>: збережіть її.</p><p>Картку друкує "
                    "Державна друкарня (Poligrafico dello Stato) і надсилає <b>поштою</b> на "
                    "вибрану вами адресу (додому або до комуни). У конверті буде друга половина "
                    "кодів PIN і PUK.</p><ul><li>Строк дії: 3 роки для дітей до 3 років, 5 років "
                    "— від 3 до 18 років, 10 років — для дорослих.</li><li>З PIN-кодом CIE можна "
                    "використовувати для входу в онлайн-сервіси (INPS, ANPR, Agenzia delle "
                    "Entrate).</li></ul><p><b>Увага:</b> для іноземних громадян CIE <b>не дійсне "
                    "для виїзду за кордон</b>. Для поїздок використовуйте паспорт і дозвіл на "
                    "проживання.</p>"
                ),
                "where": "Офіс комуни; доставка додому або до комуни",
                "cost": "Входить у вартість CIE",
                "duration": "Зазвичай картка надходить приблизно за 6 робочих днів",
            },
        ],
        "faq": [
            {
                "question": (
                    "Чи можу я зареєструватися в Anagrafe, якщо мій дозвіл на проживання "
                    "поновлюється?"
                ),
                "answer": (
                    "<p>Так. Принесіть квитанцію про подання заяви на поновлення разом із "
                    "простроченим дозволом.</p><p>Пам'ятайте: щоразу після поновлення дозволу ви "
                    "маєте протягом <b>60 днів</b> принести новий дозвіл до Anagrafe (поновлення "
                    "декларації про звичайне місце проживання). Якщо цього не зробити, вас можуть "
                    "зняти з реєстру.</p>"
                ),
            },
            {
                "question": "У мене немає житла: чи можу я зареєструвати місце проживання?",
                "answer": (
                    "<p>Так. Люди без житла можуть зареєструватися за <b>умовною адресою</b> "
                    "(«via fittizia» — вулиця, яка існує лише в реєстрі), визначеною комуною, із "
                    "зазначенням, де їх можна знайти. Зверніться до соціальних служб комуни або "
                    "до HUB.</p>"
                ),
            },
            {
                "question": "Чому реєстрація місця проживання така важлива?",
                "answer": (
                    "<p>Вона потрібна для посвідчення особи, єдиної допомоги на дітей (assegno "
                    "unico) та багатьох інших соціальних виплат, а також щоб подати заяву на "
                    "соціальне житло. Роки зареєстрованого проживання враховуються й для набуття "
                    "італійського громадянства.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": (
                    "D.P.R. 30 maggio 1989, n. 223 (положення про реєстр населення), статті 7 і 13"
                ),
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1989-05-30;223"
                ),
                "note": (
                    "Декларація протягом 20 днів; іноземці поновлюють декларацію про звичайне "
                    "місце проживання протягом 60 днів після поновлення дозволу."
                ),
            },
            {
                "text": "D.L. 9 febbraio 2012, n. 5, стаття 5",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legge:2012-02-09;5"
                ),
                "note": (
                    "Зміна місця проживання «в реальному часі»: реєстрація за 2 робочі дні та "
                    "мовчазна згода через 45 днів."
                ),
            },
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286, стаття 6, частина 7",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "Іноземці, які законно перебувають в Італії, реєструються на тих самих "
                    "умовах, що й громадяни Італії."
                ),
            },
        ],
    },
}

CHILD_BENEFIT = {
    "key": "assegno-unico-figli",
    "hub": "prestazioni-sociali-anagrafe",
    "topic": "sostegni-al-reddito-e-famiglia",
    "audience": "migrants",
    "restricted": False,
    "last_reviewed": "2026-03-09",
    "review_interval_months": 12,
    "it": {
        "title": "Assegno unico e universale per i figli",
        "slug": "assegno-unico-e-universale-per-i-figli",
        "intro": (
            "L'assegno unico è un aiuto economico mensile dell'INPS per chi ha figli a carico, "
            "dal settimo mese di gravidanza fino ai 21 anni. La domanda si fa una volta sola; "
            "l'importo dipende dall'ISEE."
        ),
        "who_for": (
            "Genitori che vivono in Italia con figli a carico: figli minorenni; figli da 18 a 21 "
            "anni che studiano, fanno un corso di formazione o un tirocinio, lavorano con un "
            "reddito basso, sono disoccupati e iscritti al Centro per l'impiego o fanno il "
            "servizio civile; figli con disabilità, senza limiti di età. I cittadini di Paesi non "
            "UE devono avere uno dei permessi di soggiorno ammessi (vedi il primo passo)."
        ),
        "steps": [
            {
                "title": "Controlla se hai i requisiti",
                "details": (
                    "<p>Chi fa la domanda deve, per tutto il periodo in cui riceve "
                    "l'assegno:</p><ul><li>essere <b>residente e domiciliato in Italia</b> e "
                    "avere qui la residenza fiscale (essere soggetto all'imposta sul reddito in "
                    "Italia);</li><li>essere residente in Italia <b>da almeno 2 anni</b>, anche "
                    "non continuativi, <b>oppure</b> avere un contratto di lavoro a tempo "
                    "indeterminato o a tempo determinato di almeno 6 mesi;</li><li>se è cittadino "
                    "di un Paese non UE, avere uno dei permessi di soggiorno ammessi, per "
                    "esempio: permesso UE per soggiornanti di lungo periodo; permesso unico di "
                    "lavoro o altro permesso che consente di lavorare, per più di 6 mesi; "
                    "permesso per ricerca per più di 6 mesi; protezione internazionale (status di "
                    "rifugiato o protezione sussidiaria).</li></ul><p>L'elenco completo dei "
                    'permessi ammessi è su <a href="https://www.inps.it">inps.it</a>. Se hai '
                    "dubbi, porta il tuo permesso all'HUB o a un patronato: lo controlliamo "
                    "insieme.</p>"
                ),
                "documents": [
                    "Permesso di soggiorno",
                    "Codice fiscale tuo, dei figli e dell'altro genitore",
                    "Contratto di lavoro, se sei residente in Italia da meno di 2 anni",
                ],
                "where": (
                    "HUB Prestazioni sociali e anagrafe – Comune di Ravenna, oppure un patronato"
                ),
                "cost": "Gratuito",
            },
            {
                "title": "Fai l'ISEE (consigliato)",
                "details": (
                    "<p>Senza ISEE ricevi solo l'<b>importo minimo</b>. Con l'ISEE l'assegno può "
                    "essere più alto: più l'ISEE è basso, più l'assegno è alto.</p><p>Per avere "
                    "l'ISEE presenti la DSU (Dichiarazione sostitutiva unica, con i redditi e il "
                    "patrimonio della famiglia): gratis presso un CAF, oppure da solo sul sito "
                    "INPS con l'ISEE precompilato. L'ISEE scade il 31 dicembre: <b>rinnovalo ogni "
                    "anno</b>, da gennaio.</p>"
                ),
                "documents": [
                    "Documenti d'identità e codici fiscali di tutta la famiglia",
                    "Contratto di affitto registrato",
                    (
                        "Dati su redditi e patrimonio (conti correnti, case, veicoli) degli anni "
                        "che il CAF ti indica"
                    ),
                ],
                "where": (
                    "CAF (centro di assistenza fiscale), oppure sito INPS con SPID, CIE o CNS"
                ),
                "cost": "Gratuito al CAF",
                "duration": "Di solito pochi giorni lavorativi",
            },
            {
                "title": "Presenta la domanda all'INPS",
                "details": (
                    "<p>La domanda si presenta <b>una volta sola</b> e resta valida negli anni "
                    "successivi. La presenta un genitore per tutti i figli. Puoi "
                    'farla:</p><ul><li>online su <a href="https://www.inps.it">inps.it</a>, '
                    "servizio «Assegno unico e universale per i figli a carico», con SPID, CIE o "
                    "CNS;</li><li>tramite il Contact Center INPS (i numeri sono su "
                    "inps.it);</li><li>tramite un <b>patronato</b>, che ti aiuta "
                    "gratis.</li></ul><p>Nella domanda indichi l'IBAN e come dividere l'assegno "
                    "con l'altro genitore (di solito metà ciascuno).</p><p>Per un figlio appena "
                    "nato non aspettare: se la domanda è presentata in tempo, l'assegno spetta "
                    "anche per i mesi dal settimo mese di gravidanza.</p>"
                ),
                "documents": [
                    "SPID, CIE o CNS (se fai la domanda da solo)",
                    "Codici fiscali dei figli e dell'altro genitore",
                    (
                        "IBAN di un conto intestato o cointestato a te (banca, Poste o carta "
                        "prepagata con IBAN)"
                    ),
                ],
                "where": "Online su inps.it, Contact Center INPS o patronato",
                "cost": "Gratuito",
                "duration": "La domanda online richiede pochi minuti se hai tutti i dati",
            },
            {
                "title": "Ricevi l'assegno e comunica i cambiamenti",
                "details": (
                    "<p>L'INPS paga ogni mese sull'<b>IBAN</b> che hai indicato. Gli importi sono "
                    "aggiornati ogni anno: trovi quelli in vigore su <a "
                    'href="https://www.inps.it">inps.it</a>.</p><p>Comunica subito i '
                    "cambiamenti con una modifica della domanda (online o con il patronato), per "
                    "esempio:</p><ul><li>la nascita di un altro figlio;</li><li>un nuovo "
                    "IBAN;</li><li>cambiamenti nella famiglia (separazione, affidamento, "
                    "disabilità di un figlio);</li><li>per un figlio che compie 18 anni: se "
                    "studia, lavora o cerca lavoro.</li></ul><p>Se perdi un requisito (per "
                    "esempio il permesso di soggiorno scade e non lo rinnovi), devi comunicarlo: "
                    "altrimenti l'INPS può chiederti di restituire le somme.</p>"
                ),
                "where": "Online su inps.it o presso un patronato",
                "cost": "Gratuito",
                "duration": "Pagamento mensile",
            },
        ],
        "faq": [
            {
                "question": "Quanto ricevo?",
                "answer": (
                    "<p>Dipende dall'ISEE, dal numero e dall'età dei figli e da eventuali "
                    "maggiorazioni (per esempio per figli con disabilità o per madri giovani). "
                    "Senza ISEE ricevi l'importo minimo.</p><p>Gli importi sono rivalutati ogni "
                    "anno: consulta le tabelle e il simulatore su <a "
                    'href="https://www.inps.it">inps.it</a>.</p>'
                ),
            },
            {
                "question": "Devo rifare la domanda ogni anno?",
                "answer": (
                    "<p>No, la domanda resta valida. Ogni anno però devi <b>rinnovare l'ISEE</b>: "
                    "se non lo fai, da marzo ricevi l'importo minimo. Se presenti il nuovo ISEE "
                    "entro il 30 giugno, l'INPS ti paga anche la differenza per i mesi "
                    "precedenti. Controlla le regole aggiornate su inps.it.</p>"
                ),
            },
            {
                "question": "Mio figlio ha compiuto 18 anni: cosa cambia?",
                "answer": (
                    "<p>Dai 18 ai 21 anni l'assegno spetta solo se il figlio studia, fa "
                    "formazione o un tirocinio, lavora con un reddito basso, è disoccupato e "
                    "iscritto al Centro per l'impiego o fa il servizio civile. Devi indicarlo "
                    "nella domanda. Il figlio maggiorenne può anche chiedere di ricevere "
                    "direttamente la sua parte.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 29 dicembre 2021, n. 230",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2021-12-29;230"
                ),
                "note": (
                    "Istituisce l'assegno unico e universale; l'art. 3 indica i requisiti di "
                    "cittadinanza, residenza e soggiorno."
                ),
            },
            {
                "text": "Legge 1° aprile 2021, n. 46",
                "url": "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2021-04-01;46",
                "note": "Legge delega sull'assegno unico e universale per i figli a carico.",
            },
        ],
    },
    "en": {
        "title": "Assegno unico e universale: the universal child benefit",
        "slug": "assegno-unico-universal-child-benefit",
        "intro": (
            "The assegno unico is a monthly payment from INPS for people with dependent children, "
            "from the 7th month of pregnancy up to age 21. You apply only once; the amount "
            "depends on your ISEE."
        ),
        "who_for": (
            "Parents living in Italy with dependent children: children under 18; children aged 18 "
            "to 21 who study, attend a training course or an internship, work with a low income, "
            "are unemployed and registered with the Centro per l'impiego, or do civil service; "
            "children with disabilities, with no age limit. Citizens of non-EU countries need one "
            "of the accepted residence permits (see the first step)."
        ),
        "steps": [
            {
                "title": "Check that you meet the requirements",
                "details": (
                    "<p>The person who applies must, for the whole period of the "
                    "benefit:</p><ul><li>be <b>resident and living in Italy</b> and have their "
                    "tax residence here (be liable to income tax in Italy);</li><li>have been "
                    "resident in Italy <b>for at least 2 years</b>, even if not continuously, "
                    "<b>or</b> have a permanent employment contract or a fixed-term contract of "
                    "at least 6 months;</li><li>if a citizen of a non-EU country, hold one of the "
                    "accepted residence permits, for example: EU long-term residence permit; "
                    "single work permit or another permit that allows work, for more than 6 "
                    "months; research permit for more than 6 months; international protection "
                    "(refugee status or subsidiary protection).</li></ul><p>The full list of "
                    'accepted permits is on <a href="https://www.inps.it">inps.it</a>. If you '
                    "are not sure, bring your permit to the HUB or to a patronato: we will check "
                    "it together.</p>"
                ),
                "documents": [
                    "Residence permit",
                    "Tax codes (codice fiscale) of you, your children and the other parent",
                    (
                        "Employment contract, if you have been resident in Italy for less than 2 "
                        "years"
                    ),
                ],
                "where": "HUB Prestazioni sociali e anagrafe – Comune di Ravenna, or a patronato",
                "cost": "Free",
            },
            {
                "title": "Get your ISEE (recommended)",
                "details": (
                    "<p>Without an ISEE you receive only the <b>minimum amount</b>. With an ISEE "
                    "the benefit can be higher: the lower your ISEE, the higher the "
                    "benefit.</p><p>To get the ISEE you submit the DSU (Dichiarazione sostitutiva "
                    "unica, a declaration of your family's income and assets): free of charge at "
                    "a CAF, or by yourself on the INPS website with the pre-filled ISEE. The ISEE "
                    "expires on 31 December: <b>renew it every year</b>, from January.</p>"
                ),
                "documents": [
                    "ID documents and tax codes of the whole family",
                    "Registered rental contract",
                    (
                        "Information on income and assets (bank accounts, homes, vehicles) for "
                        "the years the CAF tells you"
                    ),
                ],
                "where": "CAF (tax assistance centre), or the INPS website with SPID, CIE or CNS",
                "cost": "Free at a CAF",
                "duration": "Usually a few working days",
            },
            {
                "title": "Apply to INPS",
                "details": (
                    "<p>You apply <b>only once</b>, and the application stays valid in the "
                    "following years. One parent applies for all the children. You can "
                    'apply:</p><ul><li>online on <a href="https://www.inps.it">inps.it</a>, '
                    "service «Assegno unico e universale per i figli a carico», with SPID, CIE or "
                    "CNS;</li><li>through the INPS Contact Center (the numbers are on "
                    "inps.it);</li><li>through a <b>patronato</b>, which helps you free of "
                    "charge.</li></ul><p>In the application you give your IBAN and say how to "
                    "share the benefit with the other parent (usually half each).</p><p>For a "
                    "newborn baby, do not wait: if you apply in time, the benefit is also paid "
                    "for the months from the 7th month of pregnancy.</p>"
                ),
                "documents": [
                    "SPID, CIE or CNS (if you apply by yourself)",
                    "Tax codes of the children and of the other parent",
                    (
                        "IBAN of an account in your name or joint name (bank, Poste Italiane or "
                        "prepaid card with IBAN)"
                    ),
                ],
                "where": "Online on inps.it, INPS Contact Center or a patronato",
                "cost": "Free",
                "duration": "The online application takes a few minutes if you have all the data",
            },
            {
                "title": "Receive the payment and report changes",
                "details": (
                    "<p>INPS pays every month to the <b>IBAN</b> you gave. The amounts are "
                    "updated every year: you find the current ones on <a "
                    'href="https://www.inps.it">inps.it</a>.</p><p>Report changes straight away '
                    "by modifying your application (online or through a patronato), for "
                    "example:</p><ul><li>the birth of another child;</li><li>a new "
                    "IBAN;</li><li>changes in the family (separation, custody, a child's "
                    "disability);</li><li>for a child turning 18: whether they study, work or "
                    "look for work.</li></ul><p>If you no longer meet a requirement (for example "
                    "your residence permit expires and you do not renew it), you must report it: "
                    "otherwise INPS can ask you to pay the money back.</p>"
                ),
                "where": "Online on inps.it or at a patronato",
                "cost": "Free",
                "duration": "Monthly payment",
            },
        ],
        "faq": [
            {
                "question": "How much will I receive?",
                "answer": (
                    "<p>It depends on your ISEE, on the number and age of your children and on "
                    "possible increases (for example for children with disabilities or for young "
                    "mothers). Without an ISEE you receive the minimum amount.</p><p>The amounts "
                    "are revalued every year: see the tables and the simulator on <a "
                    'href="https://www.inps.it">inps.it</a>.</p>'
                ),
            },
            {
                "question": "Do I have to apply again every year?",
                "answer": (
                    "<p>No, your application stays valid. But every year you must <b>renew your "
                    "ISEE</b>: if you do not, from March you receive the minimum amount. If you "
                    "submit the new ISEE by 30 June, INPS also pays you the difference for the "
                    "previous months. Check the current rules on inps.it.</p>"
                ),
            },
            {
                "question": "My child has turned 18: what changes?",
                "answer": (
                    "<p>From 18 to 21 the benefit is due only if your child studies, attends "
                    "training or an internship, works with a low income, is unemployed and "
                    "registered with the Centro per l'impiego, or does civil service. You must "
                    "state this in the application. An adult child can also ask to receive their "
                    "share directly.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 29 dicembre 2021, n. 230",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2021-12-29;230"
                ),
                "note": (
                    "Establishes the assegno unico e universale; article 3 sets the citizenship, "
                    "residence and permit requirements."
                ),
            },
            {
                "text": "Legge 1° aprile 2021, n. 46",
                "url": "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2021-04-01;46",
                "note": "Enabling law for the universal allowance for dependent children.",
            },
        ],
    },
    "fr": {
        "title": "Assegno unico e universale : l'allocation universelle pour les enfants",
        "slug": "assegno-unico-allocation-universelle-enfants",
        "intro": (
            "L'assegno unico est une aide mensuelle de l'INPS pour les personnes qui ont des "
            "enfants à charge, du 7e mois de grossesse jusqu'à 21 ans. La demande se fait une "
            "seule fois ; le montant dépend de l'ISEE."
        ),
        "who_for": (
            "Les parents qui vivent en Italie avec des enfants à charge : enfants mineurs ; "
            "enfants de 18 à 21 ans qui font des études, une formation ou un stage, travaillent "
            "avec un revenu faible, sont au chômage et inscrits au Centro per l'impiego (agence "
            "pour l'emploi) ou font le service civil ; enfants handicapés, sans limite d'âge. Les "
            "ressortissants de pays hors UE doivent avoir l'un des titres de séjour admis (voir "
            "la première étape)."
        ),
        "steps": [
            {
                "title": "Vérifiez si vous remplissez les conditions",
                "details": (
                    "<p>La personne qui fait la demande doit, pendant toute la durée de "
                    "l'allocation :</p><ul><li>être <b>résidente et domiciliée en Italie</b> et y "
                    "avoir sa résidence fiscale (être soumise à l'impôt sur le revenu en Italie) "
                    ";</li><li>résider en Italie <b>depuis au moins 2 ans</b>, même de façon "
                    "discontinue, <b>ou</b> avoir un contrat de travail à durée indéterminée ou à "
                    "durée déterminée d'au moins 6 mois ;</li><li>si elle est ressortissante d'un "
                    "pays hors UE, avoir l'un des titres de séjour admis, par exemple : permis de "
                    "séjour UE de résident de longue durée ; permis unique de travail ou autre "
                    "titre qui permet de travailler, pour plus de 6 mois ; titre de séjour pour "
                    "recherche de plus de 6 mois ; protection internationale (statut de réfugié "
                    "ou protection subsidiaire).</li></ul><p>La liste complète des titres admis "
                    'se trouve sur <a href="https://www.inps.it">inps.it</a>. En cas de doute, '
                    "apportez votre titre de séjour au HUB ou à un patronato : nous le "
                    "vérifierons ensemble.</p>"
                ),
                "documents": [
                    "Titre de séjour",
                    (
                        "Codes fiscaux (codice fiscale) : le vôtre, ceux des enfants et de "
                        "l'autre parent"
                    ),
                    "Contrat de travail, si vous résidez en Italie depuis moins de 2 ans",
                ],
                "where": "HUB Prestazioni sociali e anagrafe – Comune di Ravenna, ou un patronato",
                "cost": "Gratuit",
            },
            {
                "title": "Faites votre ISEE (conseillé)",
                "details": (
                    "<p>Sans ISEE, vous recevez seulement le <b>montant minimum</b>. Avec l'ISEE, "
                    "l'allocation peut être plus élevée : plus l'ISEE est bas, plus l'allocation "
                    "est haute.</p><p>Pour obtenir l'ISEE, vous présentez la DSU (Dichiarazione "
                    "sostitutiva unica, déclaration des revenus et du patrimoine de la famille) : "
                    "gratuitement dans un CAF, ou vous-même sur le site de l'INPS avec l'ISEE "
                    "pré-rempli. L'ISEE expire le 31 décembre : <b>renouvelez-le chaque "
                    "année</b>, dès janvier.</p>"
                ),
                "documents": [
                    "Pièces d'identité et codes fiscaux de toute la famille",
                    "Contrat de location enregistré",
                    (
                        "Informations sur les revenus et le patrimoine (comptes bancaires, "
                        "logements, véhicules) des années indiquées par le CAF"
                    ),
                ],
                "where": (
                    "CAF (centre d'assistance fiscale), ou site de l'INPS avec SPID, CIE ou CNS"
                ),
                "cost": "Gratuit au CAF",
                "duration": "En général quelques jours ouvrables",
            },
            {
                "title": "Faites la demande à l'INPS",
                "details": (
                    "<p>La demande se fait <b>une seule fois</b> et reste valable les années "
                    "suivantes. Un parent la présente pour tous les enfants. Vous pouvez la faire "
                    ':</p><ul><li>en ligne sur <a href="https://www.inps.it">inps.it</a>, '
                    "service « Assegno unico e universale per i figli a carico », avec SPID, CIE "
                    "ou CNS ;</li><li>par le Contact Center de l'INPS (les numéros sont sur "
                    "inps.it) ;</li><li>par un <b>patronato</b>, qui vous aide "
                    "gratuitement.</li></ul><p>Dans la demande, vous indiquez votre IBAN et "
                    "comment partager l'allocation avec l'autre parent (en général moitié "
                    "chacun).</p><p>Pour un nouveau-né, n'attendez pas : si la demande est faite "
                    "à temps, l'allocation est versée aussi pour les mois à partir du 7e mois de "
                    "grossesse.</p>"
                ),
                "documents": [
                    "SPID, CIE ou CNS (si vous faites la demande vous-même)",
                    "Codes fiscaux des enfants et de l'autre parent",
                    (
                        "IBAN d'un compte à votre nom ou joint (banque, Poste italienne ou carte "
                        "prépayée avec IBAN)"
                    ),
                ],
                "where": "En ligne sur inps.it, Contact Center de l'INPS ou patronato",
                "cost": "Gratuit",
                "duration": (
                    "La demande en ligne prend quelques minutes si vous avez toutes les "
                    "informations"
                ),
            },
            {
                "title": "Recevez l'allocation et signalez les changements",
                "details": (
                    "<p>L'INPS verse l'allocation chaque mois sur l'<b>IBAN</b> indiqué. Les "
                    "montants sont mis à jour chaque année : vous trouvez les montants en vigueur "
                    'sur <a href="https://www.inps.it">inps.it</a>.</p><p>Signalez tout de '
                    "suite les changements en modifiant votre demande (en ligne ou avec un "
                    "patronato), par exemple :</p><ul><li>la naissance d'un autre enfant "
                    ";</li><li>un nouvel IBAN ;</li><li>des changements dans la famille "
                    "(séparation, garde, handicap d'un enfant) ;</li><li>pour un enfant qui a 18 "
                    "ans : s'il fait des études, travaille ou cherche un emploi.</li></ul><p>Si "
                    "vous ne remplissez plus une condition (par exemple votre titre de séjour "
                    "expire et vous ne le renouvelez pas), vous devez le signaler : sinon l'INPS "
                    "peut vous demander de rembourser les sommes.</p>"
                ),
                "where": "En ligne sur inps.it ou auprès d'un patronato",
                "cost": "Gratuit",
                "duration": "Versement mensuel",
            },
        ],
        "faq": [
            {
                "question": "Combien vais-je recevoir ?",
                "answer": (
                    "<p>Cela dépend de votre ISEE, du nombre et de l'âge de vos enfants et "
                    "d'éventuelles majorations (par exemple pour les enfants handicapés ou pour "
                    "les jeunes mères). Sans ISEE, vous recevez le montant minimum.</p><p>Les "
                    "montants sont revalorisés chaque année : consultez les tableaux et le "
                    'simulateur sur <a href="https://www.inps.it">inps.it</a>.</p>'
                ),
            },
            {
                "question": "Dois-je refaire la demande chaque année ?",
                "answer": (
                    "<p>Non, la demande reste valable. Mais chaque année vous devez <b>renouveler "
                    "votre ISEE</b> : sinon, à partir de mars, vous recevez le montant minimum. "
                    "Si vous présentez le nouvel ISEE au plus tard le 30 juin, l'INPS vous verse "
                    "aussi la différence pour les mois précédents. Vérifiez les règles à jour sur "
                    "inps.it.</p>"
                ),
            },
            {
                "question": "Mon enfant a eu 18 ans : qu'est-ce qui change ?",
                "answer": (
                    "<p>De 18 à 21 ans, l'allocation n'est due que si l'enfant fait des études, "
                    "une formation ou un stage, travaille avec un revenu faible, est au chômage "
                    "et inscrit au Centro per l'impiego, ou fait le service civil. Vous devez "
                    "l'indiquer dans la demande. L'enfant majeur peut aussi demander à recevoir "
                    "directement sa part.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 29 dicembre 2021, n. 230",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2021-12-29;230"
                ),
                "note": (
                    "Crée l'assegno unico e universale ; l'article 3 fixe les conditions de "
                    "nationalité, de résidence et de séjour."
                ),
            },
            {
                "text": "Legge 1° aprile 2021, n. 46",
                "url": "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2021-04-01;46",
                "note": (
                    "Loi d'habilitation sur l'allocation unique et universelle pour les enfants à "
                    "charge."
                ),
            },
        ],
    },
    "ar": {
        "title": "الإعانة الموحدة والشاملة للأطفال (Assegno unico e universale)",
        "intro": (
            "الإعانة الموحدة (assegno unico) مبلغ شهري يدفعه المعهد الوطني للضمان الاجتماعي "
            "(INPS) لمن لديهم أطفال معالون، من الشهر السابع للحمل حتى سن 21 عامًا. يُقدَّم الطلب مرة "
            "واحدة فقط، ويتوقف المبلغ على مؤشر الوضع الاقتصادي (ISEE)."
        ),
        "who_for": (
            "الآباء والأمهات الذين يعيشون في إيطاليا مع أطفال معالين: الأطفال القاصرون؛ والأبناء "
            "من 18 إلى 21 عامًا الذين يدرسون أو يتابعون دورة تكوينية أو تدريبًا، أو يعملون بدخل "
            "منخفض، أو العاطلون عن العمل المسجَّلون في مركز التوظيف (Centro per l'impiego)، أو "
            "الذين يؤدون الخدمة المدنية؛ والأبناء ذوو الإعاقة دون حد للعمر. يجب على مواطني الدول "
            "غير الأعضاء في الاتحاد الأوروبي أن يحملوا أحد تصاريح الإقامة المقبولة (انظر الخطوة "
            "الأولى)."
        ),
        "steps": [
            {
                "title": "تحقّق من استيفاء الشروط",
                "details": (
                    "<p>يجب على مقدّم الطلب، طوال مدة الاستفادة من الإعانة:</p><ul><li>أن يكون "
                    "<b>مقيمًا وساكنًا في إيطاليا</b> وأن تكون إقامته الضريبية فيها (خاضعًا لضريبة "
                    "الدخل في إيطاليا)؛</li><li>أن يكون مقيمًا في إيطاليا <b>منذ سنتين على "
                    "الأقل</b>، ولو على فترات متقطعة، <b>أو</b> أن يكون لديه عقد عمل غير محدد "
                    "المدة أو محدد المدة لا تقل مدته عن 6 أشهر؛</li><li>إذا كان من مواطني دولة "
                    "غير عضو في الاتحاد الأوروبي، أن يحمل أحد تصاريح الإقامة المقبولة، مثل: تصريح "
                    "الإقامة الأوروبي للمقيمين لمدة طويلة؛ أو تصريح العمل الموحد أو أي تصريح آخر "
                    "يسمح بالعمل لمدة تزيد على 6 أشهر؛ أو تصريح الإقامة للبحث العلمي لمدة تزيد "
                    "على 6 أشهر؛ أو الحماية الدولية (صفة اللاجئ أو الحماية "
                    "الفرعية).</li></ul><p>القائمة الكاملة للتصاريح المقبولة موجودة على موقع <a "
                    'href="https://www.inps.it">inps.it</a>. إذا كان لديك شك، أحضر تصريحك إلى '
                    "الـHUB أو إلى أحد مكاتب المساعدة الاجتماعية (patronato) لنتحقق منه معًا.</p>"
                ),
                "documents": [
                    "تصريح الإقامة",
                    "الرموز الضريبية (codice fiscale) الخاصة بك وبالأطفال وبالوالد الآخر",
                    "عقد العمل، إذا كنت مقيمًا في إيطاليا منذ أقل من سنتين",
                ],
                "where": (
                    "HUB الخدمات الاجتماعية وسجل السكان – بلدية رافينا، أو أحد مكاتب الـpatronato"
                ),
                "cost": "مجانًا",
            },
            {
                "title": "احصل على شهادة ISEE (يُنصح بذلك)",
                "details": (
                    "<p>من دون ISEE تحصل فقط على <b>الحد الأدنى</b> من الإعانة. ومع ISEE يمكن أن "
                    "يكون المبلغ أعلى: كلما كان مؤشر ISEE أقل، كانت الإعانة أعلى.</p><p>للحصول "
                    "على ISEE تقدّم الإقرار الموحد (DSU) عن دخل الأسرة وممتلكاتها: مجانًا لدى مركز "
                    "المساعدة الضريبية (CAF)، أو بنفسك على موقع INPS باستخدام ISEE المعبّأ مسبقًا. "
                    "تنتهي صلاحية ISEE في 31 ديسمبر: <b>جدّده كل عام</b> ابتداءً من يناير.</p>"
                ),
                "documents": [
                    "وثائق الهوية والرموز الضريبية لجميع أفراد الأسرة",
                    "عقد الإيجار المسجَّل",
                    (
                        "بيانات الدخل والممتلكات (الحسابات المصرفية والمساكن والمركبات) عن "
                        "السنوات التي يحددها لك مركز CAF"
                    ),
                ],
                "where": "مركز المساعدة الضريبية (CAF)، أو موقع INPS باستخدام SPID أو CIE أو CNS",
                "cost": "مجانًا لدى CAF",
                "duration": "عادةً بضعة أيام عمل",
            },
            {
                "title": "قدّم الطلب إلى INPS",
                "details": (
                    "<p>يُقدَّم الطلب <b>مرة واحدة فقط</b> ويبقى صالحًا في السنوات التالية. يقدّمه أحد "
                    "الوالدين عن جميع الأطفال. يمكنك تقديمه:</p><ul><li>عبر الإنترنت على <a "
                    'href="https://www.inps.it">inps.it</a>، من خلال خدمة «Assegno unico e '
                    "universale per i figli a carico»، باستخدام SPID أو CIE أو CNS؛</li><li>عن "
                    "طريق مركز الاتصال التابع لـINPS (الأرقام موجودة على inps.it)؛</li><li>عن "
                    "طريق أحد مكاتب الـ<b>patronato</b>، التي تساعدك مجانًا.</li></ul><p>في الطلب "
                    "تذكر رقم IBAN الخاص بك وطريقة تقسيم الإعانة مع الوالد الآخر (عادةً النصف لكل "
                    "منهما).</p><p>إذا وُلد لك طفل، فلا تتأخر: إذا قُدّم الطلب في الوقت المحدد، تُدفع "
                    "الإعانة أيضًا عن الأشهر ابتداءً من الشهر السابع للحمل.</p>"
                ),
                "documents": [
                    "SPID أو CIE أو CNS (إذا قدّمت الطلب بنفسك)",
                    "الرموز الضريبية للأطفال وللوالد الآخر",
                    (
                        "رقم IBAN لحساب باسمك أو مشترك (بنك أو البريد الإيطالي أو بطاقة مسبقة "
                        "الدفع لها IBAN)"
                    ),
                ],
                "where": (
                    "عبر الإنترنت على inps.it، أو مركز الاتصال التابع لـINPS، أو مكتب patronato"
                ),
                "cost": "مجانًا",
                "duration": "يستغرق الطلب عبر الإنترنت بضع دقائق إذا كانت كل البيانات متوفرة لديك",
            },
            {
                "title": "استلم الإعانة وأبلغ عن أي تغييرات",
                "details": (
                    "<p>يدفع INPS الإعانة كل شهر على رقم <b>IBAN</b> الذي ذكرته. تُحدَّث المبالغ كل "
                    "عام، وتجد المبالغ السارية على <a "
                    'href="https://www.inps.it">inps.it</a>.</p><p>أبلغ فورًا عن التغييرات '
                    "بتعديل طلبك (عبر الإنترنت أو عن طريق patronato)، مثل:</p><ul><li>ولادة طفل "
                    "آخر؛</li><li>رقم IBAN جديد؛</li><li>تغييرات في الأسرة (الانفصال، الحضانة، "
                    "إعاقة أحد الأطفال)؛</li><li>بالنسبة إلى الابن الذي يبلغ 18 عامًا: هل يدرس أو "
                    "يعمل أو يبحث عن عمل.</li></ul><p>إذا فقدت أحد الشروط (مثلًا انتهت صلاحية "
                    "تصريح إقامتك ولم تجدده)، يجب أن تُبلغ عن ذلك، وإلا يمكن أن يطالبك INPS بإعادة "
                    "المبالغ.</p>"
                ),
                "where": "عبر الإنترنت على inps.it أو لدى مكتب patronato",
                "cost": "مجانًا",
                "duration": "دفعة شهرية",
            },
        ],
        "faq": [
            {
                "question": "كم سأحصل؟",
                "answer": (
                    "<p>يتوقف ذلك على مؤشر ISEE، وعدد الأطفال وأعمارهم، وعلى الزيادات المحتملة "
                    "(مثلًا للأطفال ذوي الإعاقة أو للأمهات الشابات). من دون ISEE تحصل على الحد "
                    "الأدنى.</p><p>تُراجَع المبالغ كل عام: اطّلع على الجداول وأداة المحاكاة على <a "
                    'href="https://www.inps.it">inps.it</a>.</p>'
                ),
            },
            {
                "question": "هل يجب أن أقدّم الطلب من جديد كل عام؟",
                "answer": (
                    "<p>لا، يبقى الطلب صالحًا. لكن يجب عليك كل عام <b>تجديد ISEE</b>: إذا لم تفعل، "
                    "تحصل ابتداءً من مارس على الحد الأدنى. وإذا قدّمت ISEE الجديد حتى 30 يونيو، "
                    "يدفع لك INPS أيضًا الفرق عن الأشهر السابقة. تحقّق من القواعد المحدَّثة على "
                    "inps.it.</p>"
                ),
            },
            {
                "question": "بلغ ابني 18 عامًا: ما الذي يتغير؟",
                "answer": (
                    "<p>من 18 إلى 21 عامًا لا تُستحق الإعانة إلا إذا كان الابن يدرس، أو يتابع "
                    "تكوينًا أو تدريبًا، أو يعمل بدخل منخفض، أو كان عاطلًا عن العمل ومسجَّلًا في مركز "
                    "التوظيف، أو يؤدي الخدمة المدنية. يجب ذكر ذلك في الطلب. ويمكن للابن البالغ "
                    "أيضًا أن يطلب استلام حصته مباشرة.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 29 dicembre 2021, n. 230",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2021-12-29;230"
                ),
                "note": (
                    "ينشئ الإعانة الموحدة والشاملة؛ وتحدد المادة 3 شروط الجنسية والإقامة وتصريح "
                    "الإقامة."
                ),
            },
            {
                "text": "Legge 1° aprile 2021, n. 46",
                "url": "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2021-04-01;46",
                "note": "قانون التفويض الخاص بالإعانة الموحدة والشاملة للأطفال المعالين.",
            },
        ],
    },
}

#: Both public; the loader features the first two public guides of each HUB.
GUIDES: list[dict] = [RESIDENCE_AND_CIE, CHILD_BENEFIT]
