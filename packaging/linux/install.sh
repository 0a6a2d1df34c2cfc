#!/bin/sh
# Install (or remove) the Brücke bundle for the current user – no root, no terminal knowledge beyond this.
#
#     ./install.sh              copies this folder to ~/.local/lib/bruecke, adds `bruecke` to ~/.local/bin,
#                               the menu entry, the icons and the AppStream metadata
#     ./install.sh --uninstall  removes exactly those files; the office data stays untouched
#
# build.py places this script in dist/bruecke/ next to the program. PREFIX overrides ~/.local.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DEST="$PREFIX/lib/bruecke"
APP_ID=de.bruecke.Bruecke
SIZES="16 24 32 48 64 128 256 512"

remove_integration() {
    rm -f "$PREFIX/bin/bruecke" "$PREFIX/share/applications/$APP_ID.desktop" \
          "$PREFIX/share/metainfo/$APP_ID.metainfo.xml" "$PREFIX/share/icons/hicolor/scalable/apps/$APP_ID.svg"
    for size in $SIZES; do
        rm -f "$PREFIX/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png"
    done
}

refresh_caches() {
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$PREFIX/share/applications" || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove_integration
    rm -rf "$DEST"
    refresh_caches
    echo "Brücke wurde entfernt. Ihre Daten bleiben erhalten (Standard: ~/.local/share/Bruecke/)."
    exit 0
fi

if [ "$HERE" != "$DEST" ]; then
    mkdir -p "$PREFIX/lib"
    rm -rf "$DEST.new"
    cp -a "$HERE" "$DEST.new"
    rm -rf "$DEST"
    mv "$DEST.new" "$DEST"
fi
remove_integration
mkdir -p "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo" \
         "$PREFIX/share/icons/hicolor/scalable/apps"
ln -s "$DEST/bruecke" "$PREFIX/bin/bruecke"
sed -e "s|^Exec=.*|Exec=\"$DEST/bruecke\"|" -e "s|^TryExec=.*|TryExec=$DEST/bruecke|" \
    "$DEST/share/applications/$APP_ID.desktop" > "$PREFIX/share/applications/$APP_ID.desktop"
cp "$DEST/share/metainfo/$APP_ID.metainfo.xml" "$PREFIX/share/metainfo/"
cp "$DEST/share/icons/hicolor/scalable/apps/$APP_ID.svg" "$PREFIX/share/icons/hicolor/scalable/apps/"
for size in $SIZES; do
    mkdir -p "$PREFIX/share/icons/hicolor/${size}x${size}/apps"
    cp "$DEST/share/icons/hicolor/${size}x${size}/apps/$APP_ID.png" "$PREFIX/share/icons/hicolor/${size}x${size}/apps/"
done
refresh_caches
echo "Brücke ist installiert: im Anwendungsmenü unter „Büro“ oder mit dem Befehl $PREFIX/bin/bruecke"
