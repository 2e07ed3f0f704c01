"""Demo guides of the HUB Formazione professionale e titoli di studio (Forlì), school
included, in the format of ``hubs/demo/__init__.py``.

Checked against the procedures in force: recognition depends on the purpose (universities
for study, the competent ministry for regulated professions, the Funzione Pubblica for
public competitions), and a CIMEA statement often stands in for the consulate's
dichiarazione di valore. The recognition guide's review is deliberately out of date
(reviewed March 2025, yearly interval) so that the demo shows an overdue review. School
enrolment dates change every year: the guide says "usually January" and names the
Ministry's Unica platform rather than a date.
"""

QUALIFICATION_RECOGNITION = {
    "key": "riconoscimento-titoli-esteri",
    "hub": "formazione-titoli-di-studio",
    "topic": "riconoscimento-titoli",
    "audience": "migrants",
    "share_with_pim": True,
    "pim_category": "guide",
    "restricted": False,
    "last_reviewed": "2025-03-10",
    "review_interval_months": 12,
    "it": {
        "title": (
            "Riconoscimento di un titolo di studio estero: dichiarazione di valore, attestato "
            "CIMEA e rete ENIC-NARIC"
        ),
        "slug": "riconoscimento-titolo-di-studio-estero",
        "intro": (
            "Un titolo di studio preso all'estero non vale automaticamente in Italia. La "
            "procedura giusta dipende da cosa vuoi fare: studiare, lavorare in una professione "
            "regolamentata o partecipare a un concorso pubblico."
        ),
        "who_for": (
            "Persone che hanno un diploma, una laurea o una qualifica presi fuori dall'Italia, "
            "compresi rifugiati e titolari di protezione che non hanno tutti i documenti."
        ),
        "steps": [
            {
                "title": "Capisci a cosa ti serve il riconoscimento",
                "details": (
                    "<ul><li><b>Per studiare</b> (iscriverti all'università o proseguire gli "
                    "studi): decide l'università o l'istituzione AFAM (arte, musica, danza) a cui "
                    "ti iscrivi.</li><li><b>Per lavorare in una professione regolamentata</b> "
                    "(per esempio medico, infermiere, ingegnere, avvocato, insegnante): decide il "
                    "<b>ministero competente</b> per quella professione, per esempio il Ministero "
                    "della Salute per le professioni sanitarie.</li><li><b>Per un concorso "
                    "pubblico</b>: serve l'equivalenza del titolo, che si chiede al Dipartimento "
                    "della Funzione Pubblica.</li><li><b>Per un lavoro non regolamentato</b> nel "
                    "settore privato: non serve un riconoscimento formale; il datore di lavoro "
                    "valuta il titolo, e un attestato CIMEA lo aiuta a capirlo.</li></ul><p>Per "
                    "iscrivere i figli a scuola in Italia decide la scuola: leggi la guida sui "
                    "corsi del CPIA e sull'iscrizione a scuola.</p>"
                ),
                "documents": [
                    "Il titolo di studio (diploma, laurea) in originale",
                    (
                        "L'elenco degli esami con i voti (transcript) e, se ce l'hai, il Diploma "
                        "Supplement"
                    ),
                ],
                "where": "HUB Formazione e titoli di studio – Comune di Forlì",
                "cost": "Gratuito",
                "duration": "Un colloquio di orientamento",
            },
            {
                "title": "Chiedi la dichiarazione di valore (se ti serve)",
                "details": (
                    "<p>La <b>dichiarazione di valore in loco</b> è rilasciata dall'ambasciata o "
                    "dal consolato italiano nel Paese in cui hai preso il titolo. Descrive il "
                    "titolo, la scuola o l'università, la durata degli studi e il valore del "
                    "titolo in quel Paese.</p><p>Prima di chiederla, il titolo deve "
                    "essere:</p><ul><li><b>legalizzato</b> dalle autorità del Paese, oppure con "
                    "<b>apostille</b> se il Paese aderisce alla Convenzione "
                    "dell'Aja;</li><li><b>tradotto in italiano</b> in modo ufficiale (traduzione "
                    "certificata conforme dal consolato o traduzione giurata).</li></ul><p>Se sei "
                    "già in Italia, chiedi al consolato se una persona di fiducia può presentare "
                    "la richiesta per te con una delega. Tempi e costi dipendono dal consolato: "
                    "controlla sul suo sito.</p>"
                ),
                "documents": [
                    "Titolo originale legalizzato o con apostille",
                    "Traduzione ufficiale in italiano",
                    "Elenco degli esami (transcript), se richiesto",
                    "Documento d'identità",
                ],
                "where": "Ambasciata o consolato italiano nel Paese in cui hai studiato",
                "cost": "Dipende dal consolato: controlla sul suo sito",
                "duration": "Dipende dal consolato",
            },
            {
                "title": "In alternativa, chiedi l'attestato di comparabilità CIMEA",
                "details": (
                    "<p><b>CIMEA</b> è il centro italiano della rete europea <b>ENIC-NARIC</b> "
                    "sul riconoscimento dei titoli. Rilascia online:</p><ul><li>l'<b>attestato di "
                    "comparabilità</b>: dice a quale titolo italiano corrisponde il tuo (per "
                    "esempio laurea triennale o diploma di scuola "
                    "superiore);</li><li>l'<b>attestato di verifica</b>: conferma che il titolo è "
                    "autentico.</li></ul><p>Molte università, datori di lavoro e amministrazioni "
                    "accettano l'attestato CIMEA al posto della dichiarazione di valore. Prima di "
                    "pagare, chiedi a chi riceverà il documento se lo accetta.</p><p>La richiesta "
                    'si fa sul sito <a href="https://www.cimea.it">cimea.it</a>: carichi i '
                    "documenti, paghi la tariffa indicata sul sito e ricevi l'attestato in "
                    "formato digitale.</p>"
                ),
                "documents": [
                    "Scansione del titolo e dell'elenco degli esami",
                    "Traduzione, se CIMEA la chiede per la lingua del tuo titolo",
                    "Documento d'identità",
                ],
                "where": "Online su cimea.it",
                "cost": "A pagamento: tariffe aggiornate su cimea.it",
                "duration": "Indicata da CIMEA per ogni servizio",
            },
            {
                "title": "Se sei rifugiato o non hai tutti i documenti",
                "details": (
                    "<p>Se hai la protezione internazionale e non puoi rivolgerti alle autorità "
                    "del tuo Paese, la legge prevede che i tuoi titoli possano essere valutati "
                    "<b>anche senza i documenti ufficiali del Paese "
                    "d'origine</b>.</p><ul><li>CIMEA ha un servizio dedicato ai rifugiati: valuta "
                    "i titoli anche con documentazione incompleta, usando tutte le informazioni "
                    "disponibili.</li><li>Il <b>Passaporto europeo delle qualifiche per i "
                    "rifugiati</b> (EQPR) del Consiglio d'Europa descrive i tuoi titoli dopo un "
                    "colloquio con valutatori esperti. È gratuito. Chiedi all'HUB quando ci sono "
                    "sessioni.</li></ul><p>Porta tutto quello che hai, anche copie o foto del "
                    "diploma.</p>"
                ),
                "documents": [
                    "Permesso di soggiorno per protezione internazionale",
                    (
                        "Tutto quello che hai sul tuo percorso di studi: copie, foto, "
                        "certificati, libretti"
                    ),
                ],
                "where": "HUB Formazione e titoli di studio – Comune di Forlì; CIMEA",
                "cost": "EQPR: gratuito",
            },
            {
                "title": "Presenta la domanda all'ente che decide",
                "details": (
                    "<p>Con la dichiarazione di valore o l'attestato CIMEA presenti la domanda "
                    "all'ente giusto: università, ministero della tua professione o Dipartimento "
                    "della Funzione Pubblica. Per una professione regolamentata il ministero può "
                    "chiedere una <b>misura compensativa</b> (un esame o un tirocinio) se la tua "
                    "formazione è diversa da quella italiana.</p><p>L'HUB ti aiuta "
                    "a:</p><ul><li>capire quale procedura ti serve;</li><li>controllare documenti "
                    "e traduzioni;</li><li>compilare le domande online;</li><li>trovare corsi per "
                    "completare la formazione.</li></ul>"
                ),
                "documents": [
                    "Dichiarazione di valore o attestato CIMEA",
                    "Titolo, traduzione ed elenco degli esami",
                    "Documento d'identità e permesso di soggiorno",
                ],
                "where": (
                    "Università, ministero competente o Dipartimento della Funzione Pubblica (con "
                    "l'aiuto dell'HUB)"
                ),
                "cost": (
                    "Gratuito all'HUB; l'ente che decide può chiedere marche da bollo o diritti"
                ),
                "duration": "Dipende dall'ente",
            },
        ],
        "faq": [
            {
                "question": "Che differenza c'è tra dichiarazione di valore e attestato CIMEA?",
                "answer": (
                    "<p>La <b>dichiarazione di valore</b> è rilasciata dal consolato italiano nel "
                    "Paese in cui hai studiato. L'<b>attestato CIMEA</b> si chiede online "
                    "dall'Italia ed è spesso più rapido. Nessuno dei due è un riconoscimento: "
                    "sono documenti che servono a chi decide (università, ministero, datore di "
                    "lavoro) per valutare il tuo titolo.</p>"
                ),
            },
            {
                "question": "Posso partecipare a un concorso pubblico con un titolo estero?",
                "answer": (
                    "<p>Sì, se hai i requisiti di cittadinanza o di soggiorno previsti dal bando: "
                    "molti concorsi sono aperti anche ai titolari di permesso UE per soggiornanti "
                    "di lungo periodo e di protezione internazionale. Devi chiedere "
                    "l'<b>equivalenza</b> del titolo al Dipartimento della Funzione Pubblica; di "
                    "solito puoi partecipare al concorso «con riserva» mentre aspetti la "
                    "decisione.</p>"
                ),
            },
            {
                "question": "Ho perso il diploma o non posso chiederlo al mio Paese: cosa faccio?",
                "answer": (
                    "<p>Se hai la protezione internazionale, puoi usare le procedure per i "
                    "rifugiati (CIMEA, Passaporto europeo delle qualifiche per i rifugiati). "
                    "Negli altri casi prova a chiedere un duplicato alla scuola o all'università, "
                    "anche tramite familiari o il consolato. L'HUB ti aiuta a capire quale strada "
                    "è possibile.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "Legge 11 luglio 2002, n. 148",
                "url": "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2002-07-11;148",
                "note": (
                    "Ratifica la Convenzione di Lisbona: le università decidono sul "
                    "riconoscimento dei titoli esteri per lo studio."
                ),
            },
            {
                "text": "D.Lgs. 9 novembre 2007, n. 206",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2007-11-09;206"
                ),
                "note": (
                    "Riconoscimento delle qualifiche per le professioni regolamentate; per i "
                    "cittadini non UE si applica anche l'art. 49 del D.P.R. 394/1999."
                ),
            },
            {
                "text": "D.Lgs. 19 novembre 2007, n. 251, art. 26",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2007-11-19;251"
                ),
                "note": (
                    "I titoli dei titolari di protezione internazionale sono valutati anche senza "
                    "la certificazione del Paese d'origine."
                ),
            },
        ],
    },
    "en": {
        "title": (
            "Recognition of a foreign qualification: dichiarazione di valore, CIMEA statement and "
            "the ENIC-NARIC route"
        ),
        "slug": "recognition-of-a-foreign-qualification",
        "intro": (
            "A qualification obtained abroad is not automatically valid in Italy. The right "
            "procedure depends on what you want to do: study, work in a regulated profession or "
            "take part in a public competition."
        ),
        "who_for": (
            "People with a school diploma, a degree or a qualification obtained outside Italy, "
            "including refugees and holders of protection who do not have all their documents."
        ),
        "steps": [
            {
                "title": "Work out what you need the recognition for",
                "details": (
                    "<ul><li><b>To study</b> (enrol at university or continue your studies): the "
                    "university or AFAM institution (art, music, dance) where you enrol "
                    "decides.</li><li><b>To work in a regulated profession</b> (for example "
                    "doctor, nurse, engineer, lawyer, teacher): the <b>competent ministry</b> for "
                    "that profession decides, for example the Ministry of Health for health "
                    "professions.</li><li><b>For a public competition</b> (concorso pubblico): "
                    "you need the equivalence of your qualification, which you request from the "
                    "Dipartimento della Funzione Pubblica.</li><li><b>For a non-regulated job</b> "
                    "in the private sector: no formal recognition is needed; the employer "
                    "assesses your qualification, and a CIMEA statement helps them understand "
                    "it.</li></ul><p>To enrol your children at school in Italy, the school "
                    "decides: read the guide on CPIA courses and school enrolment.</p>"
                ),
                "documents": [
                    "Your original qualification (diploma, degree)",
                    (
                        "The list of exams with grades (transcript) and, if you have it, the "
                        "Diploma Supplement"
                    ),
                ],
                "where": "HUB Formazione e titoli di studio – Comune di Forlì",
                "cost": "Free",
                "duration": "One guidance interview",
            },
            {
                "title": "Ask for the dichiarazione di valore (if you need it)",
                "details": (
                    "<p>The <b>dichiarazione di valore in loco</b> (declaration of value) is "
                    "issued by the Italian embassy or consulate in the country where you obtained "
                    "your qualification. It describes the qualification, the school or "
                    "university, the length of the studies and the value of the qualification in "
                    "that country.</p><p>Before you ask for it, your qualification must "
                    "be:</p><ul><li><b>legalised</b> by the authorities of that country, or carry "
                    "an <b>apostille</b> if the country has joined the Hague "
                    "Convention;</li><li><b>officially translated into Italian</b> (translation "
                    "certified by the consulate or sworn translation).</li></ul><p>If you are "
                    "already in Italy, ask the consulate whether a trusted person can submit the "
                    "request for you with a proxy. Times and costs depend on the consulate: check "
                    "its website.</p>"
                ),
                "documents": [
                    "Original qualification, legalised or with an apostille",
                    "Official translation into Italian",
                    "List of exams (transcript), if requested",
                    "ID document",
                ],
                "where": "Italian embassy or consulate in the country where you studied",
                "cost": "Depends on the consulate: check its website",
                "duration": "Depends on the consulate",
            },
            {
                "title": "Or ask CIMEA for a statement of comparability",
                "details": (
                    "<p><b>CIMEA</b> is the Italian centre of the European <b>ENIC-NARIC</b> "
                    "network on the recognition of qualifications. It issues "
                    "online:</p><ul><li>the <b>statement of comparability</b> (attestato di "
                    "comparabilità): it says which Italian qualification yours corresponds to "
                    "(for example a bachelor's degree or an upper secondary school "
                    "diploma);</li><li>the <b>statement of verification</b> (attestato di "
                    "verifica): it confirms that your qualification is "
                    "authentic.</li></ul><p>Many universities, employers and public offices "
                    "accept the CIMEA statement instead of the dichiarazione di valore. Before "
                    "paying, ask whoever will receive the document whether they accept "
                    'it.</p><p>You apply on <a href="https://www.cimea.it">cimea.it</a>: you '
                    "upload your documents, pay the fee shown on the website and receive the "
                    "statement in digital form.</p>"
                ),
                "documents": [
                    "Scan of your qualification and of the list of exams",
                    "Translation, if CIMEA asks for it for the language of your qualification",
                    "ID document",
                ],
                "where": "Online on cimea.it",
                "cost": "Fee payable: current fees on cimea.it",
                "duration": "Stated by CIMEA for each service",
            },
            {
                "title": "If you are a refugee or do not have all your documents",
                "details": (
                    "<p>If you have international protection and cannot turn to the authorities "
                    "of your country, the law provides that your qualifications can be assessed "
                    "<b>even without official documents from your country of "
                    "origin</b>.</p><ul><li>CIMEA has a service for refugees: it assesses "
                    "qualifications even with incomplete documents, using all the information "
                    "available.</li><li>The Council of Europe's <b>European Qualifications "
                    "Passport for Refugees</b> (EQPR) describes your qualifications after an "
                    "interview with expert assessors. It is free. Ask the HUB when sessions are "
                    "held.</li></ul><p>Bring everything you have, even copies or photos of your "
                    "diploma.</p>"
                ),
                "documents": [
                    "Residence permit for international protection",
                    (
                        "Everything you have about your studies: copies, photos, certificates, "
                        "student record books"
                    ),
                ],
                "where": "HUB Formazione e titoli di studio – Comune di Forlì; CIMEA",
                "cost": "EQPR: free",
            },
            {
                "title": "Apply to the body that decides",
                "details": (
                    "<p>With the dichiarazione di valore or the CIMEA statement, you apply to the "
                    "right body: the university, the ministry for your profession or the "
                    "Dipartimento della Funzione Pubblica. For a regulated profession the "
                    "ministry may require a <b>compensation measure</b> (an aptitude test or an "
                    "adaptation period) if your training differs from the Italian one.</p><p>The "
                    "HUB helps you to:</p><ul><li>work out which procedure you "
                    "need;</li><li>check documents and translations;</li><li>fill in online "
                    "applications;</li><li>find courses to complete your training.</li></ul>"
                ),
                "documents": [
                    "Dichiarazione di valore or CIMEA statement",
                    "Qualification, translation and list of exams",
                    "ID document and residence permit",
                ],
                "where": (
                    "University, competent ministry or Dipartimento della Funzione Pubblica (with "
                    "the HUB's help)"
                ),
                "cost": "Free at the HUB; the deciding body may ask for revenue stamps or fees",
                "duration": "Depends on the body",
            },
        ],
        "faq": [
            {
                "question": (
                    "What is the difference between the dichiarazione di valore and the CIMEA "
                    "statement?"
                ),
                "answer": (
                    "<p>The <b>dichiarazione di valore</b> is issued by the Italian consulate in "
                    "the country where you studied. The <b>CIMEA statement</b> is requested "
                    "online from Italy and is often quicker. Neither is a recognition in itself: "
                    "they are documents that help whoever decides (university, ministry, "
                    "employer) to assess your qualification.</p>"
                ),
            },
            {
                "question": (
                    "Can I take part in a public competition with a foreign qualification?"
                ),
                "answer": (
                    "<p>Yes, if you meet the citizenship or residence requirements of the call: "
                    "many competitions are also open to holders of an EU long-term residence "
                    "permit and of international protection. You must request the "
                    "<b>equivalence</b> of your qualification from the Dipartimento della "
                    "Funzione Pubblica; usually you can take part in the competition «with "
                    "reservation» while you wait for the decision.</p>"
                ),
            },
            {
                "question": (
                    "I have lost my diploma or cannot ask my country for it: what can I do?"
                ),
                "answer": (
                    "<p>If you have international protection, you can use the procedures for "
                    "refugees (CIMEA, European Qualifications Passport for Refugees). In other "
                    "cases, try to ask the school or university for a duplicate, also through "
                    "relatives or the consulate. The HUB helps you understand which route is "
                    "possible.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "Legge 11 luglio 2002, n. 148",
                "url": "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2002-07-11;148",
                "note": (
                    "Ratifies the Lisbon Recognition Convention: universities decide on "
                    "recognising foreign qualifications for study."
                ),
            },
            {
                "text": "D.Lgs. 9 novembre 2007, n. 206",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2007-11-09;206"
                ),
                "note": (
                    "Recognition of qualifications for regulated professions; for non-EU citizens "
                    "article 49 of D.P.R. 394/1999 also applies."
                ),
            },
            {
                "text": "D.Lgs. 19 novembre 2007, n. 251, article 26",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2007-11-19;251"
                ),
                "note": (
                    "Qualifications of holders of international protection are assessed even "
                    "without certification from the country of origin."
                ),
            },
        ],
    },
    "fr": {
        "title": (
            "Reconnaissance d'un diplôme étranger : dichiarazione di valore, attestation CIMEA et "
            "réseau ENIC-NARIC"
        ),
        "slug": "reconnaissance-d-un-diplome-etranger",
        "intro": (
            "Un diplôme obtenu à l'étranger n'est pas automatiquement valable en Italie. La bonne "
            "procédure dépend de ce que vous voulez faire : étudier, exercer une profession "
            "réglementée ou passer un concours public."
        ),
        "who_for": (
            "Les personnes qui ont un diplôme, un titre universitaire ou une qualification "
            "obtenus hors d'Italie, y compris les réfugiés et les bénéficiaires d'une protection "
            "qui n'ont pas tous leurs documents."
        ),
        "steps": [
            {
                "title": "Déterminez pourquoi vous avez besoin de la reconnaissance",
                "details": (
                    "<ul><li><b>Pour étudier</b> (vous inscrire à l'université ou poursuivre vos "
                    "études) : c'est l'université ou l'établissement AFAM (art, musique, danse) "
                    "où vous vous inscrivez qui décide.</li><li><b>Pour exercer une profession "
                    "réglementée</b> (par exemple médecin, infirmier, ingénieur, avocat, "
                    "enseignant) : c'est le <b>ministère compétent</b> pour cette profession qui "
                    "décide, par exemple le ministère de la Santé pour les professions de "
                    "santé.</li><li><b>Pour un concours public</b> (concorso pubblico) : il faut "
                    "l'équivalence du diplôme, à demander au Dipartimento della Funzione "
                    "Pubblica.</li><li><b>Pour un emploi non réglementé</b> dans le secteur privé "
                    ": aucune reconnaissance formelle n'est nécessaire ; l'employeur évalue votre "
                    "diplôme, et une attestation CIMEA l'aide à le comprendre.</li></ul><p>Pour "
                    "inscrire vos enfants à l'école en Italie, c'est l'école qui décide : lisez "
                    "le guide sur les cours du CPIA et l'inscription scolaire.</p>"
                ),
                "documents": [
                    "Votre diplôme original",
                    (
                        "Le relevé des examens et des notes (transcript) et, si vous l'avez, le "
                        "supplément au diplôme (Diploma Supplement)"
                    ),
                ],
                "where": "HUB Formazione e titoli di studio – Comune di Forlì",
                "cost": "Gratuit",
                "duration": "Un entretien d'orientation",
            },
            {
                "title": "Demandez la dichiarazione di valore (si vous en avez besoin)",
                "details": (
                    "<p>La <b>dichiarazione di valore in loco</b> (déclaration de valeur) est "
                    "délivrée par l'ambassade ou le consulat d'Italie dans le pays où vous avez "
                    "obtenu votre diplôme. Elle décrit le diplôme, l'école ou l'université, la "
                    "durée des études et la valeur du diplôme dans ce pays.</p><p>Avant de la "
                    "demander, votre diplôme doit être :</p><ul><li><b>légalisé</b> par les "
                    "autorités du pays, ou porter une <b>apostille</b> si le pays a adhéré à la "
                    "Convention de La Haye ;</li><li><b>traduit officiellement en italien</b> "
                    "(traduction certifiée conforme par le consulat ou traduction "
                    "assermentée).</li></ul><p>Si vous êtes déjà en Italie, demandez au consulat "
                    "si une personne de confiance peut faire la demande pour vous avec une "
                    "procuration. Les délais et les frais dépendent du consulat : vérifiez sur "
                    "son site.</p>"
                ),
                "documents": [
                    "Diplôme original légalisé ou apostillé",
                    "Traduction officielle en italien",
                    "Relevé des examens (transcript), si demandé",
                    "Pièce d'identité",
                ],
                "where": "Ambassade ou consulat d'Italie dans le pays où vous avez étudié",
                "cost": "Selon le consulat : vérifiez sur son site",
                "duration": "Selon le consulat",
            },
            {
                "title": "Ou demandez une attestation de comparabilité au CIMEA",
                "details": (
                    "<p>Le <b>CIMEA</b> est le centre italien du réseau européen "
                    "<b>ENIC-NARIC</b> pour la reconnaissance des diplômes. Il délivre en ligne "
                    ":</p><ul><li>l'<b>attestation de comparabilité</b> (attestato di "
                    "comparabilità) : elle indique à quel diplôme italien correspond le vôtre "
                    "(par exemple une licence ou un diplôme de fin d'études secondaires) "
                    ";</li><li>l'<b>attestation de vérification</b> (attestato di verifica) : "
                    "elle confirme que votre diplôme est authentique.</li></ul><p>Beaucoup "
                    "d'universités, d'employeurs et d'administrations acceptent l'attestation "
                    "CIMEA à la place de la dichiarazione di valore. Avant de payer, demandez à "
                    "l'organisme qui recevra le document s'il l'accepte.</p><p>La demande se fait "
                    'sur <a href="https://www.cimea.it">cimea.it</a> : vous téléversez vos '
                    "documents, payez le tarif indiqué sur le site et recevez l'attestation au "
                    "format numérique.</p>"
                ),
                "documents": [
                    "Copie numérisée du diplôme et du relevé des examens",
                    "Traduction, si le CIMEA la demande pour la langue de votre diplôme",
                    "Pièce d'identité",
                ],
                "where": "En ligne sur cimea.it",
                "cost": "Payant : tarifs à jour sur cimea.it",
                "duration": "Indiqué par le CIMEA pour chaque service",
            },
            {
                "title": "Si vous êtes réfugié ou si vous n'avez pas tous vos documents",
                "details": (
                    "<p>Si vous bénéficiez d'une protection internationale et ne pouvez pas vous "
                    "adresser aux autorités de votre pays, la loi prévoit que vos diplômes "
                    "peuvent être évalués <b>même sans documents officiels de votre pays "
                    "d'origine</b>.</p><ul><li>Le CIMEA a un service pour les réfugiés : il "
                    "évalue les diplômes même avec une documentation incomplète, en utilisant "
                    "toutes les informations disponibles.</li><li>Le <b>Passeport européen des "
                    "qualifications des réfugiés</b> (EQPR) du Conseil de l'Europe décrit vos "
                    "diplômes après un entretien avec des évaluateurs experts. Il est gratuit. "
                    "Demandez au HUB quand des sessions sont organisées.</li></ul><p>Apportez "
                    "tout ce que vous avez, même des copies ou des photos de votre diplôme.</p>"
                ),
                "documents": [
                    "Titre de séjour pour protection internationale",
                    (
                        "Tout ce que vous avez sur vos études : copies, photos, certificats, "
                        "carnets de notes"
                    ),
                ],
                "where": "HUB Formazione e titoli di studio – Comune di Forlì ; CIMEA",
                "cost": "EQPR : gratuit",
            },
            {
                "title": "Déposez la demande auprès de l'organisme qui décide",
                "details": (
                    "<p>Avec la dichiarazione di valore ou l'attestation CIMEA, vous déposez la "
                    "demande auprès du bon organisme : l'université, le ministère de votre "
                    "profession ou le Dipartimento della Funzione Pubblica. Pour une profession "
                    "réglementée, le ministère peut exiger une <b>mesure de compensation</b> (une "
                    "épreuve d'aptitude ou un stage d'adaptation) si votre formation est "
                    "différente de la formation italienne.</p><p>Le HUB vous aide à "
                    ":</p><ul><li>savoir quelle procédure vous convient ;</li><li>vérifier les "
                    "documents et les traductions ;</li><li>remplir les demandes en ligne "
                    ";</li><li>trouver des cours pour compléter votre formation.</li></ul>"
                ),
                "documents": [
                    "Dichiarazione di valore ou attestation CIMEA",
                    "Diplôme, traduction et relevé des examens",
                    "Pièce d'identité et titre de séjour",
                ],
                "where": (
                    "Université, ministère compétent ou Dipartimento della Funzione Pubblica "
                    "(avec l'aide du HUB)"
                ),
                "cost": (
                    "Gratuit au HUB ; l'organisme qui décide peut demander des timbres fiscaux ou "
                    "des frais"
                ),
                "duration": "Selon l'organisme",
            },
        ],
        "faq": [
            {
                "question": (
                    "Quelle est la différence entre la dichiarazione di valore et l'attestation "
                    "CIMEA ?"
                ),
                "answer": (
                    "<p>La <b>dichiarazione di valore</b> est délivrée par le consulat d'Italie "
                    "dans le pays où vous avez étudié. L'<b>attestation CIMEA</b> se demande en "
                    "ligne depuis l'Italie et elle est souvent plus rapide. Aucune des deux n'est "
                    "une reconnaissance en soi : ce sont des documents qui aident celui qui "
                    "décide (université, ministère, employeur) à évaluer votre diplôme.</p>"
                ),
            },
            {
                "question": "Puis-je passer un concours public avec un diplôme étranger ?",
                "answer": (
                    "<p>Oui, si vous remplissez les conditions de nationalité ou de séjour "
                    "prévues par l'avis de concours : beaucoup de concours sont aussi ouverts aux "
                    "titulaires d'un permis de séjour UE de longue durée et d'une protection "
                    "internationale. Vous devez demander l'<b>équivalence</b> de votre diplôme au "
                    "Dipartimento della Funzione Pubblica ; en général, vous pouvez participer au "
                    "concours « sous réserve » en attendant la décision.</p>"
                ),
            },
            {
                "question": (
                    "J'ai perdu mon diplôme ou je ne peux pas le demander à mon pays : que faire ?"
                ),
                "answer": (
                    "<p>Si vous bénéficiez d'une protection internationale, vous pouvez utiliser "
                    "les procédures pour les réfugiés (CIMEA, Passeport européen des "
                    "qualifications des réfugiés). Dans les autres cas, essayez de demander un "
                    "duplicata à l'école ou à l'université, aussi par l'intermédiaire de proches "
                    "ou du consulat. Le HUB vous aide à comprendre quelle voie est possible.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "Legge 11 luglio 2002, n. 148",
                "url": "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2002-07-11;148",
                "note": (
                    "Ratifie la Convention de Lisbonne : les universités décident de la "
                    "reconnaissance des diplômes étrangers pour les études."
                ),
            },
            {
                "text": "D.Lgs. 9 novembre 2007, n. 206",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2007-11-09;206"
                ),
                "note": (
                    "Reconnaissance des qualifications pour les professions réglementées ; pour "
                    "les ressortissants hors UE, l'article 49 du D.P.R. 394/1999 s'applique aussi."
                ),
            },
            {
                "text": "D.Lgs. 19 novembre 2007, n. 251, article 26",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2007-11-19;251"
                ),
                "note": (
                    "Les diplômes des bénéficiaires d'une protection internationale sont évalués "
                    "même sans certification du pays d'origine."
                ),
            },
        ],
    },
    "ar": {
        "title": (
            "الاعتراف بالمؤهل الدراسي الأجنبي: إفادة القيمة (dichiarazione di valore) وشهادة "
            "CIMEA وشبكة ENIC-NARIC"
        ),
        "intro": (
            "المؤهل الدراسي الذي حصلت عليه في الخارج لا يكون صالحًا تلقائيًا في إيطاليا. يتوقف "
            "الإجراء المناسب على ما تريد فعله: الدراسة، أو العمل في مهنة منظَّمة، أو المشاركة في "
            "مسابقة عامة."
        ),
        "who_for": (
            "الأشخاص الحاصلون على شهادة مدرسية أو جامعية أو مؤهل مهني خارج إيطاليا، بمن فيهم "
            "اللاجئون والحاصلون على الحماية الذين لا يملكون كل وثائقهم."
        ),
        "steps": [
            {
                "title": "حدّد الغرض الذي تحتاج من أجله إلى الاعتراف",
                "details": (
                    "<ul><li><b>للدراسة</b> (التسجيل في الجامعة أو متابعة الدراسة): تقرّر الجامعة "
                    "أو مؤسسة التعليم العالي الفني والموسيقي (AFAM) التي تسجّل "
                    "فيها.</li><li><b>للعمل في مهنة منظَّمة</b> (مثل الطبيب والممرض والمهندس "
                    "والمحامي والمعلم): تقرّر <b>الوزارة المختصة</b> بتلك المهنة، مثل وزارة الصحة "
                    "بالنسبة إلى المهن الصحية.</li><li><b>للمشاركة في مسابقة عامة</b> (concorso "
                    "pubblico): تحتاج إلى معادلة المؤهل، وتطلبها من إدارة الوظيفة العامة "
                    "(Dipartimento della Funzione Pubblica).</li><li><b>لعمل غير منظَّم</b> في "
                    "القطاع الخاص: لا حاجة إلى اعتراف رسمي؛ يقيّم صاحب العمل مؤهلك، وتساعده شهادة "
                    "CIMEA على فهمه.</li></ul><p>لتسجيل أطفالك في المدرسة في إيطاليا تقرّر "
                    "المدرسة: اقرأ الدليل الخاص بدورات CPIA والتسجيل المدرسي.</p>"
                ),
                "documents": [
                    "المؤهل الدراسي الأصلي (شهادة الثانوية أو الشهادة الجامعية)",
                    "كشف المواد والدرجات (transcript)، وملحق الشهادة (Diploma Supplement) إن وُجد",
                ],
                "where": "HUB التكوين المهني والمؤهلات الدراسية – بلدية فورلي",
                "cost": "مجانًا",
                "duration": "مقابلة توجيهية واحدة",
            },
            {
                "title": "اطلب إفادة القيمة (dichiarazione di valore) إذا احتجت إليها",
                "details": (
                    "<p><b>إفادة القيمة في بلد الدراسة</b> (dichiarazione di valore in loco) "
                    "تصدرها السفارة أو القنصلية الإيطالية في البلد الذي حصلت فيه على مؤهلك. وهي "
                    "تصف المؤهل والمدرسة أو الجامعة ومدة الدراسة وقيمة المؤهل في ذلك "
                    "البلد.</p><p>قبل طلبها يجب أن يكون مؤهلك:</p><ul><li><b>مصدَّقًا</b> من سلطات "
                    "ذلك البلد، أو مختومًا بـ<b>الأبوستيل</b> إذا كان البلد منضمًا إلى اتفاقية "
                    "لاهاي؛</li><li><b>مترجمًا ترجمة رسمية إلى الإيطالية</b> (ترجمة مصدَّقة من "
                    "القنصلية أو ترجمة محلَّفة).</li></ul><p>إذا كنت موجودًا في إيطاليا، فاسأل "
                    "القنصلية إن كان بإمكان شخص تثق به تقديم الطلب نيابةً عنك بتوكيل. المدة "
                    "والتكاليف تختلف حسب القنصلية: تحقّق على موقعها.</p>"
                ),
                "documents": [
                    "المؤهل الأصلي مصدَّقًا أو مختومًا بالأبوستيل",
                    "ترجمة رسمية إلى الإيطالية",
                    "كشف المواد (transcript) إذا طُلب",
                    "وثيقة الهوية",
                ],
                "where": "السفارة أو القنصلية الإيطالية في البلد الذي درست فيه",
                "cost": "حسب القنصلية: تحقّق على موقعها",
                "duration": "حسب القنصلية",
            },
            {
                "title": "أو اطلب شهادة المقارنة من CIMEA",
                "details": (
                    "<p><b>CIMEA</b> هو المركز الإيطالي في الشبكة الأوروبية <b>ENIC-NARIC</b> "
                    "للاعتراف بالمؤهلات. ويصدر عبر الإنترنت:</p><ul><li><b>شهادة المقارنة</b> "
                    "(attestato di comparabilità): تبيّن المؤهل الإيطالي الذي يقابل مؤهلك (مثل "
                    "الإجازة الجامعية الأولى أو شهادة الثانوية العامة)؛</li><li><b>شهادة "
                    "التحقق</b> (attestato di verifica): تؤكد أن مؤهلك صحيح "
                    "وأصلي.</li></ul><p>تقبل جامعات وأصحاب عمل وإدارات كثيرة شهادة CIMEA بدلًا من "
                    "إفادة القيمة. قبل الدفع، اسأل الجهة التي ستتلقى الوثيقة إن كانت "
                    "تقبلها.</p><p>يُقدَّم الطلب على موقع <a "
                    'href="https://www.cimea.it">cimea.it</a>: ترفع وثائقك، وتدفع الرسوم '
                    "المبيّنة على الموقع، وتتسلّم الشهادة بصيغة رقمية.</p>"
                ),
                "documents": [
                    "نسخة ممسوحة ضوئيًا من المؤهل وكشف المواد",
                    "ترجمة، إذا طلبتها CIMEA بسبب لغة مؤهلك",
                    "وثيقة الهوية",
                ],
                "where": "عبر الإنترنت على cimea.it",
                "cost": "بمقابل: الرسوم المحدَّثة على cimea.it",
                "duration": "تحددها CIMEA لكل خدمة",
            },
            {
                "title": "إذا كنت لاجئًا أو لا تملك كل وثائقك",
                "details": (
                    "<p>إذا كنت حاصلًا على الحماية الدولية ولا تستطيع التوجه إلى سلطات بلدك، فإن "
                    "القانون ينص على إمكانية تقييم مؤهلاتك <b>حتى من دون وثائق رسمية من بلدك "
                    "الأصلي</b>.</p><ul><li>لدى CIMEA خدمة مخصصة للاجئين: تقيّم المؤهلات حتى مع "
                    "وثائق ناقصة، مستعينةً بكل المعلومات المتاحة.</li><li><b>جواز المؤهلات "
                    "الأوروبي للاجئين</b> (EQPR) الصادر عن مجلس أوروبا يصف مؤهلاتك بعد مقابلة مع "
                    "مقيّمين خبراء، وهو مجاني. اسأل الـHUB عن مواعيد الجلسات.</li></ul><p>أحضر كل "
                    "ما لديك، حتى النسخ أو الصور الفوتوغرافية لشهادتك.</p>"
                ),
                "documents": [
                    "تصريح الإقامة للحماية الدولية",
                    "كل ما لديك عن دراستك: نسخ، صور، شهادات، سجلات دراسية",
                ],
                "where": "HUB التكوين المهني والمؤهلات الدراسية – بلدية فورلي؛ CIMEA",
                "cost": "EQPR: مجانًا",
            },
            {
                "title": "قدّم الطلب إلى الجهة التي تقرّر",
                "details": (
                    "<p>بعد الحصول على إفادة القيمة أو شهادة CIMEA، تقدّم الطلب إلى الجهة "
                    "المناسبة: الجامعة، أو الوزارة المختصة بمهنتك، أو إدارة الوظيفة العامة. "
                    "بالنسبة إلى المهن المنظَّمة، يمكن أن تطلب الوزارة <b>تدبيرًا تعويضيًا</b> "
                    "(اختبار كفاءة أو فترة تدريب للتكيّف) إذا كان تكوينك مختلفًا عن التكوين "
                    "الإيطالي.</p><p>يساعدك الـHUB على:</p><ul><li>معرفة الإجراء الذي تحتاج "
                    "إليه؛</li><li>مراجعة الوثائق والترجمات؛</li><li>تعبئة الطلبات عبر "
                    "الإنترنت؛</li><li>إيجاد دورات لاستكمال تكوينك.</li></ul>"
                ),
                "documents": [
                    "إفادة القيمة أو شهادة CIMEA",
                    "المؤهل والترجمة وكشف المواد",
                    "وثيقة الهوية وتصريح الإقامة",
                ],
                "where": "الجامعة أو الوزارة المختصة أو إدارة الوظيفة العامة (بمساعدة الـHUB)",
                "cost": "مجانًا في الـHUB؛ وقد تطلب الجهة المقرِّرة طوابع مالية أو رسومًا",
                "duration": "حسب الجهة",
            },
        ],
        "faq": [
            {
                "question": "ما الفرق بين إفادة القيمة وشهادة CIMEA؟",
                "answer": (
                    "<p><b>إفادة القيمة</b> تصدرها القنصلية الإيطالية في البلد الذي درست فيه. أما "
                    "<b>شهادة CIMEA</b> فتُطلب عبر الإنترنت من إيطاليا، وغالبًا ما تكون أسرع. ولا "
                    "تُعدّ أيّ منهما اعترافًا بحد ذاتها: إنهما وثيقتان تساعدان الجهة التي تقرّر "
                    "(الجامعة أو الوزارة أو صاحب العمل) على تقييم مؤهلك.</p>"
                ),
            },
            {
                "question": "هل يمكنني المشاركة في مسابقة عامة بمؤهل أجنبي؟",
                "answer": (
                    "<p>نعم، إذا توفرت فيك شروط الجنسية أو الإقامة المطلوبة في إعلان المسابقة: "
                    "كثير من المسابقات مفتوحة أيضًا لحاملي تصريح الإقامة الأوروبي طويل الأمد "
                    "والحاصلين على الحماية الدولية. يجب أن تطلب <b>معادلة</b> مؤهلك من إدارة "
                    "الوظيفة العامة، وعادةً يمكنك المشاركة في المسابقة «بتحفّظ» ريثما يصدر "
                    "القرار.</p>"
                ),
            },
            {
                "question": "فقدت شهادتي أو لا أستطيع طلبها من بلدي: ماذا أفعل؟",
                "answer": (
                    "<p>إذا كنت حاصلًا على الحماية الدولية، يمكنك استخدام الإجراءات الخاصة "
                    "باللاجئين (CIMEA، وجواز المؤهلات الأوروبي للاجئين). وفي الحالات الأخرى حاول "
                    "أن تطلب نسخة بدل فاقد من المدرسة أو الجامعة، ولو عن طريق أقاربك أو القنصلية. "
                    "يساعدك الـHUB على معرفة الطريق الممكن.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "Legge 11 luglio 2002, n. 148",
                "url": "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2002-07-11;148",
                "note": (
                    "يصادق على اتفاقية لشبونة: الجامعات هي التي تقرّر الاعتراف بالمؤهلات الأجنبية "
                    "لأغراض الدراسة."
                ),
            },
            {
                "text": "D.Lgs. 9 novembre 2007, n. 206",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2007-11-09;206"
                ),
                "note": (
                    "الاعتراف بالمؤهلات للمهن المنظَّمة؛ وتُطبَّق أيضًا على مواطني الدول غير الأوروبية "
                    "المادة 49 من D.P.R. 394/1999."
                ),
            },
            {
                "text": "D.Lgs. 19 novembre 2007, n. 251، المادة 26",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:2007-11-19;251"
                ),
                "note": (
                    "تُقيَّم مؤهلات الحاصلين على الحماية الدولية حتى من دون شهادة من البلد الأصلي."
                ),
            },
        ],
    },
}

CPIA_AND_SCHOOL = {
    "key": "cpia-italiano-e-iscrizione-scuola",
    "hub": "formazione-titoli-di-studio",
    "topic": "lingua-italiana-e-scuola",
    "audience": "migrants",
    "restricted": False,
    "last_reviewed": "2026-01-19",
    "review_interval_months": 12,
    "it": {
        "title": "Corsi di italiano al CPIA e iscrizione dei figli a scuola",
        "slug": "corsi-di-italiano-al-cpia-e-iscrizione-a-scuola",
        "intro": (
            "Al CPIA gli adulti stranieri imparano l'italiano gratis e possono prendere il "
            "diploma di terza media. Tutti i bambini e i ragazzi hanno il diritto e il dovere di "
            "andare a scuola, anche senza permesso di soggiorno."
        ),
        "who_for": (
            "Adulti stranieri (dai 16 anni) che vogliono imparare l'italiano o prendere un titolo "
            "di studio, e genitori che devono iscrivere i figli a scuola."
        ),
        "steps": [
            {
                "title": "Iscriviti a un corso di italiano al CPIA",
                "details": (
                    "<p>I <b>CPIA</b> (Centri provinciali per l'istruzione degli adulti) sono "
                    "scuole pubbliche per adulti. Offrono corsi di italiano per stranieri "
                    "dall'alfabetizzazione al livello <b>A2</b> e, in molte sedi, anche corsi di "
                    "livello più alto. I corsi sono gratuiti, di mattina, di pomeriggio o di "
                    "sera.</p><p>All'iscrizione fai un colloquio e un test per capire il tuo "
                    "livello. Puoi iscriverti dai 16 anni.</p>"
                ),
                "documents": [
                    "Documento d'identità o passaporto",
                    "Permesso di soggiorno o ricevuta della domanda",
                    "Codice fiscale",
                ],
                "where": (
                    "CPIA della provincia di Forlì-Cesena, sede di Forlì (indirizzi e orari sul "
                    "sito del CPIA)"
                ),
                "cost": "Gratuito",
                "duration": "Chiedi al CPIA quando iniziano i nuovi corsi",
            },
            {
                "title": "Ottieni l'attestato A2 e, se vuoi, la terza media",
                "details": (
                    "<p>Alla fine del corso, se superi la prova, ricevi l'<b>attestato di "
                    "conoscenza della lingua italiana di livello A2</b>. Ti serve per il "
                    "<b>permesso di soggiorno UE per soggiornanti di lungo periodo</b>: con "
                    "questo attestato non devi fare il test di italiano in Prefettura.</p><p>Al "
                    "CPIA puoi prendere anche il <b>diploma conclusivo del primo ciclo di "
                    "istruzione</b> (la «terza media»), utile per il lavoro e per continuare gli "
                    "studi.</p><p>Per la <b>cittadinanza italiana</b> serve invece una "
                    "certificazione di livello B1 rilasciata da un ente certificatore "
                    "riconosciuto (per esempio CILS, CELI, PLIDA, CERT.IT): chiedi al CPIA se "
                    "organizza corsi di preparazione o sessioni d'esame.</p>"
                ),
                "where": "CPIA",
                "cost": (
                    "Corsi gratuiti; gli esami di certificazione B1 si pagano all'ente "
                    "certificatore"
                ),
            },
            {
                "title": "Iscrivi i figli a scuola: è un diritto e un dovere",
                "details": (
                    "<p>In Italia l'istruzione è <b>obbligatoria per 10 anni, dai 6 ai 16 "
                    "anni</b>, e fino a 18 anni tutti i ragazzi hanno il diritto-dovere di "
                    "studiare o di seguire una formazione professionale. Vale per <b>tutti i "
                    "minori</b>, anche se non hanno il permesso di soggiorno o se i documenti "
                    "sono incompleti: in questo caso la scuola li iscrive «con riserva» e possono "
                    "comunque ottenere i titoli di studio.</p><p>Puoi iscrivere i figli <b>in "
                    "qualsiasi momento dell'anno</b>. Di solito vanno nella classe della loro "
                    "età; la scuola può scegliere una classe diversa tenendo conto degli studi "
                    "fatti e delle competenze.</p>"
                ),
                "where": (
                    "La scuola più vicina a casa o quella che preferisci (chiedi al Comune quali "
                    "scuole ci sono nella tua zona)"
                ),
                "cost": (
                    "L'iscrizione alla scuola statale è gratuita; possono esserci spese per "
                    "mensa, trasporto o libri (chiedi alla scuola e al Comune se ci sono aiuti)"
                ),
            },
            {
                "title": "Fai l'iscrizione online o direttamente a scuola",
                "details": (
                    "<ul><li><b>Primo anno</b> della scuola primaria, della secondaria di primo "
                    "grado (medie) e della secondaria di secondo grado (superiori), per l'anno "
                    "scolastico successivo: iscrizione online sulla piattaforma <a "
                    'href="https://unica.istruzione.gov.it">Unica</a> del Ministero '
                    "dell'istruzione e del merito, con SPID, CIE, CNS o eIDAS. Le iscrizioni si "
                    "aprono di solito a <b>gennaio</b>: le date esatte sono decise ogni anno dal "
                    "Ministero.</li><li><b>Scuola dell'infanzia</b> (3-6 anni): di solito con un "
                    "modulo direttamente alla scuola.</li><li><b>Ragazzi appena arrivati in "
                    "Italia</b> o iscrizioni durante l'anno: vai direttamente alla segreteria "
                    "della scuola.</li></ul><p>Se non hai SPID o CIE, la scuola può aiutarti a "
                    "fare la domanda.</p>"
                ),
                "documents": [
                    "Documento d'identità o passaporto del figlio e dei genitori",
                    "Codice fiscale del figlio, se ce l'ha",
                    (
                        "Certificato delle vaccinazioni (obbligatorio per entrare al nido e alla "
                        "scuola dell'infanzia)"
                    ),
                    (
                        "Pagelle o certificati delle scuole frequentate all'estero, se li hai "
                        "(meglio se tradotti)"
                    ),
                ],
                "where": "Online su unica.istruzione.gov.it oppure alla segreteria della scuola",
                "cost": "Gratuito",
            },
            {
                "title": "Chiedi il supporto della scuola e dei mediatori",
                "details": (
                    "<p>Le scuole possono organizzare <b>laboratori di italiano come seconda "
                    "lingua</b> (L2) e, se serve, preparano un piano didattico personalizzato. "
                    "Per i colloqui con gli insegnanti puoi chiedere un <b>mediatore "
                    "interculturale</b> che parla la tua lingua.</p><p>L'HUB ti mette in contatto "
                    "con i servizi di mediazione del territorio e con le associazioni che fanno "
                    "doposcuola.</p>"
                ),
                "where": (
                    "La scuola dei tuoi figli; HUB Formazione e titoli di studio – Comune di Forlì"
                ),
                "cost": "Gratuito",
            },
        ],
        "faq": [
            {
                "question": (
                    "Posso iscrivere mio figlio a scuola se non ho il permesso di soggiorno?"
                ),
                "answer": (
                    "<p>Sì. La legge garantisce l'istruzione a tutti i minori presenti in Italia, "
                    "qualunque sia la loro situazione di soggiorno. Per iscrivere un figlio a "
                    "scuola non serve il permesso di soggiorno.</p>"
                ),
            },
            {
                "question": (
                    "Mio figlio arriva a metà anno e non parla italiano: in quale classe va?"
                ),
                "answer": (
                    "<p>Di solito nella classe che corrisponde alla sua età. Il collegio dei "
                    "docenti può decidere una classe diversa (di norma quella immediatamente "
                    "inferiore o superiore) in base agli studi fatti nel Paese d'origine e alle "
                    "sue competenze. La scuola organizza poi un sostegno per imparare "
                    "l'italiano.</p>"
                ),
            },
            {
                "question": "Chi può frequentare il CPIA?",
                "answer": (
                    "<p>Gli adulti e i ragazzi dai 16 anni, italiani e stranieri. I corsi di "
                    "italiano sono pensati per chi non parla ancora bene la lingua; per la terza "
                    "media e i corsi successivi il CPIA fa un colloquio di accoglienza e "
                    "riconosce le competenze che hai già.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286, art. 38",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "I minori stranieri presenti in Italia sono soggetti all'obbligo scolastico e "
                    "hanno diritto all'istruzione."
                ),
            },
            {
                "text": "D.P.R. 31 agosto 1999, n. 394, art. 45",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1999-08-31;394"
                ),
                "note": (
                    "Iscrizione in qualsiasi momento dell'anno, anche con documenti incompleti "
                    "(iscrizione con riserva), e criteri per la scelta della classe."
                ),
            },
            {
                "text": "D.P.R. 29 ottobre 2012, n. 263",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:2012-10-29;263"
                ),
                "note": (
                    "Regolamento dei CPIA: corsi di italiano per adulti stranieri e percorsi di "
                    "primo livello."
                ),
            },
        ],
    },
    "en": {
        "title": "Italian courses at the CPIA and enrolling your children at school",
        "slug": "italian-courses-at-the-cpia-and-school-enrolment",
        "intro": (
            "At the CPIA, foreign adults learn Italian for free and can get the lower secondary "
            "school diploma (terza media). All children and teenagers have the right and the duty "
            "to go to school, even without a residence permit."
        ),
        "who_for": (
            "Foreign adults (from age 16) who want to learn Italian or get a school "
            "qualification, and parents who need to enrol their children at school."
        ),
        "steps": [
            {
                "title": "Sign up for an Italian course at the CPIA",
                "details": (
                    "<p><b>CPIAs</b> (Centri provinciali per l'istruzione degli adulti, "
                    "provincial adult education centres) are state schools for adults. They offer "
                    "Italian courses for foreigners from basic literacy to level <b>A2</b> and, "
                    "in many centres, higher levels too. Courses are free, in the morning, "
                    "afternoon or evening.</p><p>When you enrol you have an interview and a test "
                    "to find your level. You can enrol from age 16.</p>"
                ),
                "documents": [
                    "ID document or passport",
                    "Residence permit or the receipt of the application",
                    "Codice fiscale (tax code)",
                ],
                "where": (
                    "CPIA of the province of Forlì-Cesena, Forlì centre (addresses and times on "
                    "the CPIA's website)"
                ),
                "cost": "Free",
                "duration": "Ask the CPIA when new courses start",
            },
            {
                "title": "Get the A2 certificate and, if you wish, the terza media",
                "details": (
                    "<p>At the end of the course, if you pass the test, you receive the "
                    "<b>certificate of knowledge of Italian at level A2</b>. You need it for the "
                    "<b>EU long-term residence permit</b>: with this certificate you do not have "
                    "to take the Italian test at the Prefettura.</p><p>At the CPIA you can also "
                    "get the <b>first-cycle diploma</b> (the «terza media», lower secondary "
                    "school diploma), which is useful for work and to continue your "
                    "studies.</p><p>For <b>Italian citizenship</b>, instead, you need a B1 "
                    "certificate issued by a recognised certification body (for example CILS, "
                    "CELI, PLIDA, CERT.IT): ask the CPIA whether it runs preparation courses or "
                    "exam sessions.</p>"
                ),
                "where": "CPIA",
                "cost": (
                    "Courses are free; B1 certification exams are paid to the certification body"
                ),
            },
            {
                "title": "Enrol your children at school: it is a right and a duty",
                "details": (
                    "<p>In Italy education is <b>compulsory for 10 years, from age 6 to 16</b>, "
                    "and up to age 18 every young person has the right and duty to study or to "
                    "attend vocational training. This applies to <b>all minors</b>, even if they "
                    "have no residence permit or their documents are incomplete: in that case the "
                    "school enrols them «with reservation» and they can still obtain school "
                    "qualifications.</p><p>You can enrol your children <b>at any time of the "
                    "year</b>. They usually join the class for their age; the school may choose a "
                    "different class, taking into account their previous studies and skills.</p>"
                ),
                "where": (
                    "The school nearest your home or the one you prefer (ask the Comune which "
                    "schools are in your area)"
                ),
                "cost": (
                    "Enrolment at state schools is free; there may be costs for meals, transport "
                    "or books (ask the school and the Comune whether help is available)"
                ),
            },
            {
                "title": "Enrol online or directly at the school",
                "details": (
                    "<ul><li><b>First year</b> of primary school, lower secondary school (scuola "
                    "media) and upper secondary school (scuola superiore), for the next school "
                    "year: online enrolment on the Ministry of Education and Merit's <a "
                    'href="https://unica.istruzione.gov.it">Unica</a> platform, with SPID, CIE, '
                    "CNS or eIDAS. Enrolment usually opens in <b>January</b>: the exact dates are "
                    "set by the Ministry every year.</li><li><b>Nursery school</b> (scuola "
                    "dell'infanzia, ages 3-6): usually with a form directly at the "
                    "school.</li><li><b>Children who have just arrived in Italy</b> or enrolment "
                    "during the year: go directly to the school office "
                    "(segreteria).</li></ul><p>If you do not have SPID or CIE, the school can "
                    "help you apply.</p>"
                ),
                "documents": [
                    "ID document or passport of the child and of the parents",
                    "The child's codice fiscale, if they have one",
                    (
                        "Vaccination certificate (required to attend a nido or a scuola "
                        "dell'infanzia)"
                    ),
                    (
                        "School reports or certificates from schools attended abroad, if you have "
                        "them (preferably translated)"
                    ),
                ],
                "where": "Online on unica.istruzione.gov.it or at the school office",
                "cost": "Free",
            },
            {
                "title": "Ask for support from the school and from mediators",
                "details": (
                    "<p>Schools can organise <b>Italian as a second language</b> (L2) workshops "
                    "and, if needed, prepare a personalised learning plan. For meetings with "
                    "teachers you can ask for an <b>intercultural mediator</b> who speaks your "
                    "language.</p><p>The HUB puts you in touch with local mediation services and "
                    "with associations that offer after-school help.</p>"
                ),
                "where": (
                    "Your children's school; HUB Formazione e titoli di studio – Comune di Forlì"
                ),
                "cost": "Free",
            },
        ],
        "faq": [
            {
                "question": "Can I enrol my child at school if I do not have a residence permit?",
                "answer": (
                    "<p>Yes. The law guarantees education to all minors present in Italy, "
                    "whatever their residence status. You do not need a residence permit to enrol "
                    "a child at school.</p>"
                ),
            },
            {
                "question": (
                    "My child arrives in the middle of the year and does not speak Italian: which "
                    "class will they join?"
                ),
                "answer": (
                    "<p>Usually the class that matches their age. The teachers' board (collegio "
                    "dei docenti) may choose a different class (normally the one just below or "
                    "above) based on the studies done in the country of origin and on the child's "
                    "skills. The school then organises support to learn Italian.</p>"
                ),
            },
            {
                "question": "Who can attend the CPIA?",
                "answer": (
                    "<p>Adults and young people from age 16, Italian and foreign. Italian courses "
                    "are designed for those who do not yet speak the language well; for the terza "
                    "media and further courses the CPIA holds a welcome interview and recognises "
                    "the skills you already have.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286, article 38",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "Foreign minors in Italy are subject to compulsory schooling and have the "
                    "right to education."
                ),
            },
            {
                "text": "D.P.R. 31 agosto 1999, n. 394, article 45",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1999-08-31;394"
                ),
                "note": (
                    "Enrolment at any time of the year, even with incomplete documents (enrolment "
                    "with reservation), and criteria for choosing the class."
                ),
            },
            {
                "text": "D.P.R. 29 ottobre 2012, n. 263",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:2012-10-29;263"
                ),
                "note": (
                    "Rules of the CPIAs: Italian courses for foreign adults and first-level "
                    "courses."
                ),
            },
        ],
    },
    "fr": {
        "title": "Cours d'italien au CPIA et inscription des enfants à l'école",
        "slug": "cours-d-italien-au-cpia-et-inscription-a-l-ecole",
        "intro": (
            "Au CPIA, les adultes étrangers apprennent l'italien gratuitement et peuvent obtenir "
            "le diplôme de fin de collège (terza media). Tous les enfants et les jeunes ont le "
            "droit et le devoir d'aller à l'école, même sans titre de séjour."
        ),
        "who_for": (
            "Les adultes étrangers (à partir de 16 ans) qui veulent apprendre l'italien ou "
            "obtenir un diplôme, et les parents qui doivent inscrire leurs enfants à l'école."
        ),
        "steps": [
            {
                "title": "Inscrivez-vous à un cours d'italien au CPIA",
                "details": (
                    "<p>Les <b>CPIA</b> (Centri provinciali per l'istruzione degli adulti, "
                    "centres provinciaux d'éducation des adultes) sont des écoles publiques pour "
                    "adultes. Ils proposent des cours d'italien pour étrangers, de "
                    "l'alphabétisation jusqu'au niveau <b>A2</b> et, dans beaucoup de sites, "
                    "aussi des niveaux plus élevés. Les cours sont gratuits, le matin, "
                    "l'après-midi ou le soir.</p><p>À l'inscription, vous passez un entretien et "
                    "un test pour connaître votre niveau. Vous pouvez vous inscrire dès 16 "
                    "ans.</p>"
                ),
                "documents": [
                    "Pièce d'identité ou passeport",
                    "Titre de séjour ou récépissé de la demande",
                    "Code fiscal (codice fiscale)",
                ],
                "where": (
                    "CPIA de la province de Forlì-Cesena, site de Forlì (adresses et horaires sur "
                    "le site du CPIA)"
                ),
                "cost": "Gratuit",
                "duration": "Demandez au CPIA quand commencent les nouveaux cours",
            },
            {
                "title": "Obtenez l'attestation A2 et, si vous le souhaitez, la terza media",
                "details": (
                    "<p>À la fin du cours, si vous réussissez l'épreuve, vous recevez "
                    "l'<b>attestation de connaissance de la langue italienne de niveau A2</b>. "
                    "Elle sert pour le <b>permis de séjour UE de résident de longue durée</b> : "
                    "avec cette attestation, vous n'avez pas à passer le test d'italien à la "
                    "Prefettura.</p><p>Au CPIA, vous pouvez aussi obtenir le <b>diplôme de fin du "
                    "premier cycle</b> (la « terza media », fin du collège), utile pour le "
                    "travail et pour continuer vos études.</p><p>Pour la <b>nationalité "
                    "italienne</b>, il faut en revanche une certification de niveau B1 délivrée "
                    "par un organisme certificateur reconnu (par exemple CILS, CELI, PLIDA, "
                    "CERT.IT) : demandez au CPIA s'il organise des cours de préparation ou des "
                    "sessions d'examen.</p>"
                ),
                "where": "CPIA",
                "cost": (
                    "Cours gratuits ; les examens de certification B1 sont payants auprès de "
                    "l'organisme certificateur"
                ),
            },
            {
                "title": "Inscrivez vos enfants à l'école : c'est un droit et un devoir",
                "details": (
                    "<p>En Italie, l'instruction est <b>obligatoire pendant 10 ans, de 6 à 16 "
                    "ans</b>, et jusqu'à 18 ans tous les jeunes ont le droit et le devoir "
                    "d'étudier ou de suivre une formation professionnelle. Cela vaut pour <b>tous "
                    "les mineurs</b>, même sans titre de séjour ou avec des documents incomplets "
                    ": dans ce cas, l'école les inscrit « sous réserve » et ils peuvent quand "
                    "même obtenir leurs diplômes.</p><p>Vous pouvez inscrire vos enfants <b>à "
                    "tout moment de l'année</b>. En général, ils vont dans la classe de leur âge "
                    "; l'école peut choisir une autre classe en tenant compte des études déjà "
                    "faites et des compétences.</p>"
                ),
                "where": (
                    "L'école la plus proche de chez vous ou celle que vous préférez (demandez à "
                    "la commune quelles écoles se trouvent dans votre quartier)"
                ),
                "cost": (
                    "L'inscription à l'école publique est gratuite ; il peut y avoir des frais de "
                    "cantine, de transport ou de livres (demandez à l'école et à la commune s'il "
                    "existe des aides)"
                ),
            },
            {
                "title": "Faites l'inscription en ligne ou directement à l'école",
                "details": (
                    "<ul><li><b>Première année</b> de l'école primaire, du collège (scuola "
                    "secondaria di primo grado) et du lycée (scuola secondaria di secondo grado), "
                    "pour l'année scolaire suivante : inscription en ligne sur la plateforme <a "
                    'href="https://unica.istruzione.gov.it">Unica</a> du ministère de '
                    "l'Éducation et du Mérite, avec SPID, CIE, CNS ou eIDAS. Les inscriptions "
                    "ouvrent en général en <b>janvier</b> : les dates exactes sont fixées chaque "
                    "année par le ministère.</li><li><b>École maternelle</b> (scuola "
                    "dell'infanzia, 3-6 ans) : en général avec un formulaire directement à "
                    "l'école.</li><li><b>Enfants qui viennent d'arriver en Italie</b> ou "
                    "inscription en cours d'année : allez directement au secrétariat de "
                    "l'école.</li></ul><p>Si vous n'avez pas SPID ou CIE, l'école peut vous aider "
                    "à faire la demande.</p>"
                ),
                "documents": [
                    "Pièce d'identité ou passeport de l'enfant et des parents",
                    "Code fiscal de l'enfant, s'il en a un",
                    "Certificat de vaccination (obligatoire pour la crèche et l'école maternelle)",
                    (
                        "Bulletins ou certificats des écoles fréquentées à l'étranger, si vous "
                        "les avez (de préférence traduits)"
                    ),
                ],
                "where": "En ligne sur unica.istruzione.gov.it ou au secrétariat de l'école",
                "cost": "Gratuit",
            },
            {
                "title": "Demandez le soutien de l'école et des médiateurs",
                "details": (
                    "<p>Les écoles peuvent organiser des <b>ateliers d'italien langue seconde</b> "
                    "(L2) et, si nécessaire, préparer un plan pédagogique personnalisé. Pour les "
                    "rencontres avec les enseignants, vous pouvez demander un <b>médiateur "
                    "interculturel</b> qui parle votre langue.</p><p>Le HUB vous met en contact "
                    "avec les services de médiation du territoire et avec les associations qui "
                    "proposent de l'aide aux devoirs.</p>"
                ),
                "where": (
                    "L'école de vos enfants ; HUB Formazione e titoli di studio – Comune di Forlì"
                ),
                "cost": "Gratuit",
            },
        ],
        "faq": [
            {
                "question": (
                    "Puis-je inscrire mon enfant à l'école si je n'ai pas de titre de séjour ?"
                ),
                "answer": (
                    "<p>Oui. La loi garantit l'instruction à tous les mineurs présents en Italie, "
                    "quelle que soit leur situation de séjour. Le titre de séjour n'est pas "
                    "nécessaire pour inscrire un enfant à l'école.</p>"
                ),
            },
            {
                "question": (
                    "Mon enfant arrive en milieu d'année et ne parle pas italien : dans quelle "
                    "classe ira-t-il ?"
                ),
                "answer": (
                    "<p>En général dans la classe qui correspond à son âge. Le conseil des "
                    "enseignants (collegio dei docenti) peut choisir une autre classe "
                    "(normalement celle juste en dessous ou au-dessus) selon les études faites "
                    "dans le pays d'origine et ses compétences. L'école organise ensuite un "
                    "soutien pour apprendre l'italien.</p>"
                ),
            },
            {
                "question": "Qui peut fréquenter le CPIA ?",
                "answer": (
                    "<p>Les adultes et les jeunes à partir de 16 ans, italiens et étrangers. Les "
                    "cours d'italien s'adressent à ceux qui ne parlent pas encore bien la langue "
                    "; pour la terza media et les cours suivants, le CPIA fait un entretien "
                    "d'accueil et reconnaît les compétences que vous avez déjà.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286, article 38",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "Les mineurs étrangers présents en Italie sont soumis à l'obligation scolaire "
                    "et ont droit à l'instruction."
                ),
            },
            {
                "text": "D.P.R. 31 agosto 1999, n. 394, article 45",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1999-08-31;394"
                ),
                "note": (
                    "Inscription à tout moment de l'année, même avec des documents incomplets "
                    "(inscription sous réserve), et critères de choix de la classe."
                ),
            },
            {
                "text": "D.P.R. 29 ottobre 2012, n. 263",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:2012-10-29;263"
                ),
                "note": (
                    "Règlement des CPIA : cours d'italien pour adultes étrangers et parcours de "
                    "premier niveau."
                ),
            },
        ],
    },
    "ar": {
        "title": "دورات اللغة الإيطالية في مراكز CPIA وتسجيل الأطفال في المدرسة",
        "intro": (
            "في مراكز CPIA يتعلم البالغون الأجانب اللغة الإيطالية مجانًا، ويمكنهم الحصول على شهادة "
            "إتمام المرحلة الإعدادية (terza media). لجميع الأطفال والمراهقين الحق في الذهاب إلى "
            "المدرسة، وهو واجب عليهم أيضًا، حتى من دون تصريح إقامة."
        ),
        "who_for": (
            "البالغون الأجانب (ابتداءً من سن 16 عامًا) الذين يريدون تعلّم الإيطالية أو الحصول على "
            "مؤهل دراسي، والآباء والأمهات الذين يحتاجون إلى تسجيل أطفالهم في المدرسة."
        ),
        "steps": [
            {
                "title": "سجّل في دورة لتعلّم الإيطالية في مركز CPIA",
                "details": (
                    "<p>مراكز <b>CPIA</b> (Centri provinciali per l'istruzione degli adulti، أي "
                    "المراكز الإقليمية لتعليم البالغين) مدارس حكومية للكبار. وهي تقدّم دورات في "
                    "اللغة الإيطالية للأجانب من محو الأمية حتى المستوى <b>A2</b>، وفي كثير من "
                    "المراكز مستويات أعلى أيضًا. الدورات مجانية، صباحًا أو بعد الظهر أو "
                    "مساءً.</p><p>عند التسجيل تُجرى لك مقابلة واختبار لتحديد مستواك. يمكنك التسجيل "
                    "ابتداءً من سن 16 عامًا.</p>"
                ),
                "documents": [
                    "وثيقة الهوية أو جواز السفر",
                    "تصريح الإقامة أو إيصال الطلب",
                    "الرمز الضريبي (codice fiscale)",
                ],
                "where": (
                    "مركز CPIA في مقاطعة فورلي-تشيزينا، فرع فورلي (العناوين والمواعيد على موقع "
                    "المركز)"
                ),
                "cost": "مجانًا",
                "duration": "اسأل المركز عن موعد بدء الدورات الجديدة",
            },
            {
                "title": "احصل على شهادة المستوى A2، وعلى الشهادة الإعدادية إن أردت",
                "details": (
                    "<p>في نهاية الدورة، إذا نجحت في الاختبار، تحصل على <b>شهادة معرفة اللغة "
                    "الإيطالية بمستوى A2</b>. تحتاج إليها للحصول على <b>تصريح الإقامة الأوروبي "
                    "للمقيمين لمدة طويلة</b>: مع هذه الشهادة لا تحتاج إلى إجراء اختبار اللغة "
                    "الإيطالية في المحافظة (Prefettura).</p><p>ويمكنك أيضًا في مركز CPIA الحصول "
                    "على <b>شهادة إتمام الحلقة الأولى من التعليم</b> («terza media»، أي "
                    "الإعدادية)، وهي مفيدة للعمل ولمتابعة الدراسة.</p><p>أما للحصول على "
                    "<b>الجنسية الإيطالية</b> فتحتاج إلى شهادة بمستوى B1 صادرة عن جهة معترف بها "
                    "لمنح الشهادات اللغوية (مثل CILS وCELI وPLIDA وCERT.IT): اسأل المركز إن كان "
                    "ينظّم دورات تحضيرية أو دورات امتحانية.</p>"
                ),
                "where": "مركز CPIA",
                "cost": "الدورات مجانية؛ امتحانات شهادة B1 مدفوعة لدى الجهة المانحة للشهادة",
            },
            {
                "title": "سجّل أطفالك في المدرسة: إنه حق وواجب",
                "details": (
                    "<p>في إيطاليا التعليم <b>إلزامي لمدة 10 سنوات، من 6 إلى 16 عامًا</b>، وحتى سن "
                    "18 عامًا لكل شاب وشابة الحق والواجب في الدراسة أو في متابعة تكوين مهني. "
                    "وينطبق ذلك على <b>جميع القاصرين</b>، حتى لو لم يكن لديهم تصريح إقامة أو كانت "
                    "وثائقهم ناقصة: في هذه الحالة تسجّلهم المدرسة «بتحفّظ»، ويمكنهم مع ذلك الحصول "
                    "على الشهادات الدراسية.</p><p>يمكنك تسجيل أطفالك <b>في أي وقت من السنة</b>. "
                    "وعادةً يلتحقون بالصف المناسب لعمرهم، ويمكن للمدرسة أن تختار صفًا آخر مع مراعاة "
                    "دراستهم السابقة ومهاراتهم.</p>"
                ),
                "where": (
                    "أقرب مدرسة إلى منزلك أو المدرسة التي تفضّلها (اسأل البلدية عن المدارس "
                    "الموجودة في منطقتك)"
                ),
                "cost": (
                    "التسجيل في المدرسة الحكومية مجاني؛ وقد توجد تكاليف للمطعم المدرسي أو النقل "
                    "أو الكتب (اسأل المدرسة والبلدية عن المساعدات المتاحة)"
                ),
            },
            {
                "title": "سجّل عبر الإنترنت أو مباشرة في المدرسة",
                "details": (
                    "<ul><li><b>السنة الأولى</b> من المدرسة الابتدائية، والمدرسة الإعدادية "
                    "(scuola media)، والمدرسة الثانوية (scuola superiore)، للعام الدراسي التالي: "
                    "التسجيل عبر الإنترنت على منصة <a "
                    'href="https://unica.istruzione.gov.it">Unica</a> التابعة لوزارة التعليم '
                    "والاستحقاق، باستخدام SPID أو CIE أو CNS أو eIDAS. يُفتح التسجيل عادةً في "
                    "<b>يناير</b>، وتحدد الوزارة التواريخ الدقيقة كل عام.</li><li><b>رياض "
                    "الأطفال</b> (scuola dell'infanzia، من 3 إلى 6 سنوات): عادةً باستمارة تُقدَّم "
                    "مباشرة في المدرسة.</li><li><b>الأطفال الواصلون حديثًا إلى إيطاليا</b> أو "
                    "التسجيل خلال العام الدراسي: توجّه مباشرة إلى أمانة المدرسة "
                    "(segreteria).</li></ul><p>إذا لم يكن لديك SPID أو CIE، يمكن للمدرسة أن "
                    "تساعدك في تقديم الطلب.</p>"
                ),
                "documents": [
                    "وثيقة الهوية أو جواز السفر للطفل وللوالدين",
                    "الرمز الضريبي للطفل إن وُجد",
                    "شهادة التطعيمات (إلزامية للالتحاق بالحضانة ورياض الأطفال)",
                    (
                        "كشوف الدرجات أو شهادات المدارس التي التحق بها في الخارج، إن وُجدت (ويُفضَّل "
                        "أن تكون مترجمة)"
                    ),
                ],
                "where": "عبر الإنترنت على unica.istruzione.gov.it أو في أمانة المدرسة",
                "cost": "مجانًا",
            },
            {
                "title": "اطلب الدعم من المدرسة ومن الوسطاء الثقافيين",
                "details": (
                    "<p>يمكن للمدارس تنظيم <b>ورش لتعليم الإيطالية لغةً ثانية</b> (L2)، وإعداد خطة "
                    "تعليمية فردية عند الحاجة. ولمقابلات المعلمين يمكنك طلب <b>وسيط ثقافي</b> "
                    "يتكلم لغتك.</p><p>يضعك الـHUB على اتصال بخدمات الوساطة في المنطقة وبالجمعيات "
                    "التي تقدّم الدعم الدراسي بعد المدرسة.</p>"
                ),
                "where": "مدرسة أطفالك؛ HUB التكوين المهني والمؤهلات الدراسية – بلدية فورلي",
                "cost": "مجانًا",
            },
        ],
        "faq": [
            {
                "question": "هل يمكنني تسجيل ابني في المدرسة إذا لم يكن لدي تصريح إقامة؟",
                "answer": (
                    "<p>نعم. يضمن القانون التعليم لجميع القاصرين الموجودين في إيطاليا، أيًّا كان "
                    "وضع إقامتهم. ولا يُشترط تصريح الإقامة لتسجيل طفل في المدرسة.</p>"
                ),
            },
            {
                "question": "يصل ابني في منتصف العام ولا يتكلم الإيطالية: في أي صف سيلتحق؟",
                "answer": (
                    "<p>عادةً في الصف الذي يناسب عمره. ويمكن لمجلس المعلمين (collegio dei docenti) "
                    "أن يختار صفًا آخر (عادةً الصف الأدنى أو الأعلى مباشرة) بحسب الدراسة التي أتمّها "
                    "في بلده الأصلي ومهاراته. ثم تنظّم المدرسة دعمًا لتعلّم الإيطالية.</p>"
                ),
            },
            {
                "question": "من يمكنه الالتحاق بمراكز CPIA؟",
                "answer": (
                    "<p>البالغون والشباب ابتداءً من سن 16 عامًا، من الإيطاليين والأجانب. دورات "
                    "الإيطالية موجهة لمن لا يتقن اللغة بعد؛ أما للشهادة الإعدادية والدورات "
                    "اللاحقة فيُجري المركز مقابلة استقبال ويعترف بالمهارات التي لديك.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286، المادة 38",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "يخضع القاصرون الأجانب الموجودون في إيطاليا للتعليم الإلزامي ولهم الحق في "
                    "التعليم."
                ),
            },
            {
                "text": "D.P.R. 31 agosto 1999, n. 394، المادة 45",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1999-08-31;394"
                ),
                "note": (
                    "التسجيل في أي وقت من السنة، حتى مع وثائق ناقصة (التسجيل بتحفّظ)، ومعايير "
                    "اختيار الصف."
                ),
            },
            {
                "text": "D.P.R. 29 ottobre 2012, n. 263",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:2012-10-29;263"
                ),
                "note": (
                    "لائحة مراكز CPIA: دورات الإيطالية للبالغين الأجانب ومسارات المستوى الأول."
                ),
            },
        ],
    },
    "sq": {
        "title": "Kurset e italishtes në CPIA dhe regjistrimi i fëmijëve në shkollë",
        "slug": "kurset-e-italishtes-ne-cpia-dhe-regjistrimi-ne-shkolle",
        "intro": (
            "Në CPIA të rriturit e huaj mësojnë italisht falas dhe mund të marrin diplomën e "
            "shkollës së mesme të ulët (terza media). Të gjithë fëmijët dhe të rinjtë kanë të "
            "drejtën dhe detyrimin të shkojnë në shkollë, edhe pa leje qëndrimi."
        ),
        "who_for": (
            "Të rritur të huaj (nga 16 vjeç) që duan të mësojnë italisht ose të marrin një "
            "diplomë, dhe prindër që duhet t'i regjistrojnë fëmijët në shkollë."
        ),
        "steps": [
            {
                "title": "Regjistrohu në një kurs italishteje në CPIA",
                "details": (
                    "<p><b>CPIA</b> (Centri provinciali per l'istruzione degli adulti, qendrat "
                    "provinciale për arsimin e të rriturve) janë shkolla publike për të rritur. "
                    "Ofrojnë kurse italishteje për të huajt, nga alfabetizimi deri në nivelin "
                    "<b>A2</b>, dhe në shumë qendra edhe nivele më të larta. Kurset janë falas, "
                    "në mëngjes, pasdite ose në mbrëmje.</p><p>Kur regjistrohesh, bën një bisedë "
                    "dhe një test për të kuptuar nivelin tënd. Mund të regjistrohesh nga 16 "
                    "vjeç.</p>"
                ),
                "documents": [
                    "Dokument identiteti ose pasaportë",
                    "Leje qëndrimi ose dëftesa e kërkesës",
                    "Kodi fiskal (codice fiscale)",
                ],
                "where": (
                    "CPIA i provincës Forlì-Cesena, qendra e Forlì-t (adresat dhe oraret në faqen "
                    "e internetit të CPIA-s)"
                ),
                "cost": "Falas",
                "duration": "Pyet CPIA-n kur fillojnë kurset e reja",
            },
            {
                "title": "Merr dëshminë A2 dhe, nëse do, terza media",
                "details": (
                    "<p>Në fund të kursit, nëse e kalon provën, merr <b>dëshminë e njohjes së "
                    "gjuhës italiane në nivelin A2</b>. Të duhet për <b>lejen e qëndrimit BE për "
                    "qëndrim afatgjatë</b>: me këtë dëshmi nuk ke nevojë të bësh testin e "
                    "italishtes në Prefekturë (Prefettura).</p><p>Në CPIA mund të marrësh edhe "
                    "<b>diplomën e ciklit të parë të arsimit</b> («terza media», shkolla e mesme "
                    "e ulët), të dobishme për punë dhe për të vazhduar studimet.</p><p>Për "
                    "<b>shtetësinë italiane</b>, përkundrazi, duhet një certifikatë e nivelit B1 "
                    "e lëshuar nga një ent certifikues i njohur (për shembull CILS, CELI, PLIDA, "
                    "CERT.IT): pyet CPIA-n nëse organizon kurse përgatitore ose sesione "
                    "provimesh.</p>"
                ),
                "where": "CPIA",
                "cost": (
                    "Kurset janë falas; provimet e certifikimit B1 paguhen pranë entit certifikues"
                ),
            },
            {
                "title": "Regjistro fëmijët në shkollë: është e drejtë dhe detyrim",
                "details": (
                    "<p>Në Itali arsimi është <b>i detyrueshëm për 10 vjet, nga 6 deri në 16 "
                    "vjeç</b>, dhe deri në 18 vjeç çdo i ri ka të drejtën dhe detyrimin të "
                    "studiojë ose të ndjekë një formim profesional. Kjo vlen për <b>të gjithë të "
                    "miturit</b>, edhe kur nuk kanë leje qëndrimi ose kur dokumentet janë të "
                    "paplota: në këtë rast shkolla i regjistron «me rezervë» dhe ata mund t'i "
                    "marrin gjithsesi diplomat.</p><p>Mund t'i regjistrosh fëmijët <b>në çdo kohë "
                    "të vitit</b>. Zakonisht shkojnë në klasën e moshës së tyre; shkolla mund të "
                    "zgjedhë një klasë tjetër duke pasur parasysh studimet e bëra dhe "
                    "aftësitë.</p>"
                ),
                "where": (
                    "Shkolla më e afërt me shtëpinë ose ajo që preferon (pyet Bashkinë cilat "
                    "shkolla ka në zonën tënde)"
                ),
                "cost": (
                    "Regjistrimi në shkollën shtetërore është falas; mund të ketë shpenzime për "
                    "mensën, transportin ose librat (pyet shkollën dhe Bashkinë nëse ka ndihma)"
                ),
            },
            {
                "title": "Bëje regjistrimin online ose drejtpërdrejt në shkollë",
                "details": (
                    "<ul><li><b>Viti i parë</b> i shkollës fillore, i shkollës së mesme të ulët "
                    "(scuola media) dhe i shkollës së mesme të lartë (scuola superiore), për "
                    "vitin shkollor të ardhshëm: regjistrim online në platformën <a "
                    'href="https://unica.istruzione.gov.it">Unica</a> të Ministrisë së Arsimit '
                    "dhe Meritës, me SPID, CIE, CNS ose eIDAS. Regjistrimet zakonisht hapen në "
                    "<b>janar</b>: datat e sakta i vendos Ministria çdo "
                    "vit.</li><li><b>Kopshti</b> (scuola dell'infanzia, 3-6 vjeç): zakonisht me "
                    "një formular drejtpërdrejt në shkollë.</li><li><b>Fëmijët e sapoardhur në "
                    "Itali</b> ose regjistrimet gjatë vitit: shko drejtpërdrejt në sekretarinë e "
                    "shkollës.</li></ul><p>Nëse nuk ke SPID ose CIE, shkolla mund të të ndihmojë "
                    "ta bësh kërkesën.</p>"
                ),
                "documents": [
                    "Dokument identiteti ose pasaportë e fëmijës dhe e prindërve",
                    "Kodi fiskal i fëmijës, nëse e ka",
                    "Vërtetimi i vaksinave (i detyrueshëm për çerdhen dhe kopshtin)",
                    (
                        "Dëftesa ose vërtetime nga shkollat e ndjekura jashtë vendit, nëse i ke "
                        "(më mirë të përkthyera)"
                    ),
                ],
                "where": "Online në unica.istruzione.gov.it ose në sekretarinë e shkollës",
                "cost": "Falas",
            },
            {
                "title": "Kërko mbështetjen e shkollës dhe të ndërmjetësve",
                "details": (
                    "<p>Shkollat mund të organizojnë <b>laboratorë të italishtes si gjuhë e "
                    "dytë</b> (L2) dhe, kur duhet, përgatisin një plan mësimor të personalizuar. "
                    "Për takimet me mësuesit mund të kërkosh një <b>ndërmjetës ndërkulturor</b> "
                    "që flet gjuhën tënde.</p><p>HUB-i të vë në kontakt me shërbimet e "
                    "ndërmjetësimit në territor dhe me shoqatat që ofrojnë ndihmë pas "
                    "shkollës.</p>"
                ),
                "where": (
                    "Shkolla e fëmijëve të tu; HUB Formazione e titoli di studio – Comune di Forlì"
                ),
                "cost": "Falas",
            },
        ],
        "faq": [
            {
                "question": "A mund ta regjistroj fëmijën në shkollë nëse nuk kam leje qëndrimi?",
                "answer": (
                    "<p>Po. Ligji u garanton arsimin të gjithë të miturve që ndodhen në Itali, "
                    "cilido qoftë statusi i tyre i qëndrimit. Për të regjistruar një fëmijë në "
                    "shkollë nuk kërkohet leja e qëndrimit.</p>"
                ),
            },
            {
                "question": (
                    "Fëmija im vjen në mes të vitit dhe nuk flet italisht: në cilën klasë do të "
                    "shkojë?"
                ),
                "answer": (
                    "<p>Zakonisht në klasën që i përgjigjet moshës. Këshilli i mësuesve (collegio "
                    "dei docenti) mund të zgjedhë një klasë tjetër (zakonisht atë menjëherë më "
                    "poshtë ose më lart) në bazë të studimeve të bëra në vendin e origjinës dhe "
                    "të aftësive të fëmijës. Pastaj shkolla organizon mbështetje për të mësuar "
                    "italishten.</p>"
                ),
            },
            {
                "question": "Kush mund ta ndjekë CPIA-n?",
                "answer": (
                    "<p>Të rriturit dhe të rinjtë nga 16 vjeç, italianë dhe të huaj. Kurset e "
                    "italishtes janë për ata që ende nuk e flasin mirë gjuhën; për terza media "
                    "dhe kurset e mëtejshme CPIA bën një bisedë pritjeje dhe njeh aftësitë që ke "
                    "tashmë.</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286, neni 38",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "Të miturit e huaj në Itali i nënshtrohen arsimit të detyrueshëm dhe kanë të "
                    "drejtën e arsimit."
                ),
            },
            {
                "text": "D.P.R. 31 agosto 1999, n. 394, neni 45",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1999-08-31;394"
                ),
                "note": (
                    "Regjistrimi në çdo kohë të vitit, edhe me dokumente të paplota (regjistrim "
                    "me rezervë), dhe kriteret për zgjedhjen e klasës."
                ),
            },
            {
                "text": "D.P.R. 29 ottobre 2012, n. 263",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:2012-10-29;263"
                ),
                "note": (
                    "Rregullorja e CPIA-ve: kurse italishteje për të rriturit e huaj dhe kurse të "
                    "nivelit të parë."
                ),
            },
        ],
    },
    "zh-hans": {
        "title": "在CPIA学习意大利语及为子女办理入学",
        "intro": (
            "在CPIA，外国成年人可以免费学习意大利语，还可以取得初中毕业证书（terza media）。"
            "所有儿童和青少年都有上学的权利和义务，即使没有居留许可也一样。"
        ),
        "who_for": (
            "想学习意大利语或取得学历的外国成年人（16岁起），以及需要为子女办理入学的家长。"
        ),
        "steps": [
            {
                "title": "报名参加CPIA的意大利语课程",
                "details": (
                    "<p><b>CPIA</b>（Centri provinciali per l'istruzione degli adulti，"
                    "省级成人教育中心）是面向成年人的公立学校。它们为外国人开设意大利语课程，"
                    "从扫盲一直到<b>A2</b>水平，很多教学点还开设更高级别的课程。课程免费，分上午、"
                    "下午和晚上上课。</p><p>报名时会有一次面谈和一次测试，以确定你的水平。"
                    "年满16岁即可报名。</p>"
                ),
                "documents": ["身份证件或护照", "居留许可或申请回执", "税号（codice fiscale）"],
                "where": "弗利-切塞纳省CPIA弗利教学点（地址和上课时间见CPIA网站）",
                "cost": "免费",
                "duration": "请向CPIA询问新课程的开课时间",
            },
            {
                "title": "取得A2证书，如有需要也可取得初中毕业证书",
                "details": (
                    "<p>课程结束时，如果你通过考试，将获得<b>A2级意大利语水平证明</b>。"
                    "申请<b>欧盟长期居留许可</b>时需要它：有了这份证明，"
                    "你就不必在省政府（Prefettura）参加意大利语考试。"
                    "</p><p>在CPIA你还可以取得<b>第一阶段教育毕业证书</b>（即“terza media”，"
                    "初中毕业证书），这对找工作和继续学习都有帮助。</p><p>而申请<b>意大利国籍</b>"
                    "则需要由认可的认证机构（例如CILS、CELI、PLIDA、CERT.IT）颁发的B1级证书："
                    "请询问CPIA是否开设备考课程或组织考试。</p>"
                ),
                "where": "CPIA",
                "cost": "课程免费；B1认证考试需向认证机构缴费",
            },
            {
                "title": "为子女办理入学：这是权利也是义务",
                "details": (
                    "<p>在意大利，<b>6至16岁的10年教育是义务教育</b>，而且在18岁之前，"
                    "每个青少年都有权利和义务继续学习或参加职业培训。这适用于<b>所有未成年人</b>，"
                    "即使他们没有居留许可或证件不全：这种情况下学校会“有保留地”为他们注册，"
                    "他们仍然可以取得学历证书。</p><p>你可以<b>在一年中的任何"
                    "时候</b>为子女办理入学。孩子通常进入与年龄相符的年级；"
                    "学校也可以根据孩子以往的学习情况和能力安排其他年级。</p>"
                ),
                "where": "离家最近的学校或你选择的学校（可向市政府询问你所在区域有哪些学校）",
                "cost": (
                    "公立学校注册免费；可能需要支付餐费、交通费或书费（请向学校和市政府"
                    "询问是否有补助）"
                ),
            },
            {
                "title": "在网上或直接到学校办理入学",
                "details": (
                    "<ul><li>小学、初中（scuola media）和高中（scuola superiore）"
                    "的<b>一年级</b>（下一学年）：在意大利教育与功绩部的<a "
                    'href="https://unica.istruzione.gov.it">Unica</a>平台上网上报名，使用SPID、'
                    "CIE、CNS或eIDAS登录。报名通常在<b>1月</b>开放，具体日期由教育部每年公布。"
                    "</li><li><b>幼儿园</b>（scuola dell'infanzia，3至6岁）："
                    "通常直接到学校填写表格。</li><li><b>刚到意大利的孩子</b>或在学年中途入学："
                    "直接到学校教务处（segreteria）办理。</li></ul><p>如果你没有SPID或CIE，"
                    "学校可以帮助你提交申请。</p>"
                ),
                "documents": [
                    "孩子和父母的身份证件或护照",
                    "孩子的税号（如有）",
                    "疫苗接种证明（进入托儿所和幼儿园必须提供）",
                    "在国外就读学校的成绩单或证明（如有，最好附翻译）",
                ],
                "where": "网上：unica.istruzione.gov.it，或到学校教务处",
                "cost": "免费",
            },
            {
                "title": "向学校和跨文化调解员寻求帮助",
                "details": (
                    "<p>学校可以开设<b>意大利语作为第二语言</b>（L2）的辅导课，"
                    "必要时还会制定个性化学习计划。与老师面谈时，你可以申请一位会说你母语的<b>跨"
                    "文化调解员</b>。</p><p>HUB可以帮你联系本地的调解服务和提供课后辅导的协会。"
                    "</p>"
                ),
                "where": "孩子就读的学校；HUB Formazione e titoli di studio – Comune di Forlì",
                "cost": "免费",
            },
        ],
        "faq": [
            {
                "question": "如果我没有居留许可，可以为孩子办理入学吗？",
                "answer": (
                    "<p>可以。法律保障在意大利的所有未成年人接受教育的权利，无论其居留状况如何。"
                    "为孩子办理入学不需要居留许可。</p>"
                ),
            },
            {
                "question": "我的孩子学年中途到达，不会说意大利语：他会进哪个年级？",
                "answer": (
                    "<p>通常进入与年龄相符的年级。教师委员会（collegio dei docenti）"
                    "可以根据孩子在原籍国的学习情况和能力安排其他年级（一般是低一级或高一级）。"
                    "之后学校会安排意大利语学习辅导。</p>"
                ),
            },
            {
                "question": "谁可以在CPIA学习？",
                "answer": (
                    "<p>16岁及以上的成年人和青少年，意大利人和外国人都可以。"
                    "意大利语课程面向还不能流利使用意大利语的人；对于初中毕业证书和后续课程，"
                    "CPIA会进行入学面谈，并认可你已有的能力。</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286，第38条",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": "在意大利的外国未成年人须接受义务教育，并享有受教育的权利。",
            },
            {
                "text": "D.P.R. 31 agosto 1999, n. 394，第45条",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1999-08-31;394"
                ),
                "note": "全年任何时候均可入学，证件不全也可以（有保留注册），以及安排年级的标准。",
            },
            {
                "text": "D.P.R. 29 ottobre 2012, n. 263",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:2012-10-29;263"
                ),
                "note": "CPIA条例：面向外国成年人的意大利语课程和第一级教育课程。",
            },
        ],
    },
    "ur": {
        "title": "CPIA میں اطالوی زبان کے کورس اور بچوں کا اسکول میں داخلہ",
        "intro": (
            "CPIA میں غیر ملکی بالغ افراد مفت اطالوی زبان سیکھتے ہیں اور مڈل اسکول کا ڈپلوما "
            "(terza media) بھی حاصل کر سکتے ہیں۔ تمام بچوں اور نوجوانوں کو اسکول جانے کا حق ہے "
            "اور یہ ان کا فرض بھی ہے، چاہے ان کے پاس رہائشی اجازت نامہ نہ ہو۔"
        ),
        "who_for": (
            "وہ غیر ملکی بالغ افراد (16 سال کی عمر سے) جو اطالوی زبان سیکھنا یا کوئی تعلیمی سند "
            "حاصل کرنا چاہتے ہیں، اور وہ والدین جنہیں اپنے بچوں کو اسکول میں داخل کرانا ہے۔"
        ),
        "steps": [
            {
                "title": "CPIA میں اطالوی زبان کے کورس میں داخلہ لیں",
                "details": (
                    "<p><b>CPIA</b> (Centri provinciali per l'istruzione degli adulti، یعنی "
                    "بالغوں کی تعلیم کے صوبائی مراکز) بالغ افراد کے لیے سرکاری اسکول ہیں۔ یہ غیر "
                    "ملکیوں کے لیے اطالوی زبان کے کورس پیش کرتے ہیں، بنیادی خواندگی سے لے کر "
                    "<b>A2</b> درجے تک، اور کئی مراکز میں اس سے اونچے درجے بھی۔ کورس مفت ہیں اور "
                    "صبح، دوپہر یا شام کو ہوتے ہیں۔</p><p>داخلے کے وقت آپ کا انٹرویو اور ایک ٹیسٹ "
                    "ہوتا ہے تاکہ آپ کا درجہ معلوم ہو سکے۔ آپ 16 سال کی عمر سے داخلہ لے سکتے "
                    "ہیں۔</p>"
                ),
                "documents": [
                    "شناختی دستاویز یا پاسپورٹ",
                    "رہائشی اجازت نامہ (permesso di soggiorno) یا درخواست کی رسید",
                    "ٹیکس کوڈ (codice fiscale)",
                ],
                "where": (
                    "صوبہ فورلی-چیزینا کا CPIA، فورلی مرکز (پتے اور اوقات CPIA کی ویب سائٹ پر)"
                ),
                "cost": "مفت",
                "duration": "نئے کورس شروع ہونے کی تاریخ CPIA سے پوچھیں",
            },
            {
                "title": "A2 سرٹیفکیٹ حاصل کریں اور اگر چاہیں تو terza media بھی",
                "details": (
                    "<p>کورس کے آخر میں اگر آپ امتحان میں کامیاب ہو جائیں تو آپ کو <b>A2 درجے پر "
                    "اطالوی زبان جاننے کا سرٹیفکیٹ</b> ملتا ہے۔ یہ <b>طویل مدتی رہائشیوں کے لیے "
                    "یورپی یونین کے رہائشی اجازت نامے</b> کے لیے ضروری ہے: اس سرٹیفکیٹ کے ساتھ آپ "
                    "کو پریفیکچر (Prefettura) میں اطالوی زبان کا ٹیسٹ دینے کی ضرورت "
                    "نہیں۔</p><p>CPIA میں آپ <b>تعلیم کے پہلے مرحلے کا ڈپلوما</b> («terza media»، "
                    "یعنی مڈل اسکول) بھی حاصل کر سکتے ہیں، جو ملازمت اور مزید تعلیم کے لیے مفید "
                    "ہے۔</p><p>البتہ <b>اطالوی شہریت</b> کے لیے کسی تسلیم شدہ سرٹیفیکیشن ادارے "
                    "(مثلاً CILS، CELI، PLIDA، CERT.IT) کا B1 درجے کا سرٹیفکیٹ درکار ہے: CPIA سے "
                    "پوچھیں کہ کیا وہ تیاری کے کورس یا امتحانات کا انتظام کرتا ہے۔</p>"
                ),
                "where": "CPIA",
                "cost": (
                    "کورس مفت ہیں؛ B1 سرٹیفیکیشن کے امتحان کی فیس سرٹیفیکیشن ادارے کو ادا کی جاتی "
                    "ہے"
                ),
            },
            {
                "title": "اپنے بچوں کو اسکول میں داخل کرائیں: یہ حق بھی ہے اور فرض بھی",
                "details": (
                    "<p>اٹلی میں تعلیم <b>10 سال کے لیے، 6 سے 16 سال کی عمر تک، لازمی</b> ہے، اور "
                    "18 سال کی عمر تک ہر نوجوان کو تعلیم یا پیشہ ورانہ تربیت جاری رکھنے کا حق ہے "
                    "اور یہ اس کا فرض بھی ہے۔ یہ <b>تمام نابالغوں</b> پر لاگو ہوتا ہے، چاہے ان کے "
                    "پاس رہائشی اجازت نامہ نہ ہو یا ان کے کاغذات نامکمل ہوں: اس صورت میں اسکول "
                    "انہیں «مشروط طور پر» داخل کرتا ہے اور وہ پھر بھی تعلیمی اسناد حاصل کر سکتے "
                    "ہیں۔</p><p>آپ اپنے بچوں کو <b>سال کے کسی بھی وقت</b> داخل کرا سکتے ہیں۔ عام "
                    "طور پر بچے اپنی عمر کے مطابق جماعت میں جاتے ہیں؛ اسکول ان کی سابقہ تعلیم اور "
                    "صلاحیتوں کو دیکھتے ہوئے کوئی دوسری جماعت بھی منتخب کر سکتا ہے۔</p>"
                ),
                "where": (
                    "گھر کے سب سے قریب اسکول یا وہ اسکول جو آپ پسند کریں (اپنے علاقے کے اسکولوں "
                    "کے بارے میں بلدیہ (Comune) سے پوچھیں)"
                ),
                "cost": (
                    "سرکاری اسکول میں داخلہ مفت ہے؛ کھانے، آمد و رفت یا کتابوں کے اخراجات ہو سکتے "
                    "ہیں (اسکول اور بلدیہ سے امداد کے بارے میں پوچھیں)"
                ),
            },
            {
                "title": "آن لائن یا براہِ راست اسکول میں داخلہ کرائیں",
                "details": (
                    "<ul><li>پرائمری اسکول، لوئر سیکنڈری اسکول (scuola media) اور اپر سیکنڈری "
                    "اسکول (scuola superiore) کی <b>پہلی جماعت</b> کے لیے، اگلے تعلیمی سال کے "
                    "واسطے: وزارتِ تعلیم و میرٹ کے <a "
                    'href="https://unica.istruzione.gov.it">Unica</a> پلیٹ فارم پر SPID، CIE، '
                    "CNS یا eIDAS کے ذریعے آن لائن داخلہ۔ داخلے عام طور پر <b>جنوری</b> میں کھلتے "
                    "ہیں؛ صحیح تاریخیں وزارت ہر سال طے کرتی ہے۔</li><li><b>کنڈرگارٹن</b> (scuola "
                    "dell'infanzia، 3 سے 6 سال): عام طور پر براہِ راست اسکول میں فارم جمع کرا "
                    "کے۔</li><li><b>حال ہی میں اٹلی آنے والے بچے</b> یا سال کے دوران داخلہ: براہِ "
                    "راست اسکول کے دفتر (segreteria) جائیں۔</li></ul><p>اگر آپ کے پاس SPID یا CIE "
                    "نہیں ہے تو اسکول درخواست دینے میں آپ کی مدد کر سکتا ہے۔</p>"
                ),
                "documents": [
                    "بچے اور والدین کی شناختی دستاویز یا پاسپورٹ",
                    "بچے کا ٹیکس کوڈ، اگر ہو",
                    "حفاظتی ٹیکوں کا سرٹیفکیٹ (نرسری اور کنڈرگارٹن میں داخلے کے لیے لازمی)",
                    (
                        "بیرونِ ملک اسکولوں کے رزلٹ کارڈ یا سرٹیفکیٹ، اگر آپ کے پاس ہوں (بہتر ہے "
                        "کہ ترجمہ شدہ ہوں)"
                    ),
                ],
                "where": "آن لائن unica.istruzione.gov.it پر یا اسکول کے دفتر میں",
                "cost": "مفت",
            },
            {
                "title": "اسکول اور بین الثقافتی ثالثوں سے مدد لیں",
                "details": (
                    "<p>اسکول <b>دوسری زبان کے طور پر اطالوی</b> (L2) کی خصوصی کلاسیں منعقد کر "
                    "سکتے ہیں اور ضرورت ہو تو ذاتی تعلیمی منصوبہ تیار کرتے ہیں۔ اساتذہ سے ملاقات "
                    "کے لیے آپ ایک <b>بین الثقافتی ثالث</b> کی درخواست کر سکتے ہیں جو آپ کی زبان "
                    "بولتا ہو۔</p><p>HUB آپ کا رابطہ علاقے کی ثالثی خدمات اور اسکول کے بعد پڑھائی "
                    "میں مدد دینے والی انجمنوں سے کراتا ہے۔</p>"
                ),
                "where": (
                    "آپ کے بچوں کا اسکول؛ HUB Formazione e titoli di studio – Comune di Forlì"
                ),
                "cost": "مفت",
            },
        ],
        "faq": [
            {
                "question": (
                    "کیا میں رہائشی اجازت نامے کے بغیر اپنے بچے کو اسکول میں داخل کرا سکتا ہوں؟"
                ),
                "answer": (
                    "<p>جی ہاں۔ قانون اٹلی میں موجود تمام نابالغوں کو تعلیم کی ضمانت دیتا ہے، ان "
                    "کی رہائشی حیثیت چاہے کچھ بھی ہو۔ بچے کو اسکول میں داخل کرانے کے لیے رہائشی "
                    "اجازت نامہ ضروری نہیں۔</p>"
                ),
            },
            {
                "question": (
                    "میرا بچہ سال کے درمیان میں آ رہا ہے اور اطالوی نہیں بولتا: وہ کس جماعت میں "
                    "جائے گا؟"
                ),
                "answer": (
                    "<p>عام طور پر اپنی عمر کے مطابق جماعت میں۔ اساتذہ کی کونسل (collegio dei "
                    "docenti) آبائی ملک میں کی گئی تعلیم اور بچے کی صلاحیتوں کی بنیاد پر کوئی "
                    "دوسری جماعت (عموماً ایک درجہ نیچے یا اوپر) بھی منتخب کر سکتی ہے۔ اس کے بعد "
                    "اسکول اطالوی سیکھنے کے لیے مدد کا انتظام کرتا ہے۔</p>"
                ),
            },
            {
                "question": "CPIA میں کون پڑھ سکتا ہے؟",
                "answer": (
                    "<p>16 سال اور اس سے زیادہ عمر کے بالغ اور نوجوان، اطالوی بھی اور غیر ملکی "
                    "بھی۔ اطالوی کورس ان لوگوں کے لیے ہیں جو ابھی یہ زبان اچھی طرح نہیں بولتے؛ "
                    "terza media اور اس کے بعد کے کورسوں کے لیے CPIA ایک ابتدائی انٹرویو کرتا ہے "
                    "اور آپ کی پہلے سے موجود صلاحیتوں کو تسلیم کرتا ہے۔</p>"
                ),
            },
        ],
        "legal_references": [
            {
                "text": "D.Lgs. 25 luglio 1998, n. 286، دفعہ 38",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".legislativo:1998-07-25;286"
                ),
                "note": (
                    "اٹلی میں موجود غیر ملکی نابالغوں پر لازمی تعلیم لاگو ہوتی ہے اور انہیں تعلیم "
                    "کا حق حاصل ہے۔"
                ),
            },
            {
                "text": "D.P.R. 31 agosto 1999, n. 394، دفعہ 45",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:1999-08-31;394"
                ),
                "note": (
                    "سال کے کسی بھی وقت داخلہ، نامکمل کاغذات کے ساتھ بھی (مشروط داخلہ)، اور جماعت "
                    "کے انتخاب کے اصول۔"
                ),
            },
            {
                "text": "D.P.R. 29 ottobre 2012, n. 263",
                "url": (
                    "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto"
                    ".del.presidente.della.repubblica:2012-10-29;263"
                ),
                "note": (
                    "CPIA کے ضوابط: غیر ملکی بالغوں کے لیے اطالوی کورس اور پہلے درجے کے تعلیمی "
                    "راستے۔"
                ),
            },
        ],
    },
}

#: Both public; the loader features the first two public guides of each HUB.
GUIDES: list[dict] = [QUALIFICATION_RECOGNITION, CPIA_AND_SCHOOL]
