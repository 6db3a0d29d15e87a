#!/usr/bin/env bash
# Set up everything the app and its tests need, idempotently:
#   missing Debian packages -> .venv -> the project installed editable with its dev extra.
# Sourced by run-app.sh and run-tests.sh; safe to run again (it skips what is done).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${OUTSOURCE_VENV:-$ROOT/.venv}"
PYTHON="${PYTHON:-python3}"

install_system_packages() {
    command -v dpkg-query >/dev/null 2>&1 || return 0   # not Debian: the user installs Qt's libraries
    local missing=()
    while read -r package; do
        [[ -z "$package" || "$package" == \#* ]] && continue
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" \
            || missing+=("$package")
    done < "$ROOT/scripts/system-packages.txt"
    ((${#missing[@]} == 0)) && return 0
    local sudo=()
    if ((EUID != 0)); then
        if command -v sudo >/dev/null 2>&1; then sudo=(sudo); else
            echo "bootstrap: please install these Debian packages: ${missing[*]}" >&2
            return 0
        fi
    fi
    echo "bootstrap: installing Debian packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

create_venv() {
    if [[ ! -x "$VENV/bin/python" ]]; then
        "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
            || { echo "bootstrap: Python 3.11 or newer is needed" >&2; exit 1; }
        echo "bootstrap: creating $VENV"
        "$PYTHON" -m venv "$VENV"
        "$VENV/bin/python" -m pip install --quiet --upgrade pip
    fi
}

install_project() {
    local extras="$1"
    # Reinstall only when pyproject.toml changed or more extras are wanted than installed.
    local stamp="$VENV/.outsource-desktop-installed"
    local digest installed_digest="" installed_extras=""
    digest="$(sha256sum "$ROOT/pyproject.toml" | cut -d' ' -f1)"
    [[ -f "$stamp" ]] && read -r installed_digest installed_extras < "$stamp" || true
    if [[ "$installed_digest" == "$digest" && ( -z "$extras" || "$installed_extras" == "$extras" ) ]]; then
        return 0
    fi
    [[ -z "$extras" && -n "$installed_extras" ]] && extras="$installed_extras"
    echo "bootstrap: installing the project${extras:+ with [$extras]}"
    "$VENV/bin/python" -m pip install --quiet --editable "$ROOT${extras:+[$extras]}"
    echo "$digest $extras" > "$stamp"
}

refresh_content_cache() {
    # The app reads its bundled content (one file per language) from a cache of
    # what validation built (src/outsource_desktop/content/cache.py), so it starts
    # without pydantic. Each cache is remade when missing or older than its
    # content or any source file; a stale one is never read, only slower to start.
    # The same command stores that language's first-frame Overview beside it
    # (CONTENT.overview, documents/overview_snapshot.py).
    local content cache
    for content in "$ROOT"/resources/content.json "$ROOT"/resources/content.*.json; do
        [[ -f "$content" ]] || continue   # no translation yet: the glob stays unexpanded
        cache="$content.cache"
        if [[ -f "$cache" && -f "$content.overview" && -z "$(find "$content" "$ROOT/src" \
                "$ROOT/translations" -newer "$cache" \
                \( -name '*.py' -o -name '*.ts' -o -name "$(basename "$content")" \) -print -quit)" ]]; then
            continue
        fi
        echo "bootstrap: caching the validated content ($(basename "$content"))"
        # An invalid content file is reported here and again, in full, by the app and tests.
        "$VENV/bin/python" -m outsource_desktop validate "$content" --cache >/dev/null || true
    done
}

build_translations() {
    # The interface's translations, compiled from translations/*.ts (the sources,
    # committed) into resources/i18n/*.qm (build outputs, not committed), which
    # the app loads with QTranslator (src/outsource_desktop/export/translations.py).
    local source compiled
    mkdir -p "$ROOT/resources/i18n"
    for source in "$ROOT"/translations/*.ts; do
        compiled="$ROOT/resources/i18n/$(basename "${source%.ts}").qm"
        [[ -f "$compiled" && "$compiled" -nt "$source" ]] && continue
        echo "bootstrap: compiling $(basename "$source")"
        "$VENV/bin/pyside6-lrelease" -silent "$source" -qm "$compiled"
    done
}

bootstrap() {
    install_system_packages
    create_venv
    install_project "${1-}"
    build_translations
    refresh_content_cache
}
