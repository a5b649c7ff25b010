"""Chinese auto-reply wording (see _absence/__init__.py). The date comes before the
verb ("我将于12月14日返回"): BACK and UNTIL are lookaheads to the date."""

AUTO_SUBJECT = r"自动回复|自動回覆|自動回复|自动答复|休假通知|不在办公室"
AUTO_BODY = (r"我(?:目前|现在|正在|将|這段時間|这段时间)*(?:正在)?(?:休假|出差|不在办公室|不在公司|"
             r"外出|请假|休年假)|(?:这|此|這)是(?:一封)?自动(?:回复|答复)|自动回复|自動回覆")
ACK = (r"(?:您|你)的(?:邮件|郵件|来信|來信|信息|消息|请求|咨询)(?:已|已经|已經)(?:收到|被接收|受理)|"
       r"我们已(?:经)?收到(?:您|你)的(?:邮件|来信|消息|请求)")
CHALLENGE = (r"确认您是真实(?:的)?发件人|发件人验证"
             r"|不是机器人")
PAYMENT_WORDS = r"付款|支付|汇款|转账|已付"
REDIRECT = r"请联系|联系|请发送至|请发邮件至"
FIRST_PERSON = ""
PAID_STATEMENT = r"已付款|已支付|已汇款|已转账|将付款|会付款"
_DATE = r"(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号號]"
# (no comma or digit between the date and the verb: in "12月1日至12月8日休假，12月9日返回"
# the range's end is not the day back)
BACK = (r"(?:返回日期|回到办公室的日期|返岗日期)\s*[:：]?\s*|(?=(?:" + _DATE
        + r"|明天|后天)[^。，,；;\n\d]{0,10}?(?:返回|回来|回到|上班|恢复|回复您))")
BACK_FROM = ""
UNTIL = (r"(?:休假|出差|外出)(?:至|到)|至(?=\s*(?:\d{4}\s*年\s*)?\d)|(?=" + _DATE
         + r"\s*(?:前|之前|止|为止))")
NEXT = r"下个?"
NEXT_WEEK = r"下(?:个)?(?:周|星期|礼拜)"
# "明天返回": days after the message's date (the sender's own day)
DAYS_AHEAD = {"明天": 1, "后天": 2}
