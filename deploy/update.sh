#!/bin/bash
# Pas à pas: puts a new build on a kiosk PC set up by install.sh, or goes back to the one before.
#
#   sudo deploy/update.sh BUILD        the new build beside the old one, then one switch
#   sudo deploy/update.sh --rollback   back to the build before (one command, one switch)
#
# The switch renames a link, so the server never serves half of a build. /etc/pasapas (the
# configuration and the places file) is not touched. The kiosk takes the new build at the next
# reset between two people (its service worker asks for it), not in the middle of someone's visit.
# --root DIR: for the tests, as in install.sh.
# shellcheck source-path=SCRIPTDIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=lib.sh
. "$here/lib.sh"

build=""
rollback=0
while [ $# -gt 0 ]; do
    common_option "$@"
    if [ "$TAKEN" -gt 0 ]; then
        shift "$TAKEN"
        continue
    fi
    case "$1" in
        --rollback) rollback=1 && shift ;;
        -*) fail "unknown option $1 (see $0 --help)" ;;
        *) build=$1 && shift ;;
    esac
done
check_system
WROTE=()
[ -L "${ROOT}${CURRENT}" ] || fail "no build installed at $CURRENT: run deploy/install.sh first."

if [ "$rollback" = 1 ]; then
    [ -z "$build" ] || fail "--rollback takes no build"
    previous=$(readlink "${ROOT}${PREVIOUS}" 2>/dev/null || true)
    if [ -z "$previous" ] || [ ! -d "${ROOT}${previous}" ]; then fail "no previous build to go back to."; fi
    current=$(readlink "${ROOT}${CURRENT}")
    put_link "$previous" "$CURRENT"
    put_link "$current" "$PREVIOUS"
    say "back to build ${previous##*/} (build ${current##*/} is kept as the previous one)."
    exit 0
fi

[ -n "$build" ] || fail "usage: $0 BUILD | --rollback"
[ -d "$build" ] || fail "no build at $build"
build=$(cd "$build" && pwd)
install_build "$build"

# Keep the build in use and the one before; older ones only take room.
current=$(readlink "${ROOT}${CURRENT}")
previous=$(readlink "${ROOT}${PREVIOUS}" 2>/dev/null || true)
for old in "${ROOT}${BUILDS}"/*; do
    [ -d "$old" ] || continue
    case "${old#"$ROOT"}" in
        "$current" | "$previous") ;;
        *)
            change "remove the old build ${old##*/}"
            [ "$DRY_RUN" = 1 ] || rm -rf "$old"
            ;;
    esac
done
if [ "$CHANGES" = 0 ]; then
    say "nothing to change: build ${current##*/} is already in use."
else
    say "build ${current##*/} in use; the kiosk takes it at the next reset. To go back: sudo $0 --rollback"
fi
