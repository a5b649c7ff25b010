"""Mail that pretends to be somebody the bot trusts. Pure. Kept as `other` for a person.

- A look-alike domain: the sender's domain is not a payment notifier's, staff's or the
  bot's own, but is made to look like one: the same name with a hyphen or a word added
  ("northmoor-bank.co.uk", "saalebank-online.de" for "saalebank.de"), the bank's own
  name without its word "bank" beside another word ("mandiri-mcm.co" for
  "bankmandiri.co.id", six letters or more, when the mail's authentication does not
  pass: a client may bear the same common name), a letter swapped
  for one that looks alike ("volgacredlt.ru" for "volgacredit.ru"), or one letter off.
  Such a sender passes its own domain's DMARC, so authentication does not catch it; it
  is never read as a notifier's notice, a challenge or a client's reply, whatever it says.
  So is a domain written as a trusted one with its dots dropped or made hyphens
  ("bnr-co.id" for "bnr.co.id"), however short its name, and a domain whose subdomain
  spells a trusted domain in full, suffix and all, before a stranger's registrable domain
  ("saalebank.de.secure-notice.com", "saalebank-de.alerts-center.net"): only the
  registrable part says whose mail it is, the rest anybody may write. So is a domain
  named with a trusted host's labels, sub-domain and name, hyphenated in any order
  ("bca-bisnis.co" for "bisnis.bca.co.id").
- A display-name spoof: a sender on another domain whose display name holds a notifier's,
  staff's or the bot's address or domain ("Bank avis@bank.de" <bank.avis@gmail.com>), or
  a notifier's name as its domain spells it ("Harlow & Tweed Bank" for harlowtweed.co.uk),
  also in Cyrillic ("ПлатиБыстро" for platibystro.ru); from a free mailbox (gmail, yandex)
  the first word of a hyphenated notifier's name is enough ("PayFlow" for
  payflow-checkout.com): a client would not name itself after our bank. Known contacts are
  read as themselves.
- A changed bank account announced by mail ("our bank details have changed", "unsere
  Bankverbindung hat sich geändert", "rekening kami berubah", "наши реквизиты
  изменились") from a sender the bot cannot vouch for (not authenticated, or not in a
  thread of the bot's): the classic payment-diversion fraud, never a client's
  "payment details" question (lang/: BANK_CHANGED).
"""

from __future__ import annotations

import re

from mailbot.domain.debtors import DEFAULT_PUBLIC_DOMAINS, organisational_domain
from mailbot.domain.values import Classification, Kind
from mailbot.reading import extract, facts, translit
from mailbot.reading.context import Context
from mailbot.reading.lang import either
from mailbot.reading.mime_text import full_text, unwrapped
from mailbot.reading.parse import ParsedMessage
from mailbot.reading.trust import verify

# letters (and pairs) written to look like others in a domain name
_HOMOGLYPHS = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("0", "o"), ("1", "l"), ("i", "l"),
               ("3", "e"), ("5", "s"))
_MIN_NAME = 5  # shorter names ("abc") resemble too much by chance
# the generic word a bank's domain name is made of beside its own name
_BANK_WORD = re.compile(r"^(?:bank|banca|banco|banque)|(?:bank|banka)$")


def _name(domain: str) -> str:
    """The registrable name without its public suffix: "northmoor-bank" for
    "alerts.northmoor-bank.co.uk"."""
    org = organisational_domain(domain)
    return org.split(".", 1)[0]


def _skeleton(name: str) -> str:
    out = name.lower().replace("-", "").replace("_", "")
    for fake, real in _HOMOGLYPHS:
        out = out.replace(fake, real)
    return out


def _one_off(a: str, b: str) -> bool:
    """One letter inserted, dropped, changed or two neighbours swapped."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        diff = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _flat(domain: str) -> str:
    return re.sub(r"[.\-_]", "", domain.lower())


def _tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[.\-_]", text.lower()) if t]


def _holds(tokens: list[str], run: list[str]) -> bool:
    """`run` stands as whole labels (or hyphenated words) somewhere in `tokens`."""
    return bool(run) and any(tokens[i:i + len(run)] == run
                             for i in range(len(tokens) - len(run) + 1))


def lookalike_of(domain: str, trusted: set[str], *, unproven: bool = False) -> str | None:
    """The trusted domain `domain` is made to look like, or None (also when it is one).
    `unproven`: the mail's own domain is not authenticated either, so a bank's name
    without its word "bank" (a place's or a common word, "nusantara", that a real client
    may bear) is enough too."""
    org = organisational_domain(domain)
    orgs = {organisational_domain(t) for t in trusted if t}
    if org in orgs:
        return None
    name = _name(domain)
    # the labels before the registrable domain ("sberbank-business.ru" of
    # "sberbank-business.ru.secure-notice.com")
    host = domain.lower().rstrip(".")
    sub = _tokens(host[:-len(org)]) if host.endswith("." + org) else []
    words = set(re.split(r"[-_]", name))
    for t in sorted(trusted):
        # a trusted host's own labels, sub-domain and name, hyphenated in any order
        # ("bca-bisnis.co" for bisnis.bca.co.id): however short the bank's name, the
        # words of its host are not a stranger's choice
        t_org = organisational_domain(t)
        labels = [*t.lower().rstrip(".")[:-len(t_org)].split(".")[:-1], t_org.split(".", 1)[0]]
        if len(labels) > 1 and set(labels) <= words:
            return t_org
    for t in sorted(orgs):
        real = t.split(".", 1)[0]
        # the whole domain with its suffix: a bare name is also how a company's own tenant
        # at a service is named ("acme.onmicrosoft.com", "acme.zendesk.com")
        if _holds(sub, _tokens(t)):
            return t
        if _skeleton(_flat(org)) == _skeleton(_flat(t)):
            # "bnr-co.id" for "bnr.co.id": the whole name with its suffix, so a short one too
            return t
        if len(real) < _MIN_NAME:
            continue
        parts = re.split(r"[-_]", name)
        # the bank's own name without the word "bank" ("mandiri-mcm.co" for
        # bankmandiri.co.id, "zahlungen-commerz.de" for commerzbank.de), as a whole word
        core = _BANK_WORD.sub("", real)
        if (unproven and core != real and len(core) > _MIN_NAME and len(parts) > 1
                and core in parts):
            return t
        if (_skeleton(name) == _skeleton(real) or (len(parts) > 1 and real in parts)
                or (len(real) >= 7 and _one_off(_skeleton(name), _skeleton(real)))):
            return t
    return None


def _trusted_domains(ctx: Context) -> set[str]:
    found = {ctx.bot_address.rsplit("@", 1)[-1]} if "@" in ctx.bot_address else set()
    found |= set(ctx.staff_domains)
    found |= {a.rsplit("@", 1)[-1] for a in (*ctx.staff_addresses, *ctx.notifiers)}
    return {d.lstrip("@").lower() for d in found if d}


# an address or a domain name written in a display name ("Bank avis@bank.de" <x@gmail.com>)
_NAME_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
_NAME_DOMAIN = re.compile(r"(?<![\w@.-])((?:[\w-]+\.)+[a-z]{2,})(?![\w.-])", re.IGNORECASE)
_MIN_BRAND = 6  # a notifier's name shorter than this ("bnr") may be a word of anybody's name


def spoofed_name(name: str, domain: str, ctx: Context) -> str | None:
    """The trusted sender a display name claims when the address is another's: it holds
    a notifier's, staff's or the bot's address or domain ("Rheinufer Bank eG
    avis@rheinuferbank.de" <rheinufer.avis@gmail.com>), or a notifier's name as its
    domain spells it ("Harlow & Tweed Bank" for harlowtweed.co.uk)."""
    org = organisational_domain(domain)
    trusted = {organisational_domain(t) for t in _trusted_domains(ctx)}
    if not name or org in trusted:
        return None
    written = [m.group(1) for m in _NAME_ADDRESS.finditer(name)]
    written += [m.group(1) for m in _NAME_DOMAIN.finditer(_NAME_ADDRESS.sub(" ", name))]
    for d in written:
        if organisational_domain(d) in trusted:
            return organisational_domain(d)
    letters = re.sub(r"[\W_]", "", name.casefold())
    free = org in DEFAULT_PUBLIC_DOMAINS
    for n in sorted(ctx.notifiers):
        real = organisational_domain(n.rsplit("@", 1)[-1].lstrip("@"))
        label = real.split(".", 1)[0]
        brands = [re.sub(r"[\W_]", "", label)]
        if free:
            # "PayFlow" <x@gmail.com> for payflow-checkout.com: a company's own domain may
            # share a word with a notifier's, a free mailbox's user calling itself so does not
            brands.append(re.split(r"[-_]", label)[0])
        for brand in brands:
            if len(brand) >= _MIN_BRAND and (brand in letters
                                             or translit.to_cyrillic(brand) in letters):
                return real
    return None


def read_lookalike(msg: ParsedMessage, ctx: Context,
                   auth: bool | None) -> Classification | None:
    """A sender on a domain made to look like a notifier's, staff's or the bot's own, or
    whose display name claims to be one of them."""
    if msg.sender is None or ctx.facts.is_contact(msg.sender.email):
        return None
    trusted = _trusted_domains(ctx)
    like = lookalike_of(msg.sender.domain, trusted)
    if (like is None and (loose := lookalike_of(msg.sender.domain, trusted, unproven=True))
            and (auth if auth is not None else verify(msg, ctx.trust).authenticated)
            is not True):
        like = loose  # (this reader is not handed the verdict: asked only here)
    if like is not None:
        reason = (f"the sender's domain {msg.sender.domain} looks like {like} but is not "
                  "it: a possible forgery, nothing is read from it")
    elif claimed := spoofed_name(msg.sender.name or "", msg.sender.domain, ctx):
        reason = (f"the sender's name \"{msg.sender.name}\" claims {claimed} but the mail "
                  f"comes from {msg.sender.email}: a possible forgery, nothing is read from it")
    else:
        return None
    text = full_text(msg)
    return Classification(
        kind=Kind.OTHER, confidence=0.8, needs_human=True, authenticated=auth,
        reason=reason, invoice_numbers=named_invoices(f"{msg.subject}\n{text[:4000]}", ctx))


_LIST_AND = either("LIST_AND")
# "038 dan 039", "0415 & 0416": a bare serial after an invoice number, joined by "and"
_TAIL = re.compile(rf"\s*(?:{_LIST_AND}|&|,)\s*(?P<digits>\d+)(?![\w/-])", re.IGNORECASE)


def named_invoices(text: str, ctx: Context) -> tuple[str, ...]:
    """The invoices a mail nobody vouches for names, for the person who reads it (never
    acted on): the known ones, tokens shaped like the company's invoice numbers
    ("KSB/DP/XI/2026/036" when the ledger has KSB/INV/XI/2026/031), and a bare serial
    joined to one by "and" ("KSB/INV/XII/2026/038 dan 039"), as the number it shortens."""
    found = list(ctx.facts.numbers_in(text))
    shapes = ctx.facts.number_shapes()
    taken_until = -1
    spans: list[tuple[int, str]] = []
    # the longest span at each place: "AC/INV/III/2027/038", not its tail "2027/038"
    for a, b, piece in sorted(facts.candidates(text), key=lambda c: (c[0], c[0] - c[1])):
        if a < taken_until or piece != text[a:b] or " " in piece:
            continue
        if extract.invoice_shape(piece) in shapes and re.search(r"[^\W\d_]", piece):
            taken_until = b
            spans.append((b, piece))
            if not any(piece.casefold() == f.casefold() for f in found):
                found.append(piece)
    for end, piece in spans:
        last = re.search(r"\d+$", piece)
        tail = _TAIL.match(text, end)
        if last and tail and len(tail["digits"]) == len(last.group(0)):
            sibling = piece[:last.start()] + tail["digits"]
            if not any(sibling.casefold() == f.casefold() for f in found):
                found.append(sibling)
    return tuple(found)


_BANK_CHANGED = re.compile(either("BANK_CHANGED"), re.IGNORECASE)


def _in_our_thread(msg: ParsedMessage, ctx: Context) -> bool:
    return any(i and ctx.facts.is_known_message(i) for i in (msg.in_reply_to, *msg.references))


def read_bank_change(msg: ParsedMessage, ctx: Context,
                     auth: bool | None) -> Classification | None:
    """A new bank account announced by a sender the bot cannot vouch for."""
    if auth is True and _in_our_thread(msg, ctx):
        return None
    text = full_text(msg)
    if not (_BANK_CHANGED.search(unwrapped(text[:4000])) or _BANK_CHANGED.search(msg.subject)):
        return None
    return Classification(
        kind=Kind.OTHER, confidence=0.7, needs_human=True, authenticated=auth,
        reason="announces a changed bank account from a sender that is not "
               + ("authenticated" if auth is not True else "answering the bot's mail")
               + ": a possible payment-diversion fraud",
        invoice_numbers=tuple(ctx.facts.numbers_in(f"{msg.subject}\n{text[:4000]}")))
