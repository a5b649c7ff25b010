"""Japanese auto-reply wording (see _absence/__init__.py). The date comes before the
verb ("12月14日に戻ります"): BACK and UNTIL are lookaheads to the date."""

AUTO_SUBJECT = r"自動応答|自動返信|不在(?:通知|のお知らせ)|^\s*(?:休暇|不在)\s*[:：]"
AUTO_BODY = (r"(?:不在|休暇|出張|外出)(?:を(?:いただいて|頂いて|取って)|に(?:し|い)て)?(?:おります|中です|"
             r"しております|いたします)|"
             r"(?:本|この)メールは自動(?:返信|応答|送信)|自動(?:返信|応答)(?:メール|です)")
ACK = (r"(?:お問い合わせ|メール|ご連絡|ご依頼)を(?:受け付け|受信|承り)(?:いたしました|しました|"
       r"ました)|受付(?:完了|いたしました)")
CHALLENGE = (r"送信者(?:の)?(?:確認|認証)"
             r"|ロボットではない")
PAYMENT_WORDS = r"支払|振込|振り込|入金|送金"
REDIRECT = r"ご連絡ください|までご連絡|お問い合わせください|連絡先"
FIRST_PERSON = ""
PAID_STATEMENT = r"支払いました|振り込みました|入金しました|お支払い済|振込済"
_DATE = r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日"
# "11月24日（火）より順次対応させていただきます": from that day the writer answers again
BACK = (r"(?=(?:" + _DATE + r"|明日|明後日)[^。\n]{0,14}?(?:戻り|戻ります|出社|復帰|帰社|"
        r"(?:対応|ご返信)(?:いたします|致します|させていただきます)))")
BACK_FROM = ""
# (never across a range's "から": "11月16日から11月20日まで" is away until the 20th)
UNTIL = r"(?=" + _DATE + r"(?:(?!から)[^。\n]){0,8}?まで)"
NEXT = r"来週の?|次の"
NEXT_WEEK = r"来週"
# "明日戻ります": days after the message's date (the sender's own day)
DAYS_AHEAD = {"明日": 1, "あした": 1, "明後日": 2}
