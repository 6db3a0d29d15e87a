#!/usr/bin/env bash
# Start the app on a virtual display with Qt's AT-SPI bridge on, and print the
# accessible tree a screen reader (Orca) would read. Extra arguments: max depth.
#   scripts/accessible-tree.sh [DEPTH]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
bootstrap ""

if [[ "${1-}" != "--inside" ]]; then
    # A private X display and D-Bus session, so nothing of the user's is touched.
    exec xvfb-run -a dbus-run-session -- "$0" --inside "$@"
fi
shift
/usr/libexec/at-spi-bus-launcher --launch-immediately &
bus=$!
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_QPA_PLATFORM=xcb
"$VENV/bin/outsource-desktop" &
app=$!
trap 'kill "$app" "$bus" 2>/dev/null || true' EXIT
/usr/bin/python3 "$ROOT/scripts/print_accessible_tree.py" "$@"
