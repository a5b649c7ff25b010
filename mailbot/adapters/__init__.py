"""The edges: IMAP, SMTP, the database (models, store, leases, migrations),
templates, configuration and logs."""
