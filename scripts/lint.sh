#!/usr/bin/env bash
# Install the locked tools (as scripts/test.sh does) and run the linters: ruff, then mypy
# (strict, on the files listed under [tool.mypy] in pyproject.toml). Exits non-zero on
# any finding. Extra arguments go to ruff, e.g. `scripts/lint.sh --fix`.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
rc=0
"$VENV/bin/ruff" check mailbot tests bench "$@" || rc=1
"$VENV/bin/mypy" || rc=1
exit "$rc"
