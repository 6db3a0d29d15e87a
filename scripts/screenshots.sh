#!/usr/bin/env bash
# Screenshots of every tab, light and dark, on a virtual X display (Xvfb).
#   scripts/screenshots.sh [OUTPUT_DIR]     (default: docs/screenshots)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
bootstrap ""
cd "$ROOT"
QT_QPA_PLATFORM=xcb exec xvfb-run -a -s "-screen 0 1400x900x24" \
    "$VENV/bin/python" scripts/screenshots.py "${1:-docs/screenshots}"
