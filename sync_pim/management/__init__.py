"""Management commands of the PIM synchronisation."""
