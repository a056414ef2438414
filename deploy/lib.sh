# Pas à pas: what install.sh, update.sh and uninstall.sh share. Sourced, not run.
# shellcheck shell=bash
# The names below are used by the scripts that source this file.
# shellcheck disable=SC2034

# Where things go on the kiosk PC.
KIOSK_USER=pasapas-kiosk
KIOSK_HOME=/var/lib/pasapas-kiosk
BUILDS=/opt/pasapas/builds
CURRENT=/opt/pasapas/current
PREVIOUS=/opt/pasapas/previous
COMMUNE=/etc/pasapas
PRINTER_QUEUE=pasapas-ticket

# --dry-run: say every change, make none. --root DIR: write the files under DIR and run no system
# command (the tests use it to check what would be written, and that a second run changes nothing).
DRY_RUN=0
ROOT=""
CHANGES=0

say() { printf '%s\n' "$*"; }

# The options every script takes: --dry-run, --root DIR and --help (the script's header comment).
# Sets TAKEN to how many arguments it used: 0 when "$1" is not one of them.
common_option() {
    TAKEN=1
    case "$1" in
        --dry-run) DRY_RUN=1 ;;
        --root)
            [ -n "${2:-}" ] || fail "--root needs a folder"
            ROOT=$(mkdir -p "$2" && cd "$2" && pwd)
            TAKEN=2
            ;;
        -h | --help)
            sed -n '2,/^[^#]/{/^# shellcheck/d;s/^# \{0,1\}//p}' "$0"
            exit 0
            ;;
        *) TAKEN=0 ;;
    esac
}
fail() {
    printf 'pasapas: %s\n' "$*" >&2
    exit 1
}

# One change: counted, and said (as "would …" in a dry run).
change() {
    CHANGES=$((CHANGES + 1))
    if [ "$DRY_RUN" = 1 ]; then
        say "would $*"
    else
        say "$*"
    fi
}

# A system command that changes the machine: run, or only said in a dry run or under --root.
system() {
    if [ "$DRY_RUN" = 1 ]; then
        return 0
    fi
    if [ -n "$ROOT" ]; then
        say "  (not run under --root: $*)"
        return 0
    fi
    "$@"
}

# The kiosk PC must be Debian 12 or Ubuntu 24.04: the packages and paths below are theirs.
check_system() {
    local os_release="${ROOT}/etc/os-release"
    [ -n "$ROOT" ] && [ ! -f "$os_release" ] && os_release=/etc/os-release
    [ -f "$os_release" ] || fail "no /etc/os-release: this is not Debian 12 or Ubuntu 24.04, nothing was changed."
    local id version
    # shellcheck source=/dev/null
    id=$(. "$os_release" && printf '%s' "${ID:-}")
    # shellcheck source=/dev/null
    version=$(. "$os_release" && printf '%s' "${VERSION_ID:-}")
    case "${id} ${version}" in
        "debian 12" | "ubuntu 24.04") ;;
        *) fail "this kit is for Debian 12 or Ubuntu 24.04, and this is '${id} ${version}'. Nothing was changed." ;;
    esac
    SYSTEM_ID=$id
    if [ -z "$ROOT" ] && [ "$DRY_RUN" = 0 ] && [ "$(id -u)" != 0 ]; then
        fail "run it as root: sudo $0"
    fi
}

# Writes CONTENT_FILE to DEST (under --root) with MODE, only when it differs.
put_file() {
    local source=$1 dest=$2 mode=$3
    local target="${ROOT}${dest}"
    if [ -f "$target" ] && cmp -s "$source" "$target"; then
        if [ "$(stat -c %a "$target")" = "$mode" ]; then
            return 0
        fi
        change "set mode $mode on $dest"
        [ "$DRY_RUN" = 1 ] || chmod "$mode" "$target"
        WROTE+=("$dest")
        return 0
    fi
    if [ -e "$target" ]; then
        change "update $dest"
    else
        change "write $dest"
    fi
    WROTE+=("$dest")
    [ "$DRY_RUN" = 1 ] && return 0
    mkdir -p "$(dirname "$target")"
    install -m "$mode" "$source" "$target.pasapas-new"
    mv -f "$target.pasapas-new" "$target"
}

# Points the link DEST at TARGET in one step (a rename), only when it points elsewhere.
put_link() {
    local target=$1 dest=$2
    if [ "$(readlink "${ROOT}${dest}" 2>/dev/null)" = "$target" ]; then
        return 0
    fi
    change "link $dest -> $target"
    WROTE+=("$dest")
    [ "$DRY_RUN" = 1 ] && return 0
    mkdir -p "$(dirname "${ROOT}${dest}")"
    ln -sfn "$target" "${ROOT}${dest}.pasapas-new"
    mv -Tf "${ROOT}${dest}.pasapas-new" "${ROOT}${dest}"
}

# The build's version: the 12 hex digits stamped into its index.html by `cargo xtask`.
build_version() {
    local build=$1 version
    if [ ! -f "$build/index.html" ] || [ ! -f "$build/sw.js" ]; then
        fail "$build is not a build of Pas à pas (no index.html or sw.js). Make one with: cargo xtask build"
    fi
    version=$(sed -n 's/.*<meta name="pasapas-build" content="\([0-9a-f]\{12\}\)".*/\1/p' "$build/index.html" | head -n 1)
    [ -n "$version" ] || fail "$build/index.html has no build version: build it with cargo xtask build, not trunk alone."
    printf '%s' "$version"
}

# Copies a build into $BUILDS/<version> (once: a version's files never change), then switches
# the current link to it in one step, and keeps the one it replaces as the previous link.
install_build() {
    local build=$1 version
    version=$(build_version "$build")
    local dest="${BUILDS}/${version}"
    if [ ! -d "${ROOT}${dest}" ]; then
        change "copy the build $version to $dest"
        WROTE+=("$dest")
        if [ "$DRY_RUN" = 0 ]; then
            mkdir -p "${ROOT}${BUILDS}"
            rm -rf "${ROOT}${dest}.partial"
            cp -r "$build" "${ROOT}${dest}.partial"
            chmod -R u=rwX,go=rX "${ROOT}${dest}.partial"
            mv "${ROOT}${dest}.partial" "${ROOT}${dest}"
        fi
    fi
    local in_use
    in_use=$(readlink "${ROOT}${CURRENT}" 2>/dev/null || true)
    if [ -n "$in_use" ] && [ "$in_use" != "$dest" ]; then
        put_link "$in_use" "$PREVIOUS"
    fi
    put_link "$dest" "$CURRENT"
}
