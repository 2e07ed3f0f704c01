"""Demo legal pages and footer. The Italian text is the binding one; titles are translated.

The contact data below is the Region's public switchboard data as used in the demo;
editors must confirm it in Settings → Footer before going live.
"""


def _paragraphs(*texts: str) -> list[dict]:
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


LEGAL_PAGES = [
    {
        "key": "privacy",
        "footer_field": "privacy_page",
        "it": {
            "title": "Informativa sulla privacy",
            "slug": "privacy",
            "intro": (
                "Come la Regione Emilia-Romagna tratta i dati personali di chi visita il portale."
            ),
            "body": _paragraphs(
                "Titolare del trattamento è la Regione Emilia-Romagna, viale Aldo Moro 52, "
                "40127 Bologna. Il portale raccoglie soltanto i dati tecnici necessari al suo "
                "funzionamento (indirizzo IP e pagine richieste, conservati nei registri del "
                "server per finalità di sicurezza per un massimo di 90 giorni).",
                "I dati inseriti volontariamente nei moduli, per esempio per iscriversi a un "
                "evento, sono trattati solo per la finalità indicata nel modulo e cancellati "
                "quando non servono più, ai sensi del Regolamento (UE) 2016/679.",
                "Puoi chiedere in ogni momento l'accesso, la rettifica o la cancellazione dei "
                "tuoi dati scrivendo al Responsabile della protezione dei dati della Regione.",
            ),
        },
        "en": {"title": "Privacy notice", "slug": "privacy"},
        "fr": {"title": "Politique de confidentialité", "slug": "confidentialite"},
        "ar": {"title": "إشعار الخصوصية"},
        "ur": {"title": "رازداری کا نوٹس"},
    },
    {
        "key": "cookie",
        "footer_field": "cookie_page",
        "it": {
            "title": "Cookie policy",
            "slug": "cookie-policy",
            "intro": "Il portale usa solo cookie tecnici e non traccia chi lo visita.",
            "body": _paragraphs(
                "Il portale non usa cookie di profilazione né strumenti di analisi di terze "
                "parti. I soli cookie impostati sono tecnici: la lingua scelta e, per chi "
                "accede all'area riservata, la sessione di lavoro.",
                "I video ospitati su piattaforme esterne (YouTube, Vimeo) vengono caricati "
                "solo dopo che hai fatto clic sul pulsante che lo chiede: prima di quel momento "
                "nessuna richiesta raggiunge quei servizi.",
            ),
        },
        "en": {"title": "Cookie policy", "slug": "cookie-policy"},
        "fr": {"title": "Politique relative aux cookies", "slug": "politique-cookies"},
        "ar": {"title": "سياسة ملفات تعريف الارتباط"},
        "ur": {"title": "کوکی پالیسی"},
    },
    {
        "key": "note-legali",
        "footer_field": "legal_notes_page",
        "it": {
            "title": "Note legali",
            "slug": "note-legali",
            "intro": "Condizioni di utilizzo dei contenuti del portale.",
            "body": _paragraphs(
                "Salvo dove diversamente indicato, i contenuti di questo portale sono "
                "pubblicati con licenza Creative Commons Attribuzione 4.0 Internazionale "
                "(CC BY 4.0): puoi copiarli, tradurli e ripubblicarli citando la fonte "
                "«Regione Emilia-Romagna – ER Integrazione».",
                "Le informazioni hanno carattere divulgativo e non sostituiscono le norme né "
                "i provvedimenti degli uffici competenti, ai quali è sempre bene rivolgersi "
                "prima di presentare una domanda.",
            ),
        },
        "en": {"title": "Legal notes", "slug": "legal-notes"},
        "fr": {"title": "Mentions légales", "slug": "mentions-legales"},
        "ar": {"title": "ملاحظات قانونية"},
        "ur": {"title": "قانونی نوٹس"},
    },
    {
        "key": "accessibilita",
        "footer_field": "accessibility_page",
        "it": {
            "title": "Dichiarazione di accessibilità",
            "slug": "dichiarazione-di-accessibilita",
            "intro": "L'impegno della Regione perché il portale sia usabile da tutte le persone.",
            "body": _paragraphs(
                "La Regione Emilia-Romagna si impegna a rendere il portale accessibile, "
                "conformemente alla legge 9 gennaio 2004, n. 4 e alle Linee guida AgID, che "
                "richiamano il livello AA delle WCAG 2.1.",
                "La dichiarazione ufficiale è compilata e pubblicata tramite il modulo di AgID "
                "e aggiornata ogni anno entro il 23 settembre. Se incontri un ostacolo, "
                "scrivi all'indirizzo indicato nel piè di pagina: risponderemo entro 30 giorni.",
            ),
        },
        "en": {"title": "Accessibility statement", "slug": "accessibility-statement"},
        "fr": {"title": "Déclaration d'accessibilité", "slug": "declaration-accessibilite"},
        "ar": {"title": "بيان إمكانية الوصول"},
        "ur": {"title": "رسائی کا بیان"},
    },
]

FOOTER = {
    "organisation": "Regione Emilia-Romagna",
    "address": "Viale Aldo Moro 52\n40127 Bologna",
    "tax_code": "80062590379",
    "pec": "segreteriagiunta@postacert.regione.emilia-romagna.it",
    "email": "",
    "funding_notice": {
        "it": (
            "Progetto ER Integrazione, cofinanziato dall'Unione europea – Fondo Asilo, "
            "Migrazione e Integrazione (FAMI) 2021-2027."
        ),
        "en": (
            "ER Integrazione project, co-funded by the European Union – Asylum, Migration and "
            "Integration Fund (AMIF) 2021-2027."
        ),
        "fr": (
            "Projet ER Integrazione, cofinancé par l'Union européenne – Fonds Asile, Migration "
            "et Intégration (FAMI) 2021-2027."
        ),
        "ar": (
            "مشروع ER Integrazione بتمويل مشترك من الاتحاد الأوروبي – صندوق اللجوء والهجرة "
            "والإدماج (FAMI) 2021-2027."
        ),
        "ur": (
            "ER Integrazione منصوبہ، یورپی یونین کی مشترکہ مالی معاونت سے – پناہ، ہجرت اور "
            "انضمام فنڈ (FAMI) 2021-2027۔"
        ),
    },
}
