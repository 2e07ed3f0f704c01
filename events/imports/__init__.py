"""Importing a municipality's iCalendar feed under a HUB (issue 6, item 5).

``fetch`` gets the feed over HTTP(S); ``mapping`` turns each VEVENT into the fields of
an ``EventPage`` (or says why it cannot); ``services`` creates, updates and cancels the
portal's events; ``report`` keeps what happened; ``editing`` locks the imported fields
in the editor; ``admin`` is the Wagtail admin of the feeds.
"""
