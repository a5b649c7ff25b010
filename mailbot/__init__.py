"""mailbot: a self-hosted accounts-receivable assistant that lives in a mailbox."""

__version__ = "0.1.0"
