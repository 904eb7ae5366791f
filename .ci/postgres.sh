# Sourced by .ci/run: a throw-away PostgreSQL server for tests/integration/test_postgres.py.
#
# `start_test_postgres` installs PostgreSQL if it is missing (Debian's package, as root), makes a cluster in
# a temporary folder and starts it on a Unix socket there (no TCP port: nothing to clash with), then exports
# CENTREDESK_TEST_PG_URL. If any step fails it prints ONE line saying the PostgreSQL tests will be skipped
# and returns 0: CI never fails, and never waits long, because of the server. Every step runs under
# `timeout`: under a second when PostgreSQL is installed, about 25 s to install it, and never more than
# about 8 minutes in all (every step, stopping included, hanging until its limit).
# `stop_test_postgres` (an EXIT trap) stops the server and removes the folder.
#
#   CENTREDESK_CI_POSTGRES=off       do not try at all (the tests skip)
#   CENTREDESK_CI_PG_LIBDIR=DIR      where Debian keeps the server versions (default /usr/lib/postgresql)
#   CENTREDESK_CI_PG_INSTALL_S=N     seconds allowed for each apt-get install (default 120; update gets 60)

_pg_dir=""
_pg_bindir=""
_pg_as=()
_pg_why=""

_pg_skip() {
    echo "ci: PostgreSQL tests will be skipped: $*" >&2
}

# `_pg_step NAME SECONDS LOG COMMAND...`: run a step with a time limit, its output in LOG; on failure _pg_why
# says why in a few words (the log's last line, or the time-out).
_pg_step() {
    local name="$1" seconds="$2" log="$3" status=0
    shift 3
    timeout "$seconds" "$@" </dev/null >>"$log" 2>&1 || status=$?
    if [ "$status" = 124 ] || [ "$status" = 137 ]; then
        _pg_why="$name timed out after ${seconds} s"
    elif [ "$status" != 0 ]; then
        _pg_why="$name failed: $(tail -n 1 "$log" 2>/dev/null | cut -c1-160)"
    fi
    return "$status"
}

# The newest server binaries: Debian's versioned folders first, then initdb on PATH (other systems).
_pg_find_bindir() {
    local libdir="${CENTREDESK_CI_PG_LIBDIR:-/usr/lib/postgresql}" dir found=""
    for dir in $(ls -d "$libdir"/*/bin 2>/dev/null | sort -V); do
        [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ] && found="$dir"
    done
    if [ -z "$found" ] && command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        found="$(dirname "$(command -v initdb)")"
    fi
    [ -n "$found" ] && echo "$found"
}

_pg_install() {
    if [ "$(id -u)" != 0 ]; then
        _pg_why="it is not installed, and installing it needs root"
        return 1
    fi
    if ! command -v apt-get >/dev/null 2>&1; then
        _pg_why="it is not installed, and there is no apt-get to install it"
        return 1
    fi
    local apt=(apt-get -y -q --no-install-recommends -o DPkg::Lock::Timeout=20 -o Acquire::Retries=1
               -o Acquire::http::Timeout=20 -o Acquire::https::Timeout=20)
    local budget="${CENTREDESK_CI_PG_INSTALL_S:-120}" log="$_pg_dir/apt.log"
    echo "ci: installing PostgreSQL for the PostgreSQL tests (apt-get, at most a few minutes)" >&2
    export DEBIAN_FRONTEND=noninteractive
    _pg_step "apt-get install" "$budget" "$log" "${apt[@]}" install postgresql && return 0
    # A clean machine may have no package lists yet.
    _pg_step "apt-get update" 60 "$log" "${apt[@]}" update || return 1
    _pg_step "apt-get install" "$budget" "$log" "${apt[@]}" install postgresql
}

_pg_start() {
    if ! _pg_dir="$(mktemp -d /tmp/centredesk-pg.XXXXXX)"; then
        _pg_why="cannot make a temporary folder"
        _pg_dir=""
        return 1
    fi
    _pg_bindir="$(_pg_find_bindir)"
    if [ -z "$_pg_bindir" ]; then
        _pg_install || return 1
        _pg_bindir="$(_pg_find_bindir)"
        if [ -z "$_pg_bindir" ]; then
            _pg_why="no initdb and pg_ctl found after installing it"
            return 1
        fi
    fi
    local owner
    owner="$(id -un)"
    _pg_as=()
    if [ "$(id -u)" = 0 ]; then  # the server refuses to run as root: its own account runs it
        if ! id postgres >/dev/null 2>&1 || ! command -v runuser >/dev/null 2>&1; then
            _pg_why="running as root without a 'postgres' account (or runuser) to run the server"
            return 1
        fi
        owner=postgres
        _pg_as=(runuser -u postgres --)
    fi
    if ! chmod 711 "$_pg_dir" || ! mkdir "$_pg_dir/run" || ! chown "$owner" "$_pg_dir/run"; then
        _pg_why="cannot give the server its folder"
        return 1
    fi
    local log="$_pg_dir/server-setup.log" run="$_pg_dir/run"
    local as_owner=(${_pg_as[@]+"${_pg_as[@]}"})
    # A disposable server: fsync off, no TCP, reachable only through the socket in $run.
    local options="-c listen_addresses= -c port=5432 -k $run -c fsync=off -c synchronous_commit=off"
    options="$options -c full_page_writes=off -c max_connections=60"
    _pg_step initdb 60 "$log" ${as_owner[@]+"${as_owner[@]}"} "$_pg_bindir/initdb" -D "$run/data" \
        -U centredesk -A trust -E UTF8 --no-locale --no-sync || return 1
    if ! _pg_step "starting the server" 60 "$log" ${as_owner[@]+"${as_owner[@]}"} "$_pg_bindir/pg_ctl" \
            -D "$run/data" -l "$run/server.log" -w -t 30 -o "$options" start; then
        [ -s "$run/server.log" ] && _pg_why="$_pg_why ($(tail -n 1 "$run/server.log" | cut -c1-160))"
        return 1
    fi
    _pg_step "connecting to the server" 20 "$log" "$_pg_bindir/psql" -h "$run" -p 5432 -U centredesk -d postgres \
        -Atqc "SELECT 1" || return 1
    export CENTREDESK_TEST_PG_URL="postgresql+psycopg://centredesk@/postgres?host=$run&port=5432"
}

start_test_postgres() {
    if [ "${CENTREDESK_CI_POSTGRES:-on}" = "off" ]; then
        _pg_skip "CENTREDESK_CI_POSTGRES=off"
        return 0
    fi
    if ! _pg_start; then
        _pg_skip "${_pg_why:-the server could not be started}"
        stop_test_postgres
        return 0
    fi
    echo "ci: PostgreSQL $("$_pg_bindir/pg_ctl" --version | awk '{print $3}') started for the tests" \
         "(CENTREDESK_TEST_PG_URL=$CENTREDESK_TEST_PG_URL)" >&2
}

stop_test_postgres() {
    [ -n "$_pg_dir" ] || return 0
    if [ -f "$_pg_dir/run/data/postmaster.pid" ]; then
        timeout 30 ${_pg_as[@]+"${_pg_as[@]}"} "$_pg_bindir/pg_ctl" -D "$_pg_dir/run/data" -m immediate -w -t 20 stop \
            >/dev/null 2>&1 || true
    fi
    rm -rf "$_pg_dir"
    _pg_dir=""
}
