#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Load benchmark of the real bot over HTTP: starts its own in-memory Azurite, builds and runs
# bench/CjmBot.Benchmarks (Release) and stops Azurite again. Arguments are the scenarios: all (the default),
# help-latency, burst, redelivery, map-card, export, map-page and themes (the last four in process, no storage needed); and, only
# when named, map-stream (50 open full-map streams during the burst) and export-memory (80 concurrent XLSX downloads).
# The results table goes to bench/results/latest.md. Exit code: the benchmark's
# (0 done, 1 an answer lost, duplicated or refused, 3 storage unreachable, 4 too slow), 124 on the outer time limit.
# The Azurite port (10402) can be moved with CJMBOT_BENCH_AZURITE_PORT.
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

AZURITE_PORT=${CJMBOT_BENCH_AZURITE_PORT:-10402}
ARTIFACTS="$ROOT/.test-artifacts/bench"
PROJECT=bench/CjmBot.Benchmarks
# The whole run, build included, stops by itself well before 5 minutes.
BUDGET_S=270
BUILD_LIMIT_S=150
STARTED=$(now_ms)

cleanup() {
  # SIGINT is how Azurite stops cleanly.
  stop_service azurite-bench INT 10
  reap_jobs
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cd "$ROOT" || exit 1
mkdir -p "$ARTIFACTS"
require_cmd dotnet "install the .NET 10 SDK"
ensure_node_tools || die "could not install the Node tools (npm ci --prefix tools)"
require_free_port "$AZURITE_PORT" "the benchmark's Azurite"

log "Building $PROJECT (Release)..."
step=$(now_ms)
if ! timeout --foreground --kill-after=10 "$BUILD_LIMIT_S" \
  dotnet build "$PROJECT" -c Release -nologo -v quiet -clp:NoSummary >"$ARTIFACTS/build.log" 2>&1; then
  grep -E 'error|warning' "$ARTIFACTS/build.log" | sort -u | head -n 50 >&2
  die "dotnet build $PROJECT failed or took over ${BUILD_LIMIT_S} s (log: .test-artifacts/bench/build.log)"
fi
log "Built in $(elapsed_since "$step") s"

step=$(now_ms)
start_azurite azurite-bench "$AZURITE_PORT" "$ARTIFACTS/azurite.log" --inMemoryPersistence --silent
wait_service azurite-bench "http://127.0.0.1:$AZURITE_PORT/" 30 "$ARTIFACTS/azurite.log" any
CJMBOT_BENCH_STORAGE=$(azurite_connection_string "$AZURITE_PORT")
CJMBOT_BENCH_COMMAND="scripts/bench.sh ${*:-all}"
export CJMBOT_BENCH_STORAGE CJMBOT_BENCH_COMMAND
log "Azurite (in memory) up on 127.0.0.1:$AZURITE_PORT in $(elapsed_since "$step") s"

remaining=$((BUDGET_S - ($(now_ms) - STARTED) / 1000))
((remaining > 30)) || die "no time left for the benchmark after the build (budget ${BUDGET_S} s)"
log "Running: dotnet run -c Release --project $PROJECT -- ${*:-all} (at most ${remaining} s)"
timeout --foreground --kill-after=10 "$remaining" \
  dotnet run --no-build -c Release --project "$PROJECT" -- "${@:-all}"
code=$?
((code == 124)) && warn "the benchmark was stopped after ${remaining} s"
log "Benchmark finished with exit code $code in $(elapsed_since "$STARTED") s"
exit "$code"
