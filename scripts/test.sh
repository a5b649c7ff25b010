#!/usr/bin/env bash
# Install what the tests need (Python packages, Debian's Dovecot, SpamAssassin and
# Chromium) and run the suite.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
# Debian packages the tests use, installed once (one apt-get update) when missing:
missing=()
# Dovecot: the real IMAP server of the tests
{ command -v dovecot || [ -x /usr/sbin/dovecot ]; } >/dev/null 2>&1 || missing+=(dovecot-imapd dovecot-lmtpd)
# SpamAssassin scores every letter as sent (tests/test_deliverability.py)
command -v spamassassin >/dev/null 2>&1 || missing+=(spamassassin)
# Chromium renders the digest's HTML at desktop and phone width (tests/test_digest.py)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# DejaVu Sans: the PDF record (`mailbot timeline --format pdf`) writes Cyrillic names
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
if [ "${#missing[@]}" -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing Debian packages: ${missing[*]}" >&2
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
set +e
# on every core (pytest-xdist): most tests wait on servers, so workers overlap well;
# MAILBOT_TEST_WORKERS=0 runs them in this one process
"$VENV/bin/python" -m pytest -q -p no:cacheprovider -n "${MAILBOT_TEST_WORKERS:-auto}" "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
  echo "pytest collected no tests: that is a failure here" >&2
  exit 1
fi
exit "$rc"
