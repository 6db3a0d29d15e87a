#!/usr/bin/env bash
# Set up (Debian packages, .venv, project with dev tools), then run every check:
# ruff, mypy, import contracts and the pytest suite (which builds the PyInstaller
# bundle when it is missing or stale). Extra arguments go to pytest.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/bootstrap.sh"
bootstrap "dev,package"   # package: PyInstaller, for the frozen-bundle tests
cd "$ROOT"
export QT_QPA_PLATFORM=offscreen
echo "== ruff";         "$VENV/bin/ruff" check . && "$VENV/bin/ruff" format --check .
echo "== mypy";         "$VENV/bin/mypy"
echo "== import contracts"; "$VENV/bin/lint-imports"
echo "== pytest";       "$VENV/bin/python" -m pytest "$@"
