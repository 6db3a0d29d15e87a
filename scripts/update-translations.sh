#!/usr/bin/env bash
# Collect every text marked for translation in src/ (translate("Context", "Text"),
# Qt's tr() and QCoreApplication.translate()) into translations/outsource_desktop_hi.ts,
# keeping the translations already there. Run after changing the interface's words,
# translate what is new (Qt Linguist: .venv/bin/pyside6-linguist FILE.ts, or by hand),
# and commit the .ts. scripts/bootstrap.sh compiles it into resources/i18n/*.qm.
#
# translations/qtbase_hi.ts is not generated: it holds Qt's own words for the
# standard dialogs the app shows (buttons, file, print and message dialogs),
# which Qt does not ship in Hindi.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mapfile -t sources < <(find src/outsource_desktop -name '*.py' | sort)
.venv/bin/pyside6-lupdate -silent -no-obsolete -locations none \
    -source-language en -target-language hi \
    "${sources[@]}" -ts translations/outsource_desktop_hi.ts
