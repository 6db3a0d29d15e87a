#!/bin/sh
# Remove what install.sh installed for the current user. Settings the app saved
# (~/.config/outsource-desktop) are the user's and stay. Honours XDG_DATA_HOME.
set -eu

APP_ID="io.github.outsource_desktop.OutsourceDesktop"
NAME="outsource-desktop"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
APP_DIR="$DATA_HOME/$NAME"
BIN_DIR="$HOME/.local/bin"

# Only our own launcher: leave any other outsource-desktop on the PATH alone.
if [ -L "$BIN_DIR/$NAME" ] && [ "$(readlink "$BIN_DIR/$NAME")" = "$APP_DIR/$NAME" ]; then
    rm -f "$BIN_DIR/$NAME"
fi
rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
rm -f "$DATA_HOME"/icons/hicolor/*/apps/"$APP_ID".png "$DATA_HOME"/icons/hicolor/*/apps/"$APP_ID".svg
# This script may live inside APP_DIR: the shell keeps it open, so deleting it is safe.
rm -rf "$APP_DIR"

if command -v update-desktop-database >/dev/null 2>&1 && [ -d "$DATA_HOME/applications" ]; then
    update-desktop-database -q "$DATA_HOME/applications" || true
fi
if [ -f "$DATA_HOME/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -f -t "$DATA_HOME/icons/hicolor" || true
fi

echo "Removed Outsourcing Models from $APP_DIR"
