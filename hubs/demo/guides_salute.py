"""Demo guides of the Salute HUB (Ferrara, Azienda USL di Ferrara).

Plain data in the format documented in ``hubs/demo/__init__.py``: enrolling in the
National Health Service, and care without a residence permit (STP/ENI codes). The
rules follow D.Lgs. 286/1998 (artt. 34-35), D.P.R. 394/1999 (artt. 42-43), the
Accordo Stato-Regioni of 20 December 2012 and L. 213/2023 (voluntary enrolment);
amounts that can change always say where to check the current figure.
"""

GUIDES: list[dict] = [
    {
        "key": "iscrizione-ssn-medico-di-famiglia",
        "hub": "salute",
        "topic": "accesso-alle-cure",
        "audience": "migrants",
        "share_with_pim": True,
        "pim_category": "guide",
        "restricted": False,
        "last_reviewed": "2026-03-16",
        "review_interval_months": 12,
        "it": {
            "title": "Iscriversi al Servizio sanitario nazionale e scegliere il medico di famiglia",
            "slug": "iscriversi-servizio-sanitario-medico-di-famiglia",
            "intro": (
                "Con un permesso di soggiorno puoi iscriverti al Servizio sanitario nazionale "
                "(SSN): hai un medico di famiglia, un pediatra per i figli e le cure alle stesse "
                "condizioni dei cittadini italiani. Qui trovi chi ha diritto, quali documenti "
                "servono e dove andare in provincia di Ferrara."
            ),
            "who_for": (
                "Cittadini di Paesi non UE che vivono in provincia di Ferrara con un permesso di "
                "soggiorno, o con la ricevuta della domanda di rilascio o di rinnovo, e i loro "
                "figli e familiari."
            ),
            "steps": [
                {
                    "title": "Controlla se per te l'iscrizione è obbligatoria o volontaria",
                    "details": (
                        "<p>L'iscrizione è <b>obbligatoria e gratuita</b> se hai un permesso di "
                        "soggiorno per:</p><ul><li>lavoro subordinato o autonomo, o attesa "
                        "occupazione (se sei iscritto al Centro per l'impiego);</li><li>motivi "
                        "familiari;</li><li>asilo, richiesta di asilo, protezione internazionale, "
                        "protezione speciale o protezione temporanea;</li><li>cure mediche in "
                        "gravidanza e dopo il parto, minore età, affidamento, attesa adozione o "
                        "acquisto della cittadinanza.</li></ul><p>Il diritto continua mentre "
                        "aspetti il rinnovo del permesso. Anche i figli minorenni vanno "
                        "iscritti.</p><p>Se hai un permesso per <b>studio</b>, <b>residenza "
                        "elettiva</b>, <b>collocamento alla pari</b> o <b>motivi religiosi</b>, "
                        "puoi fare l'<b>iscrizione volontaria</b> pagando un contributo per ogni "
                        "anno solare (da gennaio a dicembre). Dal 2024 la legge lo fissa a 2.000 "
                        "euro all'anno, con importi ridotti per studenti e persone alla pari, e "
                        "gli importi possono essere aggiornati: chiedi quello in vigore allo "
                        "sportello dell'Azienda USL.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": (
                        "Gratis se l'iscrizione è obbligatoria; contributo annuale se è volontaria"
                    ),
                    "duration": "",
                },
                {
                    "title": "Prepara i documenti",
                    "details": (
                        "<p>Porta gli originali e una fotocopia. Se non hai ancora la residenza, "
                        "puoi indicare il <b>domicilio</b>, cioè l'indirizzo dove vivi davvero, "
                        "con una dichiarazione firmata.</p><p>Per l'iscrizione volontaria porta "
                        "anche la ricevuta del contributo pagato con il modello F24: allo "
                        "sportello ti spiegano come compilarlo.</p>"
                    ),
                    "documents": [
                        (
                            "Permesso di soggiorno valido, oppure la ricevuta della domanda di "
                            "rilascio o di rinnovo"
                        ),
                        (
                            "Codice fiscale (chi ha chiesto asilo può usare il codice numerico "
                            "provvisorio)"
                        ),
                        "Passaporto o altro documento di identità",
                        (
                            "Certificato o autocertificazione di residenza, oppure dichiarazione "
                            "di domicilio"
                        ),
                        "Per i figli: documento di identità e codice fiscale di ciascuno",
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Vai allo sportello dell'Azienda USL e scegli il medico di famiglia",
                    "details": (
                        "<p>L'iscrizione si fa allo <b>sportello di anagrafe sanitaria</b> "
                        "(anagrafe sanitaria / CUP) dell'Azienda USL di Ferrara, nel distretto "
                        "dove abiti. Indirizzi e orari sono sul sito <a "
                        'href="https://www.ausl.fe.it">www.ausl.fe.it</a>.</p><p>Allo sportello '
                        "scegli il <b>medico di medicina generale</b> (medico di famiglia) tra i "
                        "medici della tua zona che hanno ancora posti liberi. Le visite dal medico "
                        "di famiglia sono gratuite: ti visita, prescrive medicine ed esami e ti "
                        "manda dallo specialista quando serve.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "Sportelli di anagrafe sanitaria / CUP dell'Azienda USL di Ferrara, nel "
                        "distretto dove abiti"
                    ),
                    "cost": "Gratis",
                    "duration": (
                        "Di solito l'iscrizione e la scelta del medico si fanno subito allo "
                        "sportello"
                    ),
                },
                {
                    "title": "Scegli il pediatra per i tuoi figli",
                    "details": (
                        "<p>Fino a 6 anni i bambini devono avere il <b>pediatra di libera "
                        "scelta</b>. Dai 6 ai 14 anni puoi scegliere il pediatra o il medico di "
                        "famiglia. A 14 anni si passa al medico di famiglia.</p><p>Puoi iscrivere "
                        "i figli insieme a te, nello stesso momento. Un bambino nato in Italia si "
                        "iscrive appena ha il codice fiscale.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "Gratis",
                    "duration": "",
                },
                {
                    "title": "Ricevi la tessera sanitaria e usa i servizi online",
                    "details": (
                        "<p>Dopo l'iscrizione la <b>tessera sanitaria</b> arriva per posta "
                        "all'indirizzo che hai dato: la spedisce l'Agenzia delle Entrate. "
                        "Controlla che il tuo nome sia sulla cassetta delle lettere.</p><p>La "
                        "tessera riporta il codice fiscale e, per i cittadini stranieri, scade "
                        "insieme al permesso di soggiorno. Quando rinnovi il permesso, porta la "
                        "ricevuta o il nuovo permesso allo sportello per prolungare "
                        "l'iscrizione.</p><p>Con SPID o CIE puoi usare il <b>Fascicolo sanitario "
                        "elettronico</b> della Regione Emilia-Romagna (<a "
                        'href="https://www.fascicolo-sanitario.it">www.fascicolo-sanitario.it</a>'
                        "): vedi i referti, prenoti visite, paghi il ticket e cambi medico "
                        "online.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "Gratis",
                    "duration": "",
                },
            ],
            "faq": [
                {
                    "question": (
                        "Il mio permesso è scaduto e ho chiesto il rinnovo. Posso andare dal "
                        "medico?"
                    ),
                    "answer": (
                        "<p>Sì. Mentre aspetti il nuovo permesso resti iscritto al SSN. Porta allo "
                        "sportello dell'Azienda USL la ricevuta della domanda di rinnovo, così "
                        "l'iscrizione viene prolungata.</p>"
                    ),
                },
                {
                    "question": "La tessera sanitaria non è ancora arrivata. Come faccio?",
                    "answer": (
                        "<p>Allo sportello puoi chiedere un documento che dimostra l'iscrizione e "
                        "indica il medico scelto: puoi già andare dal medico. Se la tessera non "
                        "arriva o la perdi, chiedi un duplicato all'Agenzia delle Entrate, anche "
                        "online, o allo sportello dell'Azienda USL.</p>"
                    ),
                },
                {
                    "question": "Posso cambiare medico di famiglia?",
                    "answer": (
                        "<p>Sì, quando vuoi: allo sportello dell'Azienda USL oppure online con il "
                        "Fascicolo sanitario elettronico.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "D.Lgs. 25 luglio 1998, n. 286 (Testo unico sull'immigrazione), art. 34"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": "Chi deve iscriversi al SSN e chi può iscriversi volontariamente",
                },
                {
                    "text": "D.P.R. 31 agosto 1999, n. 394, art. 42",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "Norme di attuazione sull'iscrizione al SSN",
                },
                {
                    "text": (
                        "Legge 30 dicembre 2023, n. 213 (legge di bilancio 2024), art. 1, commi "
                        "240-241"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2023-12-30;213"
                    ),
                    "note": "Contributo per l'iscrizione volontaria dal 2024",
                },
            ],
        },
        "en": {
            "title": "Enrolling in the National Health Service and choosing a family doctor",
            "slug": "enrol-national-health-service-family-doctor",
            "intro": (
                "With a residence permit you can enrol in the National Health Service (SSN): you "
                "get a family doctor, a paediatrician for your children and health care on the "
                "same terms as Italian citizens. Here you find who is entitled, which documents "
                "you need and where to go in the province of Ferrara."
            ),
            "who_for": (
                "Citizens of non-EU countries living in the province of Ferrara with a residence "
                "permit, or with the receipt of their application for a permit or a renewal, and "
                "their children and family members."
            ),
            "steps": [
                {
                    "title": "Check whether your enrolment is compulsory or voluntary",
                    "details": (
                        "<p>Enrolment is <b>compulsory and free</b> if you have a residence permit "
                        "for:</p><ul><li>employment or self-employment, or job seeking (attesa "
                        "occupazione, if you are registered at the Centro per l'impiego);</li><li>"
                        "family reasons;</li><li>asylum, an asylum application, international "
                        "protection, special protection or temporary protection;</li><li>medical "
                        "care during pregnancy and after childbirth, being a minor, foster care, "
                        "pending adoption or pending citizenship.</li></ul><p>Your right continues "
                        "while you wait for your permit to be renewed. Children under 18 must be "
                        "enrolled too.</p><p>If your permit is for <b>study</b>, <b>elective "
                        "residence</b>, <b>au pair</b> work or <b>religious reasons</b>, you can "
                        "choose <b>voluntary enrolment</b> and pay a contribution for each "
                        "calendar year (January to December). Since 2024 the law sets it at €2,000 "
                        "a year, with lower amounts for students and au pairs, and the amounts can "
                        "be updated: ask the Azienda USL desk for the current one.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": (
                        "Free for compulsory enrolment; a yearly contribution for voluntary "
                        "enrolment"
                    ),
                    "duration": "",
                },
                {
                    "title": "Get your documents ready",
                    "details": (
                        "<p>Bring the originals and a photocopy. If you are not yet registered as "
                        "a resident, you can give your <b>domicile</b>, the address where you "
                        "actually live, with a signed declaration.</p><p>For voluntary enrolment "
                        "also bring the receipt of the contribution paid with the F24 form: the "
                        "desk staff will explain how to fill it in.</p>"
                    ),
                    "documents": [
                        (
                            "Valid residence permit, or the receipt of your application for a "
                            "permit or a renewal"
                        ),
                        (
                            "Tax code (codice fiscale); asylum seekers can use the temporary "
                            "numeric code"
                        ),
                        "Passport or other identity document",
                        (
                            "Residence certificate or self-declaration of residence, or a "
                            "declaration of domicile"
                        ),
                        "For your children: each child's identity document and tax code",
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Go to the Azienda USL desk and choose your family doctor",
                    "details": (
                        "<p>You enrol at the <b>health registry desk</b> (anagrafe sanitaria / "
                        "CUP) of the Azienda USL di Ferrara, the local health authority, in the "
                        "district where you live. Addresses and opening hours are on <a "
                        'href="https://www.ausl.fe.it">www.ausl.fe.it</a>.</p><p>At the desk you '
                        "choose your <b>general practitioner</b> (medico di medicina generale, the "
                        "family doctor) among the doctors in your area who still have places. "
                        "Visits to the family doctor are free: the doctor examines you, prescribes "
                        "medicines and tests and refers you to a specialist when needed.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "Health registry / CUP desks of the Azienda USL di Ferrara, in the "
                        "district where you live"
                    ),
                    "cost": "Free",
                    "duration": "Enrolment and the choice of doctor are usually done on the spot",
                },
                {
                    "title": "Choose a paediatrician for your children",
                    "details": (
                        "<p>Children up to 6 years old must have a <b>paediatrician</b> (pediatra "
                        "di libera scelta). From 6 to 14 you can choose the paediatrician or a "
                        "family doctor. At 14 children move to a family doctor.</p><p>You can "
                        "enrol your children together with you, at the same time. A baby born in "
                        "Italy is enrolled as soon as the baby has a tax code.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "Free",
                    "duration": "",
                },
                {
                    "title": "Receive your health card and use the online services",
                    "details": (
                        "<p>After enrolment, the <b>tessera sanitaria</b> (health card) is sent by "
                        "post to the address you gave: it comes from the Agenzia delle Entrate "
                        "(the Italian Revenue Agency). Make sure your name is on the letterbox.</p>"
                        "<p>The card shows your tax code and, for foreign citizens, expires with "
                        "the residence permit. When you renew your permit, bring the receipt or "
                        "the new permit to the desk to extend your enrolment.</p><p>With SPID or "
                        "CIE you can use the Emilia-Romagna <b>Electronic Health Record</b> "
                        "(Fascicolo sanitario elettronico, <a "
                        'href="https://www.fascicolo-sanitario.it">www.fascicolo-sanitario.it</a>'
                        "): see your test results, book appointments, pay the ticket and change "
                        "doctor online.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "Free",
                    "duration": "",
                },
            ],
            "faq": [
                {
                    "question": (
                        "My permit has expired and I have applied for renewal. Can I see a doctor?"
                    ),
                    "answer": (
                        "<p>Yes. While you wait for the new permit you stay enrolled in the SSN. "
                        "Bring the receipt of your renewal application to the Azienda USL desk so "
                        "that your enrolment is extended.</p>"
                    ),
                },
                {
                    "question": "My health card has not arrived yet. What can I do?",
                    "answer": (
                        "<p>At the desk you can ask for a document that proves your enrolment and "
                        "shows the doctor you chose: you can already see your doctor. If the card "
                        "does not arrive or you lose it, ask the Agenzia delle Entrate for a "
                        "duplicate, also online, or go to the Azienda USL desk.</p>"
                    ),
                },
                {
                    "question": "Can I change my family doctor?",
                    "answer": (
                        "<p>Yes, whenever you want: at the Azienda USL desk or online through the "
                        "Electronic Health Record.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "Legislative Decree no. 286 of 25 July 1998 (Consolidated Immigration "
                        "Act), art. 34"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": "Who must enrol in the SSN and who can enrol voluntarily",
                },
                {
                    "text": "Presidential Decree no. 394 of 31 August 1999, art. 42",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "Implementing rules on enrolment in the SSN",
                },
                {
                    "text": (
                        "Law no. 213 of 30 December 2023 (Budget Law 2024), art. 1, paragraphs "
                        "240-241"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2023-12-30;213"
                    ),
                    "note": "Contribution for voluntary enrolment from 2024",
                },
            ],
        },
        "fr": {
            "title": "S'inscrire au Service sanitaire national et choisir son médecin traitant",
            "slug": "inscription-service-sanitaire-national-medecin-traitant",
            "intro": (
                "Avec un titre de séjour, vous pouvez vous inscrire au Service sanitaire national "
                "(SSN) : vous avez un médecin traitant, un pédiatre pour vos enfants et des soins "
                "aux mêmes conditions que les citoyens italiens. Voici qui y a droit, les "
                "documents à apporter et où aller dans la province de Ferrare."
            ),
            "who_for": (
                "Ressortissants de pays hors UE qui vivent dans la province de Ferrare avec un "
                "titre de séjour, ou avec le récépissé de leur demande de titre ou de "
                "renouvellement, ainsi que leurs enfants et les membres de leur famille."
            ),
            "steps": [
                {
                    "title": "Vérifiez si votre inscription est obligatoire ou volontaire",
                    "details": (
                        "<p>L'inscription est <b>obligatoire et gratuite</b> si vous avez un titre "
                        "de séjour pour :</p><ul><li>travail salarié ou indépendant, ou attente "
                        "d'emploi (si vous êtes inscrit au Centro per l'impiego) ;</li><li>motifs "
                        "familiaux ;</li><li>asile, demande d'asile, protection internationale, "
                        "protection spéciale ou protection temporaire ;</li><li>soins médicaux "
                        "pendant la grossesse et après l'accouchement, minorité, placement "
                        "familial, adoption en cours ou acquisition de la nationalité.</li></ul><p>"
                        "Ce droit continue pendant que vous attendez le renouvellement de votre "
                        "titre. Les enfants mineurs doivent aussi être inscrits.</p><p>Si votre "
                        "titre est pour <b>études</b>, <b>résidence élective</b>, <b>travail au "
                        "pair</b> ou <b>motifs religieux</b>, vous pouvez faire une <b>inscription "
                        "volontaire</b> en payant une contribution pour chaque année civile (de "
                        "janvier à décembre). Depuis 2024, la loi la fixe à 2 000 euros par an, "
                        "avec des montants réduits pour les étudiants et les personnes au pair, et "
                        "les montants peuvent être mis à jour : demandez le montant en vigueur au "
                        "guichet de l'Azienda USL.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": (
                        "Gratuit pour l'inscription obligatoire ; contribution annuelle pour "
                        "l'inscription volontaire"
                    ),
                    "duration": "",
                },
                {
                    "title": "Préparez vos documents",
                    "details": (
                        "<p>Apportez les originaux et une photocopie. Si vous n'avez pas encore la "
                        "résidence, vous pouvez indiquer votre <b>domicile</b>, c'est-à-dire "
                        "l'adresse où vous vivez réellement, avec une déclaration signée.</p><p>"
                        "Pour l'inscription volontaire, apportez aussi le reçu de la contribution "
                        "payée avec le formulaire F24 : au guichet, on vous explique comment le "
                        "remplir.</p>"
                    ),
                    "documents": [
                        (
                            "Titre de séjour valide, ou le récépissé de la demande de titre ou de "
                            "renouvellement"
                        ),
                        (
                            "Code fiscal (codice fiscale) ; les demandeurs d'asile peuvent "
                            "utiliser le code numérique provisoire"
                        ),
                        "Passeport ou autre pièce d'identité",
                        (
                            "Certificat ou attestation sur l'honneur de résidence, ou déclaration "
                            "de domicile"
                        ),
                        "Pour les enfants : pièce d'identité et code fiscal de chacun",
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": (
                        "Allez au guichet de l'Azienda USL et choisissez votre médecin traitant"
                    ),
                    "details": (
                        "<p>L'inscription se fait au <b>guichet d'inscription sanitaire</b> "
                        "(anagrafe sanitaria / CUP) de l'Azienda USL de Ferrare, l'autorité "
                        "sanitaire locale, dans le district où vous habitez. Adresses et horaires "
                        'sur <a href="https://www.ausl.fe.it">www.ausl.fe.it</a>.</p><p>Au '
                        "guichet, vous choisissez votre <b>médecin généraliste</b> (medico di "
                        "medicina generale, le médecin traitant) parmi les médecins de votre zone "
                        "qui ont encore des places. Les consultations chez le médecin traitant "
                        "sont gratuites : il vous examine, prescrit des médicaments et des examens "
                        "et vous oriente vers un spécialiste si nécessaire.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "Guichets anagrafe sanitaria / CUP de l'Azienda USL de Ferrare, dans le "
                        "district où vous habitez"
                    ),
                    "cost": "Gratuit",
                    "duration": (
                        "L'inscription et le choix du médecin se font en général tout de suite au "
                        "guichet"
                    ),
                },
                {
                    "title": "Choisissez un pédiatre pour vos enfants",
                    "details": (
                        "<p>Jusqu'à 6 ans, les enfants doivent avoir un <b>pédiatre</b> (pediatra "
                        "di libera scelta). De 6 à 14 ans, vous pouvez choisir le pédiatre ou un "
                        "médecin traitant. À 14 ans, l'enfant passe chez un médecin traitant.</p>"
                        "<p>Vous pouvez inscrire vos enfants en même temps que vous. Un bébé né en "
                        "Italie s'inscrit dès qu'il a son code fiscal.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "Gratuit",
                    "duration": "",
                },
                {
                    "title": "Recevez la carte sanitaire et utilisez les services en ligne",
                    "details": (
                        "<p>Après l'inscription, la <b>tessera sanitaria</b> (carte sanitaire) "
                        "arrive par la poste à l'adresse indiquée : elle est envoyée par l'Agenzia "
                        "delle Entrate (l'administration fiscale). Vérifiez que votre nom figure "
                        "sur la boîte aux lettres.</p><p>La carte indique votre code fiscal et, "
                        "pour les ressortissants étrangers, expire avec le titre de séjour. Quand "
                        "vous renouvelez votre titre, apportez le récépissé ou le nouveau titre au "
                        "guichet pour prolonger l'inscription.</p><p>Avec SPID ou la CIE, vous "
                        "pouvez utiliser le <b>Dossier de santé électronique</b> de la Région "
                        "Émilie-Romagne (Fascicolo sanitario elettronico, <a "
                        'href="https://www.fascicolo-sanitario.it">www.fascicolo-sanitario.it</a>'
                        ") : consulter vos résultats, prendre rendez-vous, payer le ticket et "
                        "changer de médecin en ligne.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "Gratuit",
                    "duration": "",
                },
            ],
            "faq": [
                {
                    "question": (
                        "Mon titre a expiré et j'ai demandé le renouvellement. Puis-je aller chez "
                        "le médecin ?"
                    ),
                    "answer": (
                        "<p>Oui. Pendant que vous attendez le nouveau titre, vous restez inscrit "
                        "au SSN. Apportez le récépissé de votre demande de renouvellement au "
                        "guichet de l'Azienda USL pour prolonger l'inscription.</p>"
                    ),
                },
                {
                    "question": "Je n'ai pas encore reçu la carte sanitaire. Comment faire ?",
                    "answer": (
                        "<p>Au guichet, vous pouvez demander un document qui prouve votre "
                        "inscription et indique le médecin choisi : vous pouvez déjà consulter "
                        "votre médecin. Si la carte n'arrive pas ou si vous la perdez, demandez un "
                        "duplicata à l'Agenzia delle Entrate, aussi en ligne, ou au guichet de "
                        "l'Azienda USL.</p>"
                    ),
                },
                {
                    "question": "Puis-je changer de médecin traitant ?",
                    "answer": (
                        "<p>Oui, quand vous voulez : au guichet de l'Azienda USL ou en ligne avec "
                        "le Dossier de santé électronique.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "Décret législatif n° 286 du 25 juillet 1998 (Texte unique sur "
                        "l'immigration), art. 34"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": "Qui doit s'inscrire au SSN et qui peut s'inscrire volontairement",
                },
                {
                    "text": "Décret du Président de la République n° 394 du 31 août 1999, art. 42",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "Règles d'application sur l'inscription au SSN",
                },
                {
                    "text": (
                        "Loi n° 213 du 30 décembre 2023 (loi de finances 2024), art. 1, alinéas "
                        "240-241"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2023-12-30;213"
                    ),
                    "note": "Contribution pour l'inscription volontaire à partir de 2024",
                },
            ],
        },
        "ar": {
            "title": "التسجيل في الخدمة الصحية الوطنية واختيار طبيب الأسرة",
            "intro": (
                "إذا كان لديك تصريح إقامة، يمكنك التسجيل في الخدمة الصحية الوطنية (SSN): يصبح لديك "
                "طبيب أسرة وطبيب أطفال لأبنائك، وتحصل على الرعاية الصحية بالشروط نفسها المطبقة على "
                "المواطنين الإيطاليين. ستجد هنا من يحق له التسجيل، والوثائق المطلوبة، وأين تذهب في "
                "مقاطعة فيرارا."
            ),
            "who_for": (
                "مواطنو الدول غير الأعضاء في الاتحاد الأوروبي المقيمون في مقاطعة فيرارا ولديهم "
                "تصريح إقامة، أو إيصال طلب الحصول على التصريح أو تجديده، وكذلك أبناؤهم وأفراد "
                "أسرهم."
            ),
            "steps": [
                {
                    "title": "تحقّق مما إذا كان تسجيلك إلزاميًا أو طوعيًا",
                    "details": (
                        "<p>يكون التسجيل <b>إلزاميًا ومجانيًا</b> إذا كان لديك تصريح إقامة لأحد "
                        "الأسباب التالية:</p><ul><li>العمل بأجر أو العمل الحر، أو انتظار العمل "
                        "(إذا كنت مسجلًا في مركز التوظيف Centro per l'impiego)؛</li><li>أسباب "
                        "عائلية؛</li><li>اللجوء أو طلب اللجوء أو الحماية الدولية أو الحماية الخاصة "
                        "أو الحماية المؤقتة؛</li><li>العلاج الطبي أثناء الحمل وبعد الولادة، أو "
                        "كونك قاصرًا، أو الكفالة الأسرية، أو انتظار التبني، أو انتظار الحصول على "
                        "الجنسية.</li></ul><p>يستمر هذا الحق أثناء انتظار تجديد التصريح. ويجب أيضًا "
                        "تسجيل الأبناء القاصرين.</p><p>إذا كان تصريحك لغرض <b>الدراسة</b> أو <b>"
                        "الإقامة الاختيارية</b> أو <b>العمل بنظام au pair</b> أو <b>لأسباب "
                        "دينية</b>، يمكنك <b>التسجيل الطوعي</b> مقابل دفع مساهمة عن كل سنة ميلادية "
                        "(من يناير إلى ديسمبر). منذ عام 2024 حدّد القانون هذه المساهمة بمبلغ 2000 "
                        "يورو سنويًا، مع مبالغ مخفّضة للطلاب ولمن يعملون بنظام au pair، ويمكن تحديث "
                        "هذه المبالغ: اسأل في مكتب Azienda USL عن المبلغ الساري.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "مجاني في حالة التسجيل الإلزامي؛ مساهمة سنوية في حالة التسجيل الطوعي",
                    "duration": "",
                },
                {
                    "title": "جهّز وثائقك",
                    "details": (
                        "<p>أحضر الوثائق الأصلية ونسخة منها. إذا لم تكن لديك إقامة مسجلة "
                        "(residenza) بعد، يمكنك ذكر <b>محل السكن الفعلي</b> (domicilio)، أي "
                        "العنوان الذي تعيش فيه فعلًا، بموجب إقرار موقّع.</p><p>في حالة التسجيل "
                        "الطوعي، أحضر أيضًا إيصال دفع المساهمة بنموذج F24، وسيشرح لك موظفو المكتب "
                        "كيفية تعبئته.</p>"
                    ),
                    "documents": [
                        "تصريح إقامة ساري المفعول، أو إيصال طلب الحصول على التصريح أو تجديده",
                        (
                            "الرمز الضريبي (codice fiscale)؛ ويمكن لطالبي اللجوء استخدام الرمز "
                            "الرقمي المؤقت"
                        ),
                        "جواز السفر أو وثيقة هوية أخرى",
                        "شهادة الإقامة أو إقرار ذاتي بها، أو إقرار بمحل السكن الفعلي",
                        "للأبناء: وثيقة الهوية والرمز الضريبي لكل منهم",
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "توجّه إلى مكتب Azienda USL واختر طبيب الأسرة",
                    "details": (
                        "<p>يتم التسجيل في <b>مكتب السجل الصحي</b> (anagrafe sanitaria / CUP) "
                        "التابع للهيئة الصحية المحلية Azienda USL di Ferrara، في المنطقة التي تسكن "
                        "فيها. تجد العناوين ومواعيد العمل على الموقع <a "
                        'href="https://www.ausl.fe.it">www.ausl.fe.it</a>.</p><p>في المكتب تختار '
                        "<b>طبيب الطب العام</b> (medico di medicina generale، أي طبيب الأسرة) من "
                        "بين أطباء منطقتك الذين لديهم أماكن شاغرة. زيارات طبيب الأسرة مجانية: فهو "
                        "يفحصك، ويصف لك الأدوية والفحوصات، ويحيلك إلى الطبيب المختص عند الحاجة.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "مكاتب السجل الصحي / CUP التابعة لـ Azienda USL di Ferrara، في المنطقة "
                        "التي تسكن فيها"
                    ),
                    "cost": "مجاني",
                    "duration": "يتم التسجيل واختيار الطبيب عادةً في المكتب فورًا",
                },
                {
                    "title": "اختر طبيب أطفال لأبنائك",
                    "details": (
                        "<p>حتى سن 6 سنوات يجب أن يكون للأطفال <b>طبيب أطفال</b> (pediatra di "
                        "libera scelta). ومن 6 إلى 14 سنة يمكنك اختيار طبيب الأطفال أو طبيب "
                        "الأسرة. وعند بلوغ 14 سنة ينتقل الطفل إلى طبيب الأسرة.</p><p>يمكنك تسجيل "
                        "أبنائك معك في الوقت نفسه. أما الطفل المولود في إيطاليا فيُسجَّل فور حصوله "
                        "على الرمز الضريبي.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "مجاني",
                    "duration": "",
                },
                {
                    "title": "استلم البطاقة الصحية واستخدم الخدمات الإلكترونية",
                    "details": (
                        "<p>بعد التسجيل تصلك <b>البطاقة الصحية</b> (tessera sanitaria) بالبريد على "
                        "العنوان الذي قدّمته، وترسلها وكالة الإيرادات (Agenzia delle Entrate). تأكّد "
                        "من أن اسمك مكتوب على صندوق البريد.</p><p>تحمل البطاقة رمزك الضريبي، "
                        "وبالنسبة للمواطنين الأجانب تنتهي صلاحيتها مع انتهاء تصريح الإقامة. عند "
                        "تجديد التصريح، أحضر الإيصال أو التصريح الجديد إلى المكتب لتمديد "
                        "التسجيل.</p><p>باستخدام SPID أو بطاقة الهوية الإلكترونية CIE يمكنك "
                        "استخدام <b>الملف الصحي الإلكتروني</b> لإقليم إميليا-رومانيا (Fascicolo "
                        'sanitario elettronico، <a href="https://www.fascicolo-sanitario.it">'
                        "www.fascicolo-sanitario.it</a>): للاطلاع على نتائج الفحوصات، وحجز "
                        "المواعيد، ودفع رسوم المشاركة (ticket)، وتغيير الطبيب عبر الإنترنت.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "مجاني",
                    "duration": "",
                },
            ],
            "faq": [
                {
                    "question": "انتهت صلاحية تصريحي وقدّمت طلب التجديد. هل يمكنني زيارة الطبيب؟",
                    "answer": (
                        "<p>نعم. أثناء انتظار التصريح الجديد تبقى مسجلًا في الخدمة الصحية الوطنية. "
                        "أحضر إيصال طلب التجديد إلى مكتب Azienda USL ليتم تمديد تسجيلك.</p>"
                    ),
                },
                {
                    "question": "لم تصلني البطاقة الصحية بعد. ماذا أفعل؟",
                    "answer": (
                        "<p>يمكنك أن تطلب في المكتب وثيقة تثبت تسجيلك وتبيّن الطبيب الذي اخترته، "
                        "ويمكنك زيارة طبيبك منذ الآن. إذا لم تصل البطاقة أو فقدتها، فاطلب نسخة "
                        "بديلة من وكالة الإيرادات (Agenzia delle Entrate)، ويمكن ذلك عبر الإنترنت "
                        "أيضًا، أو من مكتب Azienda USL.</p>"
                    ),
                },
                {
                    "question": "هل يمكنني تغيير طبيب الأسرة؟",
                    "answer": (
                        "<p>نعم، في أي وقت: في مكتب Azienda USL أو عبر الإنترنت من خلال الملف "
                        "الصحي الإلكتروني.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "المرسوم التشريعي رقم 286 الصادر في 25 يوليو 1998 (النص الموحد للهجرة)، "
                        "المادة 34"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": "من يجب عليه التسجيل في الخدمة الصحية الوطنية ومن يمكنه التسجيل طوعيًا",
                },
                {
                    "text": "مرسوم رئيس الجمهورية رقم 394 الصادر في 31 أغسطس 1999، المادة 42",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "القواعد التنفيذية للتسجيل في الخدمة الصحية الوطنية",
                },
                {
                    "text": (
                        "القانون رقم 213 الصادر في 30 ديسمبر 2023 (قانون الموازنة لعام 2024)، "
                        "المادة 1، الفقرتان 240 و241"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2023-12-30;213"
                    ),
                    "note": "مساهمة التسجيل الطوعي اعتبارًا من عام 2024",
                },
            ],
        },
        "sq": {
            "title": (
                "Regjistrimi në Shërbimin Shëndetësor Kombëtar dhe zgjedhja e mjekut të familjes"
            ),
            "intro": (
                "Me leje qëndrimi mund të regjistroheni në Shërbimin Shëndetësor Kombëtar (SSN): "
                "keni mjekun e familjes, pediatrin për fëmijët dhe kujdes shëndetësor me të "
                "njëjtat kushte si qytetarët italianë. Këtu gjeni kush ka të drejtë, cilat "
                "dokumente duhen dhe ku të shkoni në provincën e Ferrarës."
            ),
            "who_for": (
                "Shtetas të vendeve jashtë BE-së që jetojnë në provincën e Ferrarës me leje "
                "qëndrimi, ose me dëftesën e kërkesës për lëshimin ose rinovimin e saj, si dhe "
                "fëmijët dhe familjarët e tyre."
            ),
            "steps": [
                {
                    "title": "Kontrolloni nëse regjistrimi juaj është i detyrueshëm apo vullnetar",
                    "details": (
                        "<p>Regjistrimi është <b>i detyrueshëm dhe falas</b> nëse keni leje "
                        "qëndrimi për:</p><ul><li>punë me pagë ose punë të pavarur, ose pritje "
                        "punësimi (nëse jeni regjistruar në Centro per l'impiego);</li><li>arsye "
                        "familjare;</li><li>azil, kërkesë për azil, mbrojtje ndërkombëtare, "
                        "mbrojtje të veçantë ose mbrojtje të përkohshme;</li><li>kujdes mjekësor "
                        "gjatë shtatzënisë dhe pas lindjes, moshë të mitur, kujdestari familjare, "
                        "pritje birësimi ose marrje të shtetësisë.</li></ul><p>E drejta vazhdon "
                        "ndërsa prisni rinovimin e lejes. Edhe fëmijët nën 18 vjeç duhet të "
                        "regjistrohen.</p><p>Nëse leja juaj është për <b>studime</b>, <b>rezidencë "
                        "të zgjedhur</b>, <b>punë au pair</b> ose <b>arsye fetare</b>, mund të "
                        "bëni <b>regjistrim vullnetar</b> duke paguar një kontribut për çdo vit "
                        "kalendarik (nga janari në dhjetor). Që nga viti 2024 ligji e cakton në "
                        "2.000 euro në vit, me shuma më të ulëta për studentët dhe personat au "
                        "pair, dhe shumat mund të përditësohen: pyesni në sportelin e Azienda USL "
                        "për shumën në fuqi.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": (
                        "Falas për regjistrimin e detyrueshëm; kontribut vjetor për regjistrimin "
                        "vullnetar"
                    ),
                    "duration": "",
                },
                {
                    "title": "Përgatitni dokumentet",
                    "details": (
                        "<p>Sillni origjinalet dhe një fotokopje. Nëse nuk keni ende rezidencë, "
                        "mund të tregoni <b>vendbanimin</b> (domicilio), pra adresën ku jetoni "
                        "realisht, me një deklaratë të nënshkruar.</p><p>Për regjistrimin "
                        "vullnetar sillni edhe mandatin e pagesës së kontributit me formularin "
                        "F24: në sportel ju shpjegojnë si ta plotësoni.</p>"
                    ),
                    "documents": [
                        (
                            "Leje qëndrimi e vlefshme, ose dëftesa e kërkesës për lëshimin ose "
                            "rinovimin e saj"
                        ),
                        (
                            "Kodi fiskal (codice fiscale); azilkërkuesit mund të përdorin kodin "
                            "numerik të përkohshëm"
                        ),
                        "Pasaporta ose një dokument tjetër identiteti",
                        "Certifikata ose vetëdeklarata e rezidencës, ose deklarata e vendbanimit",
                        "Për fëmijët: dokumenti i identitetit dhe kodi fiskal i secilit",
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Shkoni në sportelin e Azienda USL dhe zgjidhni mjekun e familjes",
                    "details": (
                        "<p>Regjistrimi bëhet në <b>sportelin e regjistrit shëndetësor</b> "
                        "(anagrafe sanitaria / CUP) të Azienda USL di Ferrara, autoriteti "
                        "shëndetësor vendor, në distriktin ku jetoni. Adresat dhe oraret janë në "
                        '<a href="https://www.ausl.fe.it">www.ausl.fe.it</a>.</p><p>Në sportel '
                        "zgjidhni <b>mjekun e përgjithshëm</b> (medico di medicina generale, mjeku "
                        "i familjes) midis mjekëve të zonës suaj që kanë ende vende të lira. "
                        "Vizitat te mjeku i familjes janë falas: ai ju viziton, ju përshkruan "
                        "ilaçe dhe analiza dhe ju dërgon te specialisti kur duhet.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "Sportelet e regjistrit shëndetësor / CUP të Azienda USL di Ferrara, në "
                        "distriktin ku jetoni"
                    ),
                    "cost": "Falas",
                    "duration": (
                        "Regjistrimi dhe zgjedhja e mjekut zakonisht bëhen menjëherë në sportel"
                    ),
                },
                {
                    "title": "Zgjidhni pediatrin për fëmijët",
                    "details": (
                        "<p>Deri në moshën 6 vjeç fëmijët duhet të kenë një <b>pediatër</b> "
                        "(pediatra di libera scelta). Nga 6 deri në 14 vjeç mund të zgjidhni "
                        "pediatrin ose mjekun e familjes. Në moshën 14 vjeç fëmija kalon te mjeku "
                        "i familjes.</p><p>Mund t'i regjistroni fëmijët bashkë me ju, në të "
                        "njëjtën kohë. Një foshnjë e lindur në Itali regjistrohet sapo të ketë "
                        "kodin fiskal.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "Falas",
                    "duration": "",
                },
                {
                    "title": "Merrni kartën shëndetësore dhe përdorni shërbimet online",
                    "details": (
                        "<p>Pas regjistrimit, <b>karta shëndetësore</b> (tessera sanitaria) vjen "
                        "me postë në adresën që keni dhënë: e dërgon Agjencia e të Ardhurave "
                        "(Agenzia delle Entrate). Sigurohuni që emri juaj të jetë në kutinë "
                        "postare.</p><p>Karta ka kodin tuaj fiskal dhe, për shtetasit e huaj, "
                        "skadon bashkë me lejen e qëndrimit. Kur rinovoni lejen, sillni në sportel "
                        "dëftesën ose lejen e re për të zgjatur regjistrimin.</p><p>Me SPID ose "
                        "CIE mund të përdorni <b>Dosjen shëndetësore elektronike</b> të Rajonit "
                        "Emilia-Romagna (Fascicolo sanitario elettronico, <a "
                        'href="https://www.fascicolo-sanitario.it">www.fascicolo-sanitario.it</a>'
                        "): shihni rezultatet, rezervoni vizita, paguani ticket-in dhe ndërroni "
                        "mjekun online.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "Falas",
                    "duration": "",
                },
            ],
            "faq": [
                {
                    "question": (
                        "Leja ime ka skaduar dhe kam kërkuar rinovimin. A mund të shkoj te mjeku?"
                    ),
                    "answer": (
                        "<p>Po. Ndërsa prisni lejen e re, mbeteni të regjistruar në SSN. Sillni në "
                        "sportelin e Azienda USL dëftesën e kërkesës për rinovim, që regjistrimi "
                        "të zgjatet.</p>"
                    ),
                },
                {
                    "question": "Karta shëndetësore nuk ka ardhur ende. Çfarë të bëj?",
                    "answer": (
                        "<p>Në sportel mund të kërkoni një dokument që vërteton regjistrimin dhe "
                        "tregon mjekun që keni zgjedhur: mund të shkoni që tani te mjeku. Nëse "
                        "karta nuk vjen ose e humbisni, kërkoni një dublikatë nga Agenzia delle "
                        "Entrate, edhe online, ose në sportelin e Azienda USL.</p>"
                    ),
                },
                {
                    "question": "A mund ta ndërroj mjekun e familjes?",
                    "answer": (
                        "<p>Po, kur të doni: në sportelin e Azienda USL ose online me Dosjen "
                        "shëndetësore elektronike.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "Dekreti Legjislativ nr. 286 i 25 korrikut 1998 (Teksti i unifikuar për "
                        "imigracionin), neni 34"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "Kush duhet të regjistrohet në SSN dhe kush mund të regjistrohet "
                        "vullnetarisht"
                    ),
                },
                {
                    "text": (
                        "Dekreti i Presidentit të Republikës nr. 394 i 31 gushtit 1999, neni 42"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "Rregullat zbatuese për regjistrimin në SSN",
                },
                {
                    "text": (
                        "Ligji nr. 213 i 30 dhjetorit 2023 (Ligji i buxhetit 2024), neni 1, "
                        "paragrafët 240-241"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2023-12-30;213"
                    ),
                    "note": "Kontributi për regjistrimin vullnetar nga viti 2024",
                },
            ],
        },
        "uk": {
            "title": "Реєстрація в Національній службі охорони здоров'я та вибір сімейного лікаря",
            "intro": (
                "Маючи дозвіл на проживання, ви можете зареєструватися в Національній службі "
                "охорони здоров'я (SSN): у вас буде сімейний лікар, педіатр для дітей і медична "
                "допомога на тих самих умовах, що й для громадян Італії. Тут пояснюємо, хто має на "
                "це право, які документи потрібні та куди звертатися в провінції Феррара."
            ),
            "who_for": (
                "Громадяни країн поза ЄС, які живуть у провінції Феррара та мають дозвіл на "
                "проживання або квитанцію про подання заяви на його отримання чи продовження, а "
                "також їхні діти й члени родини."
            ),
            "steps": [
                {
                    "title": "Перевірте, чи реєстрація для вас обов'язкова чи добровільна",
                    "details": (
                        "<p>Реєстрація <b>обов'язкова й безкоштовна</b>, якщо у вас дозвіл на "
                        "проживання для:</p><ul><li>роботи за наймом або самозайнятості, чи "
                        "очікування працевлаштування (якщо ви зареєстровані в Centro per "
                        "l'impiego);</li><li>сімейних причин;</li><li>притулку, розгляду заяви про "
                        "притулок, міжнародного, спеціального або тимчасового захисту;</li><li>"
                        "лікування під час вагітності та після пологів, неповноліття, опіки, "
                        "очікування усиновлення або набуття громадянства.</li></ul><p>Право "
                        "зберігається, поки ви чекаєте на продовження дозволу. Неповнолітніх дітей "
                        "також потрібно зареєструвати.</p><p>Якщо ваш дозвіл виданий для <b>"
                        "навчання</b>, <b>обраного місця проживання</b> (residenza elettiva), <b>"
                        "роботи au pair</b> або з <b>релігійних причин</b>, ви можете "
                        "зареєструватися <b>добровільно</b>, сплачуючи внесок за кожен календарний "
                        "рік (із січня по грудень). З 2024 року закон встановлює 2 000 євро на "
                        "рік, зі зниженими сумами для студентів і au pair; суми можуть "
                        "оновлюватися, тож уточніть чинну суму у віконці Azienda USL.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": (
                        "Безкоштовно при обов'язковій реєстрації; щорічний внесок при добровільній"
                    ),
                    "duration": "",
                },
                {
                    "title": "Підготуйте документи",
                    "details": (
                        "<p>Візьміть оригінали та копії. Якщо у вас ще немає зареєстрованого місця "
                        "проживання (residenza), можна вказати <b>фактичне місце проживання</b> "
                        "(domicilio), тобто адресу, де ви справді живете, у підписаній заяві.</p>"
                        "<p>Для добровільної реєстрації візьміть також квитанцію про сплату внеску "
                        "за формою F24: у віконці пояснять, як її заповнити.</p>"
                    ),
                    "documents": [
                        (
                            "Чинний дозвіл на проживання або квитанція про подання заяви на його "
                            "отримання чи продовження"
                        ),
                        (
                            "Податковий код (codice fiscale); шукачі притулку можуть "
                            "використовувати тимчасовий цифровий код"
                        ),
                        "Паспорт або інший документ, що посвідчує особу",
                        (
                            "Довідка про місце проживання чи заява про нього, або заява про "
                            "фактичне місце проживання"
                        ),
                        "Для дітей: документ, що посвідчує особу, і податковий код кожної дитини",
                    ],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Зверніться до віконця Azienda USL і виберіть сімейного лікаря",
                    "details": (
                        "<p>Реєстрація відбувається у <b>віконці медичного реєстру</b> (anagrafe "
                        "sanitaria / CUP) місцевої служби охорони здоров'я Azienda USL di Ferrara "
                        "в окрузі, де ви живете. Адреси та години роботи — на сайті <a "
                        'href="https://www.ausl.fe.it">www.ausl.fe.it</a>.</p><p>У віконці ви '
                        "обираєте <b>лікаря загальної практики</b> (medico di medicina generale, "
                        "сімейний лікар) серед лікарів вашого району, які ще мають вільні місця. "
                        "Прийоми в сімейного лікаря безкоштовні: він оглядає вас, виписує ліки й "
                        "аналізи та за потреби направляє до фахівця.</p>"
                    ),
                    "documents": [],
                    "where": (
                        "Віконця медичного реєстру / CUP Azienda USL di Ferrara в окрузі, де ви "
                        "живете"
                    ),
                    "cost": "Безкоштовно",
                    "duration": "Зазвичай реєстрацію та вибір лікаря оформлюють одразу у віконці",
                },
                {
                    "title": "Виберіть педіатра для дітей",
                    "details": (
                        "<p>До 6 років у дитини має бути <b>педіатр</b> (pediatra di libera "
                        "scelta). Від 6 до 14 років можна обрати педіатра або сімейного лікаря. У "
                        "14 років дитина переходить до сімейного лікаря.</p><p>Дітей можна "
                        "зареєструвати разом із вами, одночасно. Дитину, народжену в Італії, "
                        "реєструють, щойно вона отримає податковий код.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "Безкоштовно",
                    "duration": "",
                },
                {
                    "title": "Отримайте медичну картку та користуйтеся онлайн-послугами",
                    "details": (
                        "<p>Після реєстрації <b>медична картка</b> (tessera sanitaria) надходить "
                        "поштою на вказану вами адресу; її надсилає Податкове агентство (Agenzia "
                        "delle Entrate). Переконайтеся, що ваше ім'я є на поштовій скриньці.</p><p>"
                        "На картці вказано ваш податковий код; для іноземців строк її дії "
                        "закінчується разом із дозволом на проживання. Коли продовжуєте дозвіл, "
                        "принесіть у віконце квитанцію або новий дозвіл, щоб продовжити "
                        "реєстрацію.</p><p>Зі SPID або CIE можна користуватися <b>Електронним "
                        "медичним досьє</b> регіону Емілія-Романья (Fascicolo sanitario "
                        'elettronico, <a href="https://www.fascicolo-sanitario.it">'
                        "www.fascicolo-sanitario.it</a>): переглядати результати, записуватися на "
                        "прийоми, сплачувати ticket і змінювати лікаря онлайн.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "Безкоштовно",
                    "duration": "",
                },
            ],
            "faq": [
                {
                    "question": (
                        "Строк дії мого дозволу закінчився, і я подав заяву на продовження. Чи "
                        "можу я звернутися до лікаря?"
                    ),
                    "answer": (
                        "<p>Так. Поки ви чекаєте на новий дозвіл, ви залишаєтеся зареєстрованими в "
                        "SSN. Принесіть квитанцію про подання заяви на продовження до віконця "
                        "Azienda USL, щоб продовжити реєстрацію.</p>"
                    ),
                },
                {
                    "question": "Медична картка ще не прийшла. Що робити?",
                    "answer": (
                        "<p>У віконці можна попросити документ, що підтверджує реєстрацію та "
                        "обраного лікаря: ви вже можете звертатися до нього. Якщо картка не "
                        "прийшла або ви її загубили, замовте дублікат в Agenzia delle Entrate "
                        "(також онлайн) або у віконці Azienda USL.</p>"
                    ),
                },
                {
                    "question": "Чи можна змінити сімейного лікаря?",
                    "answer": (
                        "<p>Так, будь-коли: у віконці Azienda USL або онлайн через Електронне "
                        "медичне досьє.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "Законодавчий декрет № 286 від 25 липня 1998 року (Зведений закон про "
                        "імміграцію), стаття 34"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "Хто має обов'язково реєструватися в SSN, а хто може зареєструватися "
                        "добровільно"
                    ),
                },
                {
                    "text": "Декрет Президента Республіки № 394 від 31 серпня 1999 року, стаття 42",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "Правила застосування щодо реєстрації в SSN",
                },
                {
                    "text": (
                        "Закон № 213 від 30 грудня 2023 року (Закон про бюджет на 2024 рік), "
                        "стаття 1, пункти 240-241"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:legge:2023-12-30;213"
                    ),
                    "note": "Внесок за добровільну реєстрацію з 2024 року",
                },
            ],
        },
    },
    {
        "key": "cure-senza-permesso-codice-stp",
        "hub": "salute",
        "topic": "accesso-alle-cure",
        "audience": "migrants",
        "restricted": False,
        "last_reviewed": "2026-09-02",
        "review_interval_months": 12,
        "it": {
            "title": "Curarsi senza permesso di soggiorno: il codice STP",
            "slug": "curarsi-senza-permesso-codice-stp",
            "intro": (
                "Anche senza permesso di soggiorno hai diritto alle cure urgenti ed essenziali. "
                "Con il codice STP puoi farti curare negli ospedali e negli ambulatori pubblici, e "
                "chi ti cura non ti segnala alla polizia."
            ),
            "who_for": (
                "Cittadini di Paesi non UE che si trovano in provincia di Ferrara senza un "
                "permesso di soggiorno valido e senza un visto in corso di validità. Per i "
                "cittadini dell'Unione europea senza copertura sanitaria c'è il codice ENI."
            ),
            "steps": [
                {
                    "title": "Scopri quali cure ti spettano",
                    "details": (
                        "<p>Negli ospedali e negli ambulatori pubblici o convenzionati hai diritto "
                        "a:</p><ul><li><b>cure urgenti</b> (pronto soccorso) e <b>cure "
                        "essenziali</b> per malattie e infortuni, anche se continuano nel "
                        "tempo;</li><li>visite ed esami in <b>gravidanza</b> e assistenza al <b>"
                        "parto</b>, come le cittadine italiane;</li><li>cure per la salute dei <b>"
                        "bambini</b> e <b>vaccinazioni</b>;</li><li>prevenzione, diagnosi e cura "
                        "delle <b>malattie infettive</b>.</li></ul>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Chiedi il codice STP",
                    "details": (
                        "<p>Il codice STP (Straniero Temporaneamente Presente) è un codice "
                        "personale che usi al posto della tessera sanitaria. Lo chiedi la prima "
                        "volta che hai bisogno di cure.</p><p>Se hai un documento, anche scaduto, "
                        "portalo. Se non hai documenti, basta dire nome, cognome, sesso, data di "
                        "nascita e nazionalità: il codice ti viene dato lo stesso.</p>"
                    ),
                    "documents": [
                        "Passaporto o altro documento di identità, anche scaduto, se lo hai",
                        "Nessun documento? Bastano i dati personali che dichiari",
                    ],
                    "where": (
                        "Sportelli dell'Azienda USL di Ferrara (anagrafe sanitaria / CUP), pronto "
                        "soccorso e ospedali pubblici, ambulatori per cittadini stranieri"
                    ),
                    "cost": "Gratis",
                    "duration": "Di solito il codice viene dato subito",
                },
                {
                    "title": "Se non hai soldi, firma la dichiarazione di indigenza",
                    "details": (
                        "<p>Se non hai risorse economiche, firma la <b>dichiarazione di "
                        "indigenza</b> quando ricevi il codice. Così non paghi il ticket per "
                        "visite ed esami. Senza questa dichiarazione paghi il ticket come i "
                        "cittadini italiani.</p><p>Per le medicine le regole possono essere "
                        "diverse: chiedi allo sportello o in farmacia.</p>"
                    ),
                    "documents": [
                        "Dichiarazione di indigenza (il modulo te lo danno allo sportello)",
                    ],
                    "where": "",
                    "cost": (
                        "Gratis con la dichiarazione di indigenza; altrimenti ticket come i "
                        "cittadini italiani"
                    ),
                    "duration": "La dichiarazione vale 6 mesi, come il codice",
                },
                {
                    "title": "Usa il codice e rinnovalo ogni 6 mesi",
                    "details": (
                        "<p>Mostra il codice STP ogni volta che vai in ambulatorio, in ospedale o "
                        "in farmacia con una ricetta. Il codice vale <b>6 mesi</b> in tutta "
                        "Italia. Se resti in Italia, rinnovalo alla scadenza a uno sportello "
                        "dell'Azienda USL.</p><p>Con il codice STP vai negli ambulatori indicati "
                        "dall'Azienda USL. Per bambini e ragazzi sotto i 18 anni chiedi allo "
                        "sportello l'iscrizione al pediatra: l'Accordo Stato-Regioni del 2012 la "
                        "prevede anche quando i genitori non hanno il permesso.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "6 mesi, rinnovabile",
                },
            ],
            "faq": [
                {
                    "question": "Se vado in ospedale, mi segnalano alla polizia?",
                    "answer": (
                        "<p>No. La legge (art. 35, comma 5, del Testo unico sull'immigrazione) "
                        "stabilisce che andare in una struttura sanitaria <b>non comporta nessuna "
                        "segnalazione</b> alla polizia. L'unica eccezione sono i casi in cui il "
                        "medico deve fare un referto all'autorità giudiziaria anche per un "
                        "cittadino italiano, per esempio per ferite causate da un reato.</p>"
                    ),
                },
                {
                    "question": "Sono incinta e non ho il permesso di soggiorno. Cosa posso fare?",
                    "answer": (
                        "<p>Hai diritto alle visite in gravidanza e all'assistenza al parto come "
                        "le cittadine italiane. Puoi andare anche al <b>consultorio familiare</b>. "
                        "Durante la gravidanza e fino a 6 mesi dopo la nascita del bambino non "
                        "puoi essere espulsa e puoi chiedere in Questura un permesso di soggiorno "
                        "per cure mediche.</p>"
                    ),
                },
                {
                    "question": "In caso di emergenza cosa faccio?",
                    "answer": (
                        "<p>Chiama il <b>112</b> o vai al pronto soccorso. Le cure urgenti si "
                        "danno a tutti, anche senza documenti e senza codice STP: il codice te lo "
                        "danno lì.</p>"
                    ),
                },
                {
                    "question": (
                        "Sono cittadino dell'Unione europea e non ho copertura sanitaria. Cosa "
                        "posso fare?"
                    ),
                    "answer": (
                        "<p>Se non hai la tessera europea TEAM, non puoi iscriverti al SSN e non "
                        "hai risorse economiche, chiedi all'Azienda USL il codice <b>ENI</b> "
                        "(Europeo Non Iscritto). Dà accesso alle stesse cure del codice STP.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "D.Lgs. 25 luglio 1998, n. 286 (Testo unico sull'immigrazione), art. 35"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "Cure per chi non ha il permesso di soggiorno; nessuna segnalazione alla "
                        "polizia (comma 5)"
                    ),
                },
                {
                    "text": "D.P.R. 31 agosto 1999, n. 394, art. 43",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "Codice STP e modalità di accesso alle cure",
                },
                {
                    "text": (
                        "Accordo Stato-Regioni del 20 dicembre 2012 sull'assistenza sanitaria alla "
                        "popolazione straniera"
                    ),
                    "url": "",
                    "note": (
                        "Indicazioni alle Regioni, compresi il codice ENI e il pediatra per i "
                        "minori"
                    ),
                },
            ],
        },
        "en": {
            "title": "Health care without a residence permit: the STP code",
            "slug": "health-care-without-permit-stp-code",
            "intro": (
                "Even without a residence permit you have the right to urgent and essential health "
                "care. With the STP code you can be treated in public hospitals and clinics, and "
                "the people who treat you do not report you to the police."
            ),
            "who_for": (
                "Citizens of non-EU countries who are in the province of Ferrara without a valid "
                "residence permit and without a valid visa. EU citizens without health cover can "
                "get the ENI code."
            ),
            "steps": [
                {
                    "title": "Find out which care you are entitled to",
                    "details": (
                        "<p>In public or affiliated hospitals and clinics you are entitled to:</p>"
                        "<ul><li><b>urgent care</b> (emergency department) and <b>essential "
                        "care</b> for illness and injury, even when treatment continues over "
                        "time;</li><li>check-ups and tests during <b>pregnancy</b> and care at <b>"
                        "childbirth</b>, like Italian women;</li><li>health care for <b>"
                        "children</b> and <b>vaccinations</b>;</li><li>prevention, diagnosis and "
                        "treatment of <b>infectious diseases</b>.</li></ul>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Ask for the STP code",
                    "details": (
                        "<p>The STP code (Straniero Temporaneamente Presente, “temporarily present "
                        "foreigner”) is a personal code you use instead of the health card. You "
                        "ask for it the first time you need care.</p><p>If you have an identity "
                        "document, even an expired one, bring it. If you have no documents, it is "
                        "enough to give your name, surname, sex, date of birth and nationality: "
                        "you will still get the code.</p>"
                    ),
                    "documents": [
                        "Passport or other identity document, even expired, if you have one",
                        "No documents? The personal details you declare are enough",
                    ],
                    "where": (
                        "Azienda USL di Ferrara desks (anagrafe sanitaria / CUP), emergency "
                        "departments and public hospitals, clinics for foreign citizens"
                    ),
                    "cost": "Free",
                    "duration": "The code is usually given on the spot",
                },
                {
                    "title": "If you have no money, sign the declaration of indigence",
                    "details": (
                        "<p>If you have no financial means, sign the <b>declaration of "
                        "indigence</b> (dichiarazione di indigenza) when you receive the code. "
                        "Then you do not pay the ticket (the patient's share of the cost) for "
                        "visits and tests. Without this declaration you pay the ticket like "
                        "Italian citizens.</p><p>For medicines the rules may be different: ask at "
                        "the desk or at the pharmacy.</p>"
                    ),
                    "documents": ["Declaration of indigence (the desk gives you the form)"],
                    "where": "",
                    "cost": (
                        "Free with the declaration of indigence; otherwise the ticket, like "
                        "Italian citizens"
                    ),
                    "duration": "The declaration is valid for 6 months, like the code",
                },
                {
                    "title": "Use the code and renew it every 6 months",
                    "details": (
                        "<p>Show your STP code every time you go to a clinic, to hospital or to a "
                        "pharmacy with a prescription. The code is valid for <b>6 months</b> "
                        "throughout Italy. If you stay in Italy, renew it when it expires at an "
                        "Azienda USL desk.</p><p>With the STP code you go to the clinics indicated "
                        "by the Azienda USL. For children and young people under 18, ask the desk "
                        "to register them with a paediatrician: the 2012 State-Regions Agreement "
                        "provides for this even when the parents have no permit.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "6 months, renewable",
                },
            ],
            "faq": [
                {
                    "question": "If I go to hospital, will they report me to the police?",
                    "answer": (
                        "<p>No. The law (art. 35, paragraph 5, of the Consolidated Immigration "
                        "Act) says that going to a health facility <b>does not lead to any "
                        "report</b> to the police. The only exception is when a doctor must report "
                        "to the judicial authority for an Italian citizen too, for example for "
                        "injuries caused by a crime.</p>"
                    ),
                },
                {
                    "question": "I am pregnant and have no residence permit. What can I do?",
                    "answer": (
                        "<p>You are entitled to pregnancy check-ups and care at childbirth like "
                        "Italian women. You can also go to a <b>consultorio familiare</b> (family "
                        "health centre). During pregnancy and up to 6 months after the birth you "
                        "cannot be expelled, and you can ask the Questura for a residence permit "
                        "for medical care.</p>"
                    ),
                },
                {
                    "question": "What do I do in an emergency?",
                    "answer": (
                        "<p>Call <b>112</b> or go to the emergency department (pronto soccorso). "
                        "Urgent care is given to everyone, even without documents and without an "
                        "STP code: you will get the code there.</p>"
                    ),
                },
                {
                    "question": "I am an EU citizen and have no health cover. What can I do?",
                    "answer": (
                        "<p>If you do not have the European Health Insurance Card (TEAM), cannot "
                        "enrol in the SSN and have no financial means, ask the Azienda USL for the "
                        "<b>ENI</b> code (Europeo Non Iscritto, “non-registered European”). It "
                        "gives access to the same care as the STP code.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "Legislative Decree no. 286 of 25 July 1998 (Consolidated Immigration "
                        "Act), art. 35"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "Health care for people without a residence permit; no report to the "
                        "police (paragraph 5)"
                    ),
                },
                {
                    "text": "Presidential Decree no. 394 of 31 August 1999, art. 43",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "The STP code and how to access care",
                },
                {
                    "text": (
                        "State-Regions Agreement of 20 December 2012 on health care for the "
                        "foreign population"
                    ),
                    "url": "",
                    "note": (
                        "Guidance to the Regions, including the ENI code and paediatricians for "
                        "minors"
                    ),
                },
            ],
        },
        "fr": {
            "title": "Se soigner sans titre de séjour : le code STP",
            "slug": "se-soigner-sans-titre-de-sejour-code-stp",
            "intro": (
                "Même sans titre de séjour, vous avez droit aux soins urgents et essentiels. Avec "
                "le code STP, vous pouvez vous faire soigner dans les hôpitaux et les centres de "
                "soins publics, et les soignants ne vous signalent pas à la police."
            ),
            "who_for": (
                "Ressortissants de pays hors UE qui se trouvent dans la province de Ferrare sans "
                "titre de séjour valide et sans visa en cours de validité. Les citoyens de l'Union "
                "européenne sans couverture santé peuvent obtenir le code ENI."
            ),
            "steps": [
                {
                    "title": "Découvrez à quels soins vous avez droit",
                    "details": (
                        "<p>Dans les hôpitaux et les centres de soins publics ou conventionnés, "
                        "vous avez droit :</p><ul><li>aux <b>soins urgents</b> (urgences) et aux "
                        "<b>soins essentiels</b> en cas de maladie ou d'accident, même s'ils "
                        "durent dans le temps ;</li><li>aux consultations et examens pendant la <b>"
                        "grossesse</b> et à l'assistance à l'<b>accouchement</b>, comme les "
                        "Italiennes ;</li><li>aux soins pour la santé des <b>enfants</b> et aux <b>"
                        "vaccinations</b> ;</li><li>à la prévention, au diagnostic et au "
                        "traitement des <b>maladies infectieuses</b>.</li></ul>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "Demandez le code STP",
                    "details": (
                        "<p>Le code STP (Straniero Temporaneamente Presente, « étranger "
                        "temporairement présent ») est un code personnel que vous utilisez à la "
                        "place de la carte sanitaire. Vous le demandez la première fois que vous "
                        "avez besoin de soins.</p><p>Si vous avez une pièce d'identité, même "
                        "périmée, apportez-la. Si vous n'avez aucun document, il suffit de donner "
                        "vos nom, prénom, sexe, date de naissance et nationalité : vous recevrez "
                        "quand même le code.</p>"
                    ),
                    "documents": [
                        "Passeport ou autre pièce d'identité, même périmée, si vous en avez une",
                        "Aucun document ? Les données personnelles que vous déclarez suffisent",
                    ],
                    "where": (
                        "Guichets de l'Azienda USL de Ferrare (anagrafe sanitaria / CUP), urgences "
                        "et hôpitaux publics, centres de soins pour les ressortissants étrangers"
                    ),
                    "cost": "Gratuit",
                    "duration": "Le code est en général délivré tout de suite",
                },
                {
                    "title": "Si vous n'avez pas d'argent, signez la déclaration d'indigence",
                    "details": (
                        "<p>Si vous n'avez pas de ressources, signez la <b>déclaration "
                        "d'indigence</b> (dichiarazione di indigenza) quand vous recevez le code. "
                        "Ainsi, vous ne payez pas le ticket (la participation aux frais) pour les "
                        "consultations et les examens. Sans cette déclaration, vous payez le "
                        "ticket comme les citoyens italiens.</p><p>Pour les médicaments, les "
                        "règles peuvent être différentes : renseignez-vous au guichet ou à la "
                        "pharmacie.</p>"
                    ),
                    "documents": [
                        "Déclaration d'indigence (le formulaire vous est remis au guichet)",
                    ],
                    "where": "",
                    "cost": (
                        "Gratuit avec la déclaration d'indigence ; sinon ticket, comme les "
                        "citoyens italiens"
                    ),
                    "duration": "La déclaration est valable 6 mois, comme le code",
                },
                {
                    "title": "Utilisez le code et renouvelez-le tous les 6 mois",
                    "details": (
                        "<p>Présentez votre code STP chaque fois que vous allez dans un centre de "
                        "soins, à l'hôpital ou à la pharmacie avec une ordonnance. Le code est "
                        "valable <b>6 mois</b> dans toute l'Italie. Si vous restez en Italie, "
                        "renouvelez-le à l'échéance à un guichet de l'Azienda USL.</p><p>Avec le "
                        "code STP, vous allez dans les centres de soins indiqués par l'Azienda "
                        "USL. Pour les enfants et les jeunes de moins de 18 ans, demandez au "
                        "guichet l'inscription chez un pédiatre : l'Accord État-Régions de 2012 la "
                        "prévoit même quand les parents n'ont pas de titre de séjour.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "6 mois, renouvelable",
                },
            ],
            "faq": [
                {
                    "question": "Si je vais à l'hôpital, vont-ils me signaler à la police ?",
                    "answer": (
                        "<p>Non. La loi (art. 35, alinéa 5, du Texte unique sur l'immigration) "
                        "prévoit que l'accès à une structure de santé <b>n'entraîne aucun "
                        "signalement</b> à la police. La seule exception concerne les cas où le "
                        "médecin doit faire un signalement à l'autorité judiciaire même pour un "
                        "citoyen italien, par exemple pour des blessures causées par un délit.</p>"
                    ),
                },
                {
                    "question": (
                        "Je suis enceinte et je n'ai pas de titre de séjour. Que puis-je faire ?"
                    ),
                    "answer": (
                        "<p>Vous avez droit aux consultations de grossesse et à l'assistance à "
                        "l'accouchement comme les Italiennes. Vous pouvez aussi aller au <b>"
                        "consultorio familiare</b> (centre de santé familiale). Pendant la "
                        "grossesse et jusqu'à 6 mois après la naissance, vous ne pouvez pas être "
                        "expulsée et vous pouvez demander à la Questura un titre de séjour pour "
                        "soins médicaux.</p>"
                    ),
                },
                {
                    "question": "Que faire en cas d'urgence ?",
                    "answer": (
                        "<p>Appelez le <b>112</b> ou allez aux urgences (pronto soccorso). Les "
                        "soins urgents sont donnés à tous, même sans documents et sans code STP : "
                        "le code vous sera attribué sur place.</p>"
                    ),
                },
                {
                    "question": (
                        "Je suis citoyen de l'Union européenne et je n'ai pas de couverture santé. "
                        "Que puis-je faire ?"
                    ),
                    "answer": (
                        "<p>Si vous n'avez pas la carte européenne d'assurance maladie (TEAM), si "
                        "vous ne pouvez pas vous inscrire au SSN et si vous n'avez pas de "
                        "ressources, demandez à l'Azienda USL le code <b>ENI</b> (Europeo Non "
                        "Iscritto, « Européen non inscrit »). Il donne accès aux mêmes soins que "
                        "le code STP.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "Décret législatif n° 286 du 25 juillet 1998 (Texte unique sur "
                        "l'immigration), art. 35"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "Soins pour les personnes sans titre de séjour ; aucun signalement à la "
                        "police (alinéa 5)"
                    ),
                },
                {
                    "text": "Décret du Président de la République n° 394 du 31 août 1999, art. 43",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "Le code STP et l'accès aux soins",
                },
                {
                    "text": (
                        "Accord État-Régions du 20 décembre 2012 sur l'assistance sanitaire à la "
                        "population étrangère"
                    ),
                    "url": "",
                    "note": (
                        "Indications aux Régions, dont le code ENI et le pédiatre pour les mineurs"
                    ),
                },
            ],
        },
        "ar": {
            "title": "العلاج من دون تصريح إقامة: رمز STP",
            "intro": (
                "حتى من دون تصريح إقامة، يحق لك الحصول على الرعاية الصحية العاجلة والأساسية. برمز "
                "STP يمكنك تلقّي العلاج في المستشفيات والعيادات العامة، ولا يبلّغ عنك من يعالجك إلى "
                "الشرطة."
            ),
            "who_for": (
                "مواطنو الدول غير الأعضاء في الاتحاد الأوروبي الموجودون في مقاطعة فيرارا من دون "
                "تصريح إقامة ساري المفعول ومن دون تأشيرة سارية. أما مواطنو الاتحاد الأوروبي الذين "
                "ليست لديهم تغطية صحية فيمكنهم الحصول على رمز ENI."
            ),
            "steps": [
                {
                    "title": "اعرف ما الرعاية التي يحق لك الحصول عليها",
                    "details": (
                        "<p>يحق لك في المستشفيات والعيادات العامة أو المتعاقدة معها الحصول على:</p>"
                        "<ul><li><b>الرعاية العاجلة</b> (قسم الطوارئ) و<b>الرعاية الأساسية</b> في "
                        "حالات المرض والإصابة، حتى لو استمر العلاج فترة طويلة؛</li><li>الفحوصات "
                        "والمتابعة أثناء <b>الحمل</b> والمساعدة عند <b>الولادة</b>، مثل المواطنات "
                        "الإيطاليات؛</li><li>رعاية صحة <b>الأطفال</b> و<b>التطعيمات</b>؛</li><li>"
                        "الوقاية من <b>الأمراض المعدية</b> وتشخيصها وعلاجها.</li></ul>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "اطلب رمز STP",
                    "details": (
                        "<p>رمز STP (Straniero Temporaneamente Presente، أي «أجنبي موجود مؤقتًا») "
                        "هو رمز شخصي تستخدمه بدلًا من البطاقة الصحية. تطلبه في أول مرة تحتاج فيها "
                        "إلى العلاج.</p><p>إذا كانت لديك وثيقة هوية، حتى لو كانت منتهية الصلاحية، "
                        "فأحضرها. وإذا لم تكن لديك أي وثيقة، يكفي أن تذكر اسمك ولقبك وجنسك وتاريخ "
                        "ميلادك وجنسيتك، وستحصل على الرمز رغم ذلك.</p>"
                    ),
                    "documents": [
                        "جواز السفر أو وثيقة هوية أخرى، حتى لو كانت منتهية الصلاحية، إن وُجدت",
                        "لا توجد لديك وثائق؟ تكفي البيانات الشخصية التي تصرّح بها",
                    ],
                    "where": (
                        "مكاتب Azienda USL di Ferrara (anagrafe sanitaria / CUP)، وأقسام الطوارئ "
                        "والمستشفيات العامة، والعيادات المخصّصة للمواطنين الأجانب"
                    ),
                    "cost": "مجاني",
                    "duration": "يُعطى الرمز عادةً في الحال",
                },
                {
                    "title": "إذا لم يكن لديك مال، وقّع إقرار العوز",
                    "details": (
                        "<p>إذا لم تكن لديك موارد مالية، وقّع <b>إقرار العوز</b> (dichiarazione di "
                        "indigenza) عند حصولك على الرمز. وبذلك لا تدفع رسوم المشاركة في التكاليف "
                        "(ticket) للزيارات والفحوصات. ومن دون هذا الإقرار تدفع رسوم المشاركة مثل "
                        "المواطنين الإيطاليين.</p><p>قد تختلف القواعد بالنسبة للأدوية: اسأل في "
                        "المكتب أو في الصيدلية.</p>"
                    ),
                    "documents": ["إقرار العوز (تحصل على النموذج في المكتب)"],
                    "where": "",
                    "cost": (
                        "مجاني مع إقرار العوز؛ وإلا تدفع رسوم المشاركة مثل المواطنين الإيطاليين"
                    ),
                    "duration": "الإقرار صالح لمدة 6 أشهر، مثل الرمز",
                },
                {
                    "title": "استخدم الرمز وجدّده كل 6 أشهر",
                    "details": (
                        "<p>اعرض رمز STP في كل مرة تذهب فيها إلى العيادة أو المستشفى أو إلى "
                        "الصيدلية ومعك وصفة طبية. الرمز صالح لمدة <b>6 أشهر</b> في جميع أنحاء "
                        "إيطاليا. وإذا بقيت في إيطاليا، جدّده عند انتهاء صلاحيته في أحد مكاتب "
                        "Azienda USL.</p><p>برمز STP تذهب إلى العيادات التي تحددها Azienda USL. "
                        "أما الأطفال والشباب دون 18 سنة، فاطلب في المكتب تسجيلهم لدى طبيب أطفال: "
                        "إذ ينص اتفاق الدولة والأقاليم لعام 2012 على ذلك حتى عندما لا يملك "
                        "الوالدان تصريح إقامة.</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "6 أشهر، قابلة للتجديد",
                },
            ],
            "faq": [
                {
                    "question": "إذا ذهبت إلى المستشفى، هل سيبلّغون عني الشرطة؟",
                    "answer": (
                        "<p>لا. ينص القانون (المادة 35، الفقرة 5، من النص الموحد للهجرة) على أن "
                        "التوجه إلى مرفق صحي <b>لا يؤدي إلى أي إبلاغ</b> للشرطة. والاستثناء الوحيد "
                        "هو الحالات التي يجب فيها على الطبيب تقديم بلاغ إلى السلطة القضائية حتى لو "
                        "كان المريض مواطنًا إيطاليًا، مثل الإصابات الناتجة عن جريمة.</p>"
                    ),
                },
                {
                    "question": "أنا حامل وليس لدي تصريح إقامة. ماذا أستطيع أن أفعل؟",
                    "answer": (
                        "<p>يحق لكِ الحصول على فحوصات الحمل والمساعدة عند الولادة مثل المواطنات "
                        "الإيطاليات. ويمكنكِ أيضًا التوجه إلى <b>مركز الاستشارات الأسرية</b> "
                        "(consultorio familiare). وأثناء الحمل وحتى 6 أشهر بعد الولادة لا يجوز "
                        "ترحيلكِ، ويمكنكِ أن تطلبي من مديرية الشرطة (Questura) تصريح إقامة لغرض "
                        "العلاج الطبي.</p>"
                    ),
                },
                {
                    "question": "ماذا أفعل في حالة الطوارئ؟",
                    "answer": (
                        "<p>اتصل بالرقم <b>112</b> أو توجّه إلى قسم الطوارئ (pronto soccorso). تُقدَّم "
                        "الرعاية العاجلة للجميع، حتى من دون وثائق ومن دون رمز STP، وستحصل على "
                        "الرمز هناك.</p>"
                    ),
                },
                {
                    "question": (
                        "أنا مواطن من الاتحاد الأوروبي وليست لدي تغطية صحية. ماذا أستطيع أن أفعل؟"
                    ),
                    "answer": (
                        "<p>إذا لم تكن لديك البطاقة الأوروبية للتأمين الصحي (TEAM)، ولا يمكنك "
                        "التسجيل في الخدمة الصحية الوطنية، وليست لديك موارد مالية، فاطلب من "
                        "Azienda USL رمز <b>ENI</b> (Europeo Non Iscritto، أي «أوروبي غير مسجّل»). "
                        "وهو يتيح الحصول على الرعاية نفسها التي يتيحها رمز STP.</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "المرسوم التشريعي رقم 286 الصادر في 25 يوليو 1998 (النص الموحد للهجرة)، "
                        "المادة 35"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "الرعاية الصحية لمن ليس لديهم تصريح إقامة؛ وعدم الإبلاغ للشرطة (الفقرة 5)"
                    ),
                },
                {
                    "text": "مرسوم رئيس الجمهورية رقم 394 الصادر في 31 أغسطس 1999، المادة 43",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "رمز STP وطريقة الحصول على الرعاية",
                },
                {
                    "text": (
                        "اتفاق الدولة والأقاليم المؤرخ 20 ديسمبر 2012 بشأن الرعاية الصحية للسكان "
                        "الأجانب"
                    ),
                    "url": "",
                    "note": "توجيهات للأقاليم، منها رمز ENI وطبيب الأطفال للقاصرين",
                },
            ],
        },
        "ur": {
            "title": "رہائشی اجازت نامے کے بغیر علاج: STP کوڈ",
            "intro": (
                "رہائشی اجازت نامے (permesso di soggiorno) کے بغیر بھی آپ کو فوری اور ضروری علاج "
                "کا حق حاصل ہے۔ STP کوڈ کے ساتھ آپ سرکاری ہسپتالوں اور کلینکوں میں علاج کروا سکتے "
                "ہیں، اور علاج کرنے والے آپ کی اطلاع پولیس کو نہیں دیتے۔"
            ),
            "who_for": (
                "یورپی یونین سے باہر کے ممالک کے وہ شہری جو صوبہ فیرارا میں درست رہائشی اجازت نامے "
                "اور درست ویزا کے بغیر موجود ہیں۔ یورپی یونین کے وہ شہری جن کے پاس صحت کی کوئی "
                "کوریج نہیں، ENI کوڈ حاصل کر سکتے ہیں۔"
            ),
            "steps": [
                {
                    "title": "جانیں کہ آپ کس علاج کے حق دار ہیں",
                    "details": (
                        "<p>سرکاری یا منظور شدہ ہسپتالوں اور کلینکوں میں آپ کو یہ حق حاصل ہے:</p>"
                        "<ul><li>بیماری اور چوٹ کی صورت میں <b>فوری علاج</b> (ایمرجنسی) اور <b>"
                        "ضروری علاج</b>، چاہے علاج لمبے عرصے تک جاری رہے؛</li><li><b>حمل</b> کے "
                        "دوران معائنے اور ٹیسٹ، اور <b>زچگی</b> کے وقت دیکھ بھال، اطالوی خواتین کی "
                        "طرح؛</li><li><b>بچوں</b> کی صحت کی دیکھ بھال اور <b>حفاظتی ٹیکے</b>؛</li>"
                        "<li><b>متعدی بیماریوں</b> سے بچاؤ، ان کی تشخیص اور علاج۔</li></ul>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "",
                },
                {
                    "title": "STP کوڈ حاصل کریں",
                    "details": (
                        "<p>STP کوڈ (Straniero Temporaneamente Presente، یعنی «عارضی طور پر موجود "
                        "غیر ملکی») ایک ذاتی کوڈ ہے جو آپ ہیلتھ کارڈ کی جگہ استعمال کرتے ہیں۔ جب "
                        "پہلی بار علاج کی ضرورت ہو تو یہ کوڈ مانگیں۔</p><p>اگر آپ کے پاس کوئی "
                        "شناختی دستاویز ہے، چاہے اس کی میعاد ختم ہو چکی ہو، تو ساتھ لائیں۔ اگر "
                        "کوئی دستاویز نہیں ہے تو اپنا نام، خاندانی نام، جنس، تاریخ پیدائش اور "
                        "قومیت بتانا کافی ہے: آپ کو پھر بھی کوڈ مل جائے گا۔</p>"
                    ),
                    "documents": [
                        "پاسپورٹ یا کوئی اور شناختی دستاویز، اگر ہو، چاہے میعاد ختم ہو چکی ہو",
                        "کوئی دستاویز نہیں؟ آپ کی بتائی ہوئی ذاتی معلومات کافی ہیں",
                    ],
                    "where": (
                        "Azienda USL di Ferrara کے کاؤنٹر (anagrafe sanitaria / CUP)، ایمرجنسی "
                        "شعبے اور سرکاری ہسپتال، غیر ملکی شہریوں کے لیے کلینک"
                    ),
                    "cost": "مفت",
                    "duration": "کوڈ عموماً اسی وقت دے دیا جاتا ہے",
                },
                {
                    "title": "اگر آپ کے پاس پیسے نہیں ہیں تو ناداری کے اقرار نامے پر دستخط کریں",
                    "details": (
                        "<p>اگر آپ کے پاس مالی وسائل نہیں ہیں تو کوڈ لیتے وقت <b>ناداری کے اقرار "
                        "نامے</b> (dichiarazione di indigenza) پر دستخط کریں۔ اس طرح آپ معائنوں "
                        "اور ٹیسٹوں کے لیے ticket (اخراجات میں مریض کا حصہ) ادا نہیں کرتے۔ اس "
                        "اقرار نامے کے بغیر آپ اطالوی شہریوں کی طرح ticket ادا کرتے ہیں۔</p><p>"
                        "دواؤں کے لیے قواعد مختلف ہو سکتے ہیں: کاؤنٹر یا فارمیسی سے پوچھیں۔</p>"
                    ),
                    "documents": ["ناداری کا اقرار نامہ (فارم کاؤنٹر پر ملتا ہے)"],
                    "where": "",
                    "cost": "ناداری کے اقرار نامے کے ساتھ مفت؛ ورنہ اطالوی شہریوں کی طرح ticket",
                    "duration": "اقرار نامہ کوڈ کی طرح 6 ماہ کے لیے درست ہے",
                },
                {
                    "title": "کوڈ استعمال کریں اور ہر 6 ماہ بعد اس کی تجدید کروائیں",
                    "details": (
                        "<p>جب بھی آپ کلینک، ہسپتال یا نسخہ لے کر فارمیسی جائیں تو اپنا STP کوڈ "
                        "دکھائیں۔ یہ کوڈ پورے اٹلی میں <b>6 ماہ</b> کے لیے درست ہے۔ اگر آپ اٹلی "
                        "میں رہتے ہیں تو میعاد ختم ہونے پر Azienda USL کے کسی کاؤنٹر پر اس کی "
                        "تجدید کروائیں۔</p><p>STP کوڈ کے ساتھ آپ Azienda USL کے بتائے ہوئے کلینکوں "
                        "میں جاتے ہیں۔ 18 سال سے کم عمر بچوں اور نوجوانوں کے لیے کاؤنٹر پر بچوں کے "
                        "ڈاکٹر (pediatra) کے پاس اندراج کی درخواست کریں: 2012 کا ریاست اور علاقائی "
                        "حکومتوں کا معاہدہ (Accordo Stato-Regioni) اس کی اجازت دیتا ہے، چاہے "
                        "والدین کے پاس اجازت نامہ نہ ہو۔</p>"
                    ),
                    "documents": [],
                    "where": "",
                    "cost": "",
                    "duration": "6 ماہ، قابلِ تجدید",
                },
            ],
            "faq": [
                {
                    "question": "اگر میں ہسپتال جاؤں تو کیا وہ پولیس کو میری اطلاع دیں گے؟",
                    "answer": (
                        "<p>نہیں۔ قانون (امیگریشن کے جامع قانون کی دفعہ 35، شق 5) کے مطابق کسی طبی "
                        "مرکز میں جانے سے پولیس کو <b>کوئی اطلاع نہیں دی جاتی</b>۔ واحد استثنا وہ "
                        "صورتیں ہیں جن میں ڈاکٹر کو اطالوی شہری کے معاملے میں بھی عدالتی حکام کو "
                        "رپورٹ دینی ہوتی ہے، مثلاً کسی جرم کی وجہ سے لگنے والے زخم۔</p>"
                    ),
                },
                {
                    "question": (
                        "میں حاملہ ہوں اور میرے پاس رہائشی اجازت نامہ نہیں ہے۔ میں کیا کر سکتی ہوں؟"
                    ),
                    "answer": (
                        "<p>آپ کو اطالوی خواتین کی طرح حمل کے معائنوں اور زچگی کے وقت دیکھ بھال کا "
                        "حق حاصل ہے۔ آپ <b>فیملی ہیلتھ سینٹر</b> (consultorio familiare) بھی جا "
                        "سکتی ہیں۔ حمل کے دوران اور بچے کی پیدائش کے 6 ماہ بعد تک آپ کو ملک بدر "
                        "نہیں کیا جا سکتا، اور آپ Questura (پولیس کا امیگریشن دفتر) سے علاج کی "
                        "بنیاد پر رہائشی اجازت نامہ مانگ سکتی ہیں۔</p>"
                    ),
                },
                {
                    "question": "ایمرجنسی میں کیا کروں؟",
                    "answer": (
                        "<p><b>112</b> پر کال کریں یا ایمرجنسی (pronto soccorso) جائیں۔ فوری علاج "
                        "ہر ایک کو دیا جاتا ہے، دستاویزات اور STP کوڈ کے بغیر بھی: کوڈ آپ کو وہیں "
                        "مل جائے گا۔</p>"
                    ),
                },
                {
                    "question": (
                        "میں یورپی یونین کا شہری ہوں اور میرے پاس صحت کی کوریج نہیں ہے۔ میں کیا "
                        "کروں؟"
                    ),
                    "answer": (
                        "<p>اگر آپ کے پاس یورپی ہیلتھ انشورنس کارڈ (TEAM) نہیں ہے، آپ SSN میں "
                        "اندراج نہیں کروا سکتے اور آپ کے پاس مالی وسائل نہیں ہیں، تو Azienda USL "
                        "سے <b>ENI</b> کوڈ (Europeo Non Iscritto، یعنی «غیر رجسٹرڈ یورپی») مانگیں۔ "
                        "اس سے وہی علاج ملتا ہے جو STP کوڈ سے ملتا ہے۔</p>"
                    ),
                },
            ],
            "legal_references": [
                {
                    "text": (
                        "لیجسلیٹو فرمان (D.Lgs.) نمبر 286 مورخہ 25 جولائی 1998 (امیگریشن کا جامع "
                        "قانون)، دفعہ 35"
                    ),
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:stato:decreto.legislativo:1"
                        "998-07-25;286"
                    ),
                    "note": (
                        "رہائشی اجازت نامے کے بغیر لوگوں کا علاج؛ پولیس کو کوئی اطلاع نہیں (شق 5)"
                    ),
                },
                {
                    "text": "صدارتی فرمان (D.P.R.) نمبر 394 مورخہ 31 اگست 1999، دفعہ 43",
                    "url": (
                        "https://www.normattiva.it/uri-res/N2Ls?urn:nir:presidente.repubblica:decre"
                        "to:1999-08-31;394"
                    ),
                    "note": "STP کوڈ اور علاج تک رسائی کا طریقہ",
                },
                {
                    "text": (
                        "ریاست اور علاقائی حکومتوں کا معاہدہ مورخہ 20 دسمبر 2012، غیر ملکی آبادی "
                        "کی طبی دیکھ بھال کے بارے میں"
                    ),
                    "url": "",
                    "note": (
                        "علاقائی حکومتوں کے لیے ہدایات، بشمول ENI کوڈ اور نابالغوں کے لیے بچوں کا "
                        "ڈاکٹر"
                    ),
                },
            ],
        },
    },
]
