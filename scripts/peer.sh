#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Peer comparison (a benchmark, not part of CI): the same guided-question turn with persisted state, CjmBot against
# a botbuilder-js 4.23 bot (bench/peer-botbuilder), driven by the same load generator (bench/CjmBot.Benchmarks `peer`).
# Starts its own in-memory Azurite Table (10344) and Blob (10345) services and the peer on 10346, all on 127.0.0.1;
# writes bench/results/peer.md. Ports: CJMBOT_PEER_TABLE_PORT, CJMBOT_PEER_BLOB_PORT, CJMBOT_PEER_PORT.
set -uo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

TABLE_PORT=${CJMBOT_PEER_TABLE_PORT:-10344}
BLOB_PORT=${CJMBOT_PEER_BLOB_PORT:-10345}
PEER_PORT=${CJMBOT_PEER_PORT:-10346}
ARTIFACTS="$ROOT/.test-artifacts/peer"
PROJECT=bench/CjmBot.Benchmarks
PEER_DIR="$ROOT/bench/peer-botbuilder"
STARTED=$(now_ms)

cleanup() {
  stop_service peer-bot INT 10
  stop_service azurite-peer-blob INT 10
  stop_service azurite-peer-table INT 10
  reap_jobs
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

cd "$ROOT" || exit 1
mkdir -p "$ARTIFACTS"
require_cmd dotnet "install the .NET 10 SDK"
ensure_node_tools || die "could not install the Node tools (npm ci --prefix tools)"
for port in "$TABLE_PORT" "$BLOB_PORT" "$PEER_PORT"; do
  require_free_port "$port" "the peer comparison"
done

if [[ ! -f $PEER_DIR/node_modules/.package-lock.json || $PEER_DIR/package-lock.json -nt $PEER_DIR/node_modules/.package-lock.json ]]; then
  log "Installing the peer: npm ci --prefix bench/peer-botbuilder ..."
  npm ci --prefix "$PEER_DIR" --no-audit --no-fund --loglevel=error >"$ARTIFACTS/npm.log" 2>&1 || { cat "$ARTIFACTS/npm.log" >&2; die "npm ci for the peer failed"; }
fi

log "Building $PROJECT (Release)..."
if ! timeout --foreground --kill-after=10 400 dotnet build "$PROJECT" -c Release -nologo -v quiet -clp:NoSummary >"$ARTIFACTS/build.log" 2>&1; then
  grep -E 'error|warning' "$ARTIFACTS/build.log" | sort -u | head -n 50 >&2
  die "dotnet build $PROJECT failed (log: .test-artifacts/peer/build.log)"
fi

start_azurite azurite-peer-table "$TABLE_PORT" "$ARTIFACTS/azurite-table.log" --inMemoryPersistence --silent
start_service azurite-peer-blob "$ARTIFACTS/azurite-blob.log" "$ROOT" "$TOOLS_BIN/azurite-blob" \
  --blobHost 127.0.0.1 --blobPort "$BLOB_PORT" --disableTelemetry --inMemoryPersistence --skipApiVersionCheck --silent
wait_service azurite-peer-table "http://127.0.0.1:$TABLE_PORT/" 30 "$ARTIFACTS/azurite-table.log" any
wait_service azurite-peer-blob "http://127.0.0.1:$BLOB_PORT/" 30 "$ARTIFACTS/azurite-blob.log" any

BLOB_CONNECTION_STRING="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$AZURITE_ACCOUNT_KEY;BlobEndpoint=http://127.0.0.1:$BLOB_PORT/devstoreaccount1;"
PORT=$PEER_PORT BLOB_CONNECTION_STRING=$BLOB_CONNECTION_STRING start_service peer-bot "$ARTIFACTS/peer.log" "$PEER_DIR" node index.js
wait_service peer-bot "http://127.0.0.1:$PEER_PORT/healthz" 30 "$ARTIFACTS/peer.log"

CJMBOT_BENCH_STORAGE=$(azurite_connection_string "$TABLE_PORT")
CJMBOT_PEER_URL="http://127.0.0.1:$PEER_PORT/api/messages"
# The bench reads these processes' CPU time per round (Linux /proc), to show where each bot's turn costs CPU.
CJMBOT_PEER_CPU_PIDS="Azurite Table=${SERVICE_PIDS[azurite-peer-table]},Azurite Blob=${SERVICE_PIDS[azurite-peer-blob]},peer Node=${SERVICE_PIDS[peer-bot]}"
export CJMBOT_BENCH_STORAGE CJMBOT_PEER_URL CJMBOT_PEER_CPU_PIDS
log "Running: dotnet run -c Release --project $PROJECT -- peer"
timeout --foreground --kill-after=10 280 dotnet run --no-build -c Release --project "$PROJECT" -- peer 2>"$ARTIFACTS/host.log"
code=$?
log "Peer comparison finished with exit code $code in $(elapsed_since "$STARTED") s"
exit "$code"
