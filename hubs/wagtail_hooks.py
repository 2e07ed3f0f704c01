"""Admin hooks of the HUBs, one module per concern under ``hubs/admin/``."""
