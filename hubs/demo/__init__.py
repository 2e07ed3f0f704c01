"""Demo content of the HUBs: the HUB landing texts, topics, guides and leaflets.

Guides are plain data, one module per HUB (``guides_<code with underscores>.py``), each
exposing ``GUIDES: list[dict]``. One guide::

    {
        "key": "did-centro-impiego",        # stable, unique across the demo
        "hub": "lavoro",                     # HubPage.code
        "topic": "cercare-lavoro",           # a key of TOPICS[hub] (hubs/demo/hubs.py)
        "audience": "migrants",              # migrants | operators | both
        "restricted": False,                 # True: only the "Operatori della rete" group sees it
        "last_reviewed": "2026-09-15",       # ISO date; use an old date to show an overdue review
        "review_interval_months": 12,
        "share_with_pim": True,              # optional: sent to PIM, in "pim_category"
        "pim_category": "guide",             # a sync_pim.models.PimCategory value
        "leaflet": {                         # optional: a plurilingual leaflet generated as PDF
            "languages": ["it", "en", "fr", "ar"],
        },
        "it": {                              # Italian source, then "en", "fr", "ar", optional
            "title": "...",                  # "ur", "sq", "uk", "zh-hans", "ro"
            "slug": "...",                   # translated slug (latin-script languages only;
                                             # omit for ar, ur, uk, zh-hans)
            "intro": "...",                  # the plain-language summary (1–2 sentences)
            "who_for": "...",                # plain text
            "steps": [
                {
                    "title": "...",          # what to do (short imperative)
                    "details": "<p>...</p>", # rich text HTML (p, ul, ol, b, i, a href)
                    "documents": ["...", "..."],
                    "where": "...",
                    "cost": "...",
                    "duration": "...",
                },
            ],
            "faq": [{"question": "...", "answer": "<p>...</p>"}],
            "legal_references": [{"text": "...", "url": "https://...", "note": "..."}],
        },
        # Optional: Italian fields as first published, before a later revision; with
        # "retranslated_after_revision" listing the languages updated after it, the
        # others show as outdated in the translation status.
        "it_before_revision": {"intro": "..."},
        "retranslated_after_revision": ["en", "ar"],
    }
"""
