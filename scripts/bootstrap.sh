# Sourced by the other scripts: make a venv with mailbot and its test and lint tools installed,
# every package from requirements.lock (exact versions, hashes checked). Re-installs only
# when the lock or pyproject.toml changed since the last install.
#   PYTHON=python3.12 VENV=.venv-3.12 scripts/test.sh   # another supported Python
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=${PYTHON:-python3}
VENV=${VENV:-.venv}
if ! "$PY" -c 'import sys; sys.exit(not (3, 11) <= sys.version_info[:2] <= (3, 12))' 2>/dev/null; then
  echo "mailbot supports Python 3.11 and 3.12 (found: $("$PY" --version 2>&1))" >&2
  exit 1
fi
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
stamp=$VENV/.mailbot-installed
want=$(cat requirements.lock pyproject.toml | sha256sum | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  n=$(grep -c '^[A-Za-z0-9]' requirements.lock || true)
  echo "Installing mailbot into $VENV with the $n packages requirements.lock pins (first run" \
       "or after an update; about a minute): mail clients and servers (imapclient, aiosmtplib," \
       "pymap, aiosmtpd), SQLite/PostgreSQL access (SQLAlchemy, Alembic, psycopg), mail" \
       "reading (mail-parser, dateparser, Babel), the command line (Typer, Rich)," \
       "and the test and lint tools ..." >&2
  pip=("$VENV/bin/python" -m pip install -q --disable-pip-version-check)
  "${pip[@]}" --require-hashes --no-deps -r requirements.lock
  "${pip[@]}" --no-deps --no-build-isolation -e .
  "$VENV/bin/python" -m pip check -q >/dev/null || "$VENV/bin/python" -m pip check
  echo "$want" > "$stamp"
  echo "Installed." >&2
fi
