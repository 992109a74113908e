#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Load and fault harness of the real bot over HTTP: builds bench/CjmBot.Benchmarks (Release) and runs its `faults`
# mode, which starts its own Azurite in disk mode on 127.0.0.1 (and stops and restarts it mid-workshop), a fake Bot
# Connector (which refuses calls with 429 and 503) and the bot host (which it restarts): (a) the 500-answer burst,
# (b) every activity delivered twice, (c) storage outage, (d) connector throttling, (e) host restart. Loopback only.
# The results table goes to bench/results/faults.md. Exit code: the harness's (0 every invariant held, 1 a violation,
# 3 Azurite missing, 4 too slow), 124 on the outer time limit. The Azurite port (10342) can be moved with
# CJMBOT_HARNESS_AZURITE_PORT. With --no-build it runs what is already built (as scripts/test.sh does after its build);
# --results=FILE writes the table there instead (scripts/test.sh: .test-artifacts/harness/faults.md).
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

AZURITE_PORT=${CJMBOT_HARNESS_AZURITE_PORT:-10342}
ARTIFACTS="$ROOT/.test-artifacts/harness"
PROJECT=bench/CjmBot.Benchmarks
CONFIGURATION=Release
BUILD=1
RESULTS="$ROOT/bench/results/faults.md"
# The whole run, build included, stops by itself within about 4 minutes; the harness itself within 3.
BUDGET_S=240
BUILD_LIMIT_S=150
STARTED=$(now_ms)

for arg in "$@"; do
  case $arg in
    --no-build) BUILD=0 ;;
    --configuration=*) CONFIGURATION=${arg#*=} ;;
    --results=*) RESULTS=$(realpath -m "${arg#*=}") ;;
    *) die "unknown argument '$arg' (known: --no-build, --configuration=Debug|Release, --results=FILE)" ;;
  esac
done

cd "$ROOT" || exit 1
mkdir -p "$ARTIFACTS"
require_cmd dotnet "install the .NET 10 SDK"
ensure_node_tools || die "could not install the Node tools (npm ci --prefix tools)"
[[ -x $TOOLS_BIN/azurite-table ]] || die "$TOOLS_BIN/azurite-table is missing (npm ci --prefix tools)"
require_free_port "$AZURITE_PORT" "the harness's Azurite"

if ((BUILD)); then
  log "Building $PROJECT ($CONFIGURATION)..."
  step=$(now_ms)
  if ! timeout --foreground --kill-after=10 "$BUILD_LIMIT_S" \
    dotnet build "$PROJECT" -c "$CONFIGURATION" -nologo -v quiet -clp:NoSummary >"$ARTIFACTS/build.log" 2>&1; then
    grep -E 'error|warning' "$ARTIFACTS/build.log" | sort -u | head -n 50 >&2
    die "dotnet build $PROJECT failed or took over ${BUILD_LIMIT_S} s (log: .test-artifacts/harness/build.log)"
  fi
  log "Built in $(elapsed_since "$step") s"
fi

CJMBOT_HARNESS_AZURITE=$(readlink -f "$TOOLS_BIN/azurite-table")
CJMBOT_HARNESS_AZURITE_PORT=$AZURITE_PORT
CJMBOT_BENCH_COMMAND="scripts/harness.sh"
CJMBOT_HARNESS_RESULTS=$RESULTS
export CJMBOT_HARNESS_AZURITE CJMBOT_HARNESS_AZURITE_PORT CJMBOT_BENCH_COMMAND CJMBOT_HARNESS_RESULTS

remaining=$((BUDGET_S - ($(now_ms) - STARTED) / 1000))
((remaining > 60)) || die "no time left for the harness after the build (budget ${BUDGET_S} s)"
log "Running: dotnet run -c $CONFIGURATION --project $PROJECT -- faults (at most ${remaining} s; bot warnings in .test-artifacts/harness/host.log)"
# The host's warnings (the storage outage is meant to cause some) go to a file; the results to the console.
timeout --foreground --kill-after=10 "$remaining" \
  dotnet run --no-build -c "$CONFIGURATION" --project "$PROJECT" -- faults 2>"$ARTIFACTS/host.log"
code=$?
((code == 124)) && warn "the harness was stopped after ${remaining} s"
if ((code != 0)); then
  grep -E '^(ERROR|FAILED)' "$ARTIFACTS/host.log" >&2
fi
[[ $RESULTS == "$ARTIFACTS/faults.md" ]] || cp -f "$RESULTS" "$ARTIFACTS/faults.md" 2>/dev/null || true
log "Harness finished with exit code $code in $(elapsed_since "$STARTED") s"
exit "$code"
