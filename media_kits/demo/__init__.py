"""Demo content of the media kits: five kits, their texts, and media made on the spot.

Kits are plain data, one module per kit (``kit_<key with underscores>.py``), each
exposing ``KIT: dict``::

    {
        "key": "centro-impiego",          # stable, unique; names the generated files
        "hub": "lavoro",                  # HubPage.code the kit is published under
        "colour": (0, 102, 204),          # background of the video's title cards
        "related_guides": ["did-centro-impiego"],       # keys of hubs/demo guides
        "related_events": ["centro-impiego-bologna"],   # keys of events/demo events
        "scenes": ["Centro per l'impiego", ...],        # the video's cards (Italian words,
                                                        # one per caption cue, 3 s each)
        "it": {                           # then "en", "fr", "ar"; some "ur", "zh-hans"
            "title": "...", "slug": "...",              # slug for Latin-script languages
            "intro": "...",                             # plain-language summary
            "steps": [{"title", "details", "documents", "where", "cost", "duration"}],
            "what_you_need": ["...", ...],
            "where_to_go": "...",
            "duties": ["..."], "rights": ["..."],
            "captions": ["cue 1", "cue 2", ...],        # as many as "scenes"
            "audio": True,                              # a narration in this language
            "infographics": [{"title": "...", "alt": "..."}, {"title": "...", "alt": "..."}],
        },
    }

A language may give only some fields (e.g. "title", "intro", "captions"): the rest is
shown in Italian with the portal's notices. The transcript of each language is its
captions, one paragraph a cue: the words of the video, as text.
"""
