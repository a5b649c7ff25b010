"""The project's exception tree. Library errors are mapped into these at the edges,
so the CLI prints one clear line and the daemon decides retry vs give-up by type."""


class MailbotError(Exception):
    """Base of every error mailbot raises on purpose."""


class ConfigError(MailbotError):
    """The configuration is missing, malformed or incomplete."""


class MailboxUnavailable(MailbotError):
    """The IMAP server cannot be reached or refused us (transient or credentials)."""


class AuthenticationFailed(MailbotError):
    """A server rejected our credentials: retrying will not help."""


class SendFailed(MailbotError):
    """An SMTP send failed; `permanent` says whether a retry could succeed."""

    def __init__(self, message: str, *, permanent: bool) -> None:
        super().__init__(message)
        self.permanent = permanent


class StoreUnavailable(MailbotError):
    """The database cannot be reached or migrated."""


class InvalidTransition(MailbotError):
    """A ledger event does not apply to the invoice's current state."""
