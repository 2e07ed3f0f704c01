"""Demo content of the events calendar: the calendar page and a season of events.

The texts and places are plain data in ``events/demo/data.py``; ``events/demo/loader.py``
turns them into pages and publishes them, so that their dates are written as a real
editor's would be. Dates are relative: each is a number of days from the Monday of the
week the demo is loaded in, so the season is always around "now" and loading it again
in the same week changes nothing. One event::

    {
        "key": "cpi-bologna",               # stable, unique; the report names it
        "hub": "lavoro",                    # HubPage.code; None: a regional event,
                                            # under the calendar page
        "when": {
            "day": 10,                      # days from that Monday (negative: past), or
            "nth_weekday": [2, "TU"],       # the second Tuesday of that Monday's month
            "start": "17:30",               # Italian time
            "end": "19:00",
            "all_day": False,
        },
        "repeat": {                         # optional: how it repeats (editor's choices)
            "frequency": "WEEKLY",          # DAILY | WEEKLY | MONTHLY | YEARLY
            "weekdays": ["TU"],
            "position": 2,                  # MONTHLY: "the second <weekday>"
            "count": 6,                     # or "until_day": days from that Monday
            "excluded_days": [36],          # dates of the series without the event
        },
        "status": "scheduled",              # scheduled | cancelled | postponed
        "place": {                          # optional: a public venue
            "venue_name": "...",
            "venue_address": "Street 1, 40100 Town",
            "municipality": "",             # empty for a HUB's event in its municipality
            "latitude": "44.494020",        # strings, read as decimals
            "longitude": "11.342620",
        },
        "online_url": "https://...",        # optional
        "languages_spoken": ["it", "ar"],   # codes of the portal's languages
        "audience": "migrants",             # migrants | operators | everyone
        "organiser": "",                    # for a regional event
        "registrations": {                  # optional: people register for each date
            "capacity": 20,                 # (see events/demo/registrations.py)
            "closes_hours": 24,
            "waiting_list": True,
            "people": 18,                   # demo registrants on the next date
        },
        "it": {                             # Italian: title, slug, intro, description
            "title": "...",                 # (rich text: p, ul, li), and optionally
            "slug": "...",                  # status_note and languages_other; then
            "intro": "...",                 # the other languages the same way (no slug
            "description": "<p>...</p>",    # for ar, ur, uk, zh-hans)
        },
    }
"""
