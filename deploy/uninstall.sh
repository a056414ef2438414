#!/bin/bash
# Pas à pas: undoes install.sh. The kiosk session, its browser policy, its web site and its
# builds are removed; the commune's files in /etc/pasapas and the packages are kept (say
# --purge to remove /etc/pasapas and the kiosk user's home too).
#
#   sudo deploy/uninstall.sh [--purge]
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

purge=0
[ "${1:-}" = --purge ] && purge=1
check_system
if systemctl is-enabled --quiet pasapas-kiosk.service 2>/dev/null; then
    systemctl disable --now pasapas-kiosk.service
fi
rm -f /etc/systemd/system/pasapas-kiosk.service /etc/pam.d/pasapas-kiosk
rm -rf /usr/local/lib/pasapas
rm -f /etc/chromium/policies/managed/pasapas.json /etc/chromium-browser/policies/managed/pasapas.json
rm -f /etc/nginx/sites-enabled/pasapas /etc/nginx/sites-available/pasapas
if [ -f /etc/nginx/sites-available/default ] && [ ! -e /etc/nginx/sites-enabled/default ]; then
    ln -s /etc/nginx/sites-available/default /etc/nginx/sites-enabled/default
fi
systemctl daemon-reload
systemctl reload-or-restart nginx || true
rm -rf /opt/pasapas
if lpstat -v "$PRINTER_QUEUE" >/dev/null 2>&1; then
    lpadmin -x "$PRINTER_QUEUE"
fi
if [ "$purge" = 1 ]; then
    rm -rf "$COMMUNE"
    userdel --remove "$KIOSK_USER" 2>/dev/null || true
else
    say "kept: $COMMUNE (the configuration and places file) and the user $KIOSK_USER."
fi
say "Pas à pas is removed from this PC. The packages stay; apt can remove them."
