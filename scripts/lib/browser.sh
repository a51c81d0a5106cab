# shellcheck shell=bash
# The browser tests: Debian's chromium + CJK fonts, node packages, a `pactum demo` server on a
# free port with a fresh SQLite database, then `node --test` over tests/browser/*.test.mjs.

BROWSER_DIR=tests/browser
SERVER_WAIT_SECONDS=${PACTUM_SERVER_WAIT_SECONDS:-60}

# ensure_browser_packages — chromium, fonts-noto-cjk, node and npm, installed when missing.
ensure_browser_packages() {
    local missing=()
    if ! command -v chromium >/dev/null 2>&1 || [[ ! -x /usr/bin/chromium ]]; then
        missing+=(chromium)
    fi
    deb_installed fonts-noto-cjk || missing+=(fonts-noto-cjk)
    command -v node >/dev/null 2>&1 || missing+=(nodejs)
    command -v npm >/dev/null 2>&1 || missing+=(npm)
    apt_install "${missing[@]}"
    [[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is still missing after installing chromium"
}

# free_port — a TCP port on 127.0.0.1 that nobody listens on right now.
free_port() {
    node -e "const s = require('net').createServer();
s.listen(0, '127.0.0.1', () => { console.log(s.address().port); s.close(); });"
}

# http_answers URL — true when URL answers with an HTTP status below 400.
http_answers() {
    node -e "fetch(process.argv[1], { redirect: 'manual', signal: AbortSignal.timeout(5000) })
  .then((r) => process.exit(r.status < 400 ? 0 : 1), () => process.exit(2));" "$1"
}

# stop_process PID — TERM, then KILL after 10 s.
stop_process() {
    local pid=$1 i
    kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null || true
    for ((i = 0; i < 20; i++)); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.5
    done
    kill -9 "$pid" 2>/dev/null || true
}

# show_server_log FILE — the end of the demo server's log, for failures.
show_server_log() {
    printf '\n----- pactum server log (%s, last 100 lines) -----\n' "$1" >&2
    tail -n 100 "$1" >&2 || true
    printf -- '----- end of server log -----\n\n' >&2
}

# run_browser_tests — the `browser` step of scripts/test (runs in a subshell with set -e).
run_browser_tests() {
    local target_dir=${CARGO_TARGET_DIR:-$ROOT/target}
    local bin=$target_dir/debug/pactum
    local logdir=$ROOT/target/browser-test
    local shots=$ROOT/target/screenshots
    local tmp port url server_log pid i

    log "npm ci in $BROWSER_DIR"
    (cd "$BROWSER_DIR" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)

    log "cargo build -p pactum"
    cargo build -p pactum "${CARGO_LOCKED[@]}"
    [[ -x $bin ]] || die "cargo build -p pactum did not produce $bin"

    mkdir -p "$logdir" "$shots"
    rm -f "$shots"/*.png
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/pactum-browser.XXXXXX")
    add_cleanup "rm -rf $(printf '%q' "$tmp")"
    server_log=$logdir/server.log
    port=$(free_port)
    url=http://127.0.0.1:$port

    log "starting: $bin --db sqlite://$tmp/demo.db demo --addr 127.0.0.1:$port"
    "$bin" --db "sqlite://$tmp/demo.db" demo --addr "127.0.0.1:$port" \
        </dev/null >"$server_log" 2>&1 &
    pid=$!
    add_cleanup "stop_process $pid"

    for ((i = 0; i < SERVER_WAIT_SECONDS * 2; i++)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            show_server_log "$server_log"
            wait "$pid" || true
            die "the pactum demo server exited before answering $url/agreements (log above)"
        fi
        http_answers "$url/agreements" && break
        sleep 0.5
    done
    if ! http_answers "$url/agreements"; then
        show_server_log "$server_log"
        die "the pactum demo server did not answer $url/agreements within ${SERVER_WAIT_SECONDS}s (log above)"
    fi
    log "demo server answers at $url (pid $pid)"

    local tests=("$BROWSER_DIR"/*.test.mjs)
    local rc=0
    PACTUM_URL=$url PACTUM_SCREENSHOT_DIR=$shots PACTUM_CHROMIUM=/usr/bin/chromium \
        PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
        timeout 900 node --test --test-reporter=spec "${tests[@]}" || rc=$?
    if ((rc != 0)); then
        show_server_log "$server_log"
        log "browser tests failed (status $rc); screenshots in $shots, server log in $server_log"
        return "$rc"
    fi
    local pngs=("$shots"/*.png)
    log "screenshots: ${pngs[*]##*/} (in $shots)"
}
