"""English auto-reply wording beyond lang/en.py: automatic acknowledgements, office
closures, sender-verification requests (see _absence/__init__.py)."""

AUTO_BODY = (r"\b(?:our|the) (?:offices?|practice|clinic|studio|shop|store|firm|company|team)"
             r" (?:is|are|will be|remains?) (?:closed|shut)\b")
ACK = (r"\b(?:we have|we've) (?:successfully )?received your (?:e-?mail|message|request|enquiry|"
       r"inquiry)|\byour (?:e-?mail|message|request|enquiry|inquiry|ticket) has been (?:received|"
       r"logged|registered)|\bthis is an automatic (?:confirmation|acknowledge?ment)")
# a machine saying it is one: "this is an automated acknowledgement", "please do not reply"
SELF_AUTO = (r"\bthis is an? (?:automated|automatic|auto-generated|system[- ]generated) "
             r"(?:acknowledge?ment|confirmation|notification|message|e-?mail|reply|response)|"
             r"\bthis (?:e-?mail|message|notification) (?:was|has been|is) (?:sent |generated |"
             r"created )?automatically|\b(?:please )?do not reply to this (?:e-?mail|message)|"
             r"\breplies to this (?:e-?mail )?address are not (?:monitored|read)")
CHALLENGE = (r"\bconfirm (?:that )?you are (?:a )?(?:real|human|not a robot|legitimate|genuine)|"
             r"\bverify (?:that you are|yourself|your (?:e-?mail|identity|address))|"
             r"\b(?:whitelist|approved senders? list|boxbe|sender verification|spam ?arrest)\b|"
             r"\bclick (?:the|this) link (?:below )?to (?:confirm|verify|have your (?:e-?mail|"
             r"message) delivered)"
             r"|\bguest list\b|\brequest to be added to\b|\bpending (?:your )?(?:verification|"
             r"confirmation)|\b(?:held|quarantined) until you (?:confirm|verify)|\bnot a (?:robot|"
             r"spammer|bot)\b|\bchallenge[- ]response")
NEXT_WEEK = ""
# "back tomorrow", "back next Monday" (lang/en.py's BACK wants "back on")
BACK = r"\bback(?= (?:tomorrow|next|this|after))"
