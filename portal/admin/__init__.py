"""Wagtail admin additions of the site shell; each module registers its own hooks."""
