#!/bin/bash
# Pas à pas: sets up a kiosk PC (Debian 12 or Ubuntu 24.04) to run the kiosk at boot.
#
#   sudo deploy/install.sh [BUILD] [--printer URI [PPD_FILE_OR_MODEL]] [--dry-run]
#
# BUILD: the folder `cargo xtask build` makes (default: dist/ beside this folder).
# --printer: also make this printer the ticket printer (see deploy/printer.sh).
# --dry-run: say every change it would make, and make none.
# --root DIR: for the tests: write the files under DIR, run no system command.
# It installs Debian's packages only, and run again it changes nothing. deploy/uninstall.sh undoes it.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

build="$here/../dist"
printer_args=()
while [ $# -gt 0 ]; do
    common_option "$@"
    if [ "$TAKEN" -gt 0 ]; then
        shift "$TAKEN"
        continue
    fi
    case "$1" in
        --printer)
            [ -n "${2:-}" ] || fail "--printer needs the printer's URI (lpinfo -v lists them)"
            printer_args=("$2")
            shift 2
            if [ $# -gt 0 ] && [ "${1#--}" = "$1" ]; then
                printer_args+=("$1")
                shift
            fi
            ;;
        -*) fail "unknown option $1 (see $0 --help)" ;;
        *) build=$1 && shift ;;
    esac
done

check_system
[ -d "$build" ] || fail "no build at $build: make one with cargo xtask build, or give its folder"
build=$(cd "$build" && pwd)
version=$(build_version "$build")
WROTE=()
if [ "$DRY_RUN" = 1 ]; then
    say "Pas à pas: what setting up this kiosk PC would change (build $version), changing nothing:"
else
    say "Pas à pas: setting up this kiosk PC (build $version)"
fi

# 1. Debian's packages: the web server, the kiosk compositor, the browser, printing, voices and
#    fonts that draw every language of the kiosk.
browser_package=chromium
policy_folders=(/etc/chromium/policies/managed)
if [ "$SYSTEM_ID" = ubuntu ]; then
    # Ubuntu's chromium-browser package installs the snap, which reads its policies here.
    browser_package=chromium-browser
    policy_folders+=(/etc/chromium-browser/policies/managed)
fi
packages=(nginx cage "$browser_package" cups cups-client
    speech-dispatcher speech-dispatcher-espeak-ng speech-dispatcher-audio-plugins espeak-ng
    alsa-utils fonts-noto-core fonts-dejavu-core)
if [ -n "$ROOT" ]; then
    say "  (packages not checked under --root: ${packages[*]})"
else
    missing=()
    for package in "${packages[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    if [ ${#missing[@]} -gt 0 ]; then
        change "install the packages ${missing[*]}"
        system apt-get update -q
        system env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
    fi
fi

# 2. The kiosk's own user: no password, no shell, logged in by pasapas-kiosk.service only.
if [ -z "$ROOT" ] && ! id "$KIOSK_USER" >/dev/null 2>&1; then
    change "create the user $KIOSK_USER (home $KIOSK_HOME, no password, no shell)"
    system useradd --system --create-home --home-dir "$KIOSK_HOME" --shell /usr/sbin/nologin \
        --groups audio,video,input,render,lp "$KIOSK_USER"
fi

# 3. The build, and the commune's files beside it (kept by every update).
install_build "$build"
for file in config/kiosk.toml data/places.csv; do
    if [ ! -e "${ROOT}${COMMUNE}/${file}" ] && [ -f "$build/$file" ]; then
        # Only when there is none: the commune's own file is never replaced.
        put_file "$build/$file" "$COMMUNE/$file" 644
    fi
done

# 4. The web server: the kiosk on 127.0.0.1:8080, and no other site.
before=$CHANGES
put_file "$here/files/nginx-pasapas.conf" /etc/nginx/sites-available/pasapas 644
put_link /etc/nginx/sites-available/pasapas /etc/nginx/sites-enabled/pasapas
if [ -L "${ROOT}/etc/nginx/sites-enabled/default" ]; then
    change "remove /etc/nginx/sites-enabled/default (Debian's example site, open to the whole network)"
    [ "$DRY_RUN" = 1 ] || rm -f "${ROOT}/etc/nginx/sites-enabled/default"
fi
if [ "$CHANGES" != "$before" ]; then
    system nginx -t -q
    system systemctl enable nginx
    system systemctl reload-or-restart nginx
fi

# 5. The browser's locks (each line is explained in the README).
for folder in "${policy_folders[@]}"; do
    put_file "$here/files/chromium-policy.json" "$folder/pasapas.json" 644
done

# 6. The kiosk session: cage and Chromium on tty7, restarted when they exit.
before=$CHANGES
put_file "$here/files/kiosk-browser" /usr/local/lib/pasapas/kiosk-browser 755
put_file "$here/files/pasapas-kiosk.service" /etc/systemd/system/pasapas-kiosk.service 644
put_file "$here/files/pam-pasapas-kiosk" /etc/pam.d/pasapas-kiosk 644
session_changed=0
[ "$CHANGES" != "$before" ] && session_changed=1

# 7. Voices: speech-dispatcher with espeak-ng, for the kiosk user.
put_file "$here/files/speechd.conf" "$KIOSK_HOME/.config/speech-dispatcher/speechd.conf" 644
if [ ! -d "${ROOT}${KIOSK_HOME}/figures" ]; then
    # Where agent mode's "Download the figures (CSV)" lands (the policy's DownloadDirectory).
    change "create $KIOSK_HOME/figures"
    WROTE+=("$KIOSK_HOME/figures")
    [ "$DRY_RUN" = 1 ] || mkdir -p "${ROOT}${KIOSK_HOME}/figures"
fi
system chown -R "$KIOSK_USER:" "$KIOSK_HOME"

# 8. Services at boot.
if [ "$session_changed" = 1 ]; then
    system systemctl daemon-reload
fi
if [ -z "$ROOT" ] && ! systemctl is-enabled --quiet pasapas-kiosk.service 2>/dev/null; then
    change "start the kiosk at every boot (systemctl enable pasapas-kiosk.service)"
    system systemctl enable pasapas-kiosk.service
fi
if [ -z "$ROOT" ] && [ "$(systemctl get-default 2>/dev/null)" != graphical.target ]; then
    change "boot into the kiosk session (systemctl set-default graphical.target)"
    system systemctl set-default graphical.target
fi
if [ -z "$ROOT" ] && ! systemctl is-enabled --quiet cups.service 2>/dev/null; then
    change "start printing at every boot (systemctl enable cups)"
    system systemctl enable --now cups
fi

# 9. The ticket printer, when given; otherwise a queue that refuses jobs until there is one (with
#    no queue at all, "Print" would freeze the kiosk's page: see printer.sh).
if [ ${#printer_args[@]} -gt 0 ]; then
    if [ "$DRY_RUN" = 1 ] || [ -n "$ROOT" ]; then
        change "make ${printer_args[0]} the ticket printer (deploy/printer.sh)"
    else
        "$here/printer.sh" "${printer_args[@]}"
    fi
elif [ -z "$ROOT" ] && ! lpstat -v "$PRINTER_QUEUE" >/dev/null 2>&1; then
    change "create the print queue $PRINTER_QUEUE, refusing jobs until a ticket printer is given"
    system "$here/printer.sh" --none
fi

if [ "$CHANGES" = 0 ]; then
    say "nothing to change: this kiosk PC is already set up with build $version."
elif [ "$DRY_RUN" = 1 ]; then
    say "$CHANGES change(s) to make. Nothing was changed."
else
    say "$CHANGES change(s) made."
    if [ -z "$ROOT" ] && [ "$session_changed" = 1 ]; then
        system systemctl restart pasapas-kiosk.service
        say "The kiosk session (re)started on tty7."
    fi
fi
if [ ${#printer_args[@]} -eq 0 ] && [ -z "$ROOT" ] && lpstat -v "$PRINTER_QUEUE" 2>/dev/null | grep -q "/dev/null"; then
    say "No ticket printer yet: plug it in, then run: sudo $here/printer.sh URI [PPD] (see the README)."
fi
if [ -n "${PASAPAS_LIST_FILES:-}" ]; then
    printf '%s\n' "${WROTE[@]}" >"$PASAPAS_LIST_FILES"
fi
