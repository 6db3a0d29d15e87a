#!/usr/bin/env bash
# Run the app from this checkout, setting everything up on first use.
#   scripts/run-app.sh [--content FILE] [--quit-after-show] ...
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
bootstrap ""
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" && "$*" != *--version* ]]; then
    echo "run-app: no display found (DISPLAY and WAYLAND_DISPLAY are unset)." >&2
    echo "  On a headless machine use a virtual one:  xvfb-run -a scripts/run-app.sh" >&2
    exit 2
fi
exec "$VENV/bin/outsource-desktop" "$@"
