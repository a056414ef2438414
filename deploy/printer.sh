#!/bin/bash
# Pas à pas: makes the ticket printer the kiosk's default print queue, at the paper width the
# kiosk's configuration gives (paper_width_mm, 58 or 80). Run again, it changes nothing.
#
#   sudo deploy/printer.sh URI [PPD_FILE_OR_MODEL] [--width 58|80]
#   sudo deploy/printer.sh --none
#
# URI: the printer's address, as `lpinfo -v` lists it (usb://…, socket://192.168.1.50:9100…).
# PPD_FILE_OR_MODEL: the printer's driver, a .ppd file from its maker or a model that
# `lpinfo -m` lists; without it, the queue is a driverless (IPP Everywhere) one.
# --none: no ticket printer yet. The queue exists but refuses jobs, so "Print" returns at once.
# Why a queue is always there: with no print queue at all, or after the queue it last used is
# deleted, Chromium's silent printing waits for a printer for ever and the kiosk's page freezes
# (seen in the tests). So never delete the queue: run this script again to change printers.
# The tests run it against a private CUPS (CUPS_SERVER) with a virtual PDF printer.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

uri=""
driver=""
width=""
while [ $# -gt 0 ]; do
    case "$1" in
        --none)
            uri=none
            shift
            ;;
        --width)
            width=${2:-}
            shift 2 || fail "--width needs 58 or 80"
            ;;
        -h | --help)
            sed -n '2,/^[^#]/{/^# shellcheck/d;s/^# \{0,1\}//p}' "$0"
            exit 0
            ;;
        *)
            if [ -z "$uri" ]; then uri=$1; elif [ -z "$driver" ]; then driver=$1; else fail "too many arguments: $1"; fi
            shift
            ;;
    esac
done
[ -n "$uri" ] || fail "usage: $0 URI [PPD_FILE_OR_MODEL] [--width 58|80]"

if [ -z "$width" ]; then
    width=$(sed -n 's/^[[:space:]]*paper_width_mm[[:space:]]*=[[:space:]]*\([0-9]*\).*/\1/p' "$COMMUNE/config/kiosk.toml" 2>/dev/null | head -n 1 || true)
    width=${width:-80}
fi
case "$width" in
    58 | 80) ;;
    *) fail "the paper is 58 or 80 mm wide, not '$width' (paper_width_mm in $COMMUNE/config/kiosk.toml)" ;;
esac
command -v lpadmin >/dev/null || fail "CUPS is not installed: run deploy/install.sh first"

# The kiosk's queue as the default printer, which Chromium's silent printing uses.
make_default() {
    if [ "$(lpstat -d 2>/dev/null | sed -n 's/^system default destination: //p')" != "$PRINTER_QUEUE" ]; then
        say "the ticket printer becomes the default printer"
        lpadmin -d "$PRINTER_QUEUE"
    fi
}

if [ "$uri" = none ]; then
    if ! lpstat -v "$PRINTER_QUEUE" >/dev/null 2>&1; then
        say "no ticket printer yet: queue $PRINTER_QUEUE refuses jobs until deploy/printer.sh URI is run"
        # A driver, or Chromium cannot read what the queue accepts and waits for ever.
        lpadmin -p "$PRINTER_QUEUE" -E -v file:///dev/null -m drv:///sample.drv/generic.ppd
        cupsreject -r "no ticket printer yet: run deploy/printer.sh URI" "$PRINTER_QUEUE"
    fi
    make_default
    exit 0
fi

# The roll's width, 297 mm long: Chromium's silent printing prints on the queue's paper size,
# not on the ticket's own height, so the page must be long enough for the longest ticket (the
# tests measure what lands: 80 mm by 297 mm). Drivers of ticket printers can cut the blank end.
media="Custom.${width}x297mm"
device=$(lpstat -v "$PRINTER_QUEUE" 2>/dev/null | sed -n 's/^device for [^:]*: //p' || true)
if [ "$device" != "$uri" ]; then
    driver_args=(-m everywhere)
    if [ -n "$driver" ] && [ -f "$driver" ]; then
        driver_args=(-P "$driver")
    elif [ -n "$driver" ]; then
        driver_args=(-m "$driver")
    fi
    say "the ticket printer: queue $PRINTER_QUEUE on $uri"
    lpadmin -p "$PRINTER_QUEUE" -E -v "$uri" "${driver_args[@]}" -o "PageSize=$media" -o "media=$media"
else
    lpadmin -p "$PRINTER_QUEUE" -o "PageSize=$media" -o "media=$media"
fi
cupsenable "$PRINTER_QUEUE"
cupsaccept "$PRINTER_QUEUE"
make_default
say "ticket printer ready: $PRINTER_QUEUE, ${width} mm paper. Check it on the kiosk's status screen (Print a test ticket)."
