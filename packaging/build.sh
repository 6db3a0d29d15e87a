#!/usr/bin/env bash
# Build the offline Linux bundle:
#   dist/outsource-desktop/                                  onedir bundle, with install.sh
#   dist/outsource-desktop-VERSION-linux-ARCH.tar.xz          the same, for users to unpack
# Sets up .venv with PyInstaller (the `package` extra) on first use.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/bootstrap.sh"
bootstrap "dev,package"   # the same extras as run-tests.sh, so neither reinstalls for the other
cd "$ROOT"

APP_ID="io.github.outsource_desktop.OutsourceDesktop"
VERSION="$("$VENV/bin/python" -c 'from outsource_desktop import __version__; print(__version__)')"
BUNDLE="dist/outsource-desktop"
ARCHIVE="dist/outsource-desktop-$VERSION-linux-$(uname -m).tar.xz"

echo "build: PyInstaller (packaging/outsource-desktop.spec)"
# Expect a warning that libgtk-3 is missing for the gtk3 theme plugin: trim.py drops that plugin.
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/outsource-desktop.spec

echo "build: desktop integration"
# install.sh expects these beside the executable: it installs the folder it sits in.
install -m 755 packaging/linux/install.sh packaging/linux/uninstall.sh "$BUNDLE/"
install -D -m 644 "packaging/linux/$APP_ID.desktop" "$BUNDLE/share/applications/$APP_ID.desktop"
install -D -m 644 "packaging/linux/$APP_ID.metainfo.xml" "$BUNDLE/share/metainfo/$APP_ID.metainfo.xml"
# The icons come from resources/icons, the one copy the app itself also uses.
for png in resources/icons/outsource-desktop-*.png; do
    size="${png##*-}"; size="${size%.png}"
    install -D -m 644 "$png" "$BUNDLE/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
done
install -D -m 644 resources/icons/outsource-desktop.svg \
    "$BUNDLE/share/icons/hicolor/scalable/apps/$APP_ID.svg"

echo "build: $ARCHIVE"
rm -f "$ARCHIVE"
# Named by version inside, so unpacking next to an older one does not mix them.
XZ_OPT="-T0 -6" tar --create --xz --file "$ARCHIVE" --directory dist \
    --sort=name --owner=0 --group=0 --numeric-owner \
    --transform "s,^outsource-desktop,outsource-desktop-$VERSION,S" outsource-desktop

du -sh "$BUNDLE" "$ARCHIVE"
