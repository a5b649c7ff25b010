#!/usr/bin/env bash
# Install mailbot into .venv (first run only) and play the demo on local servers.
set -euo pipefail
source "$(dirname "$0")/bootstrap.sh"
exec "$VENV/bin/mailbot" demo "$@"
