"""Turkish auto-reply wording (see _absence/__init__.py). Turkish writes the date before
the verb ("14 Aralık'ta döneceğim"): BACK and UNTIL are lookaheads to the date."""

AUTO_SUBJECT = r"otomatik (?:yan[ıi]t|cevap)|ofis d[ıi]ş[ıi]|^\s*izinde(?:yim)?\b"
AUTO_BODY = (r"\b(?:izindeyim|izinliyim|ofis d[ıi]ş[ıi]nday[ıi]m|ofiste de[ğg]ilim|"
             r"tatildeyim|seyahatteyim|y[ıi]ll[ıi]k izindeyim)|\bbu (?:bir )?otomatik "
             r"(?:yan[ıi]t|cevap|mesaj)|\botomatik (?:yan[ıi]tt[ıi]r|cevapt[ıi]r)")
ACK = (r"\b(?:e-?postan[ıi]z|mesaj[ıi]n[ıi]z|talebiniz)\s+(?:bize\s+)?(?:ula[şs]m[ıi][şs]t[ıi]r|"
       r"al[ıi]nm[ıi][şs]t[ıi]r)|\b(?:e-?postan[ıi]z[ıi]|mesaj[ıi]n[ıi]z[ıi]|talebinizi) ald[ıi]k")
CHALLENGE = (r"\bgerçek bir gönderici oldu[ğg]unuzu doğrulay|\bgönderen doğrulama"
             r"|\brobot olmad[ıi]ğ[ıi]n[ıi]z[ıi] doğrula")
PAYMENT_WORDS = r"\b(?:ödeme\w*|ödedi\w*|ödeyece\w*|ödendi\w*|havale\w*|eft)\b"
REDIRECT = (r"\b(?:ileti[şs]ime geçiniz|ileti[şs]ime geçin|ula[şs]abilirsiniz|yaz[ıi]n[ıi]z|"
            r"başvurunuz)\b")
FIRST_PERSON = ""
PAID_STATEMENT = r"\b(?:ödedik|ödedim|ödendi|havale ettik|ödeyeceğiz|ödeyeceğim)\b"
# "14 Aralık'ta", "14 Aralık 2026 Pazartesi", "Pazartesi", "yarın"
_DATE = r"(?:\d{1,2}\.?\s+)?[^\W\d_]+(?:['’][^\W\d_]+)?(?:\s+\d{4})?(?:\s+[^\W\d_]+)?"
BACK = (r"\b(?:dönüş tarihim|ofise dönüş)\s*:?\s*|(?<![\w])(?=" + _DATE + r"\s+(?:tarihinde\s+|"
        r"günü\s+)?(?:(?:ofise|işe|büroya)\s+)?(?:dönece|ofiste olaca|işba[şs]ı|geri dönece|tekrar ofiste|çal[ıi][şs]maya "
        r"başlaya))")
BACK_FROM = ""
UNTIL = (r"(?<![\w])(?=" + _DATE + r"\s+(?:tarihine kadar|kadar)|\d{1,2}\.?\s+[^\W\d_]+"
         r"['’](?:a|e|ya|ye) kadar)")
NEXT = r"gelecek|önümüzdeki|haftaya"
NEXT_WEEK = r"gelecek hafta|önümüzdeki hafta"
