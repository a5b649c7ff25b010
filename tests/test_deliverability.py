"""Deliverability: every client letter, each configured stage and the statement and
thank-you notes, in every language with templates, scores at most 1.0 with SpamAssassin's
shipped rules (Debian's spamassassin, `spamassassin -L -t`: local tests only). The mails
scored are the ones the bot actually sent, as the suite's SMTP server (aiosmtpd) received
them, over simulated weeks. The table stage x language -> score is printed (pytest -s)
and written to <basetemp>/spamassassin-scores.txt.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from datetime import date, timedelta
from email import message_from_bytes
from pathlib import Path

import pytest
from sqlmodel import select

from mailbot.adapters.models import Contact, Debtor, Event, Invoice, Outbox
from mailbot.adapters.render import DEFAULT_TEMPLATES
from mailbot.domain.events import EventKind
from mailbot.domain.values import Action
from tests.botenv import Runner, at, config_text, invoice_mail, payment_mail

MAX_SCORE = 1.0
# rules that fired on Russian letters before (an English payment string, subjects whose
# only Latin letters were an invoice prefix): they stay away, whatever else scores
NEVER = {"MIXED_ES", "SUBJ_ALL_CAPS"}
START = date(2026, 11, 2)  # a Monday
TERMS_DAYS = 24  # due on a Thursday: -3, +5, +8 and +15 fall on weekdays
LANGS = sorted(p.parent.name for p in DEFAULT_TEMPLATES.glob("*/_client.j2"))
# a name each language's salutation can use in full
CONTACTS = {"en": "Alice Smith", "de": "Frau Anna Weber", "id": "Bapak Budi Santoso",
            "ru": "Петрова Анна Сергеевна"}

COMPANY = """[company]
name = "Acme Design GmbH"
signature = "Acme Accounts"

[company.payment]
holder = "Acme Design GmbH"
iban = "DE89 3704 0044 0532 0130 00"
bic = "COBADEFFXXX"
link = "https://pay.acme.test/?ref={reference}"

[company.i18n.de]
signature = "Ihre Buchhaltung"

[company.i18n.ru]
signature = "Бухгалтерия"

[staff]"""


def spamassassin() -> str:
    found = shutil.which("spamassassin")
    if found is None:
        pytest.fail("spamassassin is not installed (scripts/test.sh installs Debian's)")
    return found


def score(exe: str, raw: bytes, prefs: Path) -> tuple[float, list[str]]:
    """SpamAssassin's score of one message and the rules that hit, local tests only."""
    done = subprocess.run([exe, "-L", "-t", "-p", str(prefs)], input=raw,
                          capture_output=True, timeout=120, check=True)
    out = done.stdout.decode("utf-8", "replace")
    found = re.search(r"^X-Spam-Status: \w+, score=(-?\d+(?:\.\d+)?)", out, re.MULTILINE)
    assert found, out[-2000:]
    rules = re.findall(r"^\s*(-?\d+\.\d+)\s+([A-Z][A-Z0-9_]+)\s", out, re.MULTILINE)
    return float(found.group(1)), [f"{name}={pts}" for pts, name in rules
                                   if float(pts) != 0]


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_every_stage_in_every_language_scores_low(dovecot, smtp_sink, sqlite_url,
                                                  tmp_path, tmp_path_factory):
    exe = spamassassin()
    text = config_text(dovecot, smtp_sink, sqlite_url)
    head, _, rest = text.partition("[company]")
    text = head + COMPANY + rest.split("\n[staff]", 1)[1]
    # one client stage a day is fine here: the cadence has tests of its own
    text = text.replace("digest_hour = 8", "digest_hour = 8\nmin_days_between_chasers = 0")
    from mailbot.adapters.config import parse_config

    r = Runner.open(parse_config(text, "test config"))
    try:
        cfg = r.config
        client_stages = [s for s in cfg.schedule.stages if s.audience == "client"]
        # per language: "solo" has one invoice and gets every stage, pays late (thanks);
        # "pair" has two invoices (statements) and pays both before they are due
        numbers: dict[str, list[str]] = {}
        for n, lang in enumerate(LANGS):
            for who, count in (("solo", 1), ("pair", 2), ("late", 1)):
                to = f'"{CONTACTS.get(lang, "")}" <{who}@{lang}-{who}.test>'
                for k in range(count):
                    number = f"INV-{n}{k}{len(who)}-{who.upper()}"
                    numbers.setdefault(f"{lang}-{who}", []).append(number)
                    dovecot.append("ar", invoice_mail(
                        number, to, "1,250.00", f"Payment terms: net {TERMS_DAYS} days",
                        at(START, 10, n * 2 + k)))
        r.sync(at(START, 11))
        with r.bot.store.write_session() as s:  # staff set each client's language
            for contact in s.exec(select(Contact)):
                debtor = s.get(Debtor, contact.debtor_id)
                assert debtor is not None
                debtor.language = contact.email.split("@")[1].split("-")[0]
                s.add(debtor)
            s.commit()
            langs = {d.id: d.language for d in s.exec(select(Debtor))}
        assert sorted(set(langs.values())) == LANGS, langs

        last = max(s.days for s in client_stages if s.anchor == "due") + TERMS_DAYS + 6
        for day in range(1, last + 1):
            when = at(START + timedelta(days=day), 10)
            if day == 10:
                for lang in LANGS:
                    for number in numbers[f"{lang}-pair"]:
                        dovecot.append("ar", payment_mail(number, "1,250.00", when))
            if day == last - 2:
                for lang in LANGS:
                    dovecot.append("ar", payment_mail(numbers[f"{lang}-solo"][0], "1,250.00",
                                                      when))
            r.step(when)
        # the ladder's letters go out only when staff approve them: queue each step's
        # letter for the client who never paid, as `mailbot approve` does, and send it
        ladder = [st for st in cfg.schedule.stages if st.audience == "ladder" and st.template]
        when = at(START + timedelta(days=last + 1), 10)
        with r.bot.store.write_session() as s:
            for lang in LANGS:
                inv = s.exec(select(Invoice).where(
                    Invoice.number == numbers[f"{lang}-late"][0])).one()
                for st in ladder:
                    r.bot.scheduler.queue_letter(s, Action(
                        key=f"approve:test:{lang}:{st.name}", kind="ladder",
                        template=st.template, debtor_id=inv.debtor_id, invoice_ids=(inv.id,),
                        detail={"reply_days": "14"}), when)
            s.commit()
        r.tick(when)

        # what each mail the server received was: its stage (or template) and language
        with r.bot.store.session() as s:
            rows = {o.message_id: o for o in s.exec(select(Outbox))}
            template = {e.detail["message_id"]: e.detail["template"] for e in s.exec(
                select(Event).where(Event.kind == EventKind.MAIL_QUEUED))}
        letters: dict[tuple[str, str], bytes] = {}
        for got in smtp_sink.messages:
            row = rows[message_from_bytes(got.data)["Message-ID"]]
            if row.debtor_id is None or row.kind not in ("chase", "thank_you", "ladder"):
                continue  # staff's mail
            stages = row.action_key.split(":", 1)[1].split("+")
            what = (template[row.message_id] if row.kind != "chase" or len(stages) > 1
                    else stages[0].split(".", 1)[1])
            letters.setdefault((what, langs[row.debtor_id]), got.data)
    finally:
        r.close()

    expected = [s.name for s in client_stages] + ["statement", "thank_you",
                                                  "thank_you_on_time"] + [
        s.template for s in ladder]
    missing = [(w, lang) for w in expected for lang in LANGS if (w, lang) not in letters]
    assert not missing, f"never sent in the simulation: {missing}"

    saved = tmp_path_factory.getbasetemp() / "letters-as-sent"
    saved.mkdir(exist_ok=True)
    for (what, lang), raw in letters.items():
        (saved / f"{what}.{lang}.eml").write_bytes(raw)
    prefs = tmp_path / "user_prefs"
    prefs.write_text("")
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(letters, pool.map(lambda raw: score(exe, raw, prefs),
                                             letters.values()), strict=True))
    lines = [f"{'stage':26}" + "".join(f"{lang:>8}" for lang in LANGS)]
    for w in expected:
        lines.append(f"{w:26}" + "".join(f"{results[w, lang][0]:>8.1f}" for lang in LANGS))
    hits = sorted({rule for _, rules in results.values() for rule in rules})
    lines.append(f"rules that scored: {', '.join(hits) or 'none'}")
    unsent = sorted({p.stem for lang in LANGS for p in (DEFAULT_TEMPLATES / lang).glob("*.j2")
                     if not p.stem.startswith(("_", "staff_", "digest"))}
                    - set(expected) - {s.template for s in [*client_stages, *ladder]})
    lines.append(f"client templates no configured stage sends: {', '.join(unsent) or 'none'}")
    table = "\n".join(lines)
    (tmp_path_factory.getbasetemp() / "spamassassin-scores.txt").write_text(table + "\n")
    print("\nSpamAssassin (spamassassin -L -t), stage x language:\n" + table)
    over = {k: v for k, v in results.items() if v[0] > MAX_SCORE}
    assert not over, f"scored above {MAX_SCORE}: {over}\n{table}"
    known = {k: v for k, v in results.items()
             if NEVER & {rule.split("=")[0] for rule in v[1]}}
    assert not known, f"{sorted(NEVER)} fired again: {known}\n{table}"
