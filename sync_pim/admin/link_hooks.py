"""Admin hooks of the link checker: report and the HUB dashboard panel."""
