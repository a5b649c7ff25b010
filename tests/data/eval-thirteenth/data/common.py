"""Shared builders for machine mail: DSNs, MDNs, staff/notifier senders."""
from lib import (msg, T, H, MIX, ALT, ATT, RFC822, RHDRS, DS, MDNP, REPORT, D, BOT, MX, auth, sha, pdf, cii, ubl)
from world import REM, REMINDERS, CLIENTS, STAFF, NOTIFIERS, BOTFROM, bot_raw, gq, oq, EXTRA_CONTACTS

OUR_MTA = 'mx1.brightwater-seedlab.com'


def bot_headers(r):
    raw = bot_raw(r)
    return raw.split('\n\n', 1)[0] + '\n'


def dsn(r, failed, *, status, action='failed', diag, remote, date, human, mta_name='mailer-daemon',
        reporting='mx1.brightwater-seedlab.com', attach='full', subject='Undelivered Mail Returned to Sender',
        frm=('Mail Delivery System', 'MAILER-DAEMON@mx1.brightwater-seedlab.com'), will_retry=None, extra_rcpt=(),
        auth_line=None, envid=True, mid=None):
    ds = f'Reporting-MTA: dns; {reporting}\n'
    if envid:
        ds += f'X-Postfix-Queue-ID: {sha(r.id + failed)[:10].upper()}\nX-Postfix-Sender: rfc822; {BOT}\n'
    ds += f'Arrival-Date: {r.date}\n'
    ds += f'\nFinal-Recipient: rfc822; {failed}\nOriginal-Recipient: rfc822;{failed}\nAction: {action}\nStatus: {status}\n'
    ds += f'Remote-MTA: dns; {remote}\nDiagnostic-Code: smtp; {diag}\n'
    if will_retry:
        ds += f'Will-Retry-Until: {will_retry}\n'
    for rc in extra_rcpt:
        ds += f'\nFinal-Recipient: rfc822; {rc}\nAction: delivered\nStatus: 2.0.0\nRemote-MTA: dns; {rc.split("@")[1]}\n'
    parts = [T(human), DS(ds)]
    if attach == 'full':
        parts.append(RFC822(bot_raw(r)))
    elif attach == 'headers':
        parts.append(RHDRS(bot_headers(r)))
    ar = auth_line or f'{MX};\n\tspf=pass smtp.helo={reporting};\n\tdkim=none;\n\tdmarc=none'
    return msg(frm, (r.to[0], BOT) if False else BOT, subject, date, REPORT('delivery-status', *parts), ar=ar,
               rcvd=False, extra=['Auto-Submitted: auto-replied'], mid=mid)


def mdn(r, reader, date, *, human, subject, disposition='manual-action/MDN-sent-manually; displayed',
        ua='Microsoft Outlook 16.0', lang_charset='utf-8', attach_headers=False, ar=None):
    mdn_text = (f'Reporting-UA: {reader[1].split("@")[1]}; {ua}\nFinal-Recipient: rfc822;{reader[1]}\n'
                f'Original-Message-ID: {r.id}\nDisposition: {disposition}\n')
    parts = [T(human, lang_charset), MDNP(mdn_text)]
    if attach_headers:
        parts.append(RHDRS(bot_headers(r)))
    return msg(reader, BOT, subject, date, REPORT('disposition-notification', *parts), ar=ar)


def inv_pdf(lines, title='Invoice'):
    return pdf(lines, title)
