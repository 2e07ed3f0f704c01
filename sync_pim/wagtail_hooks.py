"""Wagtail hooks of the PIM synchronisation: importing the modules registers them."""

from sync_pim.admin import link_hooks, outbox_hooks  # noqa: F401
