# shellcheck shell=bash
# Helpers shared by scripts/test and its libraries: logging, fatal errors, clean-up on exit,
# running a command as root or as an unprivileged user.

# log MESSAGE... — a timestamped progress line on stderr.
log() {
    printf '[test %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2
}

# die MESSAGE... — print a loud failure and exit non-zero (the EXIT trap still cleans up).
die() {
    {
        printf '\n'
        printf '!!! %s\n' "$@"
        # Inside a step's subshell the run goes on and prints its own summary.
        if ((BASH_SUBSHELL == 0)); then
            printf '\nscripts/test: FAIL — %s\n' "$1"
        fi
    } >&2
    exit 1
}

# Clean-up actions run in reverse order on exit. Each entry is one shell command line;
# build it with printf %q so paths with odd characters survive.
CLEANUPS=()

add_cleanup() {
    CLEANUPS+=("$1")
}

run_cleanups() {
    local i
    for ((i = ${#CLEANUPS[@]} - 1; i >= 0; i--)); do
        eval "${CLEANUPS[i]}" || true
    done
    CLEANUPS=()
}

# install_traps — run the clean-up list on exit and on INT/TERM (also in subshells, which
# do not inherit traps).
install_traps() {
    trap run_cleanups EXIT
    trap 'exit 130' INT
    trap 'exit 143' TERM
}

# as_root COMMAND... — run as root: directly when we are root, else through passwordless sudo.
as_root() {
    if ((EUID == 0)); then
        "$@"
    elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
        sudo -n "$@"
    else
        die "root is needed to run: $*" \
            "run scripts/test as root (as CI does) or install the missing packages yourself"
    fi
}

# as_user USER COMMAND... — run as USER when we are root (from /, which every user can enter);
# when we are not root, USER is ourselves and the command runs directly.
as_user() {
    local user=$1
    shift
    if ((EUID == 0)); then
        (cd / && runuser -u "$user" -- "$@")
    else
        "$@"
    fi
}

# port_in_use PORT — true when something accepts TCP connections on 127.0.0.1:PORT.
port_in_use() {
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# fmt_duration SECONDS — e.g. 3m07s.
fmt_duration() {
    printf '%dm%02ds' $(($1 / 60)) $(($1 % 60))
}
