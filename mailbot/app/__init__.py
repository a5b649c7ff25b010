"""The services that connect the readers, the ledger and the playbook to the
adapters: ingest, scheduling, the outbox, reports, staff commands."""
