"""Wagtail admin of the PIM synchronisation."""
