"""Reads of the PIM synchronisation, one module per concern."""
