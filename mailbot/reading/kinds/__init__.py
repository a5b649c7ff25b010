"""The readers, one module per kind of mail. Each has `read_mail(msg, ctx, auth)`, which
returns a Classification or None (not this kind); mailbot.reading.classify holds them in
the order they are asked and says when each applies."""
