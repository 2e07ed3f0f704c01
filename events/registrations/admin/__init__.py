"""The organisers' side of registrations in Wagtail's admin (registered by
``events.wagtail_hooks``)."""
