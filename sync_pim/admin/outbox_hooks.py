"""Admin hooks of the outbox: report, editor panel, dashboard counts."""
