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


def explain(exc: BaseException) -> str:
    """One line for an error no edge mapped, for the CLI's last word.

    Recognises library errors by class name, so that nothing is imported for it (the
    command line must start fast). Anything else is a bug: say what and where.
    """
    names = {f"{c.__module__}.{c.__qualname__}" for c in type(exc).__mro__}
    orig = " ".join(str(getattr(exc, "orig", None) or exc).split())
    if "sqlalchemy.exc.IntegrityError" in names:
        return ("database: another mailbot process wrote the same record at the same time "
                f"({orig}); nothing was lost: run the command again")
    if "sqlalchemy.exc.DBAPIError" in names:
        return f"database error: {orig}"
    where = _innermost_mailbot_frame(exc)
    return (f"unexpected {type(exc).__name__}{where}: {exc} (a bug? set MAILBOT_DEBUG=1 "
            f"for the traceback)")


def _innermost_mailbot_frame(exc: BaseException) -> str:
    import traceback

    frames = [f for f in traceback.extract_tb(exc.__traceback__)
              if "/mailbot/" in f.filename.replace("\\", "/")]
    if not frames:
        return ""
    f = frames[-1]
    return f" at mailbot/{f.filename.replace(chr(92), '/').rsplit('/mailbot/', 1)[1]}:{f.lineno}"
