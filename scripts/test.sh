#!/usr/bin/env bash
# shellcheck source-path=SCRIPTDIR
# Builds the solution once and runs every test: the dotnet suites (against an in-memory Azurite), the load and
# fault harness (scripts/harness.sh, its own disk-mode Azurite) and the browser end-to-end suite in the Microsoft 365
# Agents Playground. All always run; the last line is
# "N passed, M failed". A missing prerequisite counts as a failure, never as a skip.
set -uo pipefail # no -e: a failing suite must not stop the next one
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

CONFIGURATION=Debug
AZURITE_PORT=${CJMBOT_TEST_AZURITE_PORT:-10102}
ARTIFACTS="$ROOT/.test-artifacts"
STARTED=$(now_ms)

PASSED=0
FAILED=0
declare -a SUMMARY=()

cleanup() {
  stop_service azurite-test INT 10
  reap_jobs
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail_prerequisite() {
  printf 'FAILED prerequisite: %s\n' "$*" >&2
  FAILED=$((FAILED + 1))
  SUMMARY+=("prerequisite: FAILED ($*)")
}

# attribute NAME TAG -> value of NAME="..." in TAG
attribute() { sed -nE "s/.*[[:space:]]$1=\"([0-9]+)\".*/\1/p" <<<"$2"; }

mkdir -p "$ARTIFACTS"
cd "$ROOT" || exit 1

# --- prerequisites --------------------------------------------------------------------------------
command -v dotnet >/dev/null 2>&1 || fail_prerequisite "dotnet is not installed (.NET 10 SDK)"
if ! command -v node >/dev/null 2>&1; then
  fail_prerequisite "node is not installed (Node.js 20 or newer)"
else
  ensure_node_tools || fail_prerequisite "npm ci --prefix tools failed"
  ensure_chromium || fail_prerequisite "$CHROMIUM is missing"
fi

# --- build ------------------------------------------------------------------------------------------
BUILT=0
if command -v dotnet >/dev/null 2>&1; then
  log "Building CjmBot.sln ($CONFIGURATION)..."
  step=$(now_ms)
  if dotnet build CjmBot.sln -c "$CONFIGURATION" -nologo -v quiet -clp:NoSummary >"$ARTIFACTS/build.log" 2>&1; then
    BUILT=1
    log "Built in $(elapsed_since "$step") s"
  else
    grep -E 'error|warning' "$ARTIFACTS/build.log" | sort -u | head -n 50 >&2
    printf 'FAILED: dotnet build (full log: .test-artifacts/build.log)\n' >&2
    FAILED=$((FAILED + 1))
    SUMMARY+=("build: FAILED")
  fi
fi

# --- Azurite for the tests -------------------------------------------------------------------------
if [[ -x $TOOLS_BIN/azurite-table ]]; then
  if port_busy "$AZURITE_PORT"; then
    fail_prerequisite "port $AZURITE_PORT for the test Azurite is already in use"
  else
    step=$(now_ms)
    start_azurite azurite-test "$AZURITE_PORT" "$ARTIFACTS/azurite.log" --inMemoryPersistence --silent
    if (wait_service azurite-test "http://127.0.0.1:$AZURITE_PORT/" 30 "$ARTIFACTS/azurite.log" any); then
      CJMBOT_TEST_STORAGE=$(azurite_connection_string "$AZURITE_PORT")
      export CJMBOT_TEST_STORAGE
      log "Azurite (in memory) up on 127.0.0.1:$AZURITE_PORT in $(elapsed_since "$step") s"
    else
      fail_prerequisite "the test Azurite did not start (.test-artifacts/azurite.log)"
    fi
  fi
fi

# --- dotnet tests -----------------------------------------------------------------------------------
if ((BUILT)); then
  log "Running dotnet test..."
  step=$(now_ms)
  rm -rf "$ARTIFACTS/dotnet"
  timeout --foreground --kill-after=30 1800 dotnet test CjmBot.sln -c "$CONFIGURATION" --no-build --nologo \
    --results-directory "$ARTIFACTS/dotnet" --logger trx --logger "console;verbosity=minimal"
  dotnet_exit=$?
  passed=0 failed=0 total=0
  shopt -s nullglob
  for trx in "$ARTIFACTS"/dotnet/*.trx; do
    counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    [[ -n $counters ]] || { failed=$((failed + 1)); continue; }
    total=$((total + $(attribute total "$counters")))
    passed=$((passed + $(attribute passed "$counters")))
    for kind in failed error timeout aborted; do
      failed=$((failed + $(attribute "$kind" "$counters")))
    done
  done
  shopt -u nullglob
  if ((dotnet_exit != 0 && failed == 0)); then
    printf 'FAILED: dotnet test exited with %s without a failed test in its TRX files\n' "$dotnet_exit" >&2
    failed=1
  fi
  PASSED=$((PASSED + passed))
  FAILED=$((FAILED + failed))
  SUMMARY+=("dotnet: $passed passed, $failed failed of $total ($(elapsed_since "$step") s; TRX in .test-artifacts/dotnet)")
fi

# --- load and fault harness ------------------------------------------------------------------------
# The real host against Azurite in disk mode (stopped and restarted), a throttling connector, a host restart; loopback
# only, bounded to about 3 minutes. One result: it passes when every scenario's invariants held.
if ((BUILT)); then
  log "Running the load and fault harness (scripts/harness.sh)..."
  step=$(now_ms)
  mkdir -p "$ARTIFACTS/harness"
  bash "$ROOT/scripts/harness.sh" --no-build --configuration="$CONFIGURATION" --results="$ARTIFACTS/harness/faults.md" 2>&1 | tee "$ARTIFACTS/harness/harness.log"
  harness_exit=${PIPESTATUS[0]}
  if ((harness_exit == 0)); then
    PASSED=$((PASSED + 1))
    SUMMARY+=("harness: passed ($(elapsed_since "$step") s; table in .test-artifacts/harness/faults.md)")
  else
    FAILED=$((FAILED + 1))
    SUMMARY+=("harness: FAILED with exit code $harness_exit ($(elapsed_since "$step") s; log in .test-artifacts/harness)")
  fi
fi

# --- browser end-to-end tests ---------------------------------------------------------------------
if command -v node >/dev/null 2>&1; then
  log "Running the end-to-end tests (node --test tests/e2e/)..."
  step=$(now_ms)
  mkdir -p "$ARTIFACTS/node"
  tap="$ARTIFACTS/node/e2e.tap"
  rm -f "$tap"
  # Each test has its own timeout; the outer bound only guards against a hung runner.
  CJMBOT_CONFIGURATION=$CONFIGURATION timeout --foreground --kill-after=10 300 node --test --test-concurrency=1 \
    --test-reporter=spec --test-reporter-destination=stdout \
    --test-reporter=tap --test-reporter-destination="$tap" \
    tests/e2e/
  node_exit=$?
  passed=$(sed -nE 's/^# pass ([0-9]+)$/\1/p' "$tap" 2>/dev/null | tail -n 1)
  failed=$(sed -nE 's/^# fail ([0-9]+)$/\1/p' "$tap" 2>/dev/null | tail -n 1)
  cancelled=$(sed -nE 's/^# cancelled ([0-9]+)$/\1/p' "$tap" 2>/dev/null | tail -n 1)
  passed=${passed:-0}
  failed=$((${failed:-0} + ${cancelled:-0}))
  if ((node_exit != 0 && failed == 0)); then
    printf 'FAILED: node --test exited with %s without a failed test in its report\n' "$node_exit" >&2
    failed=1
  fi
  PASSED=$((PASSED + passed))
  FAILED=$((FAILED + failed))
  SUMMARY+=("e2e: $passed passed, $failed failed ($(elapsed_since "$step") s; screenshots in .test-artifacts/e2e)")
fi

echo
for line in "${SUMMARY[@]}"; do
  echo "$line"
done
echo "Total duration: $(elapsed_since "$STARTED") s"
if ((PASSED + FAILED == 0)); then
  echo "ERROR: no test ran" >&2
fi
echo "$PASSED passed, $FAILED failed"
((FAILED == 0 && PASSED > 0))
