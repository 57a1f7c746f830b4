#!/usr/bin/env bash
# Runs every test of Meldcode on a fresh Debian 12 machine with the .NET 10 SDK: installs the
# system packages the tests need (only those missing), starts a throwaway PostgreSQL server on
# loopback (stopped again at the end), builds the solution once in Release, runs every test project
# of the solution, and the Application and Web suites a second time on PostgreSQL, and ends with one
# summary line:
#   N passed, N failed            (or: N passed, N failed, N skipped)
# Exits non-zero when the build fails, a test fails, a test run breaks, or no tests were found.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")"

readonly solution=Meldcode.sln
readonly configuration=Release
readonly results_dir=TestResults
readonly artifacts_dir=test-artifacts

export DOTNET_CLI_TELEMETRY_OPTOUT=1
export DOTNET_NOLOGO=1

say() { printf '\n==> %s\n' "$*"; }

# --- System packages --------------------------------------------------------------------------
# chromium: the browser of the end-to-end tests (Playwright cannot download its own here).
# qpdf: checks the structure of generated PDFs (qpdf --check); their text, metadata and fonts are read
# in-process with PdfPig. poppler-utils: pdftoppm, for the demo record's page images (test-artifacts).
# fonts-dejavu-core: the fonts PDFsharp embeds and the browser renders with.
# nodejs, npm: the end-to-end tests' OpenID Connect provider (npm package oidc-provider 8.x).
# python3-aiosmtpd: the real SMTP server on loopback that the notification mail tests send to (run by
# Debian's /usr/bin/python3; a python3 earlier on the PATH may not see Debian's packages).
# postgresql: the second database provider; the tests start their own throwaway cluster (tests/postgres-server.sh),
# never the system service.

# is_installed PACKAGE [COMMAND]: the command is on the PATH, or else dpkg has the package installed.
is_installed() {
    if [[ -n "${2:-}" ]] && command -v "$2" >/dev/null 2>&1; then
        return 0
    fi
    [[ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" == "install ok installed" ]]
}

missing=()
is_installed chromium chromium || missing+=(chromium)
is_installed poppler-utils pdftoppm || missing+=(poppler-utils)
is_installed qpdf qpdf || missing+=(qpdf)
is_installed fonts-dejavu-core || missing+=(fonts-dejavu-core)
is_installed nodejs node || missing+=(nodejs)
is_installed npm npm || missing+=(npm)
is_installed python3-aiosmtpd || missing+=(python3-aiosmtpd)
is_installed postgresql || compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)

if ((${#missing[@]} > 0)); then
    say "Installing missing Debian packages: ${missing[*]}"
    as_root=()
    if [[ "$(id -u)" -ne 0 ]]; then
        command -v sudo >/dev/null 2>&1 || { echo "Not root and no sudo: install ${missing[*]} first." >&2; exit 1; }
        as_root=(sudo)
    fi
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
fi

command -v dotnet >/dev/null 2>&1 || { echo "The .NET SDK (dotnet) is not on the PATH." >&2; exit 1; }

# --- npm packages ---------------------------------------------------------------------------
# The end-to-end tests sign in through a real OpenID Connect provider: the npm package oidc-provider
# 8.x (9.x needs Node 22), started on 127.0.0.1 by the test fixture. Its packages are installed from
# the committed lock file, only when node_modules is missing or the lock file changed since the last
# install (a hash of the lock file is kept in node_modules).
readonly identity_provider=tests/Meldcode.EndToEnd.Tests/IdentityProvider
lock_hash="$(sha256sum "$identity_provider/package-lock.json" | cut -d' ' -f1)"
if [[ ! -d "$identity_provider/node_modules" || "$(cat "$identity_provider/node_modules/.meldcode-lock-hash" 2>/dev/null)" != "$lock_hash" ]]; then
    say "npm ci ($identity_provider)"
    (cd "$identity_provider" && npm ci --no-audit --no-fund)
    echo "$lock_hash" > "$identity_provider/node_modules/.meldcode-lock-hash"
fi

# --- PostgreSQL -------------------------------------------------------------------------------
# A throwaway cluster in a temporary folder, as an unprivileged user, on a free loopback port; stopped and removed
# when this script ends, however it ends. Installing the Debian package may also have started the system's own
# cluster (on 5432); the tests do not use it.
postgres_folder="$(mktemp -d /tmp/meldcode-postgres.XXXXXX)"
stop_postgres() { tests/postgres-server.sh stop "$postgres_folder" || true; }
trap stop_postgres EXIT
say "Starting a throwaway PostgreSQL server"
MELDCODE_TEST_POSTGRES="$(tests/postgres-server.sh start "$postgres_folder")"
export MELDCODE_TEST_POSTGRES
echo "PostgreSQL for the tests: $MELDCODE_TEST_POSTGRES"

# --- Build ------------------------------------------------------------------------------------
say "dotnet tool restore"
dotnet tool restore

rm -rf "$results_dir" "$artifacts_dir"

build_failed=0
say "dotnet build $solution -c $configuration"
dotnet build "$solution" -c "$configuration" || build_failed=1

# --- Tests ------------------------------------------------------------------------------------
# One `dotnet test` per test project of the solution: a fixed trx LogFileName given to a whole
# solution run makes every project write the same file (only the last survives), and one project
# at a time keeps the output readable on a small machine. A failing project does not stop the rest.
test_failed=0
if ((build_failed == 0)); then
    mapfile -t projects < <(dotnet sln "$solution" list | grep -E '\.csproj$' | tr '\\' '/')
    for project in "${projects[@]}"; do
        grep -q '<IsTestProject>true</IsTestProject>' "$project" || continue
        name="$(basename "$project" .csproj)"
        say "dotnet test $name"
        if ! dotnet test "$project" -c "$configuration" --no-build \
            --logger "trx;LogFileName=$name.trx" --results-directory "$results_dir"; then
            test_failed=1
        fi
        if [[ ! -f "$results_dir/$name.trx" ]]; then
            echo "No test results from $name ($results_dir/$name.trx is missing)." >&2
            test_failed=1
        fi
    done

    # The Application and Web suites once more, on PostgreSQL (the first run was on SQLite, the default). Tests of
    # SQLite's own behaviour (the file, its pragmas, its faults) carry the trait Database=Sqlite, and tests about
    # PostgreSQL itself (they use it in either run) the trait Database=PostgreSql: both ran in the first run.
    for name in Meldcode.Application.Tests Meldcode.Web.Tests; do
        project="tests/$name/$name.csproj"
        say "dotnet test $name on PostgreSQL"
        if ! MELDCODE_TEST_DATABASE=PostgreSql dotnet test "$project" -c "$configuration" --no-build \
            --filter "Database!=Sqlite&Database!=PostgreSql" \
            --logger "trx;LogFileName=$name.PostgreSql.trx" --results-directory "$results_dir"; then
            test_failed=1
        fi
        if [[ ! -f "$results_dir/$name.PostgreSql.trx" ]]; then
            echo "No test results from $name on PostgreSQL ($results_dir/$name.PostgreSql.trx is missing)." >&2
            test_failed=1
        fi
    done
fi

# --- Summary ----------------------------------------------------------------------------------
# Sums the <Counters total=".." executed=".." passed=".." failed=".." ... notExecuted=".."/> of every trx file.
total=0 passed=0 failed=0 skipped=0
mapfile -t trx_files < <(find "$results_dir" -type f -name '*.trx' 2>/dev/null | sort)
if ((${#trx_files[@]} > 0)); then
    read -r total passed failed skipped < <(awk '
        function count(counters, name) {
            if (match(counters, " " name "=\"[0-9]+\"")) {
                value = substr(counters, RSTART, RLENGTH)
                gsub(/[^0-9]/, "", value)
                return value + 0
            }
            return 0
        }
        match($0, /<Counters [^>]*>/) {
            counters = substr($0, RSTART, RLENGTH)
            total += count(counters, "total")
            passed += count(counters, "passed")
            failed += count(counters, "failed") + count(counters, "error") + count(counters, "timeout") + count(counters, "aborted")
            # The trx logger counts a skipped test in total but in neither executed nor notExecuted.
            not_run = count(counters, "total") - count(counters, "executed")
            skipped += (count(counters, "notExecuted") > not_run) ? count(counters, "notExecuted") : not_run
        }
        END { print total + 0, passed + 0, failed + 0, skipped + 0 }
    ' "${trx_files[@]}")
fi

status=0
if ((build_failed)); then
    echo "The build failed; no tests were run." >&2
    status=1
elif ((${#trx_files[@]} == 0)); then
    echo "No test results (.trx) were found under $results_dir." >&2
    status=1
elif ((total == 0)); then
    echo "No tests were found." >&2
    status=1
fi
if ((test_failed || failed > 0)); then
    status=1
fi
if [[ -d "$artifacts_dir" ]]; then
    echo "Screenshots and other artefacts: $artifacts_dir/"
fi

if ((skipped > 0)); then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
exit "$status"
