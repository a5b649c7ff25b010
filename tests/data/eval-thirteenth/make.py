#!/usr/bin/env python3
"""Generate the blind13 evaluation set from data/*.py, write labels and context, then check it."""
import csv, email, importlib, io, os, re, sys, datetime as dt
sys.dont_write_bytecode = True
from email import policy
from email.utils import parsedate_to_datetime
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path[:0] = [HERE, os.path.join(HERE, 'data')]
from lib import COLS, BOT, MX, pdf_ok  # noqa: E402
import world  # noqa: E402

DESKS = ['en', 'de', 'id', 'ru']
QUOTA = {'invoice_copy': 8, 'read_receipt': 3, 'bounce': 5, 'auto_reply': 5, 'challenge': 1,
         'payment_confirmation': 5, 'client_reply': 13, 'other': 4}
INTENTS = {'paid', 'promise', 'dispute', 'plan_request', 'question', 'stop', 'other'}
REASONS = {'user_unknown', 'mailbox_full', 'policy', 'spam', 'other'}
BOTID = re.compile(r'^<mb\.\d{8}\.[0-9a-f]{12}@ar\.brightwater-seedlab\.com>$')


def fail(errs, where, what):
    errs.append(f'{where}: {what}')


def is_date(s):
    try:
        dt.date.fromisoformat(s)
        return True
    except ValueError:
        return False


def check_row(errs, f, r, raw):
    k = r['kind']
    if k not in QUOTA:
        fail(errs, f, f'bad kind {k}')
    if r['language'] not in DESKS:
        fail(errs, f, 'bad language')
    if r['amount'] and not re.fullmatch(r'\d+\.\d{2}', r['amount']):
        fail(errs, f, f'bad amount {r["amount"]}')
    if r['amount'] and not r['currency']:
        fail(errs, f, 'amount without currency')
    if r['currency'] and not re.fullmatch(r'[A-Z]{3}', r['currency']):
        fail(errs, f, 'bad currency')
    for c in ('issue_date', 'due_date', 'promised_date', 'return_date', 'payment_date'):
        if r[c] and not is_date(r[c]):
            fail(errs, f, f'bad {c} {r[c]}')
    if r['payment_terms_days'] and not r['payment_terms_days'].isdigit():
        fail(errs, f, 'bad terms')
    for c in ('bounce_permanent', 'needs_human', 'challenge', 'payment_full'):
        if r[c] not in ('', 'true', 'false'):
            fail(errs, f, f'bad bool {c}')
    if r['needs_human'] == '':
        fail(errs, f, 'needs_human empty')
    if (k == 'client_reply') != bool(r['intent']):
        fail(errs, f, 'intent iff client_reply')
    if r['intent'] and r['intent'] not in INTENTS:
        fail(errs, f, 'bad intent')
    if k == 'client_reply' and r['intent'] in ('paid', 'dispute', 'stop', 'plan_request', 'question') and r['needs_human'] != 'true':
        fail(errs, f, 'needs_human must be true for this intent')
    if k == 'bounce':
        if r['bounce_permanent'] == '' or not r['failed_recipients'] or r['needs_human'] != 'false':
            fail(errs, f, 'bounce fields')
        if r['bounce_permanent'] == 'true' and r['bounce_reason'] not in REASONS:
            fail(errs, f, 'bounce_reason')
    elif r['bounce_permanent'] or r['failed_recipients'] or r['bounce_reason']:
        fail(errs, f, 'bounce fields on non-bounce')
    if r['bounce_reason'] and r['bounce_reason'] not in REASONS:
        fail(errs, f, 'bad bounce_reason')
    if (k == 'challenge') != (r['challenge'] == 'true'):
        fail(errs, f, 'challenge flag')
    if k == 'challenge' and r['needs_human'] != 'true':
        fail(errs, f, 'challenge needs human')
    if r['promised_date'] and r['intent'] != 'promise':
        fail(errs, f, 'promised_date only on promises')
    if r['intent'] == 'promise' and not r['promised_date']:
        fail(errs, f, 'promise without date')
    if r['return_date'] and k != 'auto_reply':
        fail(errs, f, 'return_date only on auto_reply')
    if k == 'payment_confirmation':
        if not (r['amount'] and r['payment_date']):
            fail(errs, f, 'payment needs amount+date')
        if not r['invoice_numbers'] and (r['payment_full'] or r['needs_human'] != 'true'):
            fail(errs, f, 'unreferenced payment conventions')
    elif r['payment_date'] or r['payment_full']:
        fail(errs, f, 'payment fields on non-payment')
    if r['allocations']:
        parts = dict(p.split('=') for p in r['allocations'].split(';'))
        if set(parts) != set(r['invoice_numbers'].split(';')):
            fail(errs, f, 'allocations keys != invoices')
        for v in parts.values():
            if not re.fullmatch(r'\d+\.\d{2}', v):
                fail(errs, f, 'allocation amount format')
    if k == 'invoice_copy':
        if not (r['invoice_numbers'] and r['amount'] and r['currency']):
            fail(errs, f, 'invoice_copy needs numbers/amount/currency')
        if ';' in r['invoice_numbers'] and r['needs_human'] != 'true':
            fail(errs, f, 'several invoices need human')
    if r['original_message_id']:
        if not BOTID.match(r['original_message_id']):
            fail(errs, f, 'omid not a bot id')
        if r['original_message_id'].encode() not in raw:
            fail(errs, f, 'omid not in raw message')
        if r['original_message_id'] not in {x.id for x in world.REMINDERS}:
            fail(errs, f, 'omid not a known reminder')


def check_msg(errs, f, raw):
    m = email.message_from_bytes(raw, policy=policy.default)
    first = raw.split(b'\n', 1)[0]
    if not first.startswith(b'Authentication-Results: ' + MX.encode()):
        fail(errs, f, 'Authentication-Results not first')
    for h in ('Date', 'From', 'Subject', 'Message-ID'):
        if m[h] is None:
            fail(errs, f, f'missing {h}')
    ars = m.get_all('Authentication-Results') or []
    if len(ars) != 1:
        fail(errs, f, 'exactly one Authentication-Results expected')
    d = parsedate_to_datetime(str(m['Date']))
    if not (dt.date(2026, 11, 2) <= d.date() <= dt.date(2026, 12, 11)):
        fail(errs, f, f'date out of range {d}')
    for part in m.walk():
        if part.defects:
            fail(errs, f, f'defects {part.defects}')
        for hname in part.keys():
            try:
                str(part[hname])
            except Exception as e:  # noqa: BLE001
                fail(errs, f, f'header {hname}: {e}')
            if getattr(part[hname], 'defects', None):
                fail(errs, f, f'header defects {hname}: {part[hname].defects}')
        ct = part.get_content_type()
        if part.is_multipart() or ct in ('message/rfc822', 'message/delivery-status', 'message/disposition-notification'):
            continue
        try:
            c = part.get_content()
        except Exception as e:  # noqa: BLE001
            fail(errs, f, f'cannot decode {ct}: {e}')
            continue
        if ct.startswith('text/') and part.get_content_charset():
            payload = part.get_payload(decode=True)
            try:
                payload.decode(part.get_content_charset())
            except Exception as e:  # noqa: BLE001
                fail(errs, f, f'charset {e}')
        if ct == 'application/pdf' and not pdf_ok(c):
            fail(errs, f, 'bad pdf')
        if ct in ('application/xml', 'text/xml'):
            try:
                ET.fromstring(c if isinstance(c, bytes) else part.get_payload(decode=True))
            except ET.ParseError as e:
                fail(errs, f, f'bad xml {e}')


def toml_list(xs):
    return '[\n' + ''.join(f'  "{x}",\n' for x in xs) + ']'


def main():
    errs, rows = [], []
    for desk in DESKS:
        mod = importlib.import_module(desk)
        os.makedirs(os.path.join(HERE, desk), exist_ok=True)
        for old in os.listdir(os.path.join(HERE, desk)):
            os.remove(os.path.join(HERE, desk, old))
        counts = {k: 0 for k in QUOTA}
        slugs = set()
        for i, spec in enumerate(mod.MSGS, 1):
            fn = f'{desk}/{i:02d}_{spec["slug"]}.eml'
            if spec['slug'] in slugs:
                fail(errs, fn, 'duplicate slug')
            slugs.add(spec['slug'])
            try:
                raw = spec['raw'].encode('ascii')
            except UnicodeEncodeError as e:
                fail(errs, fn, f'non-ascii raw: {e}')
                raw = spec['raw'].encode('utf-8')
            with open(os.path.join(HERE, fn), 'wb') as fh:
                fh.write(raw)
            row = dict(spec['row'], file=fn)
            rows.append(row)
            counts[row['kind']] = counts.get(row['kind'], 0) + 1
        if counts != QUOTA:
            fail(errs, desk, f'quota {counts}')
    with open(os.path.join(HERE, 'labels-thirteenth.csv'), 'w', newline='', encoding='utf-8') as fh:
        w = csv.DictWriter(fh, COLS)
        w.writeheader()
        w.writerows(rows)
    # context
    known_inv = []
    for r in world.REMINDERS:
        known_inv += r.invoices
    for row in rows:
        if row['kind'] != 'invoice_copy' and row['invoice_numbers']:
            known_inv += row['invoice_numbers'].split(';')
    known_inv = list(dict.fromkeys(known_inv))
    contacts = []
    for desk in DESKS:
        contacts += [c[2] for c in world.CLIENTS[desk].values()]
    contacts += world.EXTRA_CONTACTS
    staff = [a for v in world.STAFF.values() for _, a in v]
    notif = [a for v in world.NOTIFIERS.values() for a in v.values()]
    ctx = (f'bot_address = "{BOT}"\nstaff_domains = {toml_list(world.STAFF_DOMAINS)}\n'
           f'staff_addresses = {toml_list(staff)}\nnotifiers = {toml_list(notif)}\n'
           f'authserv_ids = {toml_list([MX])}\nrequire_authentication = true\ndefault_terms_days = 30\n'
           f'known_invoice_numbers = {toml_list(known_inv)}\n'
           f'known_message_ids = {toml_list([r.id for r in world.REMINDERS])}\n'
           f'known_contacts = {toml_list(list(dict.fromkeys(contacts)))}\n')
    with open(os.path.join(HERE, 'context.toml'), 'w', encoding='utf-8') as fh:
        fh.write(ctx)
    # self-check: re-read everything from disk
    with open(os.path.join(HERE, 'labels-thirteenth.csv'), encoding='utf-8') as fh:
        back = list(csv.DictReader(fh))
    if [list(r.keys()) for r in back[:1]] != [COLS]:
        fail(errs, 'csv', 'column order')
    files = sorted(f'{d}/{n}' for d in DESKS for n in os.listdir(os.path.join(HERE, d)))
    if sorted(r['file'] for r in back) != files or len(set(r['file'] for r in back)) != len(back):
        fail(errs, 'csv', 'one row per file violated')
    if len(back) != 176:
        fail(errs, 'csv', f'{len(back)} rows')
    for r in back:
        raw = open(os.path.join(HERE, r['file']), 'rb').read()
        check_msg(errs, r['file'], raw)
        check_row(errs, r['file'], r, raw)
        if r['kind'] in ('client_reply', 'read_receipt', 'auto_reply') or (r['kind'] == 'bounce' and r['original_message_id']):
            pass
    try:
        import tomllib
        tomllib.loads(ctx)
    except ImportError:
        pass
    except Exception as e:  # noqa: BLE001
        fail(errs, 'context.toml', str(e))
    for e in errs:
        print('FAIL', e)
    tally = {}
    for r in back:
        tally.setdefault(r['kind'], {}).setdefault(r['file'][:2], 0)
        tally[r['kind']][r['file'][:2]] += 1
    for k in QUOTA:
        print(f'{k:22s}', ' '.join(f'{d}={tally.get(k, {}).get(d, 0)}' for d in DESKS))
    print('OK' if not errs else f'{len(errs)} failures')
    return 1 if errs else 0


if __name__ == '__main__':
    sys.exit(main())
