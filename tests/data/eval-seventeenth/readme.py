"""readme - the README.md text of the set; the tables are filled from the generated labels."""
from __future__ import annotations

import world

INTRO = """# Blind evaluation set 17 - Corrydale Facade & Glazing Group

176 RFC 5322 messages (`.eml`, CRLF) that an accounts-receivable mailbox of a facade contractor
would receive between 2 November and 11 December 2026, with one label row each in
`labels-seventeenth.csv`. Written blind: only `DESIGN.md`, `STYLE.md` and `corpus/INDEX.md` were read;
no mailbot code, test, earlier set or corpus label was looked at, and mailbot was not run.

```
python3 make.py     # writes every file below, re-parses and checks them, prints counts and OK (exit 1 on failure)
```

`make.py` is stdlib only and deterministic (Message-IDs, MIME boundaries and PDF IDs are hashes of
fixed seeds; all dates are fixed), so two runs produce byte-identical files.

| file | what |
|---|---|
| `make.py` | builds and checks the set |
| `mailkit.py` | tiny MIME writer: encoded words, QP/base64/7bit/8bit bodies, multiparts, DSN/MDN parts, PDF writer |
| `world.py` | the shared world: AR mailbox, MX, Authentication-Results, reminders and their text, quoting styles |
| `data/{en,de,id,ru}.py` | each desk: staff, clients, reminders, 44 messages with labels |
| `readme.py` | this text |
| `{en,de,id,ru}/NN_slug.eml` | the messages |
| `labels-seventeenth.csv` | one row per message (header as specified) |
| `reminders-sent.csv` | the bot's reminders the messages answer: id, date (UTC), recipient, invoices, amounts, currency, due |
| `context.toml` | bot address, staff, notifiers, authserv-id, known invoice numbers |

## The world

**Corrydale Facade & Glazing Group** - curtain walling, glazing installation, facade maintenance
contracts and site surveys. The bot reads **`ar@corrydale-group.com`**. Its MX, **`mx1.corrydale-group.com`**,
is the only trusted authserv-id and writes an `Authentication-Results` header as the *first* header of
every message in the set (pass for genuine staff, clients, banks and PSPs; fail/none/softfail for
forgeries and spam). Bounces produced by the company's own outbound relay `smtp-out.corrydale-group.com`
carry `dkim=none; spf=pass smtp.helo=...`. The bot's reminders have Message-IDs
`<mb.YYYYMMDD.<12 hex>@ar.corrydale-group.com>`, ask for a read receipt (`Disposition-Notification-To`)
and are quoted, referenced or returned by the replies, receipts, bounces, auto-replies and challenges.

| desk | legal entity | staff domain | staff | invoice numbers | currencies | banks / PSPs (notifiers) | time zone |
|---|---|---|---|---|---|---|---|
| `en/` UK | Corrydale Facade & Glazing Ltd, Sheffield | corrydale.co.uk | Harriet Oyelaran (credit control), Tom Brackenbury (commercial), Niamh Kavanagh (accounts), Dev Raman (maintenance) | `INV-UK-26-1042`, credit notes `CN-UK-26-0044` | GBP, EUR, USD | Barclays `businessalerts@barclays.co.uk`, Wise `noreply@wise.com`, Stripe `notifications@stripe.com` | GMT (US client -0500) |
| `de/` DE/AT/CH | Corrydale Fassaden & Glas GmbH, Düsseldorf, branches Wien and Zürich | corrydale.de | Jana Wirtz-Oberländer (Debitoren), Svenja Haberl (Projektsteuerung), Matthias Kögl (AT), Reto Brunner (CH) | `RG-2026-2231`, Gutschrift `GS-2026-0031` | EUR, CHF | Commerzbank `benachrichtigung@commerzbank.de`, PostFinance `noreply@postfinance.ch`, Erste Bank `george-business@erstebank.at` | CET |
| `id/` Indonesia | PT Corrydale Fasad Indonesia, Jakarta, Bali branch | corrydale.co.id | Ratna Kusumawardhani (AR), Bayu Setiadi (PM), I Made Wirawan (Bali), Yohanes Siregar (finance manager) | `INV/CFI/2026/XI/0147` (Roman month) | IDR, USD | Mandiri MCM `mcm-notification@bankmandiri.co.id`, KlikBCA Bisnis `notifikasi@klikbca.com`, Xendit `no-reply@xendit.co` | WIB +0700, WITA +0800 |
| `ru/` Russia/Kazakhstan | ООО «Корридейл Фасады», Москва; ТОО «Корридейл Фасад Казахстан», Алматы | corrydale.ru | Ольга Санникова (гл. бухгалтер), Артём Белоусов (проекты), Айгерим Жумабекова (Алматы), Денис Гаврилюк (сервис) | `КФ-26-1147` (Cyrillic К and Ф) | RUB, KZT | СберБизнес `sberbusiness@sberbank.ru`, Т-Бизнес `business@tbank.ru`, Halyk Business `halykbusiness@halykbank.kz` | MSK +0300, KZ/Ekaterinburg +0500 |

Tax background used in the texts: UK VAT 20 % with the construction domestic reverse charge; German USt 19 %
with § 13b UStG; Austrian USt 20 % with Haftrücklass; Swiss MWST 8.1 %; Indonesian PPN 12 % on DPP nilai
lain 11/12 (effectively 11 %) and PPh 23 withholding of 2 % on services; Russian НДС 22 % and Kazakh
НДС 16 % (2026 rates).

Look-alike senders used by forgeries: `barclays-secure-payments.co.uk`, `commerzbank-zahlungsavis.de`,
`mandiri-mcm.co`, `sberbank-biz.ru`; a forged staff command from `o.sannikova@corrydale.ru` fails DMARC.
"""

DECISIONS = """## Labelling decisions

The settled conventions of the brief were applied as written. Where they left a choice, this is what
was decided:

**Format**
- `original_message_id` and `reminders-sent.csv` `id` carry the Message-ID *with* angle brackets,
  exactly as in the headers. Reminder dates in the CSV are UTC (`...+00:00`); several invoices of one
  reminder are `;`-separated in `invoices`, `amounts` and `due`.
- `amount` has two decimals, no separators, dot decimal; IDR and KZT too (`815850000.00`). Invoice
  numbers are written exactly as printed, including slashes (`INV/CFI/2026/XI/0147`) and Cyrillic letters
  (`КФ-26-1147`). `currency` is filled whenever an amount is (and for invoice copies whose amount is
  empty because of a contradiction).
- Booleans are `true`/`false`; every row has `needs_human`.

**language** - the language of the message's own human text (not the desk, not the quoted reminder).
Our own Postfix DSNs are `en` on every desk; localized NDRs/auto-replies carry their language
(`nl`, `pl`, `fr`, `it`, `zh`, `ja`, `kk`, `tr`, plus `de`, `id`, `ru`). Client replies written in another
language than the desk's get that code (`de/37` fr; `id/34`, `id/38`, `ru/38` en). Invoice copies take the
language of the staff text (`id/04` and `ru/10` are `en`).

**invoice_numbers**
- Invoice copies: only the invoices being issued. Not listed: credit-note numbers (`CN-UK-26-0044`,
  `GS-2026-0031`), earlier Abschlag invoices printed on the PDF (`RG-2026-2097`, `RG-2026-2148`) - these
  three are in `known_invoice_numbers` of `context.toml` because staff name them -, PO numbers, act numbers, Faktur Pajak / VA / ESF numbers, QR
  references, Leitweg-ID.
- Client replies: the invoices the reply is about - those of the reminder it answers (the reminder is
  quoted) unless the client names others too (`en/39` adds INV-UK-26-1052). Short forms like "0991",
  "1009", "0129" are expanded to the full number.
- Read receipts, bounces, auto-replies and challenges: empty; they are tied to invoices through
  `original_message_id`.
- Payments: the invoices named in the notice; empty when none is named (`de/24`, `ru/24`).
- Forged notices and the forged staff command: the invoices they claim (amount left empty).

**Invoice copies**
- `issue_date` is the invoice date printed on the invoice, which may be earlier than the mail
  (forwards `en/07`, `de/09`, `id/06`, `ru/07`; `ru/02` is dated the day before it was sent).
- `payment_terms_days` only for terms in calendar days. Empty for due on receipt / "sofort" / "segera"
  (due = issue), for a stated due date without a day count (`id/05` "akhir bulan ini", `ru/04`, `ru/09`)
  and for banking days (`ru/01` "5 банковских дней", due date taken from the mail).
- §13b / UK domestic reverse charge: the payable amount is the net amount (no VAT is payable to us).
- Retention / Haftrücklass / Sicherheitseinbehalt and previously certified amounts are deducted: the
  amount is what this invoice asks to be paid now.
- PPh 23 (`id/02`): amount = invoice total including PPN (122.100.000); the 2 % withheld by the client
  is settled by the tax slip, so "Jumlah yang ditransfer" is not the invoice amount.
- Bcc'd invoice copies (bot only in `Delivered-To`): `en/02`, `de/08`, `id/10`.

**Client replies**
- `promised_date` for promises, conditional promises, negated promises with a new date, and for the
  promise part of a mixed reply (`en/39`). Plan requests get no `promised_date` (their dates are a
  proposal).
- `payment_date` for paid claims with a date (and for the paid part of a mixed reply: `de/37`, `id/39`,
  `ru/38`), resolved in the sender's time zone ("gestern" in `de/38`).
- `amount` only when the client states a sum paid or promised (`id/27`, `id/28`, `id/39`, `ru/26`, `de/37`,
  `ru/38`).
- Relative dates: `en/30` Thu 12 Nov "end of next week" = Fri 20 Nov; `ru/28` Wed 11 Nov
  "до конца следующей недели" = Fri 20 Nov; `id/29` "akhir bulan ini" = 30 Nov; `de/35` "Ende des Monats"
  = 30 Nov; `de/27` "morgen" from Thu 19 Nov 21:40 CET = 20 Nov; `ru/27` "завтра" from 17 Nov 22:48 MSK =
  18 Nov; `id/28` "bsk" sent Fri 20 Nov 06:40 WIB (19 Nov 23:40 UTC) = 21 Nov.
- Mixed replies: intent is the part that needs a person - paid + dispute -> dispute (`de/37`, `ru/38`),
  paid + instalment request -> plan (`id/39`), promise + question -> question (`en/39`).
- "take this off your chasing list" inside an argument that a retention balance is not due is a
  dispute, not a stop (`en/28`). A stop that points to another address (`id/35`), a former employee
  (`ru/34`) and an insolvency practitioner for a company in administration (`en/32`) are stops.
- Retracted promises without a new date are `other` (`en/37`, `de/36`, `id/38`, `ru/37`).
- Replies without threading headers have an empty `original_message_id` (`en/33`); a client's reply
  to the staff's invoice mail (bot in Cc) is not an answer to a reminder (`en/38`).

**Payments**
- Partial payment naming its invoice: `payment_full` false, `needs_human` false (`en/24`, `id/24`, `ru/22`).
- Skonto taken (`de/21`): by the comparison rule the payment is not full (8.863,12 of 9.044,00);
  `needs_human` true because staff must accept the discount.
- Short by exactly the PPh 23 withholding (`id/22`): not full, `needs_human` true.
- Several invoices paid with one amount and no split in the notice (`ru/23`): `payment_full` true
  (the sum equals both open amounts), no allocations.
- `payment_date` is the value date (Wertstellung/Valuta/Tanggal Efektif/Дата валютирования) even when
  the notice is booked or sent on another day (`de/21`, `id/23`).

**Machine mail**
- Bounces: `bounce_permanent` true for `Action: failed`, false for `Action: delayed` (greylisting
  warning `de/15`, reason `other`). Gmail "likely unsolicited" and Barracuda ":blocked" are `spam`;
  a gateway content rule and a sender allow-list are `policy`.
- User unknown after DATA -> `needs_human` true: `en/14` ("in reply to end of DATA command") and
  `ru/14` (the recipient's Exchange accepted the message, then found no such user). User unknown at
  RCPT TO (`de/14`, `id/14`) -> false.
- DNS failure (`de/41`, mistyped domain): kind `other`, `needs_human` true (the address must be fixed),
  `original_message_id` = the returned reminder, no bounce fields.
- Non-standard read receipts (Notes, The Bat!, plain "Dibaca:") are read receipts.
- An auto-reply without `In-Reply-To`/`References` (`de/18`) has an empty `original_message_id`.
- Challenges: `needs_human` true (someone must decide to confirm; the reminder is held until then).
  `challenge` is the URL when a link is offered, otherwise the address to reply to (`en/21`, `id/21`).
  A challenge that quotes the reminder's Message-ID only in its body (`en/20`) or links it only in
  `References` (`ru/20`) still gets `original_message_id`.

**Other**
- Newsletters `other`/false; strangers (quote request, job application, vendor offers) `other`/true;
  spam and malware (`en/44`, `de/44`, `id/44`, `ru/44`) `other`/false; forged bank notices and the forged
  staff command `other`/true.
"""


def render(counts, hard, rows, reminders, desks) -> str:
    out = [INTRO]
    kinds = ["invoice_copy", "read_receipt", "bounce", "auto_reply", "challenge", "payment_confirmation",
             "client_reply", "staff_command", "other"]
    out.append("## Counts\n")
    out.append("| kind | " + " | ".join(desks) + " | total |")
    out.append("|---|" + "---:|" * (len(desks) + 1))
    for k in kinds:
        n = [counts[(c, k)] for c in desks]
        out.append(f"| {k} | " + " | ".join(str(x) for x in n) + f" | {sum(n)} |")
    tot = [sum(counts[(c, k)] for k in kinds) for c in desks]
    out.append("| **total** | " + " | ".join(str(x) for x in tot) + f" | {sum(tot)} |")
    intents = {}
    for r in rows:
        if r["intent"]:
            intents[r["intent"]] = intents.get(r["intent"], 0) + 1
    out.append("")
    out.append("Client-reply intents: " + ", ".join(f"{k} {v}" for k, v in sorted(intents.items())) + ".")
    langs = {}
    for r in rows:
        langs[r["language"]] = langs.get(r["language"], 0) + 1
    out.append("Languages: " + ", ".join(f"{k} {v}" for k, v in sorted(langs.items())) + ".")
    nh = sum(1 for r in rows if r["needs_human"] == "true")
    out.append(f"`needs_human` true: {nh} of {len(rows)}.")
    referenced = {r["original_message_id"] for r in rows if r["original_message_id"]}
    out.append(f"Reminders listed in `reminders-sent.csv`: {len(reminders)} "
               f"({min(r.when for r in reminders.values()):%d %b} - {max(r.when for r in reminders.values()):%d %b %Y}); "
               f"{len(referenced)} of them are referenced by a labelled message.")
    out.append("")
    out.append(DECISIONS)
    out.append("## Hard cases by file\n")
    for rel, kind, txt in hard:
        out.append(f"- `{rel}` ({kind}): {txt}")
    out.append("")
    out.append("## All files\n")
    out.append("| file | kind | intent | needs_human | note |")
    out.append("|---|---|---|---|---|")
    for r in rows:
        note = r["note"].replace("|", "/")
        out.append(f"| `{r['file']}` | {r['kind']} | {r['intent']} | {r['needs_human']} | {note} |")
    out.append("")
    out.append("## Checks done by make.py\n")
    out.append("- every file parses with `email.policy.default` without message, part or header defects; From, Date,\n"
               "  Message-ID and Subject present and parseable; Date within 2 Nov - 11 Dec 2026; Message-IDs unique;\n"
               f"  the first header is `Authentication-Results: {world.MX}`;\n"
               "- every text part decodes in its declared charset; every PDF starts `%PDF-`, ends `%%EOF` and its\n"
               "  xref offsets point at the objects;\n"
               "- label columns well formed (kinds, intents, reasons, ISO dates, amounts, booleans, allocations that add\n"
               "  up), one row per file and one file per row;\n"
               "- every `original_message_id` is a listed reminder and occurs in the raw bytes; bounce recipients,\n"
               "  challenge targets and the invoice numbers of non-reply rows occur in the decoded message.\n")
    return "\n".join(out)
