# shellcheck shell=bash
# Installing Debian packages the tests need, only when they are missing.
# Runs `apt-get update` at most once per run, and waits for any other apt/dpkg process
# (e.g. an install already going on in the background) instead of failing on its lock.

APT_UPDATED=0

# apt_busy — true while another process holds an apt/dpkg lock.
apt_busy() {
    local locks=(/var/lib/dpkg/lock-frontend /var/lib/dpkg/lock /var/lib/apt/lists/lock /var/cache/apt/archives/lock)
    if command -v fuser >/dev/null 2>&1; then
        if as_root fuser "${locks[@]}" >/dev/null 2>&1; then
            return 0
        fi
    fi
    pgrep -x 'apt|apt-get|aptitude|dpkg|unattended-upgr' >/dev/null 2>&1
}

# apt_wait — wait (up to 20 minutes) until no other apt/dpkg process is running.
apt_wait() {
    local i
    for ((i = 0; i < 240; i++)); do
        apt_busy || return 0
        if ((i % 12 == 0)); then
            log "another apt/dpkg process is running; waiting for it to finish"
        fi
        sleep 5
    done
    die "apt/dpkg was still busy after 20 minutes; cannot install test dependencies"
}

# apt_get ARGS... — apt-get, non-interactive, retried when it loses a race for the lock.
apt_get() {
    local attempt
    for attempt in 1 2 3 4 5; do
        apt_wait
        if as_root env DEBIAN_FRONTEND=noninteractive \
            apt-get -q -o DPkg::Lock::Timeout=600 "$@" </dev/null; then
            return 0
        fi
        log "apt-get $* failed (attempt $attempt of 5); retrying shortly"
        sleep 10
    done
    return 1
}

# apt_install PACKAGE... — apt-get update (once) and apt-get install -y.
apt_install() {
    (($# > 0)) || return 0
    command -v apt-get >/dev/null 2>&1 ||
        die "missing packages: $* — and this system has no apt-get to install them"
    if ((APT_UPDATED == 0)); then
        log "apt-get update"
        apt_get update || die "apt-get update failed; cannot install: $*"
        APT_UPDATED=1
    fi
    log "apt-get install -y $*"
    apt_get install -y "$@" || die "apt-get install -y $* failed"
}

# deb_installed PACKAGE — true when dpkg says PACKAGE is installed.
deb_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}
