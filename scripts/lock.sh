#!/usr/bin/env bash
# Re-resolve every dependency (transitive ones included) into requirements.lock, with
# exact versions and hashes, for every supported Python (3.11 and 3.12) at once.
#   scripts/lock.sh                    # after editing pyproject.toml: keep other pins
#   scripts/lock.sh --upgrade          # take the newest releases of everything
#   scripts/lock.sh --upgrade-package babel
# Then run scripts/test.sh and commit requirements.lock with the change that needs it.
set -euo pipefail
cd "$(dirname "$0")/.."
UV_VERSION=0.13.8
tool=.venv-lock
if [ ! -x "$tool/bin/uv" ] || [ "$("$tool/bin/uv" --version | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  python3 -m venv "$tool"
  "$tool/bin/python" -m pip install -q "uv==$UV_VERSION"
fi
# setuptools and wheel are locked too: the editable install builds without isolation,
# so no unpinned build backend is ever fetched.
"$tool/bin/uv" pip compile pyproject.toml scripts/build-requirements.in --extra test --extra lint \
  --universal --python-version 3.11 --generate-hashes --no-header \
  --output-file requirements.lock "$@"
