#!/usr/bin/env bash
# A throwaway PostgreSQL server for the tests: a new cluster in a temporary folder, run as an unprivileged user
# (the Debian package's `postgres` user when started as root, else the caller), listening on 127.0.0.1 only, on a
# free port. No system service, nothing outside the folder. Durability is switched off (fsync, full-page writes):
# the cluster is deleted afterwards, and the tests run faster.
#
#   tests/postgres-server.sh start FOLDER   starts it; prints the connection string (user postgres, no password)
#   tests/postgres-server.sh stop FOLDER    stops it and removes the folder
set -euo pipefail

bin_dir() {
    if command -v pg_config >/dev/null 2>&1 && [[ -x "$(pg_config --bindir)/initdb" ]]; then
        pg_config --bindir
        return
    fi
    local newest
    newest="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    [[ -n "$newest" ]] || { echo "PostgreSQL is not installed (apt-get install -y postgresql)." >&2; exit 1; }
    echo "$newest"
}

# run_as_owner COMMAND...: as the `postgres` user when we are root (initdb and postgres refuse to run as root).
run_as_owner() {
    if [[ "$(id -u)" -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
    local folder="$1" bin port
    bin="$(bin_dir)"
    mkdir -p "$folder"
    if [[ "$(id -u)" -eq 0 ]]; then
        chown postgres: "$folder"
    fi
    chmod 700 "$folder"
    run_as_owner "$bin/initdb" -D "$folder/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$folder/initdb.log" 2>&1 \
        || { cat "$folder/initdb.log" >&2; exit 1; }
    port="$(free_port)"
    run_as_owner "$bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 60 start -o \
        "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400 -c shared_buffers=128MB" \
        >/dev/null || { cat "$folder/server.log" >&2; exit 1; }
    echo "$port" > "$folder/port"
    echo "Host=127.0.0.1;Port=$port;Username=postgres;Include Error Detail=true"
}

stop() {
    local folder="$1"
    [[ -d "$folder/data" ]] || return 0
    run_as_owner "$(bin_dir)/pg_ctl" -D "$folder/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$folder"
}

case "${1:-}" in
    start) start "${2:?folder}" ;;
    stop) stop "${2:?folder}" ;;
    *) echo "usage: $0 start|stop FOLDER" >&2; exit 2 ;;
esac
