#!/bin/sh
# Install Outsourcing Models for the current user, from the unpacked bundle this
# script sits in. No root needed; run ./uninstall.sh (here or in the installed
# folder) to remove it again. Honours XDG_DATA_HOME; defaults to ~/.local/share.
set -eu

APP_ID="io.github.outsource_desktop.OutsourceDesktop"
NAME="outsource-desktop"
SOURCE="$(cd "$(dirname "$0")" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APP_DIR="$DATA_HOME/$NAME"
BIN_DIR="$HOME/.local/bin"

if [ ! -x "$SOURCE/$NAME" ] || [ ! -d "$SOURCE/share/applications" ]; then
    echo "install.sh: run me from the unpacked $NAME folder (no $SOURCE/$NAME here)" >&2
    exit 1
fi
if [ "$SOURCE" = "$APP_DIR" ]; then
    echo "install.sh: $NAME is already installed in $APP_DIR" >&2
    exit 1
fi

# The menu entry's Exec holds this path in double quotes, inside which the
# Desktop Entry spec gives these characters special meaning: refuse them early.
case "$APP_DIR" in
    *[\\\"\`\$%]*)
        echo "install.sh: cannot write a menu entry for a path with \\ \" \` \$ or %: $APP_DIR" >&2
        exit 1 ;;
esac

# Copy beside the old install, then swap, so a failed copy leaves the old one working.
mkdir -p "$DATA_HOME"
STAGING="$(mktemp -d "$DATA_HOME/.$NAME-install.XXXXXX")"
trap 'rm -rf "$STAGING"' EXIT
cp -R "$SOURCE/." "$STAGING/"
chmod 755 "$STAGING"
rm -rf "$APP_DIR"
mv "$STAGING" "$APP_DIR"
trap - EXIT

mkdir -p "$BIN_DIR"
ln -sfn "$APP_DIR/$NAME" "$BIN_DIR/$NAME"

# Desktop entries need an absolute Exec path: ~/.local/bin is not on every
# desktop session's PATH.
mkdir -p "$DATA_HOME/applications"
while IFS= read -r line; do
    case "$line" in
        Exec=*) printf 'Exec="%s"\n' "$APP_DIR/$NAME" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$APP_DIR/share/applications/$APP_ID.desktop" > "$DATA_HOME/applications/$APP_ID.desktop"

mkdir -p "$DATA_HOME/metainfo"
cp "$APP_DIR/share/metainfo/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/"

for icon in "$APP_DIR"/share/icons/hicolor/*/apps/"$APP_ID".*; do
    relative="${icon#"$APP_DIR/share/icons/"}"
    mkdir -p "$DATA_HOME/icons/$(dirname "$relative")"
    cp "$icon" "$DATA_HOME/icons/$relative"
done

# Refresh the desktop's caches where the tools exist; menus pick the app up
# anyway on their next scan. Only update an icon cache that already exists:
# creating one would hide icons that other apps install later without it.
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA_HOME/applications" || true
fi
if [ -f "$DATA_HOME/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -f -t "$DATA_HOME/icons/hicolor" || true
fi

echo "Installed Outsourcing Models in $APP_DIR"
echo "  Start it from your applications menu, or run: $BIN_DIR/$NAME"
echo "  Remove it with: $APP_DIR/uninstall.sh"
case ":${PATH:-}:" in
    *":$BIN_DIR:"*) ;;
    *) echo "  ($BIN_DIR is not on your PATH: the menu entry works regardless)" ;;
esac
