# shellcheck shell=bash
# Guarantees a reachable PostgreSQL server for the store tests and exports its admin URL as
# PACTUM_TEST_POSTGRES_URL (the tests create and drop their own databases there).
#
# In order:
#   1. PACTUM_TEST_POSTGRES_URL already set: use it, or fail if it does not answer.
#   2. A server on 127.0.0.1:5432 that lets postgres in without a password: use it.
#   3. Nothing on 5432 but a local Debian cluster: pg_ctlcluster ... main start, and use it.
#   4. Otherwise a throwaway cluster from the distribution's binaries (installing
#      `postgresql` if needed), run by an unprivileged user, data and socket under
#      target/pg-test/, fsync off, trust auth; stopped when scripts/test exits.
# PACTUM_TEST_PG_MODE=throwaway skips 2 and 3; PACTUM_TEST_PG_PORT picks the throwaway's
# port (default 55432, or the next free one). Never skips the PostgreSQL tests: fails loudly.

PG_DEFAULT_URL=postgres://postgres@127.0.0.1:5432/postgres

# pg_usable URL — true when psql can run `select 1` at URL without a password prompt.
pg_usable() {
    command -v psql >/dev/null 2>&1 || return 1
    PGCONNECT_TIMEOUT=5 psql -X -w -A -t -q -c 'select 1' "$1" </dev/null >/dev/null 2>&1
}

# pg_wait_ready HOST PORT SECONDS — wait until pg_isready answers yes.
pg_wait_ready() {
    local i
    for ((i = 0; i < $3; i++)); do
        pg_isready -q -h "$1" -p "$2" -t 2 2>/dev/null && return 0
        sleep 1
    done
    return 1
}

# pg_bindir — the newest /usr/lib/postgresql/N/bin with initdb and pg_ctl, or nothing.
pg_bindir() {
    local dir best=''
    for dir in /usr/lib/postgresql/*/bin; do
        [[ -x $dir/initdb && -x $dir/pg_ctl ]] || continue
        if [[ -z $best ]] || [[ $(printf '%s\n%s\n' "$best" "$dir" | sort -V | tail -n 1) == "$dir" ]]; then
            best=$dir
        fi
    done
    printf '%s' "$best"
}

# pg_try_local_cluster — start a stopped Debian cluster listening on 5432; true if usable.
pg_try_local_cluster() {
    command -v pg_ctlcluster >/dev/null 2>&1 || return 1
    [[ -d /etc/postgresql ]] || return 1
    local dir version
    for dir in /etc/postgresql/*/main; do
        [[ -d $dir ]] || continue
        version=$(basename "$(dirname "$dir")")
        log "starting the local PostgreSQL cluster $version/main"
        if ! as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start; then
            log "pg_ctlcluster $version main start failed"
            continue
        fi
        if pg_wait_ready 127.0.0.1 5432 30 && pg_usable "$PG_DEFAULT_URL"; then
            return 0
        fi
        log "cluster $version/main started but $PG_DEFAULT_URL does not let postgres in"
    done
    return 1
}

# pg_test_user — the unprivileged account that runs the throwaway cluster when we are root.
pg_test_user() {
    if ((EUID != 0)); then
        id -un
        return
    fi
    if id pactumtest >/dev/null 2>&1; then
        echo pactumtest
    elif useradd --system --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin pactumtest >/dev/null 2>&1; then
        echo pactumtest
    else
        echo nobody
    fi
}

# pg_start_throwaway [PORT] — initdb + pg_ctl start a fresh cluster, export its URL and
# register its shutdown. Dies with the server's log when anything goes wrong.
pg_start_throwaway() {
    local port=${1:-${PACTUM_TEST_PG_PORT:-55432}}
    local first_port=$port bindir user base data sock tries=0

    bindir=$(pg_bindir)
    if [[ -z $bindir ]]; then
        apt_install postgresql
        bindir=$(pg_bindir)
        [[ -n $bindir ]] || die "installed postgresql but found no /usr/lib/postgresql/*/bin/initdb"
    fi
    command -v pg_isready >/dev/null 2>&1 || apt_install postgresql-client

    while port_in_use "$port"; do
        ((++tries <= 50)) || die "no free port for a throwaway PostgreSQL from $first_port"
        port=$((port + 1))
    done

    user=$(pg_test_user)
    base=$PWD/target/pg-test
    mkdir -p "$base"
    if ((EUID == 0)); then chown "$user" "$base"; fi
    # The socket path must fit in 107 bytes, and the user must reach the directory
    # (a clone under /root is not reachable by others): else fall back to /tmp.
    if ((${#base} + 30 > 100)) || ! as_user "$user" test -w "$base" -a -x "$base"; then
        base=$(mktemp -d "${TMPDIR:-/tmp}/pactum-pg.XXXXXX")
        chmod 755 "$base"
        if ((EUID == 0)); then chown "$user" "$base"; fi
        add_cleanup "rm -rf $(printf '%q' "$base")"
    fi
    data=$base/data
    sock=$base/sock

    # A cluster left over from an interrupted run: stop it, then start afresh.
    if [[ -f $data/postmaster.pid ]]; then
        as_user "$user" "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    rm -rf "$data" "$sock"
    as_user "$user" mkdir -p "$data" "$sock"
    chmod 700 "$data"

    log "starting a throwaway PostgreSQL ($bindir) as '$user' on 127.0.0.1:$port, data in $data"
    if ! as_user "$user" "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 \
        --locale=C.UTF-8 >"$base/initdb.log" 2>&1; then
        rm -rf "$data" && as_user "$user" mkdir -p "$data"
        as_user "$user" "$bindir/initdb" -D "$data" -U postgres -A trust -E UTF8 \
            --no-locale >"$base/initdb.log" 2>&1 ||
            die "initdb failed for the throwaway PostgreSQL; its output:" "$(cat "$base/initdb.log")"
    fi

    add_cleanup "log 'stopping the throwaway PostgreSQL on port $port'; as_user $(printf '%q' "$user") $(printf '%q' "$bindir/pg_ctl") -D $(printf '%q' "$data") -m fast -w -t 30 stop >/dev/null 2>&1"
    if ! as_user "$user" "$bindir/pg_ctl" -D "$data" -l "$base/server.log" -w -t 60 \
        -o "-p $port -k '$sock' -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
        die "the throwaway PostgreSQL did not start; its log ($base/server.log):" \
            "$(tail -n 50 "$base/server.log" 2>/dev/null)"
    fi

    local url=postgres://postgres@127.0.0.1:$port/postgres
    if ! pg_wait_ready 127.0.0.1 "$port" 30 || ! pg_usable "$url"; then
        die "the throwaway PostgreSQL started but $url does not answer; its log:" \
            "$(tail -n 50 "$base/server.log" 2>/dev/null)"
    fi
    export PACTUM_TEST_POSTGRES_URL=$url
    log "PostgreSQL ready: $url (throwaway, stopped on exit)"
}

# ensure_postgres — see the top of this file.
ensure_postgres() {
    if [[ -n ${PACTUM_TEST_POSTGRES_URL:-} ]]; then
        command -v psql >/dev/null 2>&1 || apt_install postgresql-client
        pg_usable "$PACTUM_TEST_POSTGRES_URL" ||
            die "PACTUM_TEST_POSTGRES_URL is set but psql cannot run 'select 1' there" \
                "unset it to let scripts/test find or start a server, or fix the URL"
        log "PostgreSQL: using PACTUM_TEST_POSTGRES_URL from the environment"
        return 0
    fi

    if [[ ${PACTUM_TEST_PG_MODE:-auto} != throwaway ]]; then
        if command -v pg_isready >/dev/null 2>&1 &&
            pg_isready -q -h 127.0.0.1 -p 5432 -t 5 2>/dev/null; then
            if pg_usable "$PG_DEFAULT_URL"; then
                export PACTUM_TEST_POSTGRES_URL=$PG_DEFAULT_URL
                log "PostgreSQL ready: $PG_DEFAULT_URL (server already running)"
                return 0
            fi
            log "a server answers on 127.0.0.1:5432 but does not let postgres in without a password"
        elif pg_try_local_cluster; then
            export PACTUM_TEST_POSTGRES_URL=$PG_DEFAULT_URL
            log "PostgreSQL ready: $PG_DEFAULT_URL (local cluster started; left running)"
            return 0
        fi
    fi

    pg_start_throwaway "${PACTUM_TEST_PG_PORT:-55432}"
}
