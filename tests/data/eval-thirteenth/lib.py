"""Tiny deterministic MIME/PDF/XML builders for the blind13 set (stdlib only)."""
import base64, hashlib, quopri, datetime as _dt
from email.header import Header
from email.utils import formataddr

BOT = 'ar@brightwater-seedlab.com'
MX = 'mx1.brightwater-seedlab.com'


def sha(s):
    return hashlib.sha1(s.encode('utf-8') if isinstance(s, str) else s).hexdigest()


class P:
    def __init__(self, headers, body):
        self.headers, self.body = list(headers), body


def _enc(text, charset, cte):
    b = text.encode(charset)
    if cte is None:
        ascii_ok = all(c < 128 for c in b) and max((len(l) for l in b.split(b'\n')), default=0) < 900
        cte = '7bit' if ascii_ok else 'quoted-printable'
    if cte == '7bit':
        body = b.decode('ascii')
    elif cte == 'quoted-printable':
        body = quopri.encodestring(b).decode('ascii')
    elif cte == 'base64':
        body = base64.encodebytes(b).decode('ascii')
    else:
        raise ValueError(cte)
    if not body.endswith('\n'):
        body += '\n'
    return cte, body


def T(text, charset='utf-8', cte=None, sub='plain', extra=(), fmt=None):
    cte, body = _enc(text, charset, cte)
    ct = f'Content-Type: text/{sub}; charset="{charset}"'
    if fmt:
        ct += f'; format={fmt}'
    return P([ct, f'Content-Transfer-Encoding: {cte}', *extra], body)


def H(html, charset='utf-8', cte=None, extra=()):
    return T(html, charset, cte, 'html', extra)


def MP(sub, *parts, params='', preamble='This is a multi-part message in MIME format.\n'):
    b = '----=_NextPart_' + sha(repr([(p.headers, p.body) for p in parts]) + sub)[:24]
    out = preamble
    for p in parts:
        out += f'\n--{b}\n' + '\n'.join(p.headers) + '\n\n' + p.body.rstrip('\n') + '\n'
    out += f'\n--{b}--\n'
    return P([f'Content-Type: multipart/{sub}; boundary="{b}"{params}'], out)


def ALT(*parts):
    return MP('alternative', *parts)


def MIX(*parts):
    return MP('mixed', *parts)


def ATT(data, ctype, filename, disp='attachment'):
    if isinstance(data, str):
        data = data.encode('utf-8')
    body = base64.encodebytes(data).decode('ascii')
    return P([f'Content-Type: {ctype}; name="{filename}"', 'Content-Transfer-Encoding: base64',
              f'Content-Disposition: {disp}; filename="{filename}"'], body)


def RFC822(raw):
    return P(['Content-Type: message/rfc822', 'Content-Description: Undelivered Message'], raw)


def RHDRS(raw):
    return P(['Content-Type: text/rfc822-headers'], raw)


def DS(text):
    return P(['Content-Type: message/delivery-status', 'Content-Description: Delivery report'], text)


def MDNP(text):
    return P(['Content-Type: message/disposition-notification'], text)


def REPORT(rtype, *parts):
    return MP('report', *parts, params=f'; report-type={rtype}', preamble='This is a MIME-encapsulated message.\n')


DOW = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def D(s, tz='+0000'):
    """'2026-11-12 09:14' -> RFC 5322 date string."""
    d = _dt.datetime.strptime(s, '%Y-%m-%d %H:%M')
    return f'{DOW[d.weekday()]}, {d.day} {MON[d.month-1]} {d.year} {d.hour:02d}:{d.minute:02d}:{(d.day*7+d.minute)%60:02d} {tz}'


def addr(a):
    if isinstance(a, list):
        return ', '.join(addr(x) for x in a)
    if isinstance(a, tuple):
        return formataddr(a, charset='utf-8')
    return a


def hval(s):
    try:
        s.encode('ascii')
        return s
    except UnicodeEncodeError:
        return Header(s, 'utf-8').encode()


def domain_of(a):
    if isinstance(a, tuple):
        a = a[1]
    return a.split('@')[-1].strip('>')


def auth(dom, spf='pass', dkim='pass', dmarc='pass', dkim_d=None):
    return (f'{MX};\n\tspf={spf} smtp.mailfrom={dom};\n\tdkim={dkim} header.d={dkim_d or dom} header.s=s1;'
            f'\n\tdmarc={dmarc} (p=reject) header.from={dom}')


def msg(frm, to, subj, date, body, *, cc=None, mid=None, irt=None, refs=None, extra=(),
        ar=None, rcvd=True, delivered=False, envfrom=None):
    dom = domain_of(frm)
    d_only = date
    hs = ['Authentication-Results: ' + (ar if ar is not None else auth(envfrom or dom))]
    if rcvd:
        ip = '.'.join(str(int(sha(dom)[i:i+2], 16)) for i in (0, 2, 4, 6))
        hs.append(f'Received: from mail.{dom} (mail.{dom} [{ip}])\n\tby {MX} (Postfix) with ESMTPS id '
                  f'{sha(subj + date)[:10].upper()}\n\tfor <{BOT}>; {d_only}')
    if delivered:
        hs.append(f'Delivered-To: {BOT}')
    hs.append('Date: ' + date)
    hs.append('From: ' + addr(frm))
    if to is not None:
        hs.append('To: ' + addr(to))
    if cc:
        hs.append('Cc: ' + addr(cc))
    hs.append('Subject: ' + hval(subj))
    hs.append('Message-ID: ' + (mid or f'<{sha(subj + date + dom)[:20]}@{dom}>'))
    if irt:
        hs.append('In-Reply-To: ' + irt)
    if refs:
        hs.append('References: ' + refs)
    for e in extra:
        hs.append(e)
    hs.append('MIME-Version: 1.0')
    hs.extend(body.headers)
    return '\n'.join(hs) + '\n\n' + body.body


def pdf_escape(s):
    return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')


def pdf(lines, title='Invoice', date='20261101000000'):
    content = 'BT /F1 10 Tf 48 800 Td 13 TL\n' + ''.join(f'({pdf_escape(l)}) Tj T*\n' for l in lines) + 'ET'
    cb = content.encode('cp1252')
    objs = [b'<< /Type /Catalog /Pages 2 0 R >>',
            b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
            b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
            b'<< /Length %d >>\nstream\n' % len(cb) + cb + b'\nendstream',
            ('<< /Title (%s) /Producer (Brightwater LIMS 7.2) /CreationDate (D:%s) >>' % (pdf_escape(title), date)).encode('cp1252')]
    out = b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, x)
    return out


def pdf_ok(data):
    import re
    if not data.startswith(b'%PDF-') or not data.rstrip().endswith(b'%%EOF'):
        return False
    m = re.search(rb'startxref\n(\d+)\n%%EOF', data)
    if not m:
        return False
    x = int(m.group(1))
    if data[x:x+4] != b'xref':
        return False
    n = int(data[x:].split(b'\n')[1].split()[1])
    entries = data[x:].split(b'\n')[3:3 + n - 1]
    for i, e in enumerate(entries, 1):
        off = int(e[:10])
        if not data[off:].startswith(b'%d 0 obj' % i):
            return False
    return True


def cii(no, issue, due, seller, buyer, net, vat, gross, cur='EUR', payable=None, prepaid='0.00', terms='', typecode='380', lines=()):
    payable = payable or gross
    items = ''.join(f'''
  <ram:IncludedSupplyChainTradeLineItem>
   <ram:AssociatedDocumentLineDocument><ram:LineID>{i}</ram:LineID></ram:AssociatedDocumentLineDocument>
   <ram:SpecifiedTradeProduct><ram:Name>{n}</ram:Name></ram:SpecifiedTradeProduct>
   <ram:SpecifiedLineTradeSettlement><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>{a}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
  </ram:IncludedSupplyChainTradeLineItem>''' for i, (n, a) in enumerate(lines, 1))
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
 <rsm:ExchangedDocumentContext>
  <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
 </rsm:ExchangedDocumentContext>
 <rsm:ExchangedDocument>
  <ram:ID>{no}</ram:ID><ram:TypeCode>{typecode}</ram:TypeCode>
  <ram:IssueDateTime><udt:DateTimeString format="102">{issue.replace('-', '')}</udt:DateTimeString></ram:IssueDateTime>
 </rsm:ExchangedDocument>
 <rsm:SupplyChainTradeTransaction>{items}
  <ram:ApplicableHeaderTradeAgreement>
   <ram:SellerTradeParty><ram:Name>{seller}</ram:Name></ram:SellerTradeParty>
   <ram:BuyerTradeParty><ram:Name>{buyer}</ram:Name></ram:BuyerTradeParty>
  </ram:ApplicableHeaderTradeAgreement>
  <ram:ApplicableHeaderTradeSettlement>
   <ram:InvoiceCurrencyCode>{cur}</ram:InvoiceCurrencyCode>
   <ram:SpecifiedTradePaymentTerms><ram:Description>{terms}</ram:Description>{f'<ram:DueDateDateTime><udt:DateTimeString format="102">{due.replace("-", "")}</udt:DateTimeString></ram:DueDateDateTime>' if due else ''}</ram:SpecifiedTradePaymentTerms>
   <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    <ram:LineTotalAmount>{net}</ram:LineTotalAmount>
    <ram:TaxBasisTotalAmount>{net}</ram:TaxBasisTotalAmount>
    <ram:TaxTotalAmount currencyID="{cur}">{vat}</ram:TaxTotalAmount>
    <ram:GrandTotalAmount>{gross}</ram:GrandTotalAmount>
    <ram:TotalPrepaidAmount>{prepaid}</ram:TotalPrepaidAmount>
    <ram:DuePayableAmount>{payable}</ram:DuePayableAmount>
   </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
  </ram:ApplicableHeaderTradeSettlement>
 </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
'''


def ubl(no, issue, due, seller, buyer, net, vat, gross, cur, payable=None, prepaid='0.00', note=''):
    payable = payable or gross
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
 <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
 <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
 <cbc:ID>{no}</cbc:ID>
 <cbc:IssueDate>{issue}</cbc:IssueDate>
 {f'<cbc:DueDate>{due}</cbc:DueDate>' if due else ''}
 <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
 <cbc:Note>{note}</cbc:Note>
 <cbc:DocumentCurrencyCode>{cur}</cbc:DocumentCurrencyCode>
 <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>{seller}</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
 <cac:AccountingCustomerParty><cac:Party><cac:PartyName><cbc:Name>{buyer}</cbc:Name></cac:PartyName></cac:Party></cac:AccountingCustomerParty>
 <cac:TaxTotal><cbc:TaxAmount currencyID="{cur}">{vat}</cbc:TaxAmount></cac:TaxTotal>
 <cac:LegalMonetaryTotal>
  <cbc:LineExtensionAmount currencyID="{cur}">{net}</cbc:LineExtensionAmount>
  <cbc:TaxExclusiveAmount currencyID="{cur}">{net}</cbc:TaxExclusiveAmount>
  <cbc:TaxInclusiveAmount currencyID="{cur}">{gross}</cbc:TaxInclusiveAmount>
  <cbc:PrepaidAmount currencyID="{cur}">{prepaid}</cbc:PrepaidAmount>
  <cbc:PayableAmount currencyID="{cur}">{payable}</cbc:PayableAmount>
 </cac:LegalMonetaryTotal>
</Invoice>
'''


COLS = ['file', 'kind', 'language', 'invoice_numbers', 'amount', 'currency', 'issue_date', 'due_date',
        'payment_terms_days', 'intent', 'promised_date', 'return_date', 'failed_recipients', 'bounce_permanent',
        'original_message_id', 'needs_human', 'bounce_reason', 'challenge', 'payment_date', 'payment_full',
        'allocations', 'note']
_KW = {'inv': 'invoice_numbers', 'cur': 'currency', 'issue': 'issue_date', 'due': 'due_date',
       'terms': 'payment_terms_days', 'promised': 'promised_date', 'ret': 'return_date',
       'failed': 'failed_recipients', 'perm': 'bounce_permanent', 'omid': 'original_message_id',
       'nh': 'needs_human', 'reason': 'bounce_reason', 'chal': 'challenge', 'pdate': 'payment_date',
       'pfull': 'payment_full', 'alloc': 'allocations'}


def M(slug, raw, kind, lang, **kw):
    row = {c: '' for c in COLS}
    row['kind'], row['language'] = kind, lang
    for k, v in kw.items():
        col = _KW.get(k, k)
        if col not in row:
            raise KeyError(k)
        if isinstance(v, bool):
            v = 'true' if v else 'false'
        elif isinstance(v, (list, tuple)):
            v = ';'.join(v)
        row[col] = str(v)
    if row['needs_human'] == '':
        row['needs_human'] = 'false'
    if kind == 'challenge':
        row['challenge'] = 'true'
    return {'slug': slug, 'raw': raw, 'row': row}
