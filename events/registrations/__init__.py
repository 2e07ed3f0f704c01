"""Registrations to an event's dates: the public form, its rules, the e-mails, the organisers'
list in the admin, and the deletion of personal data after the event.

Writes are in ``services`` (registering, cancelling, moving up the waiting list, marking
attendance), ``dates`` (what an edit of the event's dates does to its registrations),
``notices`` (the e-mails, sent once) and ``retention`` (the purge that keeps only
counts); reads in ``events.selectors.registrations``.
"""
